import { splitTouches } from '../model/lostBreaks';
import { isBlank } from '../model/text';
import { replace } from '../editing/edits';
import type { TextMark } from './types';
import { markRange, textIssues } from './text/findings';
import { BlankVerdict, blankVerdict } from './text/sides';
import type { TextCheck } from './text/textCheck';

const WORDS = {
  explanation: {
    'zh-cn': '**多余空格**：公文的中文与数字、字母之间不加空格，中文之间也没有空格；PDF 转换常留下 `2021 年以来` `在岗人员 2 名` 这样的空格。只在明显是拆开的词（句子中间、年份与“年”之间、标点旁）时一键删除；表格的栏、人名列表、口号、联合发文机关之间的空格是有意的，不报告；其他拿不准的只作提示。行首缩进和英文词之间的空格不算。',
    en: '**Stray blank**: a 公文 puts no blank between Chinese and digits or letters, nor inside Chinese text; PDF conversions leave blanks such as `2021 年以来` and `在岗人员 2 名`. Only blanks that plainly cut a word (inside a sentence, between a year and 年, beside punctuation) are removed by the fix; blanks between the columns of a table, names in a list, slogans or joint issuing organs are meant and not reported; other doubtful ones get a hint. Indents and blanks between English words are left alone.',
  },
  description: { 'zh-cn': '中文之间、中文与数字或字母之间的多余空格（多见于PDF转换）；表格、名单、口号、联合发文机关之间的空格不算', en: 'Blanks inside Chinese text or between Chinese and digits or letters (left by PDF conversions); not between columns, names, slogans or joint issuing organs' },
  fix: { 'zh-cn': '删去空格', en: 'Remove the blanks' },
  message: { 'zh-cn': '多余的空格：公文中文与数字、字母之间不加空格', en: 'Stray blank: a 公文 puts no blank between Chinese and digits or letters' },
  hint: { 'zh-cn': '可能多余的空格：若是词语被拆开（多见于PDF转换）请删去；若是有意分隔的名称、口号，请忽略', en: 'Perhaps a stray blank: remove it if it cuts a word (as PDF conversions do); if it separates names or slogans on purpose, ignore it' },
};

/** A run of blanks; `fixable` when removing it is safe, else a hint. */
interface BlankMark extends TextMark {
  readonly fixable: boolean;
}

export const straySpace: TextCheck<BlankMark> = {
  id: 'stray-space',
  kind: 'proofreading',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  fix: WORDS.fix,
  scan: {
    triggers: [{ chars: ' \t\u3000\u00a0' }],
    handler(report) {
      return {
        at(scan, at) {
          const { text, end } = scan;
          let runEnd = at;
          while (runEnd < end && isBlank(text.charCodeAt(runEnd))) runEnd++;
          const verdict = blankVerdict(scan, at, runEnd);
          if (verdict !== BlankVerdict.Keep) report({ start: at, end: runEnd, fixable: verdict === BlankVerdict.Remove });
          return runEnd - 1;
        },
      };
    },
  },
  run(context) {
    const { document, locale } = context;
    return textIssues(context, straySpace, (_line, lineIndex, mark) => {
      if (splitTouches(document, lineIndex, mark.start, mark.end)) return undefined;
      if (!mark.fixable) return { range: markRange(lineIndex, mark), message: WORDS.hint[locale], severity: 'hint' };
      return {
        range: markRange(lineIndex, mark),
        message: WORDS.message[locale],
        fix: { title: WORDS.fix[locale], edits: [replace(lineIndex, mark.start, mark.end, '')], safe: true },
      };
    });
  },
};
