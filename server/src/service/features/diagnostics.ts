/** Findings as LSP diagnostics: code = check id, source = the product, related places for repeats. */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Finding } from '../checks/types';
import { SEVERITIES, Severity } from '../severity';
import { Locale, format } from '../l10n';

export const DIAGNOSTIC_SOURCE = '法治报告助手';

const LSP_SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** `relatedInformation` is left out for a client that does not declare it takes it (LSP `publishDiagnostics.relatedInformation`). */
export function toDiagnostic(finding: Finding, uri: string, withRelated = true): Diagnostic {
  return {
    range: finding.range,
    severity: LSP_SEVERITY[finding.severity],
    code: finding.code,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    relatedInformation: withRelated ? finding.related?.map((place) => ({ location: { uri, range: place.range }, message: place.message })) : undefined,
  };
}

/** The code of the notice a too-large document gets instead of the checks' findings. */
export const CHECKS_SKIPPED = 'checks-skipped';

const SKIPPED = {
  'zh-cn': '文档有 {size} 个字符，超过设置 fazhiReport.maxDocumentSize 的 {limit}，已跳过检查（大纲照常显示）',
  en: 'The document has {size} characters, more than fazhiReport.maxDocumentSize ({limit}): checks skipped (the outline is still shown)',
};

export function skippedChecksNotice(size: number, limit: number, locale: Locale): Diagnostic {
  return noticeAtTop(CHECKS_SKIPPED, format(SKIPPED, locale, { size, limit }));
}

/** A notice about the whole document, where the Problems view lists it first. */
function noticeAtTop(code: string, message: string): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, code, source: DIAGNOSTIC_SOURCE, message };
}

/** The code of the notice that stands for the findings beyond `fazhiReport.maxNumberOfProblems`. */
export const PROBLEMS_LIMITED = 'problems-limited';

const LIMITED = {
  'zh-cn': '本文档共有 {total} 个问题，这里只列出最严重的 {shown} 个（上限由设置 fazhiReport.maxNumberOfProblems 决定，0 表示不限）；命令行检查器列出全部',
  en: 'The document has {total} problems; only the {shown} most severe are listed (the limit is the setting fazhiReport.maxNumberOfProblems, 0 for none); the command line lists them all',
};

/**
 * At most `limit` diagnostics: when there are more findings, the `limit - 1` most severe (in
 * document order within a severity) and a notice of the rest at the top of the document. This is
 * what VS Code would show of them anyway, as it drops a source's diagnostics beyond 1,000 per
 * document; the limit saves sending those, and says in the user's language what was left out.
 */
export function limitedDiagnostics(findings: readonly Finding[], limit: number, toOne: (finding: Finding) => Diagnostic, locale: Locale): Diagnostic[] {
  if (limit === 0 || findings.length <= limit) return findings.map(toOne);
  const shown = limit - 1;
  // The least severe level that still gets in, and how many of that level get in.
  const perSeverity = SEVERITIES.map((severity) => findings.filter((finding) => finding.severity === severity).length);
  let cutSeverity = 0;
  let room = shown;
  while (perSeverity[cutSeverity]! < room) room -= perSeverity[cutSeverity++]!;
  const diagnostics = [noticeAtTop(PROBLEMS_LIMITED, format(LIMITED, locale, { total: findings.length, shown }))];
  for (const finding of findings) {
    const rank = SEVERITIES.indexOf(finding.severity);
    if (rank < cutSeverity || (rank === cutSeverity && room-- > 0)) diagnostics.push(toOne(finding));
  }
  return diagnostics;
}
