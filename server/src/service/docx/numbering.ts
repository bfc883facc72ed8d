/**
 * Word's automatic numbering made explicit: `numbering.xml` (abstract numberings and their levels,
 * list instances with their overrides), then the counters a document's paragraphs advance the way
 * Word counts, and the label of each number (`%1、`, `（%2）`, `%1.%2`) in its format (Chinese
 * counting, decimal, circled, letters, Roman …) with the separator Word draws after it (`w:suff`).
 *
 * Word's counting: list instances (`w:num`) that share an abstract numbering share its counters
 * and continue one another; an instance's `startOverride` restarts a level only where that
 * instance first uses the level (a restarted copy of a heading list, used once for an example,
 * leaves the chapters' numbers alone). A level restarts when a higher level advances, or only
 * after the level its `lvlRestart` names (0: never); a level not counted since it restarted shows
 * one less than its start (Heading 1 then Heading 3 is `1.0.1`, as in Word). Values outside what
 * Word accepts are clamped (start 0–32767, level 0–8, a level text of 64 characters, a label of
 * 255), so that no file can make a label long or a count absurd.
 */
import { symbolText } from './symbols';
import { XmlEvent, scanXml } from './xml';

export type Suffix = 'tab' | 'space' | 'nothing';

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  /** `w:isLgl`: every number of the level's text in Arabic numerals. */
  readonly legal: boolean;
  readonly suffix: Suffix;
  /** `w:lvlRestart`: restarts only after this level (1-based) or a higher one advances; 0 never. */
  readonly restartAfter?: number;
  /** `w:pStyle`: the paragraph style that takes this level. */
  readonly style?: string;
  /** The font of the level's label (a bullet in Symbol or Wingdings). */
  readonly font?: string;
}

interface AbstractNumbering {
  readonly levels: ReadonlyMap<number, Level>;
  /** `w:numStyleLink`: the numbering is defined by a numbering style's. */
  readonly styleLink?: string;
}

interface ListInstance {
  readonly abstractId: string;
  readonly startOverrides: ReadonlyMap<number, number>;
  readonly levelOverrides: ReadonlyMap<number, Level>;
}

export interface NumberingDefinitions {
  readonly abstracts: ReadonlyMap<string, AbstractNumbering>;
  readonly instances: ReadonlyMap<string, ListInstance>;
  /** Numbering styles (`w:styleLink`) to the abstract numbering that defines them. */
  readonly styleLinks: ReadonlyMap<string, string>;
}

/** A paragraph's number as Word shows it: the label, and what Word draws between it and the text. */
export interface NumberLabel {
  readonly label: string;
  readonly suffix: Suffix;
}

export const MAX_LEVEL = 8;
/** Word's numbering dialog accepts start values up to 32767. */
const MAX_START = 32767;
/** No level text of a real document comes near this (Word's are a few characters); a hostile one is cut here. */
const MAX_LEVEL_TEXT = 64;
/** Nor any label, which is cut here (a level text of 64 characters of letters can make 2,000). */
const MAX_LABEL = 255;

/** An `ST_DecimalNumber`: an integer, or undefined for anything else (`1.5`, `1e308`, `abc`). */
export function decimalNumber(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*[+-]?\d{1,15}\s*$/.test(value)) return undefined;
  return Number(value);
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** A level index: an integer 0–8 (anything else is level 0). */
export function levelIndex(value: string | undefined): number {
  return clamp(decimalNumber(value) ?? 0, 0, MAX_LEVEL);
}

