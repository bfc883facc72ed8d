/**
 * Traditional characters read as their simplified forms (`報告` → `报告`): copies of reports in
 * traditional characters are the same language, so titles, keywords, page chrome and placeholders are
 * matched on the simplified form. The text itself is never changed.
 */
import traditional from '../data/traditional.json';

/** For each code unit, its simplified form's code, or 0 when it has none of its own. */
const SIMPLIFIED_CODES = new Uint16Array(0x10000);
for (let index = 0; index + 1 < traditional.pairs.length; index += 2) {
  SIMPLIFIED_CODES[traditional.pairs.charCodeAt(index)] = traditional.pairs.charCodeAt(index + 1);
}

/** The text with traditional characters replaced by their simplified forms; the same string when it has none. */
export function toSimplified(text: string): string {
  for (let index = 0; index < text.length; index++) {
    if (SIMPLIFIED_CODES[text.charCodeAt(index)] !== 0) return convert(text, index);
  }
  return text;
}

/** Characters converted per `String.fromCharCode` call: its arguments go on the stack. */
const CHUNK = 4096;

function convert(text: string, from: number): string {
  const parts = [text.slice(0, from)];
  const codes = new Uint16Array(Math.min(CHUNK, text.length - from));
  for (let chunkStart = from; chunkStart < text.length; chunkStart += CHUNK) {
    const length = Math.min(CHUNK, text.length - chunkStart);
    for (let offset = 0; offset < length; offset++) {
      const code = text.charCodeAt(chunkStart + offset);
      codes[offset] = SIMPLIFIED_CODES[code] || code;
    }
    parts.push(String.fromCharCode(...codes.subarray(0, length)));
  }
  return parts.join('');
}

/** The traditional characters whose simplified form is among `chars`, with `chars` themselves. */
export function withTraditionalForms(chars: string): string {
  let result = chars;
  for (let index = 0; index + 1 < traditional.pairs.length; index += 2) {
    if (chars.includes(traditional.pairs[index + 1]!)) result += traditional.pairs[index]!;
  }
  return result;
}
