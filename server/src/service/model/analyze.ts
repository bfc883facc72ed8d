/**
 * Turns text into the document model, reusing the classification of lines whose text is unchanged
 * since the previous version (a keystroke changes one line; the other lines cost a map lookup).
 */
import type { ReportDocument } from './document';
import { LineInfo, classifyLine } from './lineInfo';
import { buildDocument } from './parse';
import { splitLines } from './text';

export type LineInfoCache = Map<string, LineInfo>;

export interface Analysis {
  readonly document: ReportDocument;
  /** The classifications of this version's lines, to reuse for the next version. */
  readonly cache: LineInfoCache;
}

export function analyzeText(text: string, previous?: LineInfoCache): Analysis {
  const texts = splitLines(text);
  const cache: LineInfoCache = new Map();
  const lines = new Array<LineInfo>(texts.length);
  for (let index = 0; index < texts.length; index++) {
    const lineText = texts[index]!;
    let info = cache.get(lineText) ?? previous?.get(lineText);
    if (info === undefined) info = classifyLine(lineText);
    cache.set(lineText, info);
    lines[index] = info;
  }
  return { document: buildDocument(lines, lineBreakOf(text)), cache };
}

function lineBreakOf(text: string): string {
  const newline = text.indexOf('\n');
  const carriageReturn = text.indexOf('\r');
  if (carriageReturn < 0) return '\n';
  if (newline < 0 || carriageReturn < newline - 1) return '\r';
  return carriageReturn === newline - 1 ? '\r\n' : '\n';
}
