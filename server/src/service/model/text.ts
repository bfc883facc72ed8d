/**
 * Character-level helpers shared by the model and the checks. Positions are UTF-16 code units
 * within one line, which is what LSP positions count.
 */

/** Splits text into lines at LF, CRLF and CR, the three terminators LSP recognises. */
export function splitLines(text: string): string[] {
  if (text.includes('\r')) return text.split(/\r\n|\r|\n/);
  // LF only, the usual case: searching for one character is several times faster than the regex.
  const lines: string[] = [];
  let start = 0;
  for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
    lines.push(text.slice(start, end));
    start = end + 1;
  }
  lines.push(text.slice(start));
  return lines;
}

/** Where the next line starts after a line ending at `lineEnd`: CRLF counts two units, LF or CR one. */
export function afterLineBreak(text: string, lineEnd: number): number {
  return lineEnd + (text.charCodeAt(lineEnd) === 0x0d && text.charCodeAt(lineEnd + 1) === 0x0a ? 2 : 1);
}

/**
 * Blanks that indent a line or pad it: ASCII space, tab, U+3000 ideographic space, NBSP, a BOM
 * (which only the first line can hold, when a file is read without stripping it) and a form feed
 * (pdftotext starts each page with one).
 */
export function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0xfeff || code === 0x0c;
}

/** Index of the first non-blank character, or the line length when the line is blank. */
export function firstNonBlank(text: string, from = 0): number {
  let index = from;
  while (index < text.length && isBlank(text.charCodeAt(index))) index++;
  return index;
}

/** Index just after the last non-blank character at or after `floor`. */
export function lastNonBlankEnd(text: string, floor = 0): number {
  let end = text.length;
  while (end > floor && isBlank(text.charCodeAt(end - 1))) end--;
  return end;
}

const BLANKS = /[ \t\u3000\u00a0\ufeff\f]+/g;

/** The text with every blank removed: PDF conversions scatter spaces through titles and dates. */
export function withoutBlanks(text: string): string {
  for (let index = 0; index < text.length; index++) {
    if (isBlank(text.charCodeAt(index))) return text.replace(BLANKS, '');
  }
  return text;
}

/** A Chinese character of the CJK Unified Ideographs block (the characters of report text). */
export function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/**
 * How many characters of words a text holds — Chinese characters, Latin letters and digits in either
 * width — leaving out marks and blanks: a length that no proofreading fix changes (a fix drops a
 * `……` or a doubled mark, makes a mark full-width, a letter half-width), so verdicts measured by it stay.
 */
export function wordCharacterCount(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) if (isWordCharacter(text.charCodeAt(index))) count++;
  return count;
}

function isWordCharacter(code: number): boolean {
  // A full-width digit or letter (０–９, Ａ–Ｚ, ａ–ｚ) counts as its ASCII form.
  const ascii = code >= 0xff10 && code <= 0xff5a ? code - 0xfee0 : code;
  return isHan(code) || (ascii >= 0x30 && ascii <= 0x39) || (ascii >= 0x41 && ascii <= 0x5a) || (ascii >= 0x61 && ascii <= 0x7a);
}

export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Limits a display name to `max` characters, marking the cut with an ellipsis. */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + '…';
}
