/**
 * Turns text into the document model. Lines the previous version also had, in the unchanged run at
 * the start and the unchanged run at the end, keep their classification: a keystroke re-classifies
 * the line it touched, and everything else costs a string comparison.
 */
import type { ReportDocument } from './document';
import { LineInfo, classifyLine } from './lineInfo';
import { buildDocument } from './parse';
import { splitLines } from './text';

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
  for (let index = head; index < count - tail; index++) infos[index] = classifyLine(texts[index]!);
  return { document: buildDocument(infos, lineBreakOf(text)), cache: { texts, infos } };
}

/** The first line break of the text (LF when there is none), found without scanning the rest. */
function lineBreakOf(text: string): string {
  const newline = text.indexOf('\n');
  const carriageReturn = newline < 0 ? text.indexOf('\r') : text.lastIndexOf('\r', newline);
  if (carriageReturn < 0) return '\n';
  if (newline < 0 || carriageReturn < newline - 1) return '\r';
  return carriageReturn === newline - 1 ? '\r\n' : '\n';
}
