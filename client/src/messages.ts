/**
 * Everything the extension shows in its own words follows one language choice, as the server's
 * problems do: `fazhiReport.messageLanguage` when it names a language, else VS Code's display
 * language (through `l10n.t`, which reads the same bundle). So an English VS Code with the setting
 * on Chinese shows the preview's header, notifications and status bar in Chinese too.
 */
import { l10n, workspace } from 'vscode';
import chinese from '../l10n/bundle.l10n.zh-cn.json';

const CHINESE: Readonly<Record<string, string>> = chinese;

export function t(message: string, ...args: (string | number)[]): string {
  const language = workspace.getConfiguration('fazhiReport').get<string>('messageLanguage', 'auto');
  if (language !== 'zh-cn' && language !== 'en') return l10n.t(message, ...args);
  const template = language === 'zh-cn' ? CHINESE[message] ?? message : message;
  return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : placeholder));
}
