/**
 * The outline (document symbols, breadcrumbs, sticky scroll): compilation → contents → reports →
 * headings of levels 1–5, and the tables of a report under the heading whose section holds them. Every node has a name, and its range contains its selection range and
 * its children's ranges.
 */
import { Range, SymbolKind } from 'vscode-languageserver-types';
import type { Heading, Report, ReportDocument } from '../model/document';
import type { Table } from '../model/tables';
import { shorten, withoutBlanks } from '../model/text';
import { Locale, OUTLINE_WORDS } from '../l10n';
import { MAX_NAME_LENGTH, contentRange, headingName, headingRange, linesRange, range, titleRange } from '../model/ranges';

export type OutlineKind = 'compilation' | 'contents' | 'report' | 'heading' | 'table';

/**
 * The outline's icons: one symbol kind for each kind of node and for each heading level, so that the
 * levels can be told apart in the Outline view as in the text.
 */
export function symbolKindOf(node: OutlineNode): SymbolKind {
  switch (node.kind) {
    case 'compilation': return SymbolKind.Package;
    case 'contents': return SymbolKind.Namespace;
    case 'report': return SymbolKind.Module;
    case 'heading': return HEADING_SYMBOL_KINDS[node.level - 1] ?? SymbolKind.String;
    case 'table': return SymbolKind.Array;
  }
}

const HEADING_SYMBOL_KINDS: readonly SymbolKind[] = [SymbolKind.Class, SymbolKind.Interface, SymbolKind.Struct, SymbolKind.Field, SymbolKind.EnumMember];

export interface OutlineNode {
  readonly name: string;
  readonly detail?: string;
  readonly kind: OutlineKind;
  /** 1–5 for headings, 0 for the other kinds. */
  readonly level: number;
  readonly range: Range;
  readonly selectionRange: Range;
  readonly children: readonly OutlineNode[];
}

export function buildOutline(document: ReportDocument, locale: Locale): OutlineNode[] {
  const reports = document.reports;
  const contents = document.contents;
  const contentsNode: OutlineNode | undefined = contents && {
    name: nameOf(document, contents.headerLine),
    kind: 'contents',
    level: 0,
    range: linesRange(document, contents.headerLine, contents.endLine),
    selectionRange: contentRange(document, contents.headerLine),
    children: [],
  };
  // A report's own contents is its first child; a compilation's stands before the reports.
  const ownContents = contents?.report && contentsNode;
  const reportNodes = reports.length === 1 && !reports[0]!.title && !document.compilation
    ? reportChildren(document, reports[0]!, locale)
    : reports.map((report) => reportNode(document, report, locale, report === contents?.report ? ownContents : undefined));
  const children = contentsNode && !ownContents ? [contentsNode, ...reportNodes] : reportNodes;
  const compilation = document.compilation;
  if (!compilation) return children;
  const startLine = Math.min(compilation.titleLine, children[0]?.range.start.line ?? compilation.titleLine);
  return [{
    name: shorten(compilation.title.text, MAX_NAME_LENGTH),
    kind: 'compilation',
    level: 0,
    range: linesRange(document, startLine, compilation.endLine),
    selectionRange: contentRange(document, compilation.titleLine),
    children,
  }];
}

function reportNode(document: ReportDocument, report: Report, locale: Locale, contents?: OutlineNode): OutlineNode {
  const title = report.title;
  const children = reportChildren(document, report, locale);
  return {
    name: title ? shorten(title.text, MAX_NAME_LENGTH) : OUTLINE_WORDS.untitledReport[locale],
    kind: 'report',
    level: 0,
    range: linesRange(document, report.startLine, report.endLine),
    selectionRange: title ? titleRange(title) : contentRange(document, report.startLine),
    children: contents ? [contents, ...children] : children,
  };
}

/** Where each table hangs: the innermost heading whose section holds its first line (undefined: the report). */
type TablePlaces = Map<Heading | undefined, Table[]>;

function tablePlaces(report: Report): TablePlaces {
  const places: TablePlaces = new Map();
  const open: Heading[] = [];
  let next = 0;
  for (const table of report.tables) {
    // Headings and tables both run in document order: one walk places them all.
    for (; next < report.headings.length && report.headings[next]!.line <= table.startLine; next++) {
      const heading = report.headings[next]!;
      while (open.length > 0 && open[open.length - 1]!.level >= heading.level) open.pop();
      open.push(heading);
    }
    while (open.length > 0 && open[open.length - 1]!.sectionEndLine < table.startLine) open.pop();
    const owner = open[open.length - 1];
    const list = places.get(owner);
    if (list) list.push(table);
    else places.set(owner, [table]);
  }
  return places;
}

function reportChildren(document: ReportDocument, report: Report, locale: Locale): OutlineNode[] {
  const places = report.tables.length === 0 ? undefined : tablePlaces(report);
  return withTables(document, report.topHeadings.map((heading) => headingNode(document, heading, places, locale)), places?.get(undefined), locale);
}

/** Heading nodes with the tables that hang beside them, in document order. */
function withTables(document: ReportDocument, nodes: OutlineNode[], tables: readonly Table[] | undefined, locale: Locale): OutlineNode[] {
  if (!tables) return nodes;
  const all = [...nodes, ...tables.map((table) => tableNode(document, table, locale))];
  return all.sort((a, b) => a.range.start.line - b.range.start.line);
}

function tableNode(document: ReportDocument, table: Table, locale: Locale): OutlineNode {
  return {
    name: table.schema.name[locale],
    detail: OUTLINE_WORDS.tableRows[locale].replace('{count}', String(table.rows.length)),
    kind: 'table',
    level: 0,
    range: linesRange(document, table.startLine, table.endLine),
    selectionRange: contentRange(document, table.startLine),
    children: NO_CHILDREN,
  };
}

/** The children of every leaf: most headings have none. */
const NO_CHILDREN: readonly OutlineNode[] = Object.freeze([]);

function headingNode(document: ReportDocument, heading: Heading, places: TablePlaces | undefined, locale: Locale): OutlineNode {
  const selectionEnd = heading.title.length === 0 ? range(heading.line, heading.marker.start, heading.line, heading.marker.end)
    : headingRange(heading);
  // A heading run on inside a line starts at its marker; a section closed inside a line ends there.
  const end = heading.sectionEndCharacter ?? document.lines[heading.sectionEndLine]!.text.length;
  return {
    name: headingName(document, heading),
    kind: 'heading',
    level: heading.level,
    range: range(heading.line, heading.runOn ? heading.marker.start : 0, heading.sectionEndLine, end),
    selectionRange: selectionEnd,
    children: withTables(document, heading.children.length === 0 ? NO_CHILDREN as OutlineNode[] : heading.children.map((child) => headingNode(document, child, places, locale)),
      places?.get(heading), locale),
  };
}

/** A line's text without blanks, for names taken from short lines. */
function nameOf(document: ReportDocument, line: number): string {
  const info = document.lines[line]!;
  return shorten(withoutBlanks(info.text.slice(info.indent, info.end)), MAX_NAME_LENGTH);
}
