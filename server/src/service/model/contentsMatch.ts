/**
 * What each table-of-contents entry names: a report of a compilation, or a heading of the report
 * whose own contents it is. Used by toc-mismatch and by the contents links.
 */
import type { Range } from 'vscode-languageserver-types';
import { contentsKey } from './lineInfo';
import type { ContentsEntry, ReportDocument } from './document';
import { headingName, headingRange, titleRange } from './ranges';

/** Where an entry leads. */
export interface ContentsTarget {
  /** The report's title, or the heading's marker and title. */
  readonly range: Range;
  readonly name: string;
  /** Position in document order, against which the contents' order is checked. */
  readonly order: number;
}

export interface ContentsMatch {
  /** The contents lists a report's headings, not a compilation's reports. */
  readonly ofHeadings: boolean;
  /** Entries with the target of the same title, in contents order (each target matched once). */
  readonly matched: readonly { readonly entry: ContentsEntry; readonly target: ContentsTarget }[];
  /** Entries naming nothing in the document. */
  readonly unmatchedEntries: readonly ContentsEntry[];
  /**
   * Titled reports of a compilation that no entry names. A report's own contents lists the levels
   * its author chose, so its unlisted headings are no finding.
   */
  readonly unlisted: readonly ContentsTarget[];
}

const matches = new WeakMap<ReportDocument, ContentsMatch>();

export function matchContents(document: ReportDocument): ContentsMatch | undefined {
  const contents = document.contents;
  if (!contents) return undefined;
  const cached = matches.get(document);
  if (cached) return cached;
  // Entries naming the compilation, the report or the contents itself lead nowhere.
  const selfTitles = new Set(['目录', ...(document.compilation ? [document.compilation.title.key] : []), ...(contents.report?.title ? [contents.report.title.key] : [])]);
  const targets: { key: string; target: ContentsTarget }[] = contents.report
    ? contents.report.headings.map((heading, order) => ({
      key: contentsKey(heading.title),
      target: { range: headingRange(heading), name: headingName(document, heading), order },
    }))
    : document.reports.flatMap((report) => (report.title ? [{ key: report.title.key, target: { range: titleRange(report.title), name: report.title.text, order: report.index } }] : []));
  // The targets by title, each list in document order with the next one not yet matched.
  const byTitle = new Map<string, { readonly targets: ContentsTarget[]; next: number }>();
  for (const { key, target } of targets) {
    const list = byTitle.get(key);
    if (list) list.targets.push(target);
    else byTitle.set(key, { targets: [target], next: 0 });
  }
  const matched: { entry: ContentsEntry; target: ContentsTarget }[] = [];
  const unmatchedEntries: ContentsEntry[] = [];
  const taken = new Set<ContentsTarget>();
  for (const entry of contents.entries) {
    if (selfTitles.has(entry.key)) continue;
    const list = byTitle.get(entry.key);
    const target = list?.targets[list.next++];
    if (!target) {
      unmatchedEntries.push(entry);
      continue;
    }
    taken.add(target);
    matched.push({ entry, target });
  }
  const unlisted = contents.report ? [] : targets.map(({ target }) => target).filter((target) => !taken.has(target));
  const match = { ofHeadings: contents.report !== undefined, matched, unmatchedEntries, unlisted };
  matches.set(document, match);
  return match;
}
