import doubled from '../data/doubled.json';
import { CharSet } from '../model/chars';
import { MessageCache } from '../l10n';
import { replace } from '../editing/edits';
import type { TextMark } from './types';
import { changeTo, markRange, quoted, textIssues } from './text/findings';
import type { LineScan, TextCheck, Trigger } from './text/textCheck';

const WORDS = {
  explanation: {
    'zh-cn': '**重复的字**：输入或复制时多打了一个字（`的的` `在在` `进一步步`）。汉语本有的重叠（常常、人人、研究研究、一一、的的确确）和两个词相接（为了了解、现在在座、工作作风）不报告（词表 `data/doubled.json`）。删去一个字会改变文字，只作建议，不进入“修复全部”。',
    en: '**Doubled character**: a character typed or copied twice (`的的` `在在` `进一步步`). The reduplications Chinese uses (常常, 人人, 研究研究, 一一, 的的确确) and two words meeting (为了了解, 现在在座, 工作作风) are not reported (list `data/doubled.json`). Deleting a character changes the text: a suggestion, never part of Fix All.',
  },
  description: { 'zh-cn': '重复的字（的的、在在、进一步步）；汉语本有的重叠（常常、人人、研究研究）不算', en: 'A doubled character (的的, 在在, 进一步步); the reduplications Chinese uses (常常, 人人, 研究研究) aside' },
  fix: { 'zh-cn': '删去重复的字（逐个确认）', en: 'Delete the doubled character (one at a time)' },
  message: { 'zh-cn': '重复的字：{wrong}应为{right}', en: 'Doubled character: {wrong} should be {right}' },
};

/** Strings a doubling inside of which is right, by the doubled character, with where the doubling stands in each. */
const ALLOWED = new Map<number, { readonly text: string; readonly offset: number }[]>();
function allow(text: string): void {
  for (let offset = 0; offset + 1 < text.length; offset++) {
    const code = text.charCodeAt(offset);
    if (code === text.charCodeAt(offset + 1)) ALLOWED.set(code, [...(ALLOWED.get(code) ?? []), { text, offset }]);
  }
}
doubled.reduplications.forEach(allow);
for (const { except } of doubled.characters) except.forEach(allow);

/** The characters whose doubling is reported wherever nothing allows it. */
const ALWAYS = new CharSet(doubled.characters.map(({ char }) => char).join(''));

interface Typo {
  readonly wrong: string;
  readonly right: string;
  readonly notFollowedBy?: readonly string[];
}
/** Doubled syllables of words, by the doubled character. */
const TYPOS = new Map<number, Typo[]>();
for (const typo of doubled.typos as readonly Typo[]) {
  const code = typo.wrong.charCodeAt(typo.wrong.length - 1);
  TYPOS.set(code, [...(TYPOS.get(code) ?? []), typo]);
}

/** Each character is looked at only when the same one follows it. */
const TRIGGERS: readonly Trigger[] = [...new Set([...doubled.characters.map(({ char }) => char), ...[...TYPOS.keys()].map((code) => String.fromCharCode(code))])]
  .map((char) => ({ chars: char, unlessNext: CharSet.except(char) }));

/** A doubled character at `start` (the two of them), and what the text should read. */
interface DoubledMark extends TextMark {
  readonly wrong: TextMark;
  readonly right: string;
}

export const doubledCharacter: TextCheck<DoubledMark> = {
  id: 'doubled-character',
  kind: 'proofreading',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  fix: WORDS.fix,
  scan: {
    triggers: TRIGGERS,
    handler(report) {
      return {
        at(scan, at) {
          const mark = doubledAt(scan, at);
          if (mark) report(mark);
          return mark ? at + 1 : at;
        },
      };
    },
  },
  run(context) {
    const { locale } = context;
    const messages = new MessageCache(locale);
    return textIssues(context, doubledCharacter, (line, lineIndex, mark) => ({
      range: markRange(lineIndex, mark),
      message: messages.format(WORDS.message, { wrong: quoted(locale, line.text.slice(mark.wrong.start, mark.wrong.end)), right: quoted(locale, mark.right) }),
      // A suggestion: a doubling the lists do not know may be two words meeting.
      fix: { title: changeTo(messages, mark.right), edits: [replace(lineIndex, mark.wrong.start, mark.wrong.end, mark.right)], safe: false },
    }), { flagged: (mark) => mark.wrong });
  },
};

/** The doubling at `at` (`的的`, `进一步步`), unless a reduplication, an AABB form or two words meeting explain it. */
function doubledAt({ text, from, end }: LineScan, at: number): DoubledMark | undefined {
  const code = text.charCodeAt(at);
  if (at + 1 >= end || text.charCodeAt(at + 1) !== code) return undefined;
  // AABB: 的的确确, 实实在在.
  const next = text.charCodeAt(at + 2);
  if (next !== code && next === text.charCodeAt(at + 3)) return undefined;
  const previous = text.charCodeAt(at - 1);
  if (at - 2 >= from && previous !== code && previous === text.charCodeAt(at - 2)) return undefined;
  // A known slip first: 进一步步 holds the reduplication 一步步.
  for (const typo of TYPOS.get(code) ?? []) {
    const start = at + 2 - typo.wrong.length;
    if (start < from || !text.startsWith(typo.wrong, start) || typo.notFollowedBy?.some((word) => text.startsWith(word, at + 2))) continue;
    return { start: at, end: at + 2, wrong: { start, end: at + 2 }, right: typo.right };
  }
  if (!ALWAYS.has(code) || ALLOWED.get(code)?.some(({ text: word, offset }) => text.startsWith(word, at - offset))) return undefined;
  return { start: at, end: at + 2, wrong: { start: at, end: at + 2 }, right: text[at]! };
}
