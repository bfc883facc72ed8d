/**
 * Marks found inside a line's text: unfilled placeholders, letters standing in for characters,
 * scraper markers and inline enumerators (一是…二是…). Like the rest of a line's classification they
 * depend on the text alone.
 */
import { parseChineseNumeral } from './numerals';
import { SCRAPER_MARKER } from './webResidue';

export type InlineMark =
  | { readonly kind: 'placeholder'; readonly start: number; readonly end: number }
  | { readonly kind: 'substitute'; readonly start: number; readonly end: number; readonly replacement: string }
  | { readonly kind: 'scraper'; readonly start: number; readonly end: number }
  /** `三是`: start and end cover the numeral only; `value` is its number. */
  | { readonly kind: 'enumerator'; readonly start: number; readonly end: number; readonly value: number };

/**
 * Placeholders (SPEC 3): `XX` `ＸＸ` `××` `20XX` `X月X日`, `某某`, `〇〇` (checked below not to be part of
 * a year such as 二〇〇九), runs of `_` or `*`, notes such as `【待补充】`, and empty brackets.
 */
const PLACEHOLDER = new RegExp([
  '(?:(?:19|20)?[XxＸｘ×]+[年月日号])+',
  '(?:19|20)?[XxＸｘ×]{2,}',
  '某某',
  '[〇○]{2,}',
  '_{2,}',
  '\\*{2,}',
  '【(?:待|请|此处|填写|补充)[^】]{0,20}】',
  '[（(](?:待补充|待定|待填写?|待完善)[）)]',
  '[（(【][ \\t\\u3000\\u00a0]*[）)】]',
].join('|'), 'g');
const PLACEHOLDER_TRIGGER = /[XxＸｘ×某〇○_*【（(]/;
const CHINESE_DIGIT = /[一二三四五六七八九十〇○零]/;
const ASCII_LETTER = /[A-Za-z]/;

/**
 * Letters typed in place of a sensitive character (常见：D 代“党”). Each entry lists the words it occurs
 * in, so that only those are flagged, never an ordinary Latin letter.
 */
export interface SubstituteRule {
  readonly letters: string;
  readonly replacement: string;
  /** What may directly follow the letters for the use to count. */
  readonly followers: readonly string[];
  /** What may directly precede the letters for the use to count. */
  readonly preceders: readonly string[];
}

export const SUBSTITUTE_RULES: readonly SubstituteRule[] = [
  {
    letters: 'D',
    replacement: '党',
    followers: ['组', '委', '员', '的', '内', '政', '纪', '对', '领导', '课', '校', '日', '支部', '总支', '性', '建', '风',
      '史', '章', '中央', '务', '旗', '徽', '代会', '和国家', '和政府', '工委', '群'],
    preceders: ['共产', '入', '治', '爱', '兴'],
  },
  { letters: 'ZF', replacement: '政府', followers: [], preceders: ['人民', '市', '县', '区', '镇', '乡', '省'] },
];

const ENUMERATOR = /([一二三四五六七八九十]{1,3})是/g;
/** What may stand before `一是` for it to be an enumerator: not `统一是`, `唯一是`. */
const ENUMERATOR_PRECEDERS = /[。；;：:，,、（(\s\u3000\u00a0\u2002-\u200a]/;

export function scanInline(text: string): InlineMark[] {
  const marks: InlineMark[] = [];
  if (PLACEHOLDER_TRIGGER.test(text)) scanPlaceholders(text, marks);
  scanSubstitutes(text, marks);
  if (text.includes('##')) {
    for (const match of text.matchAll(SCRAPER_MARKER)) marks.push({ kind: 'scraper', start: match.index, end: match.index + match[0].length });
  }
  if (text.includes('是')) scanEnumerators(text, marks);
  return marks;
}

function scanPlaceholders(text: string, marks: InlineMark[]): void {
  for (const match of text.matchAll(PLACEHOLDER)) {
    const start = match.index;
    const end = start + match[0].length;
    const first = match[0][0]!;
    if ('XxＸｘ×12'.includes(first) && (ASCII_LETTER.test(text[start - 1] ?? '') || ASCII_LETTER.test(text[end] ?? ''))) continue;
    if ((first === '〇' || first === '○') && (CHINESE_DIGIT.test(text[start - 1] ?? '') || CHINESE_DIGIT.test(text[end] ?? ''))) continue;
    marks.push({ kind: 'placeholder', start, end });
  }
}

function scanSubstitutes(text: string, marks: InlineMark[]): void {
  for (const rule of SUBSTITUTE_RULES) {
    for (let start = text.indexOf(rule.letters); start >= 0; start = text.indexOf(rule.letters, start + 1)) {
      const end = start + rule.letters.length;
      if (ASCII_LETTER.test(text[start - 1] ?? '') || ASCII_LETTER.test(text[end] ?? '')) continue;
      const before = text.slice(Math.max(0, start - 4), start);
      const counts = rule.followers.some((follower) => text.startsWith(follower, end))
        || rule.preceders.some((preceder) => before.endsWith(preceder));
      if (counts) marks.push({ kind: 'substitute', start, end, replacement: rule.replacement });
    }
  }
}

function scanEnumerators(text: string, marks: InlineMark[]): void {
  for (const match of text.matchAll(ENUMERATOR)) {
    const start = match.index;
    if (start > 0 && !ENUMERATOR_PRECEDERS.test(text[start - 1]!)) continue;
    const value = parseChineseNumeral(match[1]!);
    if (value !== undefined) marks.push({ kind: 'enumerator', start, end: start + match[1]!.length, value });
  }
}
