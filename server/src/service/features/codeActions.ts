/** Quick fixes for the findings under the cursor, and one "fix all" source action. */
import { CodeAction, CodeActionKind, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { Fix, combineFixes } from '../editing/edits';
import type { Finding } from '../checks/types';
import { Locale, format } from '../l10n';
import { toDiagnostic } from './diagnostics';

/** The kind of the "fix all" action: a `source.fixAll` sub-kind, so `editor.codeActionsOnSave` finds it. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.fazhi-report`;

const FIX_ALL_TITLE = { 'zh-cn': '修复全部可安全修复的问题（法治报告助手）', en: 'Fix all safely fixable problems (法治报告助手)' };
/** The same edits offered in the Ctrl+. menu beside a safe fix, as ESLint does: where a writer looks for it. */
const FIX_ALL_QUICK_FIX_TITLE = { 'zh-cn': '修复全部可自动修复的问题', en: 'Fix all auto-fixable problems' };
const ALLOW_WORD_TITLE = { 'zh-cn': '不再提示“{word}”', en: 'Don\'t report "{word}" again' };

export interface EditTarget {
  readonly uri: string;
  readonly version: number;
}

export function workspaceEdit(target: EditTarget, edits: readonly TextEdit[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri: target.uri, version: target.version }, edits: [...edits] }] };
}

function touches(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

/** Every edit the safe fixes make together: what "fix all" and the CLI's `--fix` apply. */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const safe: Fix[] = [];
  for (const finding of findings) if (finding.fix?.safe) safe.push(finding.fix);
  return combineFixes(safe);
}

/**
 * `fixAll` gives the edits of "fix all" (kept per version: lightbulbs ask on every move of the cursor);
 * `allowWordCommand`, the client's command that adds a word to the allowed words, when it has one.
 */
export function codeActions(
  target: EditTarget, findings: readonly Finding[], range: Range, locale: Locale, only: readonly string[] | undefined, fixAll: () => readonly TextEdit[],
  allowWordCommand?: string,
): CodeAction[] {
  const wanted = (kind: string) => !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
  const actions: CodeAction[] = [];
  if (wanted(CodeActionKind.QuickFix)) {
    // A fix shared by several findings (a renumbered run) is offered once; so are equal fixes of different findings.
    const seenFixes = new Set<Fix>();
    const seenKeys = new Set<string>();
    let safeFixHere: Fix | undefined;
    for (const finding of findings) {
      const fix = finding.fix;
      if (!fix || seenFixes.has(fix) || !touches(finding.range, range)) continue;
      seenFixes.add(fix);
      const key = fix.title + JSON.stringify(fix.edits);
      if (seenKeys.has(key)) continue;
      seenKeys.add(key);
      if (fix.safe) safeFixHere ??= fix;
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [toDiagnostic(finding, target.uri)],
        isPreferred: fix.safe,
        edit: workspaceEdit(target, fix.edits),
      });
    }
    if (safeFixHere) {
      // Only when it does more than the fix under the cursor.
      const edits = fixAll();
      if (edits.length > safeFixHere.edits.length) actions.push({ title: FIX_ALL_QUICK_FIX_TITLE[locale], kind: CodeActionKind.QuickFix, edit: workspaceEdit(target, edits) });
    }
    if (allowWordCommand) actions.push(...allowWordActions(target, findings, range, locale, allowWordCommand));
  }
  if (wanted(FIX_ALL_KIND)) {
    const edits = fixAll();
    if (edits.length > 0) actions.push({ title: FIX_ALL_TITLE[locale], kind: FIX_ALL_KIND, edit: workspaceEdit(target, edits) });
  }
  return actions;
}

/** "不再提示“…”" for each word of the text findings under the cursor, once per word, after the fixes. */
function allowWordActions(target: EditTarget, findings: readonly Finding[], range: Range, locale: Locale, command: string): CodeAction[] {
  const actions: CodeAction[] = [];
  const seenWords = new Set<string>();
  for (const finding of findings) {
    const word = finding.allowWord;
    if (!word || seenWords.has(word) || !touches(finding.range, range)) continue;
    seenWords.add(word);
    const title = format(ALLOW_WORD_TITLE, locale, { word });
    actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [toDiagnostic(finding, target.uri)], command: { title, command, arguments: [word] } });
  }
  return actions;
}
