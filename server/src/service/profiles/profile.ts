/**
 * A mandated annual report's profile, read from a data file in `data/profiles/` (SPEC 2.4, 2.5): the
 * titles that choose it, its required parts with their keywords and order, the year each names, the
 * skeleton of a new report and the tables it holds. Checks and features ask a report's profile and
 * name none; the keyword matching below serves them all.
 */
import type { Message } from '../l10n';
import type { Report } from '../model/document';
import { isNumberedParagraph } from '../model/markers';
import { toSimplified } from '../model/simplified';
import type { Severity } from '../checks/types';

export interface Topic {
  readonly id: number;
  /** Short name, used in messages. */
  readonly name: Message;
  /** The regulation's wording, for hovers and heading skeletons; `{year}` is filled in. */
  readonly statutoryTitle: Message;
  /** What the regulation asks the section to contain. */
  readonly guidance: Message;
  /** A heading belongs to the topic when its title contains one of these. */
  readonly keywords: readonly string[];
  readonly severity: Severity;
  /** The year a heading of this topic should name: the report's year or the next one. */
  readonly year?: 'report' | 'next';
  /** The line under the heading in the report skeleton, for the writer to replace (default `【待补充】`). */
  readonly skeletonBody?: string;
  /**
   * Sections that belong to no other topic count as this one: the substantive sections of a report
   * are its measures and results even when their headings say so only by their content.
   */
  readonly coversUnmatchedSections?: boolean;
}

export interface SectionProfile {
  readonly id: string;
  readonly name: Message;
  /** A report whose title (in simplified characters) contains one of these has this profile; the first profile also takes the titles no profile names. */
  readonly titleKeywords: readonly string[];
  /**
   * What chooses the profile for a report whose title chose none (web copies keep the title in the
   * page header): a top-level heading holding one of `headings` (its parts' and tables' words), or a
   * line of the opening holding all the words of one of `opening` (`本年报根据《…政府信息公开条例》…编制`).
   */
  readonly contentSignals?: { readonly headings: readonly string[]; readonly opening: readonly (readonly string[])[] };
  readonly topics: readonly Topic[];
  /**
   * Only top-level headings name parts: the parts of a 信息公开 report have subsections whose
   * words (主动公开) name other parts.
   */
  readonly partsAtTopLevelOnly?: boolean;
  /** The parts must come in the profile's order (a fixed format). */
  readonly partsInOrder?: boolean;
  /** What the writer types at the start of a line to get the whole report skeleton (pinyin initials and Chinese). */
  readonly skeletonPrefixes: readonly string[];
  readonly skeleton: ReportSkeleton;
  /** Every table of every format the profile knows. */
  readonly tables?: readonly TableSchema[];
  /**
   * The formats of the tables, the current one (for new reports) first, each naming its tables by id;
   * an older one says the last report year it applies to. Without it, all the tables are one format.
   */
  readonly tableFormats?: readonly TableFormat[];
  /** Numbers the report's text states that its tables also hold (`共收到政府信息公开申请66件`). */
  readonly statedNumbers?: readonly StatedNumber[];
}

/**
 * A number the text states and the table cells it must equal: `pattern` finds it (its first group the
 * number, its second the unit) in a clause holding none of `unless` (`含上年结转1件` counts other rows).
 */
export interface StatedNumber {
  readonly name: Message;
  readonly pattern: string;
  readonly unless: readonly string[];
  /** Where the tables hold it, by format: the first whose table and row the report has; the columns add up. */
  readonly cells: readonly { readonly table: string; readonly row: string; readonly columns: readonly number[] }[];
}

export interface TableFormat {
  readonly id: string;
  /** The document that fixes the format. */
  readonly name: Message;
  readonly lastYear?: number;
  readonly tables: readonly string[];
}

/**
 * The text of a new report around its parts. `{year}` is the report year; `[[text]]` is a place the
 * writer fills in (a snippet tab stop), `[[issuer]]` the issuing body the title and signature share.
 */
export interface ReportSkeleton {
  /** After the issuer and the year in the title: `法治政府建设年度报告`. */
  readonly subject: string;
  readonly addressee?: string;
  readonly opening: string;
  /** What the skeleton holds, for the completion's detail; `{year}` is filled in. */
  readonly description: Message;
}

