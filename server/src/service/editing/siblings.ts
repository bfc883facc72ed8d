/**
 * Runs of sibling headings and their expected numbers: numbers restart under each parent, each
 * report is numbered on its own, and a report may deliberately continue numbers of level 3 and
 * below across parents (1. 2. under （一）, then 3. 4. under （二）).
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { Heading, Report, ReportDocument } from '../model/document';
import { HeadingLevel, MAX_MARKER_VALUE } from '../model/markers';
import { formatChineseNumeral, formatCircledNumber } from '../model/numerals';
import { replace } from './edits';

export interface SiblingRun {
  readonly headings: readonly Heading[];
  /** The number the run should start with: 1, or the continuation of the previous run of its level. */
  readonly start: number;
}

/** The lowest level whose numbers may continue across parents. */
const FIRST_CONTINUING_LEVEL = 3;

export function siblingRuns(report: Report): SiblingRun[] {
  // Children of one parent come in document order, so walking the report's headings in order puts
  // each heading after its previous sibling, and starts the runs in the order of their first lines.
  const runs: SiblingRun[] = [];
  /** The run each parent (or the report, for top-level headings) has open: its latest children's. */
  const openRuns = new Map<Heading | Report, { readonly headings: Heading[]; readonly start: number }>();
  /**
   * Per level, the number the latest heading should have (not the one written): whether a run
   * continues the previous one is decided on the numbering as it will be once fixed, so that fixing
   * one run never changes the verdict on the next, and one renumbering settles the whole report.
   */
  const lastExpected = new Map<HeadingLevel, number>();
  for (const heading of report.headings) {
    const parent = heading.parent ?? report;
    const open = openRuns.get(parent);
    if (open && open.headings[0]!.level === heading.level) {
      open.headings.push(heading);
      lastExpected.set(heading.level, open.start + open.headings.length - 1);
      continue;
    }
    const previous = lastExpected.get(heading.level);
    const continues = heading.level >= FIRST_CONTINUING_LEVEL && previous !== undefined && heading.marker.value === previous + 1;
    const run = { headings: [heading], start: continues ? heading.marker.value : 1 };
    openRuns.set(parent, run);
    runs.push(run);
    lastExpected.set(heading.level, run.start);
  }
  return runs;
}

/** The numeral a marker of this level writes for `value`, or undefined beyond what it can write. */
export function numeralFor(level: HeadingLevel, value: number): string | undefined {
  if (value < 1 || value > MAX_MARKER_VALUE[level]) return undefined;
  if (level === 1 || level === 2) return formatChineseNumeral(value);
  if (level === 5) return formatCircledNumber(value);
  return String(value);
}

/** The marker as the writer typed it. */
export function writtenMarker(document: ReportDocument, heading: Heading): string {
  return document.lines[heading.line]!.text.slice(heading.marker.start, heading.marker.end);
}

/** Whether the run is numbered on from its expected start with nothing skipped, repeated or out of order. */
export function inSequence(run: SiblingRun): boolean {
  return run.headings.every((heading, index) => heading.marker.value === run.start + index);
}

/** Whether every number the run should have can be written by its level's markers (no 一百, no ㉑). */
export function renumberable(run: SiblingRun): boolean {
  return run.start + run.headings.length - 1 <= MAX_MARKER_VALUE[run.headings[0]!.level];
}

/** Edits that renumber a run from its expected start, touching only the numerals; undefined if impossible. */
export function renumberRun(run: SiblingRun): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  for (let index = 0; index < run.headings.length; index++) {
    const heading = run.headings[index]!;
    const value = run.start + index;
    if (heading.marker.value === value) continue;
    const numeral = numeralFor(heading.level, value);
    if (numeral === undefined) return undefined;
    edits.push(replace(heading.line, heading.marker.numeralStart, heading.marker.numeralEnd, numeral));
  }
  return edits;
}

/** Renumbering of every run of every report: the "renumber the whole document" command. */
export function renumberDocument(document: ReportDocument): TextEdit[] {
  return document.reports.flatMap((report) => siblingRuns(report).flatMap((run) => renumberRun(run) ?? []));
}
