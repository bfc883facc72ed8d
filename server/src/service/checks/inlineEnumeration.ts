import type { TextEdit } from 'vscode-languageserver-types';
import type { InlineMark } from '../model/inline';
import { formatChineseNumeral, MAX_CHINESE_NUMERAL } from '../model/numerals';
import { format } from '../l10n';
import { range } from '../features/ranges';
import { replace } from './edits';
import type { Check, Issue } from './types';

const WORDS = {
  description: { 'zh-cn': '段落内“一是……二是……”跳号或重号', en: '"一是……二是……" enumeration skipped or repeated within a paragraph' },
  fix: { 'zh-cn': '重新编排本段的“一是、二是……”', en: 'Renumber this paragraph\'s "一是、二是……"' },
  skipped: { 'zh-cn': '“{previous}是”之后是“{actual}是”，跳过了“{expected}是”', en: '"{actual}是" follows "{previous}是", skipping "{expected}是"' },
  repeated: { 'zh-cn': '本段“{actual}是”重复', en: '"{actual}是" is repeated in this paragraph' },
  disordered: { 'zh-cn': '“{previous}是”之后是“{actual}是”，顺序颠倒', en: '"{actual}是" follows "{previous}是": out of order' },
  earlier: { 'zh-cn': '本段前面的“{actual}是”', en: 'the earlier "{actual}是"' },
};

type Enumerator = Extract<InlineMark, { kind: 'enumerator' }>;

export const inlineEnumeration: Check = {
  id: 'inline-enumeration',
  description: WORDS.description,
  defaultSeverity: 'warning',
  fix: WORDS.fix,
  run({ document, locale }) {
    const issues: Issue[] = [];
    const { lines, headings } = document;
    let nextHeading = 0; // headings and lines both run in document order
    for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
      const line = lines[lineIndex]!;
      if (line.marks.length < 2) continue;
      while (nextHeading < headings.length && headings[nextHeading]!.line < lineIndex) nextHeading++;
      const heading = headings[nextHeading]?.line === lineIndex ? headings[nextHeading] : undefined;
      // In a heading line only the paragraph after a run-in title counts.
      const from = heading ? (heading.runIn ? heading.titleEnd : Infinity) : 0;
      const enumerators = line.marks.filter((mark): mark is Enumerator => mark.kind === 'enumerator' && mark.start >= from);
      if (enumerators.length < 2) continue;
      const fix = renumber(lineIndex, enumerators, WORDS.fix[locale]);
      const text = line.text;
      const numeral = (mark: Enumerator) => text.slice(mark.start, mark.end);
      /** The first enumerator of the paragraph with each number, for pointing a repeat at it. */
      const firstWithValue = new Map<number, Enumerator>([[enumerators[0]!.value, enumerators[0]!]]);
      for (let index = 1; index < enumerators.length; index++) {
        const mark = enumerators[index]!;
        const twin = firstWithValue.get(mark.value);
        if (!twin) firstWithValue.set(mark.value, mark);
        const previous = enumerators[index - 1]!;
        const expected = previous.value + 1;
        // `一是` after `三是` starts a new list within the paragraph (①…一是二是三是 ②…一是二是).
        if (mark.value === expected || mark.value === 1) continue;
        const values = { actual: numeral(mark), previous: numeral(previous), expected: expected <= MAX_CHINESE_NUMERAL ? formatChineseNumeral(expected) : '' };
        const markRange = range(lineIndex, mark.start, lineIndex, mark.end + 1);
        const related = twin && [{ range: range(lineIndex, twin.start, lineIndex, twin.end + 1), message: format(WORDS.earlier, locale, values) }];
        const message = mark.value > expected ? WORDS.skipped : mark.value === previous.value ? WORDS.repeated : WORDS.disordered;
        issues.push({ range: markRange, message: format(message, locale, values), related, fix });
      }
    }
    return issues;
  },
};

/**
 * Numbers the paragraph's enumerators on from the first one, and from 一 again wherever a list
 * restarts, changing only the numerals.
 */
function renumber(line: number, enumerators: readonly Enumerator[], title: string) {
  const edits: TextEdit[] = [];
  let value = enumerators[0]!.value;
  for (let index = 1; index < enumerators.length; index++) {
    const mark = enumerators[index]!;
    value = mark.value === 1 ? 1 : value + 1;
    if (value > MAX_CHINESE_NUMERAL) return undefined;
    if (mark.value !== value) edits.push(replace(line, mark.start, mark.end, formatChineseNumeral(value)));
  }
  return { title, edits, safe: true };
}