/** A fixed table of a report (SPEC 2.5): its rows by label, the header words around them, and the sums its numbers obey. */
export interface TableSchema {
  readonly id: string;
  readonly name: Message;
  /** The topic (part) the table stands in. */
  readonly topic: number;
  /** The words of header cells (simplified, brackets full-width, no blanks). */
  readonly headerTerms: readonly string[];
  /** A header cell may also be a note starting with one of these (`本列数据的勾稽关系为…`). */
  readonly headerNotes: readonly string[];
  /** Names of the number columns, for messages; a row with fewer cells uses the first ones. */
  readonly columns: readonly Message[];
  readonly rows: readonly TableRowSchema[];
  readonly rules: readonly TableRule[];
  /** How the export and the preview lay the table out, as the format's template prints it. */
  readonly print?: TablePrint;
}

/** A table as the format's template prints it. */
export interface TablePrint {
  /** The label columns' widths in characters of the table's font; the number columns share the rest equally. */
  readonly labelWidths: readonly number[];
  /** Header rows at the top, repeated on each page (none: the rows' own `header` lines head their groups). */
  readonly header: readonly (readonly PrintedCell[])[];
}

/** A header cell, merged across `columns` columns and down `rows` rows. */
export interface PrintedCell {
  readonly text: string;
  readonly columns?: number;
  readonly rows?: number;
}

export interface TableRowSchema {
  /** The row's place in the table (`三（七）`), used by the rules and in messages. */
  readonly id: string;
  /** The label as the format prints it, for the skeleton and messages. */
  readonly label: string;
  /**
   * A label cell (its marker and a trailing bracketed note taken off) names this row when it equals
   * one of these, or starts with one of them when it is longer than 4 characters.
   */
  readonly keys: readonly string[];
  /** How many numbers the row holds (0 for a row that only heads a group). */
  readonly cells: number;
  /** A row with no label (the numbers under the headers of the 行政复议/行政诉讼 table). */
  readonly unlabeled?: boolean;
  /** The names of the row's columns, where they are not the table's (the 2019 format's part 二 has other columns each row). */
  readonly columns?: readonly Message[];
  /** The cells that may be negative (the 2019 format's 本年增/减); a count is never negative. */
  readonly signed?: readonly number[];
  /** Header lines the report skeleton writes before the row, in `|` cells. */
  readonly header?: readonly string[];
}

/**
 * A sum the numbers must obey. `columns`: in each column, the rows `left` add up to the rows
 * `right`. `row`: in each row with the cells, the cells `parts` add up to the cell `total`.
 */
export type TableRule =
  | {
    readonly kind: 'columns'; readonly name: Message;
    readonly left: readonly string[]; readonly right: readonly string[];
    readonly leftName: Message; readonly rightName: Message;
  }
  | { readonly kind: 'row'; readonly name: Message; readonly total: number; readonly parts: readonly number[]; readonly partsName: Message };

/** Stands for the second character of a one-character keyword. */
const ANY_CHARACTER = -1;

interface KeywordEntry {
  readonly keyword: string;
  /** The keyword's second character's code, or ANY_CHARACTER. */
  readonly second: number;
  readonly topicIndex: number;
}

interface KeywordIndex {
  /**
   * For each character code, 1 + the index in `lists` of the keywords starting with it, or 0: most
   * characters of a title start none. (A 65,536-slot JS array would be a slow dictionary.)
   */
  readonly listByStart: Uint8Array;
  readonly lists: readonly (readonly KeywordEntry[])[];
}

/** Per profile, its keywords indexed so that a title is read once, not once per keyword. */
const keywordIndexes = new WeakMap<SectionProfile, KeywordIndex>();

function keywordIndex(profile: SectionProfile): KeywordIndex {
  let index = keywordIndexes.get(profile);
  if (!index) {
    const listByStart = new Uint8Array(0x10000);
    const lists: KeywordEntry[][] = [];
    profile.topics.forEach((topic, topicIndex) => {
      for (const keyword of topic.keywords) {
        const code = keyword.charCodeAt(0);
        if (listByStart[code] === 0) listByStart[code] = lists.push([]);
        lists[listByStart[code]! - 1]!.push({ keyword, second: keyword.length > 1 ? keyword.charCodeAt(1) : ANY_CHARACTER, topicIndex });
      }
    });
    index = { listByStart, lists };
    keywordIndexes.set(profile, index);
  }
  return index;
}

/** A keyword found in a title: where, how long, and for which topic. */
interface KeywordMatch { readonly start: number; readonly end: number; readonly topicIndex: number }

/**
 * The topics (as bits, one per topic of the profile) whose keywords a heading's title names, read on
 * its simplified form. Where keywords of two topics overlap, the longer one names the title
 * (`主要工作安排` is about plans, not about `主要工作`).
 */
