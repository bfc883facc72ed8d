/**
 * What a mandated annual report's profile holds, read from a data file in `data/profiles/` (SPEC 2.4,
 * 2.5): the titles that choose it, its required parts with their keywords and order, the year each
 * names, the skeleton of a new report and the tables it holds. Plain data the document model reads;
 * which parts a report's headings name is `matching.ts`.
 */
import type { Message } from '../l10n';
import type { Severity } from '../severity';

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
   * Words naming the report's subject in a title (`法治`): a line ending in 报告, 年报 or 汇编 that names
   * one reads as a title even without a year or 关于, and a line ending in 情况 that names one and a
   * year as a weaker title (`XX局2023年法治政府建设工作情况`). Read for every profile, before a report has one.
   */
  readonly titleSubjects?: readonly string[];
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
  readonly topicsAtTopLevelOnly?: boolean;
  /** The parts must come in the profile's order (a fixed format). */
  readonly topicsInOrder?: boolean;
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
export function topicTables(profile: SectionProfile, topic: Topic): string[] {
  return tableFormats(profile)[0]!.tables.filter((table) => table.topic === topic.id).flatMap(tableSkeleton);
}
