/**
 * Text inside a Chinese line that the punctuation fixes leave as written though it stands beside
 * Chinese (issue 22): an English sentence (`isn't it?"`), a file name or path (`报告(定稿).docx`,
 * `/home/user/报告,2023/`); emoticons are judged with the runs of pauses (`pauses.ts`).
 */
import { CharSet } from '../../model/chars';
import { isAsciiDigit, isBlank, isHan } from '../../model/text';
import { FULL_PUNCTUATION, isLatin } from './characters';

const MAX_TOKEN = 200;

/** Characters of English words: letters, digits, apostrophes and hyphens. */
export function isWordCharacter(code: number): boolean {
  return isLatin(code) || isAsciiDigit(code) || code === 0x27 || code === 0x2d;
}

/**
 * Whether the half-width mark at `at` ends or sits in an English sentence: two English words or
 * more stand right before it, and no Chinese text follows it directly (`isn't it?"` but not
 * `Windows 10,提高`).
 */
export function inEnglishSentence(text: string, at: number, end: number): boolean {
  if (!isLatin(text.charCodeAt(at - 1))) return false;
  const floor = Math.max(0, at - MAX_TOKEN);
  let words = 0;
  for (let index = at - 1; index >= floor && isWordCharacter(text.charCodeAt(index));) {
    while (index >= floor && isWordCharacter(text.charCodeAt(index))) index--;
    words++;
    const wordStart = index;
    while (index >= floor && isBlank(text.charCodeAt(index))) index--;
    if (index === wordStart) break;
  }
  if (words < 2) return false;
  let next = at + 1;
  while (next < end && (isBlank(text.charCodeAt(next)) || HALF_PAUSES.has(text.charCodeAt(next)))) next++;
  const code = text.charCodeAt(next);
  // A closing quote or bracket ends the English sentence it holds (`“isn't it?”我说`).
  return CLOSING_MARKS.has(code) || (!isHan(code) && !FULL_PUNCTUATION.has(code));
}

const HALF_PAUSES = new CharSet(',;:?!.');
const CLOSING_MARKS = new CharSet('"\'”’)）');

/** What ends a token of a file name or path: blanks and Chinese sentence punctuation (full-width brackets may stand in a name). */
const TOKEN_ENDS = new CharSet(' \t\u3000\u00a0，。；：！？、“”‘’《》');
/** The extensions of the files a report names. */
const FILE_NAME_END = /\.(?:docx?|xlsx?|pptx?|pdf|wps|et|dps|ofd|txt|rtf|csv|xml|html?|zip|rar|7z|jpe?g|png|gif|fzbg)(?![A-Za-z0-9])/i;
/** A drive (`D:\`), or a folder with an ASCII name between separators (`/home/`, `\\server\`); not a web address (`http://…/`). */
const PATH = /(?<![A-Za-z])[A-Za-z]:[\\/](?![\\/])|(?:^|[^\w:/])[\\/][\w.~-]+[\\/]/;

/**
 * Whether the mark at `at` lies in a file name (`报告(定稿).docx`: an extension ends what follows it
 * before any blank or pause) or a path (`/home/user/报告,2023/`, `D:\文件\…`: a folder or drive
 * stands before it in the same stretch without blanks or Chinese punctuation).
 */
export function inFileNameOrPath(text: string, at: number): boolean {
  let start = at;
  const floor = Math.max(0, at - MAX_TOKEN);
  while (start > floor && !TOKEN_ENDS.at(text, start - 1)) start--;
  if (PATH.test(text.slice(start, at))) return true;
  let stop = at + 1;
  const ceiling = Math.min(text.length, at + MAX_TOKEN);
  while (stop < ceiling && !TOKEN_ENDS.at(text, stop) && !NAME_ENDS.at(text, stop)) stop++;
  return FILE_NAME_END.test(text.slice(at + 1, stop + 1));
}

/** What ends a file name after the mark: a pause. */
const NAME_ENDS = new CharSet(',;');
