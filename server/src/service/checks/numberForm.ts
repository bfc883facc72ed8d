import { CharSet } from '../model/chars';
import { MessageCache } from '../l10n';
import { isAsciiDigit } from '../model/text';
import { replace } from '../editing/edits';
import type { Issue } from './types';
import { NUMERAL_CHARACTERS, readChineseNumber } from './text/chineseNumbers';
import { AllowedWords, changeTo, allowWordAt, markRange, quoted, textIssues } from './text/findings';
import { isLatin } from './text/characters';
import { inQuotation } from './text/sides';
import { LineScan, TextCheck, marksOf } from './text/textCheck';

const WORDS = {
  explanation: {
    'zh-cn': '**数字用法**：统计中的计数、计量和百分数用阿拉伯数字（GB/T 15835—2011 4.1，如“办结案件321件”“满意度98.97%”，不写“三百二十一件”“百分之九十八点九七”）；党的代表大会届次等定型词语用汉字数字（GB/T 15835—2011 4.2，如“党的二十大”），“一是”“十四五”“三分之一”“百分之百”等也不改；年份不简写（GB/T 15835—2011 第5章，“2023年”不写作“23年”）。改写统计数字只作建议，不进入“修复全部”。',
    en: '**Numbers**: counts, measures and percentages in statistics take Arabic numerals (GB/T 15835—2011, 4.1: 办结案件321件, 满意度98.97%, not 三百二十一件, 百分之九十八点九七); fixed phrases such as party congresses take Chinese numerals (4.2: 党的二十大), as do 一是, 十四五, 三分之一, 百分之百; years are written in full (chapter 5: 2023年, not 23年). Rewriting a statistic is a suggestion, never part of Fix All.',
  },
  description: { 'zh-cn': '数字用法（GB/T 15835）：统计数字用汉字写（三百二十一件、百分之九十八）；“党的20大”应为“党的二十大”；年份写两位（23年）', en: 'Numbers (GB/T 15835): statistics written in Chinese numerals (三百二十一件, 百分之九十八); 党的20大 is 党的二十大; a year written with two digits (23年)' },
  fix: { 'zh-cn': '改写数字（“党的二十大”在“修复全部”中，统计数字只作建议）', en: 'Rewrite the number (党的二十大 in Fix All; statistics as a suggestion)' },
  congress: { 'zh-cn': '党的代表大会届次用汉字：应为“党的{right}大”（GB/T 15835）', en: 'Party congresses are numbered in Chinese numerals: 党的{right}大 (GB/T 15835)' },
  shortYear: { 'zh-cn': '年份应写全：“{year}年”而不是“{short}”（GB/T 15835）', en: 'Write the year in full: {year}年, not {short} (GB/T 15835)' },
  count: { 'zh-cn': '统计数字用阿拉伯数字：{wrong}写作{right}（GB/T 15835）', en: 'Statistics take Arabic numerals: write {wrong} as {right} (GB/T 15835)' },
  percent: { 'zh-cn': '统计中的百分数用阿拉伯数字和“%”：{wrong}写作{right}（GB/T 15835）', en: 'Percentages in statistics take Arabic numerals and "%": write {wrong} as {right} (GB/T 15835)' },
};

type NumberMark =
  /** `党的20大` → `党的二十大`. */
  | { readonly kind: 'congress'; readonly start: number; readonly end: number; readonly replacement: string }
  /** A year written with two digits (`23年`); the check decides against the report's year. */
  | { readonly kind: 'shortYear'; readonly start: number; readonly end: number; readonly value: number }
  /** A count or a percentage written in Chinese numerals (`三百二十一件`, `百分之九十八点九七`) and its Arabic form. */
  | { readonly kind: 'statistic'; readonly start: number; readonly end: number; readonly replacement: string; readonly percent: boolean };

const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** The measure words of counts in statistics (one character; 人次 begins with 人). */
const MEASURES = new CharSet('次件项条名人家户起例场期批份篇所台辆座套册元个');
/** What before a numeral makes it no count: an ordinal (第), a fraction (之), an approximation (几 数), a bigger number (万 亿). */
const NO_COUNT_BEFORE = new CharSet('第之几数万亿每');
/** Quantities a count may be in before its measure word (`三十万元`). */
const LARGE_UNITS = new CharSet('万亿');

