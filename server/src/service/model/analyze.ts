/**
 * Turns text into the document model. Lines the previous version also had, in the unchanged run at
 * the start and the unchanged run at the end, keep their classification: a keystroke re-classifies
 * the line it touched, and everything else costs a string comparison.
 */
import type { ReportDocument } from './document';
import { LineInfo, asResidue, classifyLine } from './lineInfo';
import { isLabelWithoutValue, isTableRule } from './webResidue';
import { buildDocument } from './parse';
import { afterLineBreak, splitLines } from './text';
import { utf16Codes } from './codes';

/** What is kept of a version for the next one: its lines and their classifications. */
export interface LineInfoCache {
  readonly texts: readonly string[];
  readonly infos: readonly LineInfo[];
}

export interface Analysis {
  readonly document: ReportDocument;
  readonly cache: LineInfoCache;
}

export function analyzeText(text: string, previous?: LineInfoCache): Analysis {
  const texts = splitLines(text);
  const count = texts.length;
  const infos = new Array<LineInfo>(count);
  let head = 0;
  let tail = 0;
  if (previous) {
    const old = previous.texts;
    const limit = Math.min(count, old.length);
    while (head < limit && texts[head] === old[head]) {
      infos[head] = previous.infos[head]!;
      head++;
    }
    while (tail < limit - head && texts[count - 1 - tail] === old[old.length - 1 - tail]) {
      infos[count - 1 - tail] = previous.infos[old.length - 1 - tail]!;
      tail++;
    }
  }
  classifyChangedLines(text, texts, infos, head, count - tail);
  return { document: buildDocument(withContextChrome(infos), lineBreakOf(text)), cache: { texts, infos } };
}

/** A metadata label's value is at most this long (`11330502MB1234567X/2023-00012`, `XX区住房和城乡建设局`). */
const MAX_LABEL_VALUE = 40;
const VALUE_BREAKERS = /[。，；！？,;!?]/;

/**
 * Page chrome known by its neighbour: the value a metadata label left for the next line (`发文时间:` /
 * `2019-05-22`, `发布机构：` / `XX区司法局`) — a short line of no sentence, no heading, no title and no
 * signature — the rule a converter wrote under a row of chrome (`| 索引号 | … |` / `| --- | --- |`), and
 * a bare page number before a form feed.
 * The lines keep their own classifications (the next version reuses them); the document reads these as chrome.
 */
function withContextChrome(infos: readonly LineInfo[]): readonly LineInfo[] {
  let lines: LineInfo[] | undefined;
  for (let index = 0; index < infos.length; index++) {
    const label = (lines ?? infos)[index]!;
    if (isPageNumberBeforeBreak(label, infos[index + 1])) {
      (lines ??= infos.slice())[index] = asResidue(label);
      continue;
    }
    if (!label.residue) continue;
    const next = infos[index + 1];
    if (next && !next.residue && next.indent < next.text.length && isTableRule(next.text)) {
      (lines ??= infos.slice())[index + 1] = asResidue(next);
      continue;
    }
    if (!isLabelWithoutValue(label.text.slice(label.indent, label.end))) continue;
    let value = index + 1;
    if (value < infos.length && infos[value]!.indent === infos[value]!.text.length) value++;
    const line = infos[value];
    if (!line || line.residue || line.heading || line.reportTitle || line.contentsHeader || line.indent === line.text.length
      || line.end - line.indent > MAX_LABEL_VALUE || VALUE_BREAKERS.test(line.text) || (line.organization && infos[value + 1]?.date)) continue;
    (lines ??= infos.slice())[value] = asResidue(line);
  }
  return lines ?? infos;
}

/** A page's number alone (`3`) on the line before the form feed pdftotext starts the next page with: a footer, not a table's cell. */
function isPageNumberBeforeBreak(line: LineInfo, next: LineInfo | undefined): boolean {
  return next?.text.charCodeAt(0) === 0x0c && /^\d{1,4}$/.test(line.text.slice(line.indent, line.end));
}

/**
 * Classifies the lines from `from` up to `to`, reading their code units from one copy of just
 * that stretch of the text (all of it when a document opens, a line or two for a keystroke).
 */
function classifyChangedLines(text: string, texts: readonly string[], infos: LineInfo[], from: number, to: number): void {
  if (from >= to) return;
  let start = 0;
  for (let index = 0; index < from; index++) start = afterLineBreak(text, start + texts[index]!.length);
  let end = start;
  for (let index = from; index < to; index++) end = afterLineBreak(text, end + texts[index]!.length);
  const codes = utf16Codes(text.slice(start, end));
  let offset = 0;
  for (let index = from; index < to; index++) {
    const line = texts[index]!;
    infos[index] = classifyLine(line, codes, offset);
    offset = afterLineBreak(text, start + offset + line.length) - start;
  }
}

/** The first line break of the text (LF when there is none), found without scanning the rest. */
function lineBreakOf(text: string): string {
  const newline = text.indexOf('\n');
  const carriageReturn = newline < 0 ? text.indexOf('\r') : text.lastIndexOf('\r', newline);
  if (carriageReturn < 0) return '\n';
  if (newline < 0 || carriageReturn < newline - 1) return '\r';
  return carriageReturn === newline - 1 ? '\r\n' : '\n';
}
