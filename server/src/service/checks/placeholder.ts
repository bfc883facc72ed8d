import { Locale, format } from '../l10n';
import { range } from '../features/ranges';
import type { Check, Issue } from './types';

const WORDS = {
  description: { 'zh-cn': '未填写的占位内容（XX、××、某某、20XX、X月X日、〇〇、____、【待补充】、空括号，以及设置中添加的字符串）', en: 'Unfilled placeholders (XX, ××, 某某, 20XX, X月X日, 〇〇, ____, 【待补充】, empty brackets, and strings added in the settings)' },
  message: { 'zh-cn': '未填写的占位内容“{text}”：请替换为实际内容', en: 'Unfilled placeholder "{text}": replace it with the actual text' },
};

/** User strings longer than this are ignored: a placeholder is a short token. */
export const MAX_USER_PLACEHOLDER = 50;

const WORD_CHARACTER = /[A-Za-z0-9]/;

/** A user string such as `AAA` counts only as a whole token, not inside `AAAA级景区`. */
function standsAlone(text: string, start: number, end: number): boolean {
  const startsWord = WORD_CHARACTER.test(text[start]!);
  const endsWord = WORD_CHARACTER.test(text[end - 1]!);
  return !(startsWord && WORD_CHARACTER.test(text[start - 1] ?? '')) && !(endsWord && WORD_CHARACTER.test(text[end] ?? ''));
}

function placeholderIssue(line: number, text: string, start: number, end: number, locale: Locale): Issue {
  return { range: range(line, start, line, end), message: format(WORDS.message, locale, { text: text.slice(start, end) }) };
}

export const placeholder: Check = {
  id: 'placeholder',
  description: WORDS.description,
  defaultSeverity: 'warning',
  run({ document, locale, settings }) {
    const issues: Issue[] = [];
    const userStrings = settings.placeholders.filter((text) => text.length > 0 && text.length <= MAX_USER_PLACEHOLDER);
    const lines = document.lines;
    for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
      const line = lines[lineIndex]!;
      if (line.residue) continue;
      if (userStrings.length === 0) {
        // The common case, without the merging below.
        for (const mark of line.marks) {
          if (mark.kind === 'placeholder') issues.push(placeholderIssue(lineIndex, line.text, mark.start, mark.end, locale));
        }
        continue;
      }
      let spans: [number, number][] | undefined;
      for (const mark of line.marks) {
        if (mark.kind === 'placeholder') (spans ??= []).push([mark.start, mark.end]);
      }
      for (const text of userStrings) {
        for (let start = line.text.indexOf(text); start >= 0; start = line.text.indexOf(text, start + text.length)) {
          const end = start + text.length;
          if (standsAlone(line.text, start, end) && !spans?.some(([from, to]) => start < to && end > from)) (spans ??= []).push([start, end]);
        }
      }
      if (!spans) continue;
      spans.sort((a, b) => a[0] - b[0]);
      for (const [start, end] of spans) issues.push(placeholderIssue(lineIndex, line.text, start, end, locale));
    }
    return issues;
  },
};
