/**
 * Whether a plain-text document is a report (a report or compilation title among its first lines),
 * and whether its text looks decoded with the wrong encoding (a GBK file read as UTF-8).
 */
import { classifyLine } from '../model/lineInfo';
import { splitLines } from '../model/text';

/** How many non-blank lines (page chrome not counted) the title may come after. */
const TITLE_WITHIN = 10;

export function looksLikeReport(opening: string): boolean {
  let seen = 0;
  for (const text of splitLines(opening)) {
    const line = classifyLine(text);
    if (line.indent === line.text.length || line.residue) continue;
    // A title on its own line, or run on inside a line that lost its breaks (a web page copied flat).
    if (line.reportTitle || line.runOn?.some((item) => item.kind === 'title')) return true;
    if (++seen >= TITLE_WITHIN) return false;
  }
  return false;
}

/** How much of a document's opening is looked at for signs of a wrong encoding. */
const MISDECODING_SAMPLE = 4000;

/**
 * Whether text looks decoded with the wrong encoding: replacement characters (GBK bytes read as
 * UTF-8) or runs of Latin-1 letters (read as Windows-1252) where a report has Chinese.
 */
export function looksMisdecoded(text: string): boolean {
  let replacements = 0;
  let chinese = 0;
  let latin1 = 0;
  const end = Math.min(text.length, MISDECODING_SAMPLE);
  for (let index = 0; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 0xfffd) replacements++;
    else if (code >= 0x4e00 && code <= 0x9fff) chinese++;
    else if (code >= 0xa0 && code <= 0xff) latin1++;
  }
  return (replacements >= 3 && replacements * 4 > chinese) || (latin1 >= 20 && latin1 > chinese * 4);
}
