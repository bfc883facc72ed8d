/**
 * Compiling a 汇编 (SPEC 9): report texts, with their file names, become one compilation in the shape
 * the model reads — the compilation's title, `目录` with one entry per report (its title, a tab and the
 * page it starts on in the 公文 layout), then every report whole, each beginning with its own title —
 * and the reviewer's summary, one row per report. Each file is analysed on its own and its model
 * dropped before the next (`compileFile`), so a province's thousands of reports stream through;
 * only the reports' texts are kept, and put together at the end (`assembleCompilation`).
 */
import { runChecks } from '../checks/run';
import { decodeReport } from '../decode';
import { docxErrorMessage } from '../docx/errors';
import { readDocx } from '../docx/readDocx';
import { periodYear } from '../checks/reportPeriod';
import type { Settings } from '../settings';
import type { Finding } from '../checks/types';
import { Locale, Message, format } from '../l10n';
import type { ExportSettings } from '../layout/exportSettings';
import { layoutDocument } from '../layout/layout';
import { paginate } from '../layout/paginate';
import { analyzeText } from '../model/analyze';
import type { Report, ReportDocument } from '../model/document';
import { isScraperOnly } from '../model/parse';
import { TitleText, readTitle } from '../model/titles';
import { withoutBlanks } from '../model/text';
import { missingTopics } from '../profiles/matching';
import { profileForTitle } from '../profiles/registry';
import { countCharacters } from './counts';

/** A report file's text, or why it could not be read. */
export type CompileInput = { readonly file: string; readonly text: string } | FailedRow;

/** One report of the summary: what a reviewer sorts by. */
export interface ReportRow {
  readonly file: string;
  /** Where the report starts in its file (0-based), to open it there. */
  readonly line: number;
  /** The report's own title; empty when it has none (the compilation then lists it by a title made for it). */
  readonly title: string;
  /** The issuing body: the signature's, else the issuers above the title, else the title's words before the year. */
  readonly unit: string;
  readonly year: number | null;
  /** The kind of report (its profile's name). */
  readonly profile: string;
  /** Characters, blanks excluded, as writers count them. */
  readonly characters: number;
  /** The required sections it lacks (those the profile does not weigh as mere information). */
  readonly missingSections: readonly string[];
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly placeholders: number;
  /** Years that contradict the report year: in section headings, the opening, the statistics period. */
  readonly yearErrors: number;
  /** Sums a table breaks, for a report with tables (信息公开); null for one without. */
  readonly tableSumErrors: number | null;
}

/** A file that could not be read, or holds no report: a row of the summary with its reason. */
export interface FailedRow {
  readonly file: string;
  readonly error: string;
}

export type SummaryRow = ReportRow | FailedRow;

/** A report as it goes into the compilation. */
export interface CompiledReport {
  /** The title the contents list: the report's own, or one made for an untitled report and set above it. */
  readonly title: string;
  /** The report's lines from its title (or the issuer above it) to its last line, joined with LF. */
  readonly text: string;
  /** The pages it takes in the 公文 layout, where every report starts on a new page. */
  readonly pages: number;
  readonly year?: number;
  /** What its profile calls such a report (`法治政府建设年度报告`), for the compilation's title. */
  readonly kind: string;
}

/** What one file gives the compilation: a row and a report for each report it holds. */
export interface CompiledFile {
  readonly rows: readonly ReportRow[];
  readonly reports: readonly CompiledReport[];
}

export interface Compilation {
  readonly title: string;
  readonly text: string;
  readonly rows: readonly SummaryRow[];
  /** How many reports the compilation holds. */
  readonly reports: number;
}

const WORDS = {
  titleOnly: { 'zh-cn': '“{file}”中只有报告标题，没有正文', en: '"{file}" holds a report title and nothing under it' },
  noReport: { 'zh-cn': '“{file}”中没有找到报告（既没有报告标题，也没有编号的标题）', en: 'no report in "{file}" (neither a report title nor numbered headings)' },
} satisfies Record<string, Message>;

