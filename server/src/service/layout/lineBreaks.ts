/**
 * How wide text is and where its lines break, as Word and LibreOffice break Chinese text: every
 * Chinese character and full-width mark one em, Latin letters and digits in Times New Roman;
 * punctuation kept off the start of a line and opening marks off its end (避头尾), a closing mark
 * allowed to hang past the margin, Latin words and numbers kept whole. The layout (table rows, the
 * signature's place) and the preview's pagination both measure with it.
 */
import type { LayoutPage } from './description';

/** A font size and the spacing added to each character (the body's 16 pt is condensed by 0.25 pt). */
export interface Metrics {
  readonly size: number;
  readonly spacing: number;
}

/** One Chinese character's advance in points. */
export const advanceOf = (metrics: Metrics) => metrics.size + metrics.spacing;

/** Characters that may not start a line. */
const NO_START = new Set('，。、；：！？）》〉】〕”’…—·%‰,.;:!?)]}');
/** Characters that may not end a line. */
const NO_END = new Set('（《〈【〔“‘([{');
/** Closing marks that may hang past the right margin rather than go to the next line. */
const HANGING = new Set('，。、；：！？”’）》');

/** Times New Roman advances in ems, for the Latin text among the Chinese. */
function latinEm(code: number): number {
  if (code === 0x20) return 0.25;
  if (code >= 0x30 && code <= 0x39) return 0.5;
  if (code >= 0x41 && code <= 0x5a) return 0.72;
  if (code >= 0x61 && code <= 0x7a) return 0.45;
  return 0.33;
}

/**
 * A character's width in Chinese characters of the same metrics. Latin text is measured without the
 * condensing, which leaves about the room LibreOffice adds between Chinese and Latin text.
 */
export function widthOf(char: string, metrics: Metrics): number {
  const code = char.charCodeAt(0);
  if (code >= 0x80 && code !== 0xb7) return 1;
  return (latinEm(code) * metrics.size) / advanceOf(metrics);
}

/** A text's width in Chinese characters of the same metrics. */
export function textWidth(text: string, metrics: Metrics): number {
  let width = 0;
  for (const char of text) width += widthOf(char, metrics);
  return width;
}

const isLatinWord = (char: string | undefined) => char !== undefined && /[A-Za-z0-9.%]/.test(char);

/**
 * Where the lines of a paragraph of `chars` break: ends of lines, for a first line of `first`
 * characters and further lines of `rest` (in Chinese characters of `metrics`); `hanging`: a closing
 * mark may hang past the margin (not in a table's cells, which keep every character inside).
 */
export function lineBreaks(chars: readonly string[], first: number, rest: number, metrics: Metrics, hanging = true): number[] {
  const ends: number[] = [];
  let start = 0;
  const epsilon = 1e-6;
  while (start < chars.length) {
    const capacity = ends.length === 0 ? first : rest;
    let width = 0;
    let end = start;
    while (end < chars.length && width + widthOf(chars[end]!, metrics) <= capacity + epsilon) width += widthOf(chars[end++]!, metrics);
    // Always at least one character a line, however narrow the line.
    if (end === start) end++;
    if (end < chars.length) {
      if (hanging && HANGING.has(chars[end]!)) {
        end++;
      } else {
        // Keep a forbidden start off this break, and an opening mark with what it opens; never an empty line.
        let moved = end;
        while (moved > start + 1 && (NO_START.has(chars[moved]!) || NO_END.has(chars[moved - 1]!) || (isLatinWord(chars[moved]) && isLatinWord(chars[moved - 1])))) moved--;
        if (moved > start + 1) end = moved;
      }
    }
    ends.push(end);
    // Blanks at the start of a following line are dropped, as word processors do.
    start = end;
    while (start < chars.length && chars[start] === ' ') start++;
  }
  return ends;
}

/** The body's characters: 16 pt condensed by 0.25 pt. */
export function bodyMetrics(page: LayoutPage): Metrics {
  return { size: page.sizes.body, spacing: page.characterSpacing / 20 };
}

/** The title's characters: 22 pt, not condensed. */
export function titleMetrics(page: LayoutPage): Metrics {
  return { size: page.sizes.title, spacing: 0 };
}

/** The text block's width in twips. */
export function textWidthTwips(page: LayoutPage): number {
  return page.width - page.margin.left - page.margin.right;
}

/** One body character's advance in twips. */
export function characterTwips(page: LayoutPage): number {
  return page.sizes.body * 20 + page.characterSpacing;
}
