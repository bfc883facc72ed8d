/**
 * Word's automatic numbering made explicit: `numbering.xml` (abstract numberings and their levels,
 * list instances with their overrides) and the numbering that paragraph styles carry, then the
 * counters a document's paragraphs advance — per list, per level, deeper levels restarting when a
 * higher one advances — and the text of each number (`%1、`, `（%1）`, `%1.`) in its format
 * (Chinese counting, decimal, circled, …).
 */
import { formatChineseNumeral, formatCircledNumber } from '../model/numerals';
import { XmlEvent, scanXml } from './xml';

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  /** `w:isLgl`: every number of the level's text in Arabic numerals. */
  readonly legal: boolean;
}

interface AbstractNumbering {
  readonly levels: Map<number, Level>;
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

const EMPTY: NumberingDefinitions = { abstracts: new Map(), instances: new Map(), styleLinks: new Map() };

/** Reads `word/numbering.xml`; a missing or broken part numbers nothing. */
export function readNumbering(xml: string | undefined): NumberingDefinitions {
  if (xml === undefined) return EMPTY;
  const abstracts = new Map<string, AbstractNumbering>();
  const instances = new Map<string, ListInstance>();
  const styleLinks = new Map<string, string>();
  let abstract: { id: string; levels: Map<number, Level>; styleLink?: string } | undefined;
  let instance: { id: string; abstractId: string; startOverrides: Map<number, number>; levelOverrides: Map<number, Level> } | undefined;
  let level: { index: number; start: number; format: string; text: string; legal: boolean } | undefined;
  let overrideLevel: number | undefined;
  const value = (event: Extract<XmlEvent, { kind: 'open' }>) => event.attributes['w:val'] ?? '';
  scanXml(xml, (event) => {
    if (event.kind === 'open') {
      switch (event.name) {
        case 'w:abstractNum': abstract = { id: event.attributes['w:abstractNumId'] ?? '', levels: new Map() }; break;
        case 'w:num': instance = { id: event.attributes['w:numId'] ?? '', abstractId: '', startOverrides: new Map(), levelOverrides: new Map() }; break;
        case 'w:lvl': level = { index: Number(event.attributes['w:ilvl'] ?? 0), start: 1, format: 'decimal', text: '', legal: false }; break;
        case 'w:lvlOverride': overrideLevel = Number(event.attributes['w:ilvl'] ?? 0); break;
        case 'w:start': if (level) level.start = Number(value(event)) || 0; break;
        case 'w:numFmt': if (level) level.format = value(event); break;
        case 'w:lvlText': if (level) level.text = value(event); break;
        case 'w:isLgl': if (level) level.legal = value(event) !== '0' && value(event) !== 'false'; break;
        case 'w:abstractNumId': if (instance) instance.abstractId = value(event); break;
        case 'w:startOverride': if (instance && overrideLevel !== undefined) instance.startOverrides.set(overrideLevel, Number(value(event)) || 0); break;
        case 'w:numStyleLink': if (abstract) abstract.styleLink = value(event); break;
        case 'w:styleLink': if (abstract) styleLinks.set(value(event), abstract.id); break;
      }
    } else if (event.kind === 'close') {
      switch (event.name) {
        case 'w:lvl':
          if (level) {
            const done: Level = { start: level.start, format: level.format, text: level.text, legal: level.legal };
            if (instance && overrideLevel !== undefined) instance.levelOverrides.set(level.index, done);
            else abstract?.levels.set(level.index, done);
          }
          level = undefined;
          break;
        case 'w:lvlOverride': overrideLevel = undefined; break;
        case 'w:abstractNum':
          if (abstract) abstracts.set(abstract.id, { levels: abstract.levels, styleLink: abstract.styleLink });
          abstract = undefined;
          break;
        case 'w:num':
          if (instance) instances.set(instance.id, instance);
          instance = undefined;
          break;
      }
    }
  });
  return { abstracts, instances, styleLinks };
}

/** The counters of a document's lists as its paragraphs advance them. */
export class NumberingCounters {
  /** Per abstract numbering (lists that share one continue each other), the last number of each level. */
  private readonly counters = new Map<string, number[]>();
  /** List instances whose start overrides have been applied. */
  private readonly started = new Set<string>();

  constructor(private readonly definitions: NumberingDefinitions) {}

  /** The number text of a paragraph in list `numId` at level `ilvl`, advancing the counters; undefined when it has none. */
  next(numId: string, ilvl: number): string | undefined {
    const instance = this.definitions.instances.get(numId);
    if (!instance || numId === '0') return undefined;
    const abstractId = this.resolve(instance.abstractId);
    const abstract = this.definitions.abstracts.get(abstractId);
    if (!abstract) return undefined;
    const levelOf = (index: number) => instance.levelOverrides.get(index) ?? abstract.levels.get(index);
    const level = levelOf(ilvl);
    if (!level) return undefined;
    let counters = this.counters.get(abstractId);
    if (!counters) this.counters.set(abstractId, counters = []);
    if (!this.started.has(numId)) {
      this.started.add(numId);
      // A restart override: the list begins again at its levels' start values.
      for (const [index, start] of instance.startOverrides) counters[index] = start - 1;
    }
    counters[ilvl] = (counters[ilvl] ?? levelOf(ilvl)!.start - 1) + 1;
    // Deeper levels start again after this one advances.
    counters.length = ilvl + 1;
    if (level.format === 'none' || level.format === 'bullet') return level.format === 'bullet' ? '' : level.text.replace(/%\d/g, '');
    return level.text.replace(/%([1-9])/g, (_match, digit: string) => {
      const index = Number(digit) - 1;
      const shown = levelOf(index);
      const count = counters![index] ?? shown?.start ?? 1;
      return formatNumber(count, level.legal && index < ilvl ? 'decimal' : shown?.format ?? 'decimal');
    });
  }

  /** An abstract numbering that only links to a numbering style: the one that style's defines. */
  private resolve(abstractId: string): string {
    const link = this.definitions.abstracts.get(abstractId)?.styleLink;
    return link === undefined ? abstractId : this.definitions.styleLinks.get(link) ?? abstractId;
  }
}

const TRADITIONAL_IDEOGRAPHS = '甲乙丙丁戊己庚辛壬癸';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';

/** A counter in a `w:numFmt` format; an unknown format falls back to Arabic numerals. */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      return value >= 1 && value <= 99 ? formatChineseNumeral(value) : String(value);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(Math.max(0, value))].map((digit) => '〇一二三四五六七八九'[Number(digit)]).join('');
    case 'chineseLegalSimplified':
      if (value < 1 || value > 99) return String(value);
      return formatChineseNumeral(value).replace(/[一二三四五六七八九]/g, (digit) => LEGAL_DIGITS['一二三四五六七八九'.indexOf(digit) + 1]!).replace(/十/g, '拾').replace(/百/g, '佰');
    case 'ideographTraditional':
      return TRADITIONAL_IDEOGRAPHS[(value - 1) % 10] ?? String(value);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return value >= 1 && value <= 20 ? formatCircledNumber(value) : `(${value})`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(value)].map((digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0)).join('');
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'upperLetter':
    case 'lowerLetter': {
      const letter = String.fromCharCode(65 + ((value - 1) % 26)).repeat(Math.floor((value - 1) / 26) + 1);
      return format === 'upperLetter' ? letter : letter.toLowerCase();
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

function toRoman(value: number): string {
  if (value <= 0 || value >= 4000) return String(value);
  const numerals: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = value;
  let text = '';
  for (const [amount, symbol] of numerals) {
    while (rest >= amount) {
      text += symbol;
      rest -= amount;
    }
  }
  return text;
}
