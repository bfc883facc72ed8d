/** Findings written out one per line, for expected files that people review. */
import type { Range } from 'vscode-languageserver-types';
import type { Finding } from '../../server/src/service/checks/types';

const at = (range: Range) => `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;

export function findingsText(findings: readonly Finding[]): string {
  return findings.map((finding) => [
    `${at(finding.range)} ${finding.severity} ${finding.code} ${finding.message}${finding.fix ? ` [${finding.fix.safe ? 'fix' : 'insert'}: ${finding.fix.title}]` : ''}`,
    ...(finding.related ?? []).map((place) => `    related ${at(place.range)} ${place.message}`),
  ].join('\n')).join('\n') + (findings.length > 0 ? '\n' : '');
}
