/** Chinese numerals as used in heading markers: 一 … 十 … 九十九. */

const DIGIT_CHARS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const TEN = 0x5341; // 十
const DIGIT_VALUES = new Map(DIGIT_CHARS.slice(1).map((char, index) => [char.charCodeAt(0), index + 1]));

export const MAX_CHINESE_NUMERAL = 99;

export function isChineseNumeralCode(code: number): boolean {
  return code === TEN || DIGIT_VALUES.has(code);
}

/**
 * The value of the numeral `text.slice(start, end)` — `三`, `十`, `十二`, `二十`, `九十九` — or
 * undefined if it is malformed. Reads codes, so no substring is made.
 */
export function parseChineseNumeral(text: string, start = 0, end = text.length): number | undefined {
  switch (end - start) {
    case 1:
      return isTen(text, start) ? 10 : digitAt(text, start);
    case 2: {
      if (isTen(text, start)) {
        const ones = digitAt(text, start + 1);
        return ones === undefined ? undefined : 10 + ones;
      }
      const tens = digitAt(text, start);
      return tens !== undefined && tens >= 2 && isTen(text, start + 1) ? tens * 10 : undefined;
    }
    case 3: {
      const tens = digitAt(text, start);
      const ones = digitAt(text, start + 2);
      return tens !== undefined && tens >= 2 && isTen(text, start + 1) && ones !== undefined ? tens * 10 + ones : undefined;
    }
    default:
      return undefined;
  }
}

function digitAt(text: string, index: number): number | undefined {
  return DIGIT_VALUES.get(text.charCodeAt(index));
}

function isTen(text: string, index: number): boolean {
  return text.charCodeAt(index) === TEN;
}

/** The numeral for 1 … 99, written the way headings write it (`十一`, `二十`, `二十一`). */
export function formatChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > MAX_CHINESE_NUMERAL) {
    throw new RangeError(`no Chinese heading numeral for ${value}`);
  }
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  if (tens === 0) return DIGIT_CHARS[ones]!;
  return (tens === 1 ? '' : DIGIT_CHARS[tens]!) + '十' + DIGIT_CHARS[ones]!;
}

/** Circled numbers ① … ⑳ used as level-5 markers. */
export const FIRST_CIRCLED = 0x2460;
export const LAST_CIRCLED = 0x2473;

export function formatCircledNumber(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > LAST_CIRCLED - FIRST_CIRCLED + 1) {
    throw new RangeError(`no circled number for ${value}`);
  }
  return String.fromCharCode(FIRST_CIRCLED + value - 1);
}