export const numberForm: TextCheck<NumberMark> = {
  id: 'number-form',
  kind: 'proofreading',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'info',
  fix: WORDS.fix,
  scan: {
    triggers: [{ chars: '0123456789十百千' }],
    handler(report) {
      return {
        at(scan, at) {
          const { text, end } = scan;
          if (!isAsciiDigit(text.charCodeAt(at))) {
            if (text.startsWith('百分之', at)) return percentInWords(text, at, end, report);
            return countInWords(scan, at, report);
          }
          // A run of digits: `党的20大`, a two-digit year `23年`.
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
    const issues: Issue[] = textIssues(context, numberForm, (line, lineIndex, mark) => {
      if (mark.kind === 'congress') {
        return {
          range: markRange(lineIndex, mark),
          message: messages.format(WORDS.congress, { right: mark.replacement }),
          fix: { title: changeTo(messages, mark.replacement), edits: [replace(lineIndex, mark.start, mark.end, mark.replacement)], safe: true },
        };
      }
      if (mark.kind !== 'statistic') return undefined;
      const values = { wrong: quoted(locale, line.text.slice(mark.start, mark.end)), right: quoted(locale, mark.replacement) };
      return {
        range: markRange(lineIndex, mark),
        message: messages.format(mark.percent ? WORDS.percent : WORDS.count, values),
        // A suggestion: whether a number is a statistic is read from its shape.
        fix: { title: changeTo(messages, mark.replacement), edits: [replace(lineIndex, mark.start, mark.end, mark.replacement)], safe: false },
      };
    });
    const marks = marksOf(context, numberForm);
    let first = 0;
    for (const report of document.reports) {
      // A two-digit number before 年 is a year only where it is the report's year or the next (23年, 24年): elsewhere it counts years.
      while (first < marks.length && marks[first]!.line < report.startLine) first++;
      const year = report.title?.year;
      for (let index = first; index < marks.length && marks[index]!.line <= report.endLine; index++) {
        const { line: lineIndex, mark } = marks[index]!;
        if (year === undefined || mark.kind !== 'shortYear') continue;
        const text = document.lines[lineIndex]!.text;
        const full = [year, year + 1, year - 1].find((candidate) => candidate % 100 === mark.value);
        if (full === undefined || allowedWords.covers(text, mark.start, mark.end)) continue;
        issues.push({
          range: markRange(lineIndex, mark), message: messages.format(WORDS.shortYear, { year: full, short: text.slice(mark.start, mark.end) }),
          allowWord: allowWordAt(text, mark.start, mark.end),
        });
      }
    }
    return issues;
  },
};

/** `百分之九十八点九七` → `98.97%`, `百分之98` → `98%`; `百分之百` is an idiom. Returns the index of the last character taken. */
function percentInWords(text: string, at: number, end: number, report: (mark: NumberMark) => void): number {
  const from = at + 3;
  let stop = from;
  if (isAsciiDigit(text.charCodeAt(from))) {
    while (stop < end && (isAsciiDigit(text.charCodeAt(stop)) || (text.charCodeAt(stop) === 0x2e && isAsciiDigit(text.charCodeAt(stop + 1))))) stop++;
    report({ kind: 'statistic', start: at, end: stop, replacement: `${text.slice(from, stop)}%`, percent: true });
    return stop - 1;
  }
  while (stop < end && NUMERAL_CHARACTERS.has(text.charCodeAt(stop))) stop++;
  const value = readChineseNumber(text, from, stop);
  if (value === undefined || (value === '100' && stop - from === 1)) return Math.max(at, stop - 1);
  report({ kind: 'statistic', start: at, end: stop, replacement: `${value}%`, percent: true });
  return stop - 1;
}

/**
 * A count of ten or more in Chinese numerals before its measure word (`一十二次`, `共计三百二十一件`,
 * `三十万元`): not an ordinal, a fraction, an approximation or part of a name in quotation marks
 * (`二十项“硬措施”`). Returns the index of the numeral's last character.
 */
function countInWords(scan: LineScan, at: number, report: (mark: NumberMark) => void): number {
  const { text, from, end } = scan;
  let start = at;
  while (start > from && COUNT_NUMERALS.has(text.charCodeAt(start - 1))) start--;
  let stop = at + 1;
  while (stop < end && COUNT_NUMERALS.has(text.charCodeAt(stop))) stop++;
  if (NO_COUNT_BEFORE.at(text, start - 1) || isAsciiDigit(text.charCodeAt(start - 1))) return stop - 1;
  let measure = stop;
  if (LARGE_UNITS.at(text, measure)) measure++;
  if (!MEASURES.at(text, measure) || text.charCodeAt(measure + 1) === 0x201c) return stop - 1;
  const value = readChineseNumber(text, start, stop);
  if (value === undefined || Number(value) < 10 || inQuotation(scan, start)) return stop - 1;
  report({ kind: 'statistic', start, end: stop, replacement: value, percent: false });
  return stop - 1;
}

/** Numerals of whole counts (no 点: `三点五` is no count). */
const COUNT_NUMERALS = new CharSet('〇零一二三四五六七八九十百千两');

