/**
 * How a run of pauses (`，` `。` `、` `；` `：` `？` `！`, full or half width) should be written, for
 * the three checks that share it: one half-width mark beside Chinese text takes its full-width form
 * (punctuation-width), but not in `1,000`, `8:30`, an address or an English phrase; in a longer run
 * every mark but the strongest goes (repeated-punctuation: `。。` `，。` `,,`), except `？！` runs
 * (GB/T 15834 lets questions and exclamations pile up) and `。。。`, an ellipsis (ellipsis-dash).
 * The three look at the same characters, so each run is read once, by the first that asks.
 */
import { CharSet } from '../../model/chars';
import { isAsciiDigit, isBlank, isHan } from '../../model/text';
import type { TextMark } from '../types';
import { inEnglishSentence, inFileNameOrPath, isWordCharacter } from './asWritten';
import { COMPATIBLE_PAUSES, TURNING_PAUSES, isFullAlnum } from './characters';
import { CLAIMS_BLANKS, PAUSE_MARKS, Side, fixedCodeAt, fullWidthSpan, inAddress, isBareNumber, sideAt } from './sides';
import type { LineScan, Trigger } from './textCheck';

/** A half-width mark at `at` in Chinese text; `start`…`end` is what its fix replaces (with blanks that go with it). */
export interface WidthMark extends TextMark {
  readonly at: number;
  readonly replacement: string;
  /** A bracket's partner, replaced together with it. */
  readonly partner?: TextMark & { readonly at: number; readonly replacement: string };
}

export interface PauseRun {
  /** The index of the run's last mark (blanks between its marks belong to the run). */
  readonly last: number;
  /** Half-width marks that take their full-width form. */
  readonly widths: readonly WidthMark[];
  /** Marks to drop: the second of `，，`, the comma of `，。`. */
  readonly dropped: readonly TextMark[];
  /** `。。。`: an ellipsis written with full stops. */
  readonly ellipsis?: TextMark;
}

/** The full-width form of each half-width mark that has one in Chinese text. */
export const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', ...COMPATIBLE_PAUSES };
/** Pauses that turn full-width: half-width ones and compatibility forms. */
const HALF_PAUSES = new CharSet(TURNING_PAUSES);
const FULL_PAUSES = '。，、；：！？';
const QUESTIONS_AND_EXCLAMATIONS = new CharSet('？！?!');
/** What may follow a full-width pause without making a run of marks or blanks. */
const QUIET_AFTER_PAUSE = CharSet.except('。！？!?；;：:，,、 \t\u3000\u00a0');

/** The triggers of the checks that read runs of pauses: all of them, so that each sees every run from its start. */
export const PAUSE_TRIGGERS: readonly Trigger[] = [{ chars: FULL_PAUSES, unlessNext: QUIET_AFTER_PAUSE }, { chars: TURNING_PAUSES }];

/** Which of two adjacent marks stays when one is dropped: the stronger ends the sentence; `。` ends a run-in heading's title, so it stays. */
function strength(code: number): number {
  switch (code) {
    case 0x3002: return 6; // 。
    case 0xff01: case 0xff1f: case 0x21: case 0x3f: return 5; // ！？!?
    case 0xff1b: case 0x3b: return 4; // ；;
    case 0xff1a: case 0x3a: return 3; // ：:
    case 0xff0c: case 0x2c: return 2; // ，,
    case 0x3001: return 1; // 、
    default: {
      // A compatibility form is as strong as the pause it stands for.
      const standard = COMPATIBLE_PAUSES[String.fromCharCode(code)];
      return standard === undefined ? 0 : strength(standard.charCodeAt(0));
    }
  }
}

const NO_MARKS: readonly TextMark[] = Object.freeze([]);

function nothing(last: number): PauseRun {
  return { last, widths: NO_MARKS as WidthMark[], dropped: NO_MARKS };
}