/** Checks whose findings are years that contradict the report year. */
const YEAR_CHECKS: ReadonlySet<string> = new Set(['section-year', 'stale-year', 'report-period']);
const CONTENTS_HEADER = '目录';
const REPORT_BREAK = '\n\n\n';

export function isFailed(row: SummaryRow | CompiledFile): row is FailedRow {
  return 'error' in row;
}

/**
 * The reports of one file with their summary rows. A compilation among the files gives each of its
 * reports (its own title and contents are made anew); text outside every report — the page chrome
 * above a copied report — stays out, as the Word export leaves it out.
 */
export function compileFile(file: string, text: string, settings: Settings, locale: Locale): CompiledFile | FailedRow {
  const document = analyzeText(text).document;
  if (document.reports.length === 0) return { file, error: format(WORDS.noReport, locale, { file }) };
  // A title with nothing under it is no report to compile (and the model would take the next report of its title for its body).
  if (!document.reports.some((report) => hasContent(document, report))) return { file, error: format(WORDS.titleOnly, locale, { file }) };
  const findings = findingsByReport(document, runChecks(document, text, locale, settings));
  // A file of one report with its title on a line of its own lays out as that report alone: its pages need no second analysis.
  const alone = document.reports.length === 1 && titleLineOf(document, document.reports[0]!);
  const rows: ReportRow[] = [];
  const reports: CompiledReport[] = [];
  document.reports.forEach((report, index) => {
    if (!hasContent(document, report)) return;
    const row = reportRow(file, document, report, findings[index]!, locale);
    rows.push(row);
    const title = report.title?.text ?? madeTitle(file, report, row.unit, row.year);
    // Every report begins with its title on a line of its own, which opens a report wherever it stands:
    // one set above a report that has none, or whose title is run on inside a line (a copy that lost its line breaks).
    const lines: string[] = titleLineOf(document, report) ? [] : [title, ''];
    for (let line = report.startLine; line <= report.endLine; line++) lines.push(document.lines[line]!.text);
    const reportText = lines.join('\n');
    const pages = alone ? pageCount(document, settings.export) : pageCount(analyzeText(reportText).document, settings.export);
    reports.push({ title, text: reportText, pages, year: row.year ?? undefined, kind: report.profile.skeleton.subject });
  });
  return { rows, reports };
}

/**
 * Whether a report has text besides its title (a title run on inside a line with the report after it
 * has): page chrome and scraper markers are none.
 */
function hasContent(document: ReportDocument, report: Report): boolean {
  const title = report.title;
  for (let line = report.startLine; line <= report.endLine; line++) {
    const info = document.lines[line]!;
    if (info.indent === info.text.length || info.residue || isScraperOnly(info)) continue;
    if (!title || line < title.firstLine || line > title.line) return true;
    // Text before the title on its first line, or after it on its last.
    if ((line === title.firstLine && title.firstStart > info.indent) || (line === title.line && title.end < info.end)) return true;
  }
  return false;
}

/**
 * A report file's input from its bytes, as the editor sends them: a Word document (`.docx`) through
 * the reader, any other file decoded as the command line reads one.
 */
export function inputFromBytes(file: string, bytes: Uint8Array, locale: Locale): CompileInput {
  if (!/\.docx$/i.test(file)) return { file, text: decodeReport(bytes).text };
  try {
    return { file, text: readDocx(bytes) };
  } catch (error) {
    return { file, error: docxErrorMessage(error, file, locale) };
  }
}

/** Whether the report's title stands on lines of its own (not run on inside a line with other text). */
function titleLineOf(document: ReportDocument, report: Report): boolean {
  const title = report.title;
  if (!title) return false;
  return title.firstStart <= document.lines[title.firstLine]!.indent && title.end >= document.lines[title.line]!.end;
}

/** Each report's findings; those above the first report (page chrome, a compilation's contents) count for the first. */
function findingsByReport(document: ReportDocument, findings: readonly Finding[]): Finding[][] {
  const byReport = document.reports.map((): Finding[] => []);
  let index = 0;
  for (const finding of findings) {
    // Findings come in document order, and so do the reports.
    while (index + 1 < document.reports.length && document.reports[index + 1]!.startLine <= finding.range.start.line) index++;
    byReport[index]!.push(finding);
  }
  return byReport;
}

