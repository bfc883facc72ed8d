import { MessageCache } from '../l10n';
import type { Report, ReportDocument } from '../model/document';
import type { TextMark } from '../model/textScan';
import { replace } from './edits';
import { AllowedWords, CHANGE_TO, allowWordAt, markRange, textIssues } from './textFindings';
import type { Check } from './types';

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

export const numberForm: Check = {
  id: 'number-form',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'info',
  fix: WORDS.fix,
  run({ document, locale, settings }) {
    const messages = new MessageCache(locale);
    const allowedWords = new AllowedWords(settings.allowedWords);
    const issues = textIssues(document, settings, 'congress', (_line, lineIndex, mark) => {
      const values = { right: mark.replacement };
      return {
        range: markRange(lineIndex, mark),
        message: messages.format(WORDS.congress, values),
        fix: { title: messages.format(CHANGE_TO, values), edits: [replace(lineIndex, mark.start, mark.end, mark.replacement)], safe: true },
      };
    });
    for (const report of document.reports) {
      const year = report.title?.year;
      // A two-digit number before 年 is a year only where it is the report's year or the next (23年, 24年): elsewhere it counts years.
      if (year !== undefined) {
        forMarks(document, report, 'shortYear', (lineIndex, mark, text) => {
          const full = [year, year + 1, year - 1].find((candidate) => candidate % 100 === mark.value);
          if (full === undefined || allowedWords.covers(text, mark.start, mark.end)) return;
          issues.push({ range: markRange(lineIndex, mark), message: messages.format(WORDS.shortYear, { year: full, short: text.slice(mark.start, mark.end) }), allowWord: allowWordAt(text, mark.start, mark.end) });
        });
      }
      const percents: { lineIndex: number; mark: Extract<TextMark, { kind: 'percent' }>; text: string }[] = [];
      forMarks(document, report, 'percent', (lineIndex, mark, text) => percents.push({ lineIndex, mark, text }));
      const inWords = percents.filter(({ mark }) => mark.words).length;
      if (inWords === 0 || inWords === percents.length) continue;
      const minorityWords = inWords * 2 < percents.length;
      const majority = minorityWords ? '%' : '百分之';
      for (const { lineIndex, mark, text } of percents) {
        if (mark.words !== minorityWords || allowedWords.covers(text, mark.start, mark.end)) continue;
        issues.push({ range: markRange(lineIndex, mark), message: messages.format(WORDS.mixed, { majority }), allowWord: allowWordAt(text, mark.start, mark.end) });
      }
    }
    return issues;
  },
};

/** The text marks of one kind in a report's lines. */
function forMarks<K extends TextMark['kind']>(document: ReportDocument, report: Report, kind: K,
  visit: (lineIndex: number, mark: Extract<TextMark, { kind: K }>, text: string) => void): void {
  for (let lineIndex = report.startLine; lineIndex <= report.endLine; lineIndex++) {
    const line = document.lines[lineIndex]!;
    for (const mark of line.textMarks) if (mark.kind === kind) visit(lineIndex, mark as Extract<TextMark, { kind: K }>, line.text);
  }
}
