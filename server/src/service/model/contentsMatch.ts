/** Which report each table-of-contents entry names: used by toc-mismatch and by the contents links. */
import type { ContentsEntry, Report, ReportDocument } from './document';

export interface ContentsMatch {
  /** Entries with the report of the same title, in contents order (each report matched once). */
  readonly matched: readonly { readonly entry: ContentsEntry; readonly report: Report }[];
  /** Entries naming no report. */
  readonly unmatchedEntries: readonly ContentsEntry[];
  /** Titled reports no entry names. */
  readonly unlistedReports: readonly Report[];
}

const matches = new WeakMap<ReportDocument, ContentsMatch>();

export function matchContents(document: ReportDocument): ContentsMatch | undefined {
  const contents = document.contents;
  if (!contents) return undefined;
  const cached = matches.get(document);
  if (cached) return cached;
  // Entries naming the compilation or the contents itself are not reports.
  const selfTitles = new Set(['目录', ...(document.compilation ? [document.compilation.title.text] : [])]);
  const unlisted = document.reports.filter((report) => report.title);
  const matched: { entry: ContentsEntry; report: Report }[] = [];
  const unmatchedEntries: ContentsEntry[] = [];
  for (const entry of contents.entries) {
    if (selfTitles.has(entry.key)) continue;
    const position = unlisted.findIndex((report) => report.title!.text === entry.key);
    if (position < 0) unmatchedEntries.push(entry);
    else matched.push({ entry, report: unlisted.splice(position, 1)[0]! });
  }
  const match = { matched, unmatchedEntries, unlistedReports: unlisted };
  matches.set(document, match);
  return match;
}
