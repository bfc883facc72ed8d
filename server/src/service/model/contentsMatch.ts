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
  const selfTitles = new Set(['目录', ...(document.compilation ? [document.compilation.title.key] : [])]);
  // The titled reports by title, each list in document order with the next one not yet matched.
  const byTitle = new Map<string, { readonly reports: Report[]; next: number }>();
  for (const report of document.reports) {
    if (!report.title) continue;
    const list = byTitle.get(report.title.key);
    if (list) list.reports.push(report);
    else byTitle.set(report.title.key, { reports: [report], next: 0 });
  }
  const matched: { entry: ContentsEntry; report: Report }[] = [];
  const unmatchedEntries: ContentsEntry[] = [];
  const taken = new Set<Report>();
  for (const entry of contents.entries) {
    if (selfTitles.has(entry.key)) continue;
    const list = byTitle.get(entry.key);
    const report = list?.reports[list.next++];
    if (!report) {
      unmatchedEntries.push(entry);
      continue;
    }
    taken.add(report);
    matched.push({ entry, report });
  }
  const unlistedReports = document.reports.filter((report) => report.title && !taken.has(report));
  const match = { matched, unmatchedEntries, unlistedReports };
  matches.set(document, match);
  return match;
}