function indexedTopicMask({ listByStart, lists }: KeywordIndex, heading: string): number {
  // A numbered paragraph names no topic, whatever words it uses.
  if (isNumberedParagraph(heading)) return 0;
  const title = toSimplified(heading);
  let matches: KeywordMatch[] | undefined;
  for (let position = 0; position < title.length; position++) {
    const list = listByStart[title.charCodeAt(position)]!;
    if (list === 0) continue;
    const second = title.charCodeAt(position + 1);
    const entries = lists[list - 1]!;
    for (let entry = 0; entry < entries.length; entry++) {
      const { keyword, second: keywordSecond, topicIndex } = entries[entry]!;
      if ((keywordSecond === second || keywordSecond === ANY_CHARACTER) && title.startsWith(keyword, position)) {
        (matches ??= []).push({ start: position, end: position + keyword.length, topicIndex });
      }
    }
  }
  if (!matches) return 0;
  let mask = 0;
  for (const match of matches) {
    const outdone = matches.some((other) => other.topicIndex !== match.topicIndex && other.start < match.end && match.start < other.end
      && other.end - other.start > match.end - match.start);
    if (!outdone) mask |= 1 << match.topicIndex;
  }
  return mask;
}

/** The topics of a mask, in the profile's order. */
function topicsOf(profile: SectionProfile, mask: number): Topic[] {
  return mask === 0 ? [] : profile.topics.filter((_, topicIndex) => (mask & (1 << topicIndex)) !== 0);
}

/** The topics whose keywords a heading's title names, in the profile's order. */
export function topicsOfTitle(profile: SectionProfile, title: string): Topic[] {
  return topicsOf(profile, indexedTopicMask(keywordIndex(profile), title));
}

/**
 * Calls `visit` with the topics each top-level section covers, itself or through any heading under
 * it, in the order of `report.topHeadings`; a section covering none counts for the profile's
 * fallback topic (its substantive sections). Worked out on each call: a cache keyed by report (a
 * WeakMap) costs the garbage collector more than the scan.
 */
function eachSectionMask(profile: SectionProfile, report: Report, visit: (mask: number) => void): void {
  const index = keywordIndex(profile);
  const fallback = profile.topics.findIndex((topic) => topic.coversUnmatchedSections);
  const fallbackMask = fallback < 0 ? 0 : 1 << fallback;
  // Headings run in document order: each belongs to the section of the last top-level heading before it.
  // A section whose own heading names no topic is a substantive one, whatever its subsections also cover
  // (`一、2023年法治建设情况` with `（三）推动法治建设第一责任人职责履职常态化` under it).
  let mask = 0;
  for (let position = 0; position < report.headings.length; position++) {
    const heading = report.headings[position]!;
    if (!heading.parent) {
      if (position > 0) visit(mask);
      mask = indexedTopicMask(index, heading.title) || fallbackMask;
    } else if (!profile.partsAtTopLevelOnly) {
      mask |= indexedTopicMask(index, heading.title);
    }
  }
  if (report.headings.length > 0) visit(mask);
}

/** The topics each top-level section covers, as masks in the order of `report.topHeadings` (see `eachSectionMask`). */
export function sectionMasks(profile: SectionProfile, report: Report): number[] {
  const masks: number[] = [];
  eachSectionMask(profile, report, (mask) => masks.push(mask));
  return masks;
}

/** The topics no heading of the report covers. */
export function missingTopics(profile: SectionProfile, report: Report): Topic[] {
  let covered = 0;
  eachSectionMask(profile, report, (mask) => { covered |= mask; });
  return topicsOf(profile, ~covered & ((1 << profile.topics.length) - 1));
}

/** A table as `|` rows, its header lines before the rows they head, every number 0 (for skeletons). */
export function tableSkeleton(schema: TableSchema): string[] {
  const lines: string[] = [];
  for (const row of schema.rows) {
    lines.push(...(row.header ?? []));
    const zeros = new Array<string>(row.cells).fill('0');
    lines.push(row.unlabeled ? zeros.join(' | ') : [row.label, ...zeros].join(' | '));
  }
  return lines;
}

/** The formats of a profile's tables with their schemas, the current one first. */
export function tableFormats(profile: SectionProfile): { readonly tables: readonly TableSchema[]; readonly lastYear?: number }[] {
  const schemas = profile.tables ?? [];
  if (!profile.tableFormats) return [{ tables: schemas }];
  const byId = new Map(schemas.map((schema) => [schema.id, schema]));
  return profile.tableFormats.map((format) => ({ tables: format.tables.map((id) => byId.get(id)!), lastYear: format.lastYear }));
}

/** The lines under a part's heading in a skeleton: its tables in the current format, or none when it has none. */
export function partTables(profile: SectionProfile, topic: Topic): string[] {
  return tableFormats(profile)[0]!.tables.filter((table) => table.topic === topic.id).flatMap(tableSkeleton);
}
