import type { TextEdit } from 'vscode-languageserver-types';
import type { InlineMark } from '../model/inline';
import { formatChineseNumeral, MAX_CHINESE_NUMERAL } from '../model/numerals';
import { MessageCache } from '../l10n';
import { range } from '../model/ranges';
import { lazyFix, replace } from '../editing/edits';
import type { Check, Issue, RelatedPlace } from './types';

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
  kind: 'structure',
  description: WORDS.description,
  defaultSeverity: 'warning',
  fix: WORDS.fix,
  run({ document, locale }) {
    const issues: Issue[] = [];
    const messages = new MessageCache(locale);
    const { lines, headings } = document;
    let nextHeading = 0; // headings and lines both run in document order
    for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
      const line = lines[lineIndex]!;
      if (line.marks.length < 2) continue;
      while (nextHeading < headings.length && headings[nextHeading]!.line < lineIndex) nextHeading++;
      const heading = headings[nextHeading]?.line === lineIndex ? headings[nextHeading] : undefined;
      // In a heading line only the paragraph after a title sentence counts.
      const from = heading ? (heading.titleSentence ? heading.titleEnd : Infinity) : 0;
      const enumerators = line.marks.filter((mark): mark is Enumerator => mark.kind === 'enumerator' && mark.start >= from);
      if (enumerators.length < 2) continue;
      if (inSequence(enumerators)) continue;
      const fix = renumberable(enumerators) ? lazyFix(WORDS.fix[locale], true, () => renumber(lineIndex, enumerators)) : undefined;
      const text = line.text;
      const numeral = (mark: Enumerator) => text.slice(mark.start, mark.end);
      /** The first enumerator of the paragraph with each number, and the related place a repeat points at (shared by all its repeats). */
      const firstWithValue = new Map<number, { readonly mark: Enumerator; related?: RelatedPlace[] }>([[enumerators[0]!.value, { mark: enumerators[0]! }]]);
      for (let index = 1; index < enumerators.length; index++) {
        const mark = enumerators[index]!;
        const twin = firstWithValue.get(mark.value);
        if (!twin) firstWithValue.set(mark.value, { mark });
        const previous = enumerators[index - 1]!;
        const expected = previous.value + 1;
        // `一是` after `三是` starts a new list within the paragraph (①…一是二是三是 ②…一是二是).
        if (mark.value === expected || mark.value === 1) continue;
        const values = { actual: numeral(mark), previous: numeral(previous), expected: expected <= MAX_CHINESE_NUMERAL ? formatChineseNumeral(expected) : '' };
        if (twin) twin.related ??= [{ range: range(lineIndex, twin.mark.start, lineIndex, twin.mark.end + 1), message: messages.format(WORDS.earlier, values) }];
        const message = mark.value > expected ? WORDS.skipped : mark.value === previous.value ? WORDS.repeated : WORDS.disordered;
        issues.push({ range: range(lineIndex, mark.start, lineIndex, mark.end + 1), message: messages.format(message, values), related: twin?.related, fix });
      }
    }
    return issues;
  },
};

/** Whether the enumerators count on by one from the first, starting again at 一 wherever a list restarts. */
function inSequence(enumerators: readonly Enumerator[]): boolean {
  for (let index = 1; index < enumerators.length; index++) {
    const value = enumerators[index]!.value;
    if (value !== 1 && value !== enumerators[index - 1]!.value + 1) return false;
  }
  return true;
}

/** Whether renumbering keeps every numeral within what Chinese numerals write (九十九). */
function renumberable(enumerators: readonly Enumerator[]): boolean {
  let value = enumerators[0]!.value;
  for (let index = 1; index < enumerators.length; index++) {
    value = enumerators[index]!.value === 1 ? 1 : value + 1;
    if (value > MAX_CHINESE_NUMERAL) return false;
  }
  return true;
}

/**
 * Numbers the paragraph's enumerators on from the first one, and from 一 again wherever a list
 * restarts, changing only the numerals.
 */
function renumber(line: number, enumerators: readonly Enumerator[]): TextEdit[] {
  const edits: TextEdit[] = [];
  let value = enumerators[0]!.value;
  for (let index = 1; index < enumerators.length; index++) {
    const mark = enumerators[index]!;
    value = mark.value === 1 ? 1 : value + 1;
    if (mark.value !== value) edits.push(replace(line, mark.start, mark.end, formatChineseNumeral(value)));
  }
  return edits;
}