const EMPTY: NumberingDefinitions = { abstracts: new Map(), instances: new Map(), styleLinks: new Map() };

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Reads `word/numbering.xml`; a missing part numbers nothing. */
export function readNumbering(bytes: Uint8Array | undefined, part: string): NumberingDefinitions {
  if (bytes === undefined) return EMPTY;
  const abstracts = new Map<string, AbstractNumbering>();
  const instances = new Map<string, ListInstance>();
  const styleLinks = new Map<string, string>();
  let abstract: { id: string; levels: Map<number, Level>; styleLink?: string } | undefined;
  let instance: { id: string; abstractId: string; startOverrides: Map<number, number>; levelOverrides: Map<number, Level> } | undefined;
  let level: (Mutable<Level> & { index?: number }) | undefined;
  let overrideLevel: number | undefined;
  /** Inside a level's run properties (where its font is) or paragraph properties (where nothing is read). */
  let inRunProperties = false;
  let inParagraphProperties = false;
  const value = (event: Extract<XmlEvent, { kind: 'open' }>) => event.attributes['w:val'];
  scanXml(bytes, part, (event) => {
    if (event.kind === 'open') {
      switch (event.name) {
        case 'w:abstractNum': abstract = { id: event.attributes['w:abstractNumId'] ?? '', levels: new Map() }; break;
        case 'w:num': instance = { id: event.attributes['w:numId'] ?? '', abstractId: '', startOverrides: new Map(), levelOverrides: new Map() }; break;
        case 'w:lvl': {
          const index = decimalNumber(event.attributes['w:ilvl']);
          // Word writes start 1 for a numbered level; without one the start is 0, as ECMA-376 says.
          level = { index: index !== undefined && index >= 0 && index <= MAX_LEVEL ? index : undefined, start: 0, format: 'decimal', text: '', legal: false, suffix: 'tab' };
          break;
        }
        case 'w:lvlOverride': overrideLevel = levelIndex(event.attributes['w:ilvl']); break;
        case 'w:rPr': inRunProperties = true; break;
        case 'w:pPr': inParagraphProperties = true; break;
        case 'w:abstractNumId': if (instance) instance.abstractId = value(event) ?? ''; break;
        case 'w:startOverride': {
          const start = decimalNumber(value(event));
          if (instance && overrideLevel !== undefined && start !== undefined) instance.startOverrides.set(overrideLevel, clamp(start, 0, MAX_START));
          break;
        }
        case 'w:numStyleLink': if (abstract && !level) abstract.styleLink = value(event); break;
        case 'w:styleLink': if (abstract && !level && value(event) !== undefined) styleLinks.set(value(event)!, abstract.id); break;
      }
      if (level && !inParagraphProperties) readLevelProperty(level, event, inRunProperties);
    } else if (event.kind === 'close') {
      switch (event.name) {
        case 'w:rPr': inRunProperties = false; break;
        case 'w:pPr': inParagraphProperties = false; break;
        case 'w:lvl':
          if (level?.index !== undefined) {
            const { index, ...done } = level;
            if (instance && overrideLevel !== undefined) instance.levelOverrides.set(index, done);
            else if (abstract && !abstract.levels.has(index)) abstract.levels.set(index, done);
          }
          level = undefined;
          break;
        case 'w:lvlOverride': overrideLevel = undefined; break;
        case 'w:abstractNum':
          if (abstract && !abstracts.has(abstract.id)) abstracts.set(abstract.id, { levels: abstract.levels, styleLink: abstract.styleLink });
          abstract = undefined;
          break;
        case 'w:num':
          if (instance && !instances.has(instance.id)) instances.set(instance.id, instance);
          instance = undefined;
          break;
      }
    }
  });
  return { abstracts, instances, styleLinks };
}

/** One property of a level being read, from a child element of `w:lvl` (or of its run properties). */
function readLevelProperty(level: Mutable<Level>, event: Extract<XmlEvent, { kind: 'open' }>, inRunProperties: boolean): void {
  const value = event.attributes['w:val'];
  if (inRunProperties) {
    if (event.name === 'w:rFonts') level.font = event.attributes['w:ascii'] ?? event.attributes['w:hAnsi'] ?? level.font;
    return;
  }
  switch (event.name) {
    case 'w:start': level.start = clamp(decimalNumber(value) ?? 0, 0, MAX_START); break;
    case 'w:numFmt': level.format = value ?? 'decimal'; break;
    case 'w:lvlText': level.text = (value ?? '').slice(0, MAX_LEVEL_TEXT); break;
    case 'w:isLgl': level.legal = isOn(value); break;
    case 'w:suff': level.suffix = value === 'space' || value === 'nothing' ? value : 'tab'; break;
    case 'w:lvlRestart': {
      const after = decimalNumber(value);
      if (after !== undefined) level.restartAfter = clamp(after, 0, MAX_LEVEL + 1);
      break;
    }
    case 'w:pStyle': level.style = value; break;
  }
}

