/** Runs the enabled checks over a document model and settles each finding's severity. */
import type { Locale } from '../l10n';
import type { ReportDocument } from '../model/document';
import { CHECKS, TEXT_SCANNER } from './registry';
import { SEVERITIES, Severity } from '../severity';
import { keptFix } from '../editing/edits';
import type { CheckId, CheckSettings, Finding, Issue, LineMark } from './types';

/**
 * `text` is the document's text, from which `document` was made; `previous` is the version of the
 * document before it, whose lines this one keeps keep their text findings.
 */
export function runChecks(document: ReportDocument, text: string, locale: Locale, settings: CheckSettings, previous?: ReportDocument): Finding[] {
  const findings: Finding[] = [];
  let marksByCheck: readonly (readonly LineMark[])[] | undefined;
  const textMarks = (id: CheckId) => {
    marksByCheck ??= TEXT_SCANNER.scan(document, text, previous).marksByCheck(TEXT_SCANNER.checks.length);
    return marksByCheck[TEXT_SCANNER.indexOf(id)] ?? [];
  };
  for (const check of CHECKS) {
    const chosen = settings.severities[check.id];
    if (chosen === 'off') continue;
    const severity = chosen ?? check.defaultSeverity;
    // One object shape for every finding (a spread of differently shaped issues is slow on large reports).
    const settle = (issue: Issue): Finding => ({
      code: check.id,
      severity: issue.severity ? shifted(issue.severity, check.defaultSeverity, severity) : severity,
      range: issue.range,
      message: issue.message,
      related: issue.related,
      fix: issue.fix && keptFix(issue.fix, issue.range),
      allowWord: issue.allowWord,
      explanation: issue.explanation,
    });
    for (const issue of check.run({ document, locale, settings, textMarks, settle })) findings.push(isFinding(issue) ? issue : settle(issue));
  }
  return findings.sort(byPosition);
}

/** An issue its check settled itself (`CheckContext.settle`). */
function isFinding(issue: Issue): issue is Finding {
  return 'code' in issue;
}

/** Document order; findings at one place keep the order of the checks (the sort is stable). */
function byPosition(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/**
 * An issue that weighs differently from its check (topic 5 of missing-section is info where the
 * others are warnings) keeps that difference when the user raises or lowers the check's severity.
 */
function shifted(issueSeverity: Severity, checkDefault: Severity, chosen: Severity): Severity {
  const rank = SEVERITIES.indexOf(issueSeverity) + SEVERITIES.indexOf(chosen) - SEVERITIES.indexOf(checkDefault);
  return SEVERITIES[Math.min(SEVERITIES.length - 1, Math.max(0, rank))]!;
}
