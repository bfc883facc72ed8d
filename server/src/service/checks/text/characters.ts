/** Classes of characters the text checks share. */
import { CharSet } from '../../model/chars';

export function isLatin(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Full-width digits and Latin letters (`２０２３` `ＡＢ`). */
export function isFullAlnum(code: number): boolean {
  return (code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
}

/** Full-width punctuation, whose neighbours count as Chinese text. */
export const FULL_PUNCTUATION = new CharSet('。，、；：！？“”‘’（）《》〈〉【】〔〕…—·');

/** Compatibility forms of the pauses (small and vertical forms, half-width 。、) with the full-width pause each stands for. */
export const COMPATIBLE_PAUSES: Readonly<Record<string, string>> = {
  '﹐': '，', '﹑': '、', '﹒': '。', '﹔': '；', '﹕': '：', '﹖': '？', '﹗': '！',
  '︐': '，', '︑': '、', '︒': '。', '︓': '：', '︔': '；', '︕': '！', '︖': '？', '︰': '：', '｡': '。', '､': '、',
};

/** Half-width pauses, which turn full-width in Chinese text, and the compatibility forms, which do too. */
export const TURNING_PAUSES = `,;:?!${Object.keys(COMPATIBLE_PAUSES).join('')}`;