/** An `ST_OnOff` value: absent means on. */
export function isOn(value: string | undefined): boolean {
  return value !== '0' && value !== 'false' && value !== 'off';
}

/** The counters of one abstract numbering: the last number of each level, undefined where the level has not counted since it restarted. */
type Counts = (number | undefined)[];

/** The counters of a document's lists as its paragraphs advance them. */
export class NumberingCounters {
  private readonly lists = new Map<string, Counts>();
  /** `numId level` pairs whose start override has been used. */
  private readonly overridesUsed = new Set<string>();

  constructor(private readonly definitions: NumberingDefinitions) {}

  /** The level of list `numId` that paragraph style `style` takes (`w:pStyle` in the level), if any. */
  levelOfStyle(numId: string, style: string | undefined): number | undefined {
    const found = this.find(numId);
    if (!found || style === undefined) return undefined;
    for (let index = 0; index <= MAX_LEVEL; index++) if (found.levelOf(index)?.style === style) return index;
    return undefined;
  }

  /** The number of a paragraph in list `numId` at level `ilvl`, advancing the counters; undefined when it has none. */
  next(numId: string, ilvl: number): NumberLabel | undefined {
    const found = this.find(numId);
    const level = found?.levelOf(ilvl);
    if (!found || !level) return undefined;
    const { instance, levelOf, abstractId } = found;
    let counts = this.lists.get(abstractId);
    if (!counts) this.lists.set(abstractId, counts = []);
    const override = instance.startOverrides.get(ilvl);
    const overrideKey = `${numId} ${ilvl}`;
    if (override !== undefined && !this.overridesUsed.has(overrideKey)) {
      this.overridesUsed.add(overrideKey);
      counts[ilvl] = override;
    } else {
      const previous = counts[ilvl];
      counts[ilvl] = previous === undefined ? level.start : previous + 1;
    }
    for (let deeper = ilvl + 1; deeper <= MAX_LEVEL; deeper++) {
      const restartAfter = levelOf(deeper)?.restartAfter;
      if (restartAfter === undefined || ilvl < restartAfter) counts[deeper] = undefined;
    }
    if (level.format === 'bullet') return { label: symbolText(level.text, level.font), suffix: level.suffix };
    // Each level's number is formatted once, however often the level text names it.
    const numbers: string[] = [];
    const label = level.text.replace(/%([1-9])/g, (_match, digit: string) => {
      const index = Number(digit) - 1;
      return numbers[index] ??= this.shownNumber(counts!, index, levelOf(index), level.legal);
    });
    return { label: symbolText(label, level.font).slice(0, MAX_LABEL), suffix: level.suffix };
  }

  /** How level `index` shows its number in a label (`legal`: the label's level is `isLgl`). */
  private shownNumber(counts: Counts, index: number, shown: Level | undefined, legal: boolean): string {
    const format = shown?.format ?? 'decimal';
    if (format === 'none' || format === 'bullet') return '';
    const count = counts[index] ?? Math.max(0, (shown?.start ?? 1) - 1);
    return formatNumber(count, legal && format !== 'decimalZero' ? 'decimal' : format);
  }

  /** A list instance, and its abstract numbering's levels with the instance's overrides. */
  private find(numId: string) {
    const instance = this.definitions.instances.get(numId);
    if (!instance || numId === '0') return undefined;
    const abstractId = this.resolve(instance.abstractId);
    const abstract = this.definitions.abstracts.get(abstractId);
    if (!abstract) return undefined;
    const levelOf = (index: number) => instance.levelOverrides.get(index) ?? abstract.levels.get(index);
    return { instance, levelOf, abstractId };
  }

