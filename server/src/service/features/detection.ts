/** Whether a plain-text document is a report: a report or compilation title among its first lines. */
import { classifyLine } from '../model/lineInfo';
import { splitLines } from '../model/text';

/** How many non-blank lines (page chrome not counted) the title may come after. */
const TITLE_WITHIN = 10;

export function looksLikeReport(opening: string): boolean {
  let seen = 0;
  for (const text of splitLines(opening)) {
    const line = classifyLine(text);
    if (line.indent === line.text.length || line.residue) continue;
    if (line.reportTitle) return true;
    if (++seen >= TITLE_WITHIN) return false;
  }
  return false;
}
