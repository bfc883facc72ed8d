/**
 * Numbers written in Chinese numerals in statistics (`三百二十一`, `一十二`, `九十八点九七`), read
 * strictly: digits each followed by a smaller unit (千 百 十), 零 or 〇 between, a decimal part
 * after 点. Set phrases fail the reading (`十四五`, `三五`, `一二三`), approximations are left out by
 * the caller (`几十`, `三十余`).
 */
import { CharSet } from '../../model/chars';

const DIGITS: ReadonlyMap<number, number> = new Map([...'〇一二三四五六七八九'].map((char, value) => [char.charCodeAt(0), value]));
const UNITS: ReadonlyMap<number, number> = new Map([[0x5343, 1000], [0x767e, 100], [0x5341, 10]]);
const ZERO = new CharSet('零〇');
const TWO = 0x4e24; // 两
const POINT = 0x70b9; // 点

/** The characters of such numbers, to find where one starts and ends. */
export const NUMERAL_CHARACTERS = new CharSet('〇零一二三四五六七八九十百千两点');

/** The value of `text.slice(start, end)` in Arabic digits (`98.97`), or undefined when it is no number read strictly. */
export function readChineseNumber(text: string, start: number, end: number): string | undefined {
  let point = end;
  for (let index = start; index < end; index++) if (text.charCodeAt(index) === POINT) point = index;
  const whole = readWhole(text, start, point);
  if (whole === undefined) return undefined;
  if (point === end) return String(whole);
  let fraction = '';
  for (let index = point + 1; index < end; index++) {
    const digit = DIGITS.get(text.charCodeAt(index));
    if (digit === undefined) return undefined;
    fraction += digit;
  }
  return fraction === '' ? undefined : `${whole}.${fraction}`;
}

/** A whole number below 10,000: `三百二十一`, `一千零五`, `十二`, `两千`; a lone digit too. */
function readWhole(text: string, start: number, end: number): number | undefined {
  if (start === end) return undefined;
  let value = 0;
  let pending: number | undefined;
  let lastUnit = 10_000;
  let zeroAllowed = false;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    const unit = UNITS.get(code);
    if (unit !== undefined) {
      // Units fall (千 before 百 before 十); a leading 十 stands for 一十.
      if (unit >= lastUnit || (pending === undefined && !(unit === 10 && index === start))) return undefined;
      value += (pending ?? 1) * unit;
      pending = undefined;
      lastUnit = unit;
      zeroAllowed = true;
    } else if (ZERO.has(code) && pending === undefined && zeroAllowed && index + 1 < end) {
      zeroAllowed = false;
    } else {
      const digit = code === TWO ? 2 : DIGITS.get(code);
      if (digit === undefined || digit === 0 || pending !== undefined) return undefined;
      pending = digit;
    }
  }
  // A lone digit after a unit is one more than the units below it allow only after 十.
  if (pending !== undefined) {
    if (lastUnit !== 10_000 && lastUnit !== 10 && zeroAllowed) return undefined;
    value += pending;
  }
  return value;
}
