import { CharSet } from '../model/chars';
import { splitTouches } from '../model/lostBreaks';
import { isAsciiDigit, isBlank, isHan } from '../model/text';
import { replace } from './edits';
import { markRange, textIssues } from './text/findings';
import { insidePauseRun } from './text/pauses';
import { CLAIMS_BLANKS, Side, isBareNumber, sideAt } from './text/sides';
import type { LineScan, TextCheck } from './text/textCheck';

const WORDS = {
  explanation: {
    'zh-cn': '**多余空格**：公文的中文与数字、字母之间不加空格，中文之间也没有空格；PDF 转换常留下 `2021 年以来` `在岗人员 2 名` 这样的空格。行首的全角空格缩进不算，表格行和英文词之间的空格也不算。',
    en: '**Stray blank**: a 公文 puts no blank between Chinese and digits or letters, nor inside Chinese text; PDF conversions leave blanks such as `2021 年以来` and `在岗人员 2 名`. Indents at the line start, table rows and blanks between English words are left alone.',
  },
  description: { 'zh-cn': '中文之间、中文与数字或字母之间的多余空格（多见于PDF转换）；行首缩进不算', en: 'Blanks inside Chinese text or between Chinese and digits or letters (left by PDF conversions); indents aside' },
  fix: { 'zh-cn': '删去空格', en: 'Remove the blanks' },
  message: { 'zh-cn': '多余的空格：公文中文与数字、字母之间不加空格', en: 'Stray blank: a 公文 puts no blank between Chinese and digits or letters' },
};

/** Delimiters that would make a marker of the number before them (`12  、`). */
const DELIMITERS = new CharSet('、.．，,');

export const straySpace: TextCheck = {
  id: 'stray-space',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  fix: WORDS.fix,
  scan: {
    triggers: [{ chars: ' \t\u3000\u00a0' }],
    handler(report) {
      let numberRow: boolean | undefined;
      return {
        startLine() {
          numberRow = undefined;
        },
        /**
         * Blanks inside Chinese text or between Chinese and a digit or letter (PDF residue); not in a table
         * row, not between two English words, and not between two phrases of a quotation or a document name.
         */
        at(scan, at) {
          const { text, from, end } = scan;
          let runEnd = at;
          while (runEnd < end && isBlank(text.charCodeAt(runEnd))) runEnd++;
          if (at === from || runEnd >= end) return runEnd - 1;
          const before = text.charCodeAt(at - 1);
          const after = text.charCodeAt(runEnd);
          // Blanks beside a half-width mark or inside a run of pauses go with their fix; `12  、` would become a marker: that is the numbering checks' business.
          if (CLAIMS_BLANKS.has(before) || CLAIMS_BLANKS.has(after) || insidePauseRun(text, at, runEnd) || (DELIMITERS.has(after) && isBareNumber(text, from, at))) return runEnd - 1;
          const sideBefore = sideAt(scan, at - 1, -1, false);
          const sideAfter = sideAt(scan, runEnd, 1, false);
          const betweenPhrases = scan.pairs.inQuotation() && isHan(before) && isHan(after);
          const stray = !betweenPhrases && ((sideBefore === Side.Chinese && sideAfter >= Side.Alnum) || (sideBefore === Side.Alnum && sideAfter === Side.Chinese));
          if (stray && !((isAsciiDigit(before) || isAsciiDigit(after)) && (numberRow ??= isNumberRowLine(scan)))) report({ start: at, end: runEnd });
          return runEnd - 1;
        },
      };
    },
  },
  run(context) {
    const { document, locale } = context;
    return textIssues(context, straySpace, (_line, lineIndex, mark) => splitTouches(document, lineIndex, mark.start, mark.end) ? undefined : {
      range: markRange(lineIndex, mark),
      message: WORDS.message[locale],
      fix: { title: WORDS.fix[locale], edits: [replace(lineIndex, mark.start, mark.end, '')], safe: true },
    });
  },
};

const CELL_SEPARATORS = new CharSet(' \t\u3000|｜');
const NO_VALUE = new CharSet('-—/');

/**
 * A line of a table: it ends in at least three numbers (one may be `-` `—` `/` for none) separated by
 * blanks or bars. Read backwards from the end, once.
 */
function isNumberRowLine({ text }: LineScan): boolean {
  let at = text.length;
  let cells = 0;
  let numbers = 0;
  for (;;) {
    while (at > 0 && CELL_SEPARATORS.at(text, at - 1)) at--;
    const cellEnd = at;
    if (at > 0 && NO_VALUE.at(text, at - 1)) {
      at--;
    } else {
      while (at > 0 && (isAsciiDigit(text.charCodeAt(at - 1)) || text.charCodeAt(at - 1) === 0x2e)) at--;
      if (at < cellEnd) numbers++;
    }
    if (at === cellEnd || (at > 0 && !CELL_SEPARATORS.at(text, at - 1))) break;
    cells++;
    if (at === 0) break;
  }
  return cells >= 3 && numbers > 0;
}
