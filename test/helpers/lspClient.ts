/**
 * Starts the bundled server (`dist/server.js --stdio`) and talks LSP to it the way an editor does.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  ApplyWorkspaceEditParams, ApplyWorkspaceEditRequest, ClientCapabilities, ConfigurationRequest, DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification, RegistrationRequest, ShowMessageNotification, ShowMessageParams, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification,
  ExitNotification, InitializeRequest, InitializedNotification, ProtocolConnection, PublishDiagnosticsNotification,
  PublishDiagnosticsParams, ShutdownRequest, StreamMessageReader, StreamMessageWriter, TextDocumentContentChangeEvent,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node';

export const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

export class LspClient {
  readonly connection: ProtocolConnection;
  private readonly process: ChildProcess;
  private readonly diagnostics: PublishDiagnosticsParams[] = [];
  private readonly waiters: (() => void)[] = [];
  readonly stderr: string[] = [];
  /** What the client answers to `workspace/configuration` for the `fazhiReport` section. */
  settings: unknown = {};
  readonly configurationRequests: unknown[] = [];
  /** A client that asks for nothing back: `workspace/configuration` is never answered. */
  neverAnswersConfiguration = false;
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  readonly messages: ShowMessageParams[] = [];

  /**
   * `environment` adds variables to the server's environment (the bench's bare server reads one);
   * `nodeArguments` go to Node before the server's path (the bench profiles with `--cpu-prof`).
   */
  constructor(serverPath = SERVER, environment: Readonly<Record<string, string>> = {}, nodeArguments: readonly string[] = []) {
    this.process = spawn(process.execPath, [...nodeArguments, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...environment } });
    this.process.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onRequest(ConfigurationRequest.type, (params) => {
      this.configurationRequests.push(params);
      if (this.neverAnswersConfiguration) return new Promise<never>(() => undefined);
      return params.items.map(() => this.settings);
    });
    this.connection.onRequest(RegistrationRequest.type, () => undefined);
    this.connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      this.appliedEdits.push(params);
      for (const wake of this.waiters.splice(0)) wake();
      return { applied: true };
    });
    this.connection.onNotification(ShowMessageNotification.type, (params) => {
      this.messages.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.listen();
  }

  /** Capabilities of an editor that pulls settings and applies versioned edits, as VS Code does. */
  static readonly EDITOR_CAPABILITIES: ClientCapabilities = {
    workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true }, didChangeConfiguration: { dynamicRegistration: true } },
    textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true }, codeAction: { dynamicRegistration: false } },
  };

  async changeSettings(settings: unknown): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  /** Waits until `ready` holds, woken by every message from the server. */
  async until<T>(ready: () => T | undefined, timeoutMs = 10000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = ready();
      if (value !== undefined) return value;
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`timed out; stderr: ${this.stderr.join('')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
  }

  async initialize(options: { locale?: string; capabilities?: ClientCapabilities; initializationOptions?: unknown } = {}) {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: options.capabilities ?? {},
      locale: options.locale,
      initializationOptions: options.initializationOptions,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  async open(uri: string, text: string, version = 1, languageId = 'fazhi-report'): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  async change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** The first diagnostics published for `uri` that satisfy `accept` (by default: any). */
  diagnosticsFor(uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    return this.until(() => this.diagnostics.find((params) => params.uri === uri && accept(params)), timeoutMs);
  }

  /** Every diagnostics notification received for `uri` so far. */
  published(uri: string): PublishDiagnosticsParams[] {
    return this.diagnostics.filter((params) => params.uri === uri);
  }

  /** Forgets the diagnostics received so far, to wait for fresh ones. */
  clearDiagnostics(): void {
    this.diagnostics.length = 0;
  }

  /** Diagnostics published for `uri` with exactly this document version. */
  diagnosticsForVersion(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.diagnosticsFor(uri, (params) => params.version === version);
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } finally {
      setTimeout(() => this.process.kill(), 2000).unref();
    }
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
