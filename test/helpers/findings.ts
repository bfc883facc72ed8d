/**
 * Findings written out one per line, for expected files that people review: each range with the
 * text it covers, so that a row reads without the document open, and cannot drift from it.
 */
import type { Range } from 'vscode-languageserver-types';
import type { Finding } from '../../server/src/service/checks/types';

const at = (range: Range) => `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;

/** A covered text longer than this shows its two ends. */
const MAX_ECHO = 24;
const ECHO_END = 10;

/** The text a range covers, in ⟦⟧, line breaks as ⏎ and tabs as ⇥: `⟦（一)⟧`, or its ends `⟦一是…⟧⋯⟦…。⟧` when long. */
export function coveredText(lines: readonly string[], range: Range): string {
  const { start, end } = range;
  const covered: string[] = [];
  for (let line = start.line; line <= end.line && line < lines.length; line++) {
    const text = lines[line]!;
    covered.push(text.slice(line === start.line ? start.character : 0, line === end.line ? end.character : text.length));
  }
  const echo = [...covered.join('⏎').replaceAll('\t', '⇥')];
  if (echo.length <= MAX_ECHO) return `⟦${echo.join('')}⟧`;
  return `⟦${echo.slice(0, ECHO_END).join('')}⟧⋯⟦${echo.slice(-ECHO_END).join('')}⟧`;
}

/** `text` is the document the findings are in. */
export function findingsText(findings: readonly Finding[], text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  const place = (range: Range) => `${at(range)} ${coveredText(lines, range)}`;
  return findings.map((finding) => [
    `${place(finding.range)} ${finding.severity} ${finding.code} ${finding.message}${finding.fix ? ` [${finding.fix.safe ? 'fix' : 'insert'}: ${finding.fix.title}]` : ''}`,
    ...(finding.related ?? []).map((related) => `    related ${place(related.range)} ${related.message}`),
  ].join('\n')).join('\n') + (findings.length > 0 ? '\n' : '');
}