  /** An abstract numbering that only links to a numbering style: the one that style's defines. */
  private resolve(abstractId: string): string {
    const link = this.definitions.abstracts.get(abstractId)?.styleLink;
    return link === undefined ? abstractId : this.definitions.styleLinks.get(link) ?? abstractId;
  }
}

const TRADITIONAL_IDEOGRAPHS = '甲乙丙丁戊己庚辛壬癸';
const ZODIAC = '子丑寅卯辰巳午未申酉戌亥';
const SIMPLE_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const SIMPLE_UNITS = ['', '十', '百', '千', '万'] as const;
const LEGAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const LEGAL_UNITS = ['', '拾', '佰', '仟', '万'] as const;
const TRADITIONAL_LEGAL_DIGITS = ['零', '壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖'] as const;
/** Letters go a, …, z, aa, …, zz, … up to thirty of a letter, then begin again. */
const LETTER_CYCLE = 26 * 30;

/** A counter in a `w:numFmt` format; an unknown format, or a value a format cannot write, falls back to Arabic numerals. */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return counting(value, SIMPLE_DIGITS, SIMPLE_UNITS, true);
    case 'chineseLegalSimplified':
      return counting(value, LEGAL_DIGITS, LEGAL_UNITS, false);
    case 'ideographLegalTraditional':
      return counting(value, TRADITIONAL_LEGAL_DIGITS, LEGAL_UNITS, false);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return [...String(value)].map((digit) => SIMPLE_DIGITS[Number(digit)]).join('');
    case 'ideographTraditional':
      return value >= 1 ? TRADITIONAL_IDEOGRAPHS[(value - 1) % TRADITIONAL_IDEOGRAPHS.length]! : String(value);
    case 'ideographZodiac':
      return value >= 1 ? ZODIAC[(value - 1) % ZODIAC.length]! : String(value);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2460 + value - 1) : String(value);
    case 'decimalEnclosedParen':
      return `(${value})`;
    case 'decimalEnclosedFullstop':
      return `${value}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(value).replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'upperLetter':
    case 'lowerLetter': {
      if (value < 1) return String(value);
      const index = (value - 1) % LETTER_CYCLE;
      const letter = String.fromCharCode((format === 'upperLetter' ? 65 : 97) + (index % 26));
      return letter.repeat(Math.floor(index / 26) + 1);
    }
    case 'upperRoman':
    case 'lowerRoman': {
      const roman = toRoman(value);
      return format === 'upperRoman' ? roman : roman.toLowerCase();
    }
    default:
      return String(value);
  }
}

/**
 * A number in Chinese counting (`十二`, `一百零五`, `二千三百`) up to 99,999, a zero inside it as
 * `零`; `tenAlone`: 10–19 are written `十…`, not `一十…`.
 */
function counting(value: number, digits: readonly string[], units: readonly string[], tenAlone: boolean): string {
  if (!Number.isInteger(value) || value < 0 || value > 99_999) return String(value);
  if (value === 0) return digits[0]!;
  const places = [...String(value)].map(Number).reverse();
  let text = '';
  let zeroPending = false;
  for (let place = places.length - 1; place >= 0; place--) {
    const digit = places[place]!;
    if (digit === 0) {
      zeroPending = text.length > 0;
      continue;
    }
    if (zeroPending) text += '零';
    zeroPending = false;
    text += (tenAlone && place === 1 && digit === 1 && text.length === 0 ? '' : digits[digit]) + units[place];
  }
  return text;
}

const ROMAN: readonly (readonly [number, string])[] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

/** Roman numerals; thousands as repeated M (bounded by the clamped counters). */
function toRoman(value: number): string {
  if (value <= 0 || value > MAX_START * 2) return String(value);
  let rest = value;
  let text = '';
  for (const [amount, symbol] of ROMAN) {
    while (rest >= amount) {
      text += symbol;
      rest -= amount;
    }
  }
  return text;
}
