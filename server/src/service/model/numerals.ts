/** Chinese numerals as used in heading markers: 一 … 十 … 九十九. */

const DIGIT_VALUES = new Map<string, number>([
  ['一', 1], ['二', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9],
]);
const DIGIT_CHARS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export const MAX_CHINESE_NUMERAL = 99;

export function isChineseNumeralChar(char: string): boolean {
  return char === '十' || DIGIT_VALUES.has(char);
}

/** The value of a numeral such as `三`, `十`, `十二`, `二十`, `九十九`; undefined if malformed. */
export function parseChineseNumeral(numeral: string): number | undefined {
  const digit = (index: number) => DIGIT_VALUES.get(numeral[index] ?? '');
  switch (numeral.length) {
    case 1:
      return numeral === '十' ? 10 : digit(0);
    case 2: {
      if (numeral[0] === '十') {
        const ones = digit(1);
        return ones === undefined ? undefined : 10 + ones;
      }
      const tens = digit(0);
      return tens !== undefined && tens >= 2 && numeral[1] === '十' ? tens * 10 : undefined;
    }
    case 3: {
      const tens = digit(0);
      const ones = digit(2);
      return tens !== undefined && tens >= 2 && numeral[1] === '十' && ones !== undefined
        ? tens * 10 + ones
        : undefined;
    }
    default:
      return undefined;
  }
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