function reportRow(file: string, document: ReportDocument, report: Report, findings: readonly Finding[], locale: Locale): ReportRow {
  const count = (test: (finding: Finding) => boolean) => findings.reduce((sum, finding) => sum + (test(finding) ? 1 : 0), 0);
  return {
    file,
    line: report.startLine,
    title: report.title?.text ?? '',
    unit: unitOf(document, report),
    year: yearOf(document, report, file) ?? null,
    profile: report.profile.name[locale],
    characters: countCharacters(document, report.startLine, report.endLine),
    missingSections: missingTopics(report.profile, report)
      .filter((topic) => topic.severity === 'error' || topic.severity === 'warning').map((topic) => topic.name[locale]),
    errors: count((finding) => finding.severity === 'error'),
    warnings: count((finding) => finding.severity === 'warning'),
    infos: count((finding) => finding.severity === 'info'),
    placeholders: count((finding) => finding.code === 'placeholder'),
    yearErrors: count((finding) => YEAR_CHECKS.has(finding.code)),
    tableSumErrors: report.profile.tables ? count((finding) => finding.code === 'table-sum') : null,
  };
}

/** A year as titles write it: `2023年` or `二〇二三年`. */
const YEAR = /(\d{4}|[〇○零一二三四五六七八九]{4})年/;

/**
 * The issuing body: the signature's, else the issuers on the title's lines above its last (those
 * naming no year: not the first part of a cut title), else what the title says before its year.
 */
function unitOf(document: ReportDocument, report: Report): string {
  if (report.signature?.organizationLine !== undefined) return withoutBlanks(document.lines[report.signature.organizationLine]!.text);
  const title = report.title;
  if (!title) return '';
  const issuers: string[] = [];
  for (let line = title.firstLine; line < title.line; line++) {
    const text = withoutBlanks(document.lines[line]!.text);
    if (!YEAR.test(text)) issuers.push(text);
  }
  if (issuers.length > 0) return issuers.join(' ');
  const year = YEAR.exec(title.text);
  return year ? title.text.slice(0, year.index) : '';
}

/**
 * A title for a report that has none (a web copy of a 信息公开 report often starts at `一、总体情况`):
 * the file's name when it reads as a title of the report's kind, else the unit, the year (when
 * known) and the kind (`XX县司法局2023年法治政府建设年度报告`), else the file's name, year and kind, so
 * that reports without titles or units still get titles of their own; else the year and kind alone.
 */
function madeTitle(file: string, report: Report, unit: string, year: number | null): string {
  const name = fileTitle(file);
  const kind = year === null ? report.profile.skeleton.subject : `${year}年${report.profile.skeleton.subject}`;
  for (const candidate of [name, ...(unit ? [`${unit}${kind}`] : []), `${name}${kind}`]) {
    const title = titleOfKind(candidate, report);
    if (title) return title.text;
  }
  return kind;
}

/** A file's name without its folder, extension and blanks. */
function fileTitle(file: string): string {
  return withoutBlanks(file.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, ''));
}

/** The text read as a title of the report's own kind (no compilation's), if it reads so. */
function titleOfKind(text: string, report: Report): TitleText | undefined {
  const title = readTitle(text);
  return title && !title.compilation && profileForTitle(title.key) === report.profile ? title : undefined;
}

/**
 * The year a report is on: its title's; for a copy without one the year its file's name gives
 * as a title, else the year its statistics period names, else the year before its date in the first half
 * of a year (the reports come out early the next year).
 */
function yearOf(document: ReportDocument, report: Report, file: string): number | undefined {
  if (report.title?.year !== undefined) return report.title.year;
  const named = titleOfKind(fileTitle(file), report)?.year;
  if (named !== undefined) return named;
  const lines = document.lines.slice(report.startLine, report.endLine + 1).map((line) => line.text);
  const period = periodYear(lines);
  if (period !== undefined) return period;
  const date = report.signature?.date;
  return date && date.month <= 6 ? date.year - 1 : undefined;
}

