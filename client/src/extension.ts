/**
 * The VS Code side: starts the bundled language server, and registers the palette commands, which
 * hand the active report to the server's commands. Everything about reports lives in the server.
 */
import { ExtensionContext, commands, env, l10n, window } from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

export const LANGUAGE_ID = 'fazhi-report';

/** Palette command → the server command it runs on the active document. */
const DOCUMENT_COMMANDS: Readonly<Record<string, string>> = {
  'fazhiReport.renumber': 'fazhi-report.renumber',
  'fazhiReport.insertMissingSections': 'fazhi-report.insertMissingSections',
};

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    initializationOptions: { locale: env.language },
  };
  client = new LanguageClient('fazhiReport', l10n.t('Rule-of-law Report Assistant'), serverOptions, clientOptions);
  context.subscriptions.push(client);
  for (const [command, serverCommand] of Object.entries(DOCUMENT_COMMANDS)) {
    context.subscriptions.push(commands.registerCommand(command, async () => {
      const document = window.activeTextEditor?.document;
      if (document?.languageId !== LANGUAGE_ID) {
        void window.showWarningMessage(l10n.t('Open a rule-of-law report first.'));
        return;
      }
      await commands.executeCommand(serverCommand, document.uri.toString());
    }));
  }
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
