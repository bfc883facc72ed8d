/**
 * Report and compilation titles: what a title line reads as, in either script, and the year it names.
 */
import { PROFILES } from '../profiles/registry';
import { CharSet } from './chars';
import { toSimplified, withTraditionalForms } from './simplified';

/** The words of any profile that name a report's subject in its title (`法治`). */
const SUBJECTS: readonly string[] = PROFILES.flatMap((profile) => profile.titleSubjects ?? []);
const namesSubject = (title: string) => SUBJECTS.some((subject) => title.includes(subject));

/** A title is at most this long. */
const MAX_TITLE = 90;
/** Marks of a sentence, never in a title or a name. */
export const SENTENCE_PUNCTUATION = /[。，,；;：:！？!?]/;
/** Last characters a title can have (报告, 年报, 汇编, 情况, or a closing bracket of a note such as （7篇）), in both scripts. */
const TITLE_ENDS = new CharSet(withTraditionalForms('告报编况）)'));

export interface TitleText {
  /** The title with PDF stray blanks removed. */
  readonly text: string;
  /** The same in simplified characters, for comparing titles. */
  readonly key: string;
  readonly year?: number;
  /** The title of a compilation (汇编) rather than of one report. */
  readonly compilation: boolean;
  /**
   * A title that names no kind of document (`XX局2023年法治政府建设工作情况`): it opens a report only
   * where no report is under way, since the same words can head a paragraph inside one.
   */
  readonly weak: boolean;
}


/**
 * A report or compilation title: ends in 报告, 年报 or 汇编 (perhaps with a short bracketed note such as
 * `（7篇）`), names a year, 关于 or a profile's subject (`法治`), and has no sentence punctuation; or,
 * weaker, ends in 情况 and names both a year and a subject. Traditional characters read as simplified (`年度報告`).
 */
export function readTitle(line: string): TitleText | undefined {
  // A converter's heading marks (`# …报告`) are no part of the title.
  const compact = line.startsWith('#') ? line.replace(/^#+/, '') : line;
  if (compact.length < 5 || compact.length > MAX_TITLE || !TITLE_ENDS.at(compact, compact.length - 1) || SENTENCE_PUNCTUATION.test(compact)) return undefined;
  const key = toSimplified(compact);
  const core = withoutTrailingNote(key);
  const compilation = core.endsWith('汇编');
  if (compilation || core.endsWith('报告') || core.endsWith('年报')) {
    if (!core.includes('年') && !core.includes('关于') && !namesSubject(core)) return undefined;
    return { text: compact, key, year: titleYear(key), compilation, weak: false };
  }
  if (core.endsWith('情况') && core.length >= 10 && namesSubject(core) && /\d{4}年|[〇○零一二三四五六七八九]{4}年/.test(core)) {
    return { text: compact, key, year: titleYear(key), compilation: false, weak: true };
  }
  return undefined;
}

function withoutTrailingNote(compact: string): string {
  const last = compact[compact.length - 1];
  if (last !== '）' && last !== ')') return compact;
  const open = Math.max(compact.lastIndexOf('（'), compact.lastIndexOf('('));
  return open > 0 && compact.length - open <= 14 ? compact.slice(0, open) : compact;
}

/** Digits of a year written in Chinese: 二〇二三 (also with ○ or 零 for the zero). */
const CHINESE_YEAR_DIGITS = new Map([...'〇一二三四五六七八九'].map((char, value) => [char, value]));
CHINESE_YEAR_DIGITS.set('○', 0).set('零', 0);

/** The year a title names: `2023年` or `二〇二三年`. */
export function titleYear(compact: string): number | undefined {
  const arabic = /(\d{4})年/.exec(compact);
  if (arabic) return Number(arabic[1]);
  const chinese = /([〇○零一二三四五六七八九]{4})年/.exec(compact);
  return chinese ? chineseYear(chinese[1]!) : undefined;
}

export function chineseYear(digits: string): number {
  let value = 0;
  for (const char of digits) value = value * 10 + (CHINESE_YEAR_DIGITS.get(char) ?? 0);
  return value;
}