/** The pages of a document's 公文 layout, each report from a new page. */
function pageCount(document: ReportDocument, settings: ExportSettings): number {
  return paginate(layoutDocument(document, settings)).length;
}

/**
 * The compilation's title from its reports: their common year and kind
 * (`2023年度法治政府建设年度报告汇编`); a span of years (`2021—2023年度…`) when they differ, and
 * `年度报告汇编` when the kinds differ.
 */
export function compilationTitle(reports: readonly Pick<CompiledReport, 'year' | 'kind'>[]): string {
  const years = [...new Set(reports.flatMap((report) => (report.year === undefined ? [] : [report.year])))].sort((a, b) => a - b);
  const kinds = new Set(reports.map((report) => report.kind));
  const span = years.length === 0 ? '' : years.length === 1 ? `${years[0]}年度` : `${years[0]}—${years[years.length - 1]}年度`;
  const kind = kinds.size === 1 ? [...kinds][0]! : span ? '报告' : '年度报告';
  return `${span}${kind}汇编`;
}

/** Whether the model reads a line as a compilation's title (a `--title` must, or the compilation would not read as one). */
export function isCompilationTitle(title: string): boolean {
  return !/[\r\n]/.test(title) && readTitle(withoutBlanks(title))?.compilation === true;
}

/**
 * The compilation's text: its title, `目录` with each report's title and first page, then the
 * reports, two blank lines between them. The pages count whatever the layout sets before the reports.
 */
export function assembleCompilation(title: string, reports: readonly CompiledReport[], settings: ExportSettings): string {
  const entries: string[] = [];
  let page = frontPages(title, reports, settings) + 1;
  for (const report of reports) {
    entries.push(`${report.title}\t${page}`);
    page += report.pages;
  }
  const front = [title, '', CONTENTS_HEADER, '', ...entries, '', '', ''].join('\n');
  // Two blank lines between reports: the model joins lines across one blank line at most (an issuer and
  // its title, a heading a PDF wrapped), so nothing of one report is read as part of the next.
  return `${front}${reports.map((report) => report.text).join(REPORT_BREAK)}\n`;
}

/**
 * The pages the layout sets before the first report (the compilation's title and contents): the
 * layout of the same title and contents over reports of their titles alone numbers its first entry
 * with the page after them, as it numbers the real one (its contents depend on the titles only).
 */
function frontPages(title: string, reports: readonly CompiledReport[], settings: ExportSettings): number {
  if (reports.length === 0) return 0;
  const probe = [title, CONTENTS_HEADER, ...reports.map((report) => `${report.title}\t1`)];
  // A line of text after each title, so that two reports of one title stay two reports.
  for (const report of reports) probe.push(report.title, '正文');
  const first = layoutDocument(analyzeText(probe.join('\n')).document, settings).front?.blocks
    .find((block) => block.kind === 'paragraph' && block.pageNumber !== undefined);
  return first?.kind === 'paragraph' ? Number(first.pageNumber) - 1 : 0;
}

/** Compiles the inputs in order: a row for every report and every input that failed, and the compilation of the reports. */
export function compile(inputs: Iterable<CompileInput>, settings: Settings, locale: Locale, title?: string): Compilation {
  const rows: SummaryRow[] = [];
  const reports: CompiledReport[] = [];
  for (const input of inputs) {
    // Each file's model is dropped once it is compiled: only the reports' texts are kept.
    const compiled = 'error' in input ? input : compileFile(input.file, input.text, settings, locale);
    if (isFailed(compiled)) {
      rows.push(compiled);
      continue;
    }
    rows.push(...compiled.rows);
    reports.push(...compiled.reports);
  }
  const chosen = title ?? compilationTitle(reports);
  return { title: chosen, text: reports.length > 0 ? assembleCompilation(chosen, reports, settings.export) : '', rows, reports: reports.length };
}
