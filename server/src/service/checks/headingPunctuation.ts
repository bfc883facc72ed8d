import { format } from '../l10n';
import { fullLines } from '../model/lineInfo';
import { isNumberedParagraph } from '../model/markers';
import { isBlank } from '../model/text';
import { range } from '../model/ranges';
import { replace } from '../editing/edits';
import type { Heading, ReportDocument } from '../model/document';
import type { Check, Issue } from './types';

const WORDS = {
  description: { 'zh-cn': '独立成行的标题末尾带有“。”“；”或“，”', en: 'A standalone heading ends in "。", "；" or "，"' },
  fix: { 'zh-cn': '删去标题末尾的标点', en: 'Remove the punctuation at the end of the heading' },
  message: { 'zh-cn': '独立成行的标题末尾不加“{mark}”', en: 'A standalone heading takes no "{mark}" at its end' },
};

const FINAL_MARKS = '。；，;,';
const HALF_WIDTH_CLOSE = 0x29;
const TRAILING_MARKS = `${FINAL_MARKS}、：:？?！!`;

/**
 * A title sentence a PDF wrapped at its 。 (`（二）…依法履职能力。` / `— 1 —` / `一是加强…`): the heading's
 * line and the line of plain text after it (page chrome and blank lines passed over) are full lines
 * of one width, so the paragraph goes on there, and its 。 is right.
 */
function wrappedTitleSentence(document: ReportDocument, heading: Heading): boolean {
  const line = document.lines[heading.endLine]!;
  let next = heading.endLine + 1;
  while (next < document.lines.length && (document.lines[next]!.residue || document.lines[next]!.indent === document.lines[next]!.text.length)) next++;
  const after = document.lines[next];
  return after !== undefined && !after.heading && !after.date && !after.organization && !after.reportTitle && fullLines(line, after);
}

export const headingPunctuation: Check = {
  id: 'heading-punctuation',
  kind: 'structure',
  description: WORDS.description,
  defaultSeverity: 'hint',
  fix: WORDS.fix,
  run({ document, locale }) {
    const issues: Issue[] = [];
    for (const heading of document.headings) {
      // A numbered paragraph ends as sentences do.
      if (heading.titleSentence || heading.title.length === 0 || isNumberedParagraph(heading.title) || wrappedTitleSentence(document, heading)) continue;
      // The whole run of marks at the end goes (`。。`, `,、、`) when it holds one of the final marks, so that no other fix is left to it.
      const end = heading.titleEnd;
      const text = document.lines[heading.endLine]!.text;
      let start = end;
      let final = false;
      for (let at = end; at > 0 && end - at < heading.title.length; at--) {
        const char = text[at - 1]!;
        if (TRAILING_MARKS.includes(char)) start = at - 1;
        else if (!isBlank(char.charCodeAt(0))) break;
        if (FINAL_MARKS.includes(char)) final = true;
      }
      if (!final) continue;
      const marks = text.slice(start, end);
      // Blanks before the marks go with them (`丁 ,。`): a stray-space or repeated-punctuation fix would otherwise take them first;
      // after a half-width `)` they are left to punctuation-width, whose full-width `）` takes them (`(说明) 。` → `（说明）`).
      let blanks = start;
      while (blanks > heading.titleStart && isBlank(text.charCodeAt(blanks - 1))) blanks--;
      if (text.charCodeAt(blanks - 1) !== HALF_WIDTH_CLOSE) start = blanks;
      issues.push({
        range: range(heading.endLine, start, heading.endLine, end),
        message: format(WORDS.message, locale, { mark: marks }),
        fix: { title: WORDS.fix[locale], edits: [replace(heading.endLine, start, end, '')], safe: true },
      });
    }
    return issues;
  },
};
