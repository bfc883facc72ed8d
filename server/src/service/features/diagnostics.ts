/** Findings as LSP diagnostics: code = check id, source = the product, related places for repeats. */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Finding, Severity } from '../checks/types';
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
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: CHECKS_SKIPPED,
    source: DIAGNOSTIC_SOURCE,
    message: format(SKIPPED, locale, { size, limit }),
  };
}
