/**
 * Characters of the symbol fonts (Symbol, Wingdings, Wingdings 2) as the Unicode look-alikes a
 * reader sees: a bullet `` in Symbol is `•`, a Wingdings `þ` is `☑`. Word stores them either as
 * private-use characters U+F020–U+F0FF or as plain characters 0x20–0xFF in a run set in that font.
 */
import symbolFonts from '../data/symbolFonts.json';

const TABLES: ReadonlyMap<string, Readonly<Record<string, string>>> = new Map(Object.entries(symbolFonts.fonts));

/** The look-alike of character `code` in `font`, or undefined when the font is no symbol font or the character has none. */
export function symbolCharacter(code: number, font: string | undefined): string | undefined {
  const name = font?.trim().toLowerCase();
  const table = name === undefined ? undefined : TABLES.get(name);
  if (!table) return undefined;
  const low = code >= 0xf020 && code <= 0xf0ff ? code - 0xf000 : code >= 0x20 && code <= 0xff ? code : undefined;
  if (low === undefined) return undefined;
  const mapped = table[low.toString(16).toUpperCase()];
  if (mapped !== undefined) return mapped;
  // The rest of Symbol's lower half is ASCII.
  return name === 'symbol' && low < 0x7f ? String.fromCharCode(low) : undefined;
}

/** `text` set in `font`, its symbol characters replaced by their look-alikes (all of it unchanged in any other font). */
export function symbolText(text: string, font: string | undefined): string {
  if (font === undefined || !TABLES.has(font.trim().toLowerCase())) return text;
  let mapped = '';
  for (const char of text) mapped += symbolCharacter(char.codePointAt(0)!, font) ?? char;
  return mapped;
}
