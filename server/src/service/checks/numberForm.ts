import { MessageCache } from '../l10n';
import { isAsciiDigit } from '../model/text';
import { replace } from './edits';
import type { Issue, LineMark } from './types';
import { AllowedWords, changeTo, allowWordAt, markRange, textIssues } from './text/findings';
import { isLatin } from './text/characters';
import { TextCheck, marksOf } from './text/textCheck';

const WORDS = {
  explanation: {
    'zh-cn': '**数字用法**：党的代表大会届次等定型词语用汉字数字（GB/T 15835—2011 4.2，如“党的二十大”）；年份不简写（GB/T 15835—2011 第5章，“2023年”不写作“23年”）；同一报告里百分数写法应统一。',
    en: '**Numbers**: fixed phrases such as party congresses take Chinese numerals (GB/T 15835—2011, 4.2: 党的二十大); years are written in full (chapter 5: 2023年, not 23年); one report writes percentages one way.',
  },
  description: { 'zh-cn': '数字用法（GB/T 15835）：“党的20大”应为“党的二十大”；年份写两位（23年）；同一报告中“%”与“百分之”混用', en: 'Numbers (GB/T 15835): 党的20大 is 党的二十大; a year written with two digits (23年); % and 百分之 mixed in one report' },
  fix: { 'zh-cn': '改为“党的二十大”的写法', en: 'Write the congress in Chinese numerals' },
  congress: { 'zh-cn': '党的代表大会届次用汉字：应为“党的{right}大”（GB/T 15835）', en: 'Party congresses are numbered in Chinese numerals: 党的{right}大 (GB/T 15835)' },
  shortYear: { 'zh-cn': '年份应写全：“{year}年”而不是“{short}”（GB/T 15835）', en: 'Write the year in full: {year}年, not {short} (GB/T 15835)' },
  mixed: { 'zh-cn': '本报告“%”和“百分之”混用，应统一（多数写作“{majority}”）', en: 'This report mixes % and 百分之: use one (most are written {majority})' },
};

type NumberMark =
  /** `党的20大` → `党的二十大`. */
  | { readonly kind: 'congress'; readonly start: number; readonly end: number; readonly replacement: string }
  /** A year written with two digits (`23年`); the check decides against the report's year. */
  | { readonly kind: 'shortYear'; readonly start: number; readonly end: number; readonly value: number }
  /** A percentage, as `%` or as `百分之`: a report should use one form. */
  | { readonly kind: 'percent'; readonly start: number; readonly end: number; readonly words: boolean };

const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export const numberForm: TextCheck<NumberMark> = {
  id: 'number-form',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'info',
  fix: WORDS.fix,
  scan: {
    triggers: [{ chars: '0123456789百' }],
    handler(report) {
      return {
        at({ text, end }, at) {
          if (!isAsciiDigit(text.charCodeAt(at))) {
            if (text.startsWith('百分之', at)) report({ kind: 'percent', start: at, end: at + 3, words: true });
            return at;
          }
          // A run of digits: `党的20大`, a two-digit year `23年`, a percentage `15%`.
          let runEnd = at;
          while (runEnd < end && isAsciiDigit(text.charCodeAt(runEnd))) runEnd++;
          const length = runEnd - at;
          const before = text.charCodeAt(at - 1);
          const next = text.charCodeAt(runEnd);
          if (isAsciiDigit(before) || before === 0x2e) return runEnd - 1;
          if (length === 2 && next === 0x5927 && text.startsWith('党的', at - 2)) {
            const value = Number(text.slice(at, runEnd));
            const tens = Math.floor(value / 10);
            report({ kind: 'congress', start: at, end: runEnd, replacement: `${tens > 1 ? CHINESE_DIGITS[tens] : ''}十${CHINESE_DIGITS[value % 10]}` });
          } else if (length === 2 && next === 0x5e74 && !isLatin(before) && before !== 0x2d) {
            report({ kind: 'shortYear', start: at, end: runEnd + 1, value: Number(text.slice(at, runEnd)) });
          } else if (next === 0x25 || next === 0xff05) {
            report({ kind: 'percent', start: runEnd, end: runEnd + 1, words: false });
          }
          return runEnd - 1;
        },
      };
    },
  },
  run(context) {
    const { document, locale, settings } = context;
    const messages = new MessageCache(locale);
    const allowedWords = new AllowedWords(settings.allowedWords);
    const issues: Issue[] = textIssues(context, numberForm, (_line, lineIndex, mark) => {
      if (mark.kind !== 'congress') return undefined;
      const values = { right: mark.replacement };
      return {
        range: markRange(lineIndex, mark),
        message: messages.format(WORDS.congress, values),
        fix: { title: changeTo(messages, mark.replacement), edits: [replace(lineIndex, mark.start, mark.end, mark.replacement)], safe: true },
      };
    });
    const marks = marksOf(context, numberForm);
    let first = 0;
    for (const report of document.reports) {
      // The marks of the report's lines (tables included: a percentage there is one too).
      while (first < marks.length && marks[first]!.line < report.startLine) first++;
      let last = first;
      while (last < marks.length && marks[last]!.line <= report.endLine) last++;
      const inReport = marks.slice(first, last);
      const textOf = ({ line }: LineMark) => document.lines[line]!.text;
      const year = report.title?.year;
      // A two-digit number before 年 is a year only where it is the report's year or the next (23年, 24年): elsewhere it counts years.
      if (year !== undefined) {
        for (const found of inReport) {
          const { line: lineIndex, mark } = found;
          if (mark.kind !== 'shortYear') continue;
          const text = textOf(found);
          const full = [year, year + 1, year - 1].find((candidate) => candidate % 100 === mark.value);
          if (full === undefined || allowedWords.covers(text, mark.start, mark.end)) continue;
          issues.push({ range: markRange(lineIndex, mark), message: messages.format(WORDS.shortYear, { year: full, short: text.slice(mark.start, mark.end) }), allowWord: allowWordAt(text, mark.start, mark.end) });
        }
      }
      const percents = inReport.filter((found): found is LineMark<Extract<NumberMark, { kind: 'percent' }>> => found.mark.kind === 'percent');
      const inWords = percents.filter(({ mark }) => mark.words).length;
      if (inWords === 0 || inWords === percents.length) continue;
      const minorityWords = inWords * 2 < percents.length;
      const majority = minorityWords ? '%' : '百分之';
      for (const found of percents) {
        const { line: lineIndex, mark } = found;
        const text = textOf(found);
        if (mark.words !== minorityWords || allowedWords.covers(text, mark.start, mark.end)) continue;
        issues.push({ range: markRange(lineIndex, mark), message: messages.format(WORDS.mixed, { majority }), allowWord: allowWordAt(text, mark.start, mark.end) });
      }
    }
    return issues;
  },
};
