/**
 * Semantic tokens: report and compilation titles and the contents header, headings by level (marker
 * and title, one colour per level), inline enumerators (一是), placeholders and web residue, so that
 * they stand out in any theme as soon as the server answers. Tokens never overlap: a placeholder
 * inside a heading splits the heading's token.
 */
import type { Range, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { Finding } from '../checks/types';
import type { ReportDocument } from '../model/document';

export const TOKEN_TYPES = ['placeholder', 'webResidue', 'reportTitle', 'heading1', 'heading2', 'heading3', 'heading4', 'heading5', 'enumerator'] as const;
type TokenType = typeof TOKEN_TYPES[number];
export const TOKEN_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] };
const TYPE_INDEX = new Map<TokenType, number>(TOKEN_TYPES.map((type, index) => [type, index]));

interface Span { start: number; end: number; type: TokenType }

export function semanticTokens(document: ReportDocument, findings: readonly Finding[], within?: Range): SemanticTokens {
  const firstLine = within ? within.start.line : 0;
  const lastLine = within ? Math.min(within.end.line, document.lines.length - 1) : document.lines.length - 1;
  const spans = new Map<number, Span[]>();
  const add = (line: number, start: number, end: number, type: TokenType) => {
    if (line < firstLine || line > lastLine || end <= start) return;
    let list = spans.get(line);
    if (!list) spans.set(line, (list = []));
    list.push({ start, end, type });
  };
  for (const finding of findings) {
    const { start, end } = finding.range;
    if (start.line !== end.line) continue;
    if (finding.code === 'placeholder') add(start.line, start.character, end.character, 'placeholder');
    else if (finding.code === 'web-residue') add(start.line, start.character, end.character, 'webResidue');
  }
  const wholeLine = (line: number, type: TokenType) => add(line, document.lines[line]!.indent, document.lines[line]!.end, type);
  if (document.compilation) wholeLine(document.compilation.titleLine, 'reportTitle');
  if (document.contents) wholeLine(document.contents.headerLine, 'reportTitle');
  for (const report of document.reports) {
    const title = report.title;
    if (!title) continue;
    // The lines above the last one (the issuing bodies, or a title's first part) are the title's too.
    for (let line = title.firstLine; line < title.line; line++) if (document.lines[line]!.indent < document.lines[line]!.end) wholeLine(line, 'reportTitle');
    add(title.line, title.start, title.end, 'reportTitle');
  }
  for (let line = firstLine; line <= lastLine; line++) {
    for (const mark of document.lines[line]!.marks) if (mark.kind === 'enumerator') add(line, mark.start, mark.end + 1, 'enumerator');
  }
  for (const heading of document.headings) {
    const type = `heading${heading.level}` as TokenType;
    if (heading.endLine === heading.line) {
      add(heading.line, heading.marker.start, Math.max(heading.marker.end, heading.titleEnd), type);
    } else {
      add(heading.line, heading.marker.start, document.lines[heading.line]!.end, type);
      add(heading.endLine, document.lines[heading.endLine]!.indent, heading.titleEnd, type);
    }
  }
  const data: number[] = [];
  let previousLine = 0;
  let previousStart = 0;
  for (const line of [...spans.keys()].sort((a, b) => a - b)) {
    for (const span of flatten(spans.get(line)!)) {
      const deltaLine = line - previousLine;
      data.push(deltaLine, deltaLine === 0 ? span.start - previousStart : span.start, span.end - span.start, TYPE_INDEX.get(span.type)!, 0);
      previousLine = line;
      previousStart = span.start;
    }
  }
  return { data };
}

/** Inline marks cut through the headings and titles they lie in. */
const isMark = (span: Span) => span.type === 'placeholder' || span.type === 'webResidue' || span.type === 'enumerator';

/** Sorted, non-overlapping spans: placeholders, residue and enumerators cut through the headings and titles they lie in. */
function flatten(spans: readonly Span[]): Span[] {
  const marks = spans.filter(isMark).sort((a, b) => a.start - b.start);
  const result: Span[] = [];
  for (const span of spans) {
    if (isMark(span)) continue;
    let start = span.start;
    for (const mark of marks) {
      if (mark.end <= start || mark.start >= span.end) continue;
      if (mark.start > start) result.push({ start, end: mark.start, type: span.type });
      start = Math.max(start, mark.end);
    }
    if (start < span.end) result.push({ start, end: span.end, type: span.type });
  }
  let lastEnd = -1;
  for (const mark of marks) {
    if (mark.start >= lastEnd) {
      result.push(mark);
      lastEnd = mark.end;
    }
  }
  return result.sort((a, b) => a.start - b.start);
}