/** The run of pauses starting at `at`; ask through `scan.shared` so that the checks share it. */
export function pauseRun(scan: LineScan, at: number): PauseRun {
  const { text, from, end } = scan;
  const first = text.charCodeAt(at);
  const following = text.charCodeAt(at + 1);
  // The common case first: one full-width mark followed by text.
  if (!HALF_PAUSES.has(first) && !isBlank(following) && !PAUSE_MARKS.has(following)) return nothing(at);
  // Blanks between two marks belong to the run (`,　,`): they go with the mark dropped.
  let runEnd = at + 1;
  for (let probe = runEnd; ; runEnd = ++probe) {
    while (probe < end && isBlank(text.charCodeAt(probe))) probe++;
    if (probe >= end || !PAUSE_MARKS.has(text.charCodeAt(probe))) break;
  }
  let next = runEnd;
  while (next < end && isBlank(text.charCodeAt(next))) next++;
  const chineseBefore = sideAt(scan, at - 1, -1, true) === Side.Chinese;
  const chineseAfter = sideAt(scan, next, 1, true) === Side.Chinese;
  const { start: lead, end: tail } = fullWidthSpan(scan, at, runEnd);
  // After a bare number opening the line (`一 ,`), a mark is the numbering checks' business; file names, paths and English sentences stay as written.
  if (isBareNumber(text, from, lead) || inFileNameOrPath(text, at)) return nothing(runEnd - 1);
  if (every(text, at, runEnd, (code) => HALF_PAUSES.has(code) || isBlank(code)) && inEnglishSentence(text, at, end)) return nothing(runEnd - 1);
  if (runEnd - at === 1) {
    const replacement = FULL_WIDTH[text[at]!];
    if (replacement === undefined || isEmoticon(scan, at)) return nothing(at);
    if ((first === 0x2c || first === 0x3a) && isAsciiDigit(text.charCodeAt(at - 1)) && isAsciiDigit(following)) return nothing(at);
    if (!chineseBefore && !chineseAfter) return nothing(at);
    if (first === 0x3a && inAddress(text, at)) return nothing(at);
    return { last: at, widths: [{ start: lead, end: tail, at, replacement }], dropped: NO_MARKS };
  }
  let fullWidth = false;
  for (let index = at; index < runEnd; index++) if (PAUSE_MARKS.has(text.charCodeAt(index)) && !HALF_PAUSES.has(text.charCodeAt(index))) fullWidth = true;
  if (!fullWidth && !chineseBefore && !chineseAfter) return nothing(runEnd - 1);
  if (every(text, at, runEnd, (code) => code === 0x3002)) {
    if (runEnd - at >= 3) return { last: runEnd - 1, widths: NO_MARKS as WidthMark[], dropped: NO_MARKS, ellipsis: { start: at, end: runEnd } };
    return { last: runEnd - 1, widths: NO_MARKS as WidthMark[], dropped: [{ start: at + 1, end: runEnd }] };
  }
  const widths: WidthMark[] = [];
  if (every(text, at, runEnd, (code) => QUESTIONS_AND_EXCLAMATIONS.has(code))) {
    for (let index = at; index < runEnd; index++) {
      const replacement = FULL_WIDTH[text[index]!];
      if (replacement !== undefined) widths.push({ start: index === at ? lead : index, end: index + 1 === runEnd ? tail : index + 1, at: index, replacement });
    }
    return { last: runEnd - 1, widths, dropped: NO_MARKS };
  }
  let keep = at;
  for (let index = at + 1; index < runEnd; index++) if (strength(text.charCodeAt(index)) > strength(text.charCodeAt(keep))) keep = index;
  const dropped: TextMark[] = [];
  // Blanks beside a half-width mark are left to it (see stray-space), also when it is dropped.
  if (keep > at) dropped.push({ start: CLAIMS_BLANKS.at(text, at) ? lead : at, end: keep });
  const replacement = FULL_WIDTH[text[keep]!];
  if (replacement !== undefined) widths.push({ start: keep === at ? lead : keep, end: keep + 1 === runEnd ? tail : keep + 1, at: keep, replacement });
  if (keep + 1 < runEnd) dropped.push({ start: keep + 1, end: CLAIMS_BLANKS.at(text, runEnd - 1) ? tail : runEnd });
  return { last: runEnd - 1, widths, dropped };
}

function every(text: string, start: number, end: number, test: (code: number) => boolean): boolean {
  for (let index = start; index < end; index++) if (!test(text.charCodeAt(index))) return false;
  return true;
}

/** Whether the `:` or `;` at `at` is the eyes of an emoticon (`:)` `:-(` `;)` `:D` `:P`): not before a bracket its fix turns full-width, or before words. */
function isEmoticon(scan: LineScan, at: number): boolean {
  const { text } = scan;
  const eyes = text.charCodeAt(at);
  if (eyes !== 0x3a && eyes !== 0x3b) return false;
  let mouth = at + 1;
  if (text.charCodeAt(mouth) === 0x2d) mouth++;
  const after = text.charCodeAt(mouth + 1);
  // `:(说明)` is a colon and a bracket.
  if (isWordCharacter(after) || isFullAlnum(after) || isHan(after)) return false;
  const code = fixedCodeAt(scan, mouth);
  return code === 0x29 || code === 0x28 || code === 0x44 || code === 0x50 || code === 0x70;
}
