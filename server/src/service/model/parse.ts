/**
 * Builds the document model from classified lines in one pass: compilation title, contents block,
 * reports (titled or not) with their headings, addressee and signature.
 */
import type { Contents, ContentsEntry, Heading, Report, ReportDocument, ReportTitle } from './document';
import { DateText, LineInfo, fullLines } from './lineInfo';
import type { HeadingLevel, HeadingMarker, HeadingTitle } from './markers';
import { SENTENCE_PUNCTUATION, TitleText, readTitle, titleYear } from './titles';
import { CharSet } from './chars';
import headingWords from '../data/headings.json';
import { isHan, lastNonBlankEnd, withoutBlanks, wordCharacterCount } from './text';
import { TableReader } from './tables';
import { DEFAULT_PROFILE, profileNamedByHeading, profileNamedByOpening, profileNamedByTitle } from '../profiles/registry';
import type { SectionProfile } from '../profiles/schema';
import { toSimplified } from './simplified';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type ReportDraft = Mutable<Report> & {
  headings: HeadingDraft[]; topHeadings: HeadingDraft[]; tables: Report['tables'];
  /** The title named the profile: the content does not change it. */
  profileByTitle: boolean;
};
type HeadingDraft = Mutable<Heading> & { children: HeadingDraft[]; parent?: HeadingDraft };

/**
 * How many lines apart an issuer and its title, a signature and its date, or the two parts of a
 * wrapped heading may stand: one blank line may separate them.
 */
const MAX_LINE_DISTANCE = 2;
/** How a report's opening formula speaks of the report itself: `本年报根据…`, `本报告根据…`. */
const REPORT_SPEAKS = /^本(?:年报|报告)/;
/** A heading this long without final punctuation may have been wrapped by a PDF conversion. */
const MIN_WRAPPED_TITLE = 12;
const MAX_WRAP_CONTINUATION = 30;
/** The end of a title sentence a PDF wrapped (`法。`) is this short. */
const MAX_SENTENCE_CONTINUATION = 8;

const WRAP_BREAKERS = new CharSet('。；;：:！？!?，,');
/** A line holding nothing but scraper markers (`##paidend##`). */
export function isScraperOnly(line: LineInfo): boolean {
  let length = 0;
  for (const mark of line.marks) if (mark.kind === 'scraper') length += mark.end - mark.start;
  return length > 0 && length === line.end - line.indent;
}

const CLOSE_BRACKETS = new CharSet('）)');
const CLOSE_QUOTES = new CharSet('”’"\'');

/** A line ending in a Chinese character or a closing quote (which the proofreading may add around a word, or curl). */
function endsMidSentence(line: LineInfo): boolean {
  const last = line.text.charCodeAt(line.end - 1);
  return isHan(last) || CLOSE_QUOTES.has(last);
}

/** A report's title on one line, between `start` and `end`. */
function titleOf(line: number, start: number, end: number, title: TitleText): ReportTitle {
  return { line, start, end, firstLine: line, firstStart: start, text: title.text, key: title.key, year: title.year };
}

/** Digits of a year in a title key: what stands before them is the issuing body. */
const YEAR_IN_TITLE = /\d{4}年|[〇○零一二三四五六七八九]{4}年/;

/**
 * Whether a title names the same report as an earlier one that has nothing under it (a web page's
 * heading or breadcrumb above the report's own title): the same words, or the same year with the
 * one's issuing body starting the other's (`青龙区2021年度…报告` above `青龙区人民政府` / `关于2021年度…的报告`).
 */
/** A place (`汕尾市`, `城区`, `西河镇`): a name and its administrative level. */
const PLACE = /^[^省市区县镇乡\d]{1,10}?(?:自治区|自治州|自治县|街道|省|市|区|县|镇|乡)/;

/** The places a title names before its year, in a row from its start (`汕尾市城区`, `XX县`); empty when it names none. */
function placesBeforeYear(key: string): string {
  const yearAt = key.search(YEAR_IN_TITLE);
  let rest = (yearAt < 0 ? '' : key.slice(0, yearAt)).replace(/^关于/, '');
  let places = '';
  for (let place = PLACE.exec(rest); place; place = PLACE.exec(rest)) {
    places += place[0];
    rest = rest.slice(place[0].length);
  }
  return places;
}

function sameReport(earlier: ReportTitle, title: ReportTitle): boolean {
  if (earlier.key === title.key) return true;
  if (earlier.year === undefined || earlier.year !== title.year) return false;
  const issuer = (key: string) => key.slice(0, Math.max(0, key.search(YEAR_IN_TITLE))).replace(/关于$/, '');
  const [one, other] = [issuer(earlier.key), issuer(title.key)];
  return one.startsWith(other) || other.startsWith(one);
}

/** How many organisation lines above a title name its issuing bodies (`中共XX镇委员会` / `XX镇人民政府`). */
const MAX_ISSUER_LINES = 2;
/** Each part of a title a copy cut over two lines is at most this long. */
const MAX_CUT_TITLE_PART = 60;
/** A title typed on several lines has at most this many. */
const MAX_TITLE_LINES = 3;
/** A line of a title typed on three lines, above the two read first, is at most this long. */
const MAX_TITLE_PART = 30;
/** Last characters of a report title (报告, 年报, 汇编) in either script. */
const TITLE_LAST = new CharSet('告报報编編');

/** Gives a report its title, and with it its profile when the title names one. */
function setTitle(report: ReportDraft, title: ReportTitle): void {
  report.title = title;
  const profile = profileNamedByTitle(title.key);
  report.profileByTitle = profile !== undefined;
  if (profile) report.profile = profile;
}

/** Headings of each level (index 1–5) among a parent's children or in a report. */
interface LevelTally {
  readonly counts: number[];
  readonly lastValues: number[];
  /** How many of the parent's children are counted (tallies of children are brought up to date when asked). */
  scanned: number;
}

/** A line of cells (`行政复议 | 行政诉讼`) is a table's, never the tail of a heading. */
const CELL_SEPARATORS = new CharSet('|｜\t');
/** `【`: a line opening with a note (`【待补充】`) is never the tail of a heading. */
const NOTE_OPEN = 0x3010;

/** Whether a title ends with a word that closes titles (情况, 原因, 安排 …, in either script): then it was not cut. */
function endsComplete(title: string): boolean {
  const end = toSimplified(title.slice(-MAX_ENDING));
  const endings = ENDINGS_BY_LAST_CHARACTER.get(end.charCodeAt(end.length - 1));
  return endings !== undefined && endings.some((ending) => end.endsWith(ending));
}

/** The closing words by their last character: most titles are ruled out by one lookup. */
const ENDINGS_BY_LAST_CHARACTER = new Map<number, string[]>();
const MAX_ENDING = Math.max(...headingWords.completeTitleEndings.map((ending) => ending.length));
for (const ending of headingWords.completeTitleEndings) {
  const last = ending.charCodeAt(ending.length - 1);
  ENDINGS_BY_LAST_CHARACTER.set(last, [...(ENDINGS_BY_LAST_CHARACTER.get(last) ?? []), ending]);
}

const NO_TABLES: Report['tables'] = Object.freeze([]);

/** The children of every heading until it gets one (most headings never do): shared, and frozen so nothing adds to it. */
const NO_CHILDREN = Object.freeze([]) as unknown as HeadingDraft[];

export function buildDocument(lines: readonly LineInfo[], eol = '\n'): ReportDocument {
  return new DocumentBuilder(lines, eol).build();
}

/**
 * The report being built and what the builder tracks for it alone: made afresh when a report starts,
 * so that nothing of one report carries over into the next.
 */
interface ReportUnderWay {
  readonly draft: ReportDraft;
  /** It has its signature date: what follows belongs to it only until a new start. */
  signed: boolean;
  /** Its first line besides its title (page chrome aside): a title with none under it may be a page heading echoing the next. */
  firstContentLine: number | undefined;
  /** Reads its tables, when its profile has tables. */
  tableReader: TableReader | undefined;
  /** Its headings whose sections are still open, outermost first. */
  headingStack: HeadingDraft[];
  /** Its headings of each level: how many, and the last one's number. */
  readonly tally: LevelTally;
}

const NO_OPEN_HEADINGS: readonly HeadingDraft[] = Object.freeze([]);

class DocumentBuilder {
  private compilation: Mutable<NonNullable<ReportDocument['compilation']>> | undefined;
  private contents: (Mutable<Contents> & { entries: ContentsEntry[] }) | undefined;
  private inContents = false;
  private readonly reports: ReportDraft[] = [];
  private readonly headings: HeadingDraft[] = [];
  private readonly titleEchoes: number[] = [];
  /** The report last started and what is tracked for it alone, until the next one starts (see `ReportUnderWay`). */
  private underWay: ReportUnderWay | undefined;
  /** First content line since the last boundary, where an untitled report would start. */
  private pendingStart: number | undefined;
  /** For each line, the next line at or after it with a heading marker (-1: none), worked out when first asked. */
  private nextHeadings: Int32Array | undefined;
  /** The profile an opening line named before its report started (the opening stands above the first heading of an untitled report). */
  private pendingProfile: SectionProfile | undefined;
  /** The line last visited belongs to a table. */
  private inTable = false;
  /**
   * The last line visited that holds report text (page chrome and lines of scraper markers are passed
   * over: fixes delete them, and no verdict may change when they do).
   */
  private lastTextLine: number | undefined;
  /** The same for the children of a parent, worked out only when a marker in doubt asks (rarely), and kept up to date from there. */
  private readonly childTallies = new WeakMap<HeadingDraft | ReportDraft, LevelTally>();

  constructor(private readonly lines: readonly LineInfo[], private readonly eol: string) {}

  build(): ReportDocument {
    const lines = this.lines;
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!;
      // Chrome never ends a contents block (a fix deletes it), nor belongs to a report.
      if (line.indent === line.text.length || line.residue) continue;
      if (this.inContents) {
        if (line.contentsEntry) {
          this.addContentsEntry(index, line);
          continue;
        }
        this.inContents = false;
      }
      const visited = index;
      index = this.visit(index, line);
      if (line.runOn && !line.residue && !this.inTable) this.visitRunOn(visited, line);
      if (!isScraperOnly(line)) this.lastTextLine = index;
    }
    this.finishReport(lines.length);
    const lastLine = lastNonBlankLine(lines, lines.length - 1, 0);
    if (this.compilation) this.compilation.endLine = lastLine;
    return {
      lines,
      eol: this.eol,
      compilation: this.compilation,
      contents: this.contents,
      reports: this.reports,
      headings: this.headings,
      titleEchoes: this.titleEchoes.sort((a, b) => a - b),
    };
  }

  /** Handles one non-blank line outside the contents block; returns the last line it consumed. */
  private visit(index: number, line: LineInfo): number {
    this.inTable = false;
    if (line.contentsHeader && !this.contents && (this.reports.length === 0 || this.beforeFirstHeading())) {
      this.contents = { headerLine: index, endLine: index, entries: [], report: this.reports.length === 0 ? undefined : this.current };
      this.inContents = true;
      this.pendingStart = undefined;
      return index;
    }
    const cut = line.reportTitle ? undefined : this.cutTitle(index, line);
    const title = cut?.title ?? line.reportTitle;
    // A weak title (…情况) inside a report under way is a line of that report.
    if (title && !(title.weak && this.openReport && this.openReport.headings.length > 0)) {
      const lastLine = cut?.lastLine ?? index;
      if (title.compilation && !this.compilation && this.reports.length === 0) {
        this.compilation = { titleLine: index, title, endLine: lastLine };
        this.pendingStart = undefined;
        return lastLine;
      }
      const reportTitle = this.titleOver(index, lastLine, title);
      // The title of the report under way again, below its content: a PDF's running header — unless
      // the numbering starts again under it (the same report pasted twice into a compilation).
      const open = this.openReport;
      const firstContentLine = this.underWay?.firstContentLine;
      if (open?.title && open.title.key === reportTitle.key && firstContentLine !== undefined
        && firstContentLine < reportTitle.firstLine && !this.numberingRestartsAfter(lastLine)) {
        this.titleEchoes.push(lastLine);
        return lastLine;
      }
      // Nothing but the title's own issuing bodies stands under the current one: it was the page's heading.
      const untouched = firstContentLine === undefined || firstContentLine >= reportTitle.firstLine;
      if (open?.title && untouched && sameReport(open.title, reportTitle)) {
        // The page heading of a web copy repeats the title above the real one: the report starts here.
        this.titleEchoes.push(open.title.line);
        open.startLine = reportTitle.firstLine;
        setTitle(open, reportTitle);
        this.underWay!.firstContentLine = undefined;
      } else {
        setTitle(this.startReport(reportTitle.firstLine), reportTitle);
      }
      return lastLine;
    }
    if (this.opensReportOfOtherProfile(line)) this.startReport(index);
    // Page chrome and scraper markers are no content: fixes delete them.
    if (this.underWay && !line.residue && !isScraperOnly(line)) this.underWay.firstContentLine ??= index;
    this.chooseProfileByContent(line);
    if (this.readsTable(index, line)) return index;
    if (line.heading && !this.isPageChunkMarker(line.heading.marker)) {
      if (!this.openReport) this.startReport(this.pendingStart ?? index);
      return this.addHeading(index, line);
    }
    const report = this.openReport;
    if (line.date && report) {
      this.sign(report, index, line.date);
      return index;
    }
    if (line.addressee && this.current && this.current.title && this.current.addresseeLine === undefined
      && this.current.headings.length === 0 && this.previousContentLine(index) === this.current.title.line) {
      this.current.addresseeLine = index;
      return index;
    }
    if (!report && this.pendingStart === undefined) this.pendingStart = index;
    return index;
  }

  /** The report's signature date (with the organisation line above it, if any) closes it. */
  private sign(report: ReportDraft, index: number, date: DateText): void {
    const above = this.previousContentLine(index);
    const organizationLine = above !== undefined && this.lines[above]!.organization && !this.belongsToStructure(above) ? above : undefined;
    report.signature = { dateLine: index, date, organizationLine };
    // The signature (落款) closes the report's sections: it belongs to the report, not to its last section.
    this.closeSections(lastNonBlankLine(this.lines, (organizationLine ?? index) - 1, 0));
    this.underWay!.signed = true;
    this.pendingStart = undefined;
  }

  /** The report last started, until the next one starts. */
  private get current(): ReportDraft | undefined {
    return this.underWay?.draft;
  }

  /** The report lines are added to: the current one, unless its signature closed it. */
  private get openReport(): ReportDraft | undefined {
    return this.underWay?.signed ? undefined : this.underWay?.draft;
  }

  /** The current report's headings whose sections are still open, outermost first. */
  private get headingStack(): readonly HeadingDraft[] {
    return this.underWay?.headingStack ?? NO_OPEN_HEADINGS;
  }

  /** The innermost open heading above a level (or the report, for a top-level one): the parent a heading at that level gets. */
  private parentAt(level: HeadingLevel, report: ReportDraft): HeadingDraft | ReportDraft {
    for (let index = this.headingStack.length - 1; index >= 0; index--) {
      if (this.headingStack[index]!.level < level) return this.headingStack[index]!;
    }
    return report;
  }

  /**
   * A report whose title named no profile takes the one its content names (SPEC 2.5): a top-level
   * heading of one of the profile's parts or tables, or its opening formula. An opening read before
   * its report starts (an untitled report starts at its first heading) names the profile of the next.
   */
  private chooseProfileByContent(line: LineInfo): void {
    const report = this.openReport;
    if (report && (report.profileByTitle || report.profile !== DEFAULT_PROFILE)) return;
    let profile: SectionProfile | undefined;
    if (line.heading) {
      if (line.heading.marker.level === 1) profile = profileNamedByHeading(toSimplified(line.text.slice(line.heading.title.start, line.end)));
    } else if (!report || report.headings.length === 0) {
      profile = profileNamedByOpening(line.text);
    }
    if (!profile) return;
    if (report) report.profile = profile;
    else this.pendingProfile = profile;
  }

  /**
   * The opening formula of a report of another profile (`本年报根据《中华人民共和国政府信息公开条例》…编制`)
   * at a line's start, under the headings of a report that has no signature: an untitled report of that
   * kind starts there (copies pasted one after another).
   */
  private opensReportOfOtherProfile(line: LineInfo): boolean {
    const report = this.openReport;
    if (!report || report.headings.length === 0 || line.heading || !REPORT_SPEAKS.test(line.text.slice(line.indent, line.indent + 3))) return false;
    const profile = profileNamedByOpening(line.text);
    return profile !== undefined && profile !== report.profile;
  }

  /** Whether the line belongs to a table of the current report (then it is no heading); a line that does not ends the table under way. */
  private readsTable(index: number, line: LineInfo): boolean {
    const report = this.openReport;
    if (!report?.profile.tables) return false;
    const underWay = this.underWay!;
    underWay.tableReader ??= new TableReader(this.lines, report.profile, report.title?.year);
    if (underWay.tableReader.accept(index, line)) return (this.inTable = true);
    underWay.tableReader.end();
    return false;
  }

  /** The only report so far has its title and no heading yet: where Word puts a report's own contents. */
  private beforeFirstHeading(): boolean {
    const open = this.openReport;
    return this.reports.length === 1 && open?.title !== undefined && open.headings.length === 0;
  }

  private addContentsEntry(index: number, line: LineInfo): void {
    const entry = line.contentsEntry!;
    this.contents!.entries.push({ line: index, titleStart: entry.titleStart, titleEnd: entry.titleEnd, key: entry.key, page: entry.page });
    this.contents!.endLine = index;
  }

  /**
   * The report title read from `firstLine` to `lastLine` (two lines where a copy cut it), with the
   * issuing bodies on the lines above it: its text is all of them joined.
   */
  private titleOver(firstLine: number, lastLine: number, title: TitleText): ReportTitle {
    const withIssuers = this.issuersAbove(firstLine) ?? firstLine;
    let first = this.titlePartsAbove(withIssuers, lastLine) ?? withIssuers;
    // A title that names its places before its year (`汕尾市城区2023年…`) takes the lines above only
    // when they name them too (`韶关市武江区西河镇人民政府` / `武江区西河镇2021年…`): a site's name in a
    // page header (`汕尾市人民政府`) or a stray line is no part of it.
    const places = placesBeforeYear(title.key);
    if (first < firstLine && places.length > 0) {
      let above = '';
      for (let line = first; line < firstLine; line++) if (!this.lines[line]!.residue) above += withoutBlanks(this.lines[line]!.text);
      if (!toSimplified(above).includes(places)) first = firstLine;
    }
    const last = this.lines[lastLine]!;
    if (first === lastLine) return titleOf(lastLine, last.indent, last.end, title);
    let text = '';
    for (let line = first; line <= lastLine; line++) if (!this.lines[line]!.residue) text += withoutBlanks(this.lines[line]!.text);
    const key = toSimplified(text);
    return { line: lastLine, start: last.indent, end: last.end, firstLine: first, firstStart: this.lines[first]!.indent, text, key, year: titleYear(key) };
  }

  /**
   * Whether the numbering of the report under way starts again after a line: its next heading is a
   * first one (`一、`, `1.`) at a level the report has headings of already. Only then does renumbering
   * never change the verdict: within one report it makes no heading a first one after another of its
   * level, and a first heading of a level is no restart.
   */
  private numberingRestartsAfter(index: number): boolean {
    if (!this.nextHeadings) {
      // One pass from the end, once per document and only when a title repeats: the next heading line
      // after each line, before the next report title (the numbering of the report after is not this one's).
      this.nextHeadings = new Int32Array(this.lines.length + 1).fill(-1);
      for (let line = this.lines.length - 1; line >= 0; line--) {
        const info = this.lines[line]!;
        this.nextHeadings[line] = info.heading ? line : info.reportTitle ? -1 : this.nextHeadings[line + 1]!;
      }
    }
    const next = this.nextHeadings[index + 1]!;
    if (next < 0) return false;
    const { marker } = this.lines[next]!.heading!;
    return marker.value === 1 && this.underWay!.tally.counts[marker.level]! > 0;
  }

  /** A short line of no sentence that may be one line of a title typed on several. */
  private isTitlePart(index: number): boolean {
    const line = this.lines[index];
    if (!line || line.indent === line.text.length || line.residue || line.heading || line.date || line.contentsEntry || line.contentsHeader || line.addressee) return false;
    // A note in brackets (`（此页无正文）`) is no part of a title.
    return line.end - line.indent <= MAX_TITLE_PART && !SENTENCE_PUNCTUATION.test(line.text.slice(line.indent, line.end)) && !CLOSE_BRACKETS.at(line.text, line.end - 1)
      && !this.belongsToStructure(index);
  }

  /**
   * The first line of a title typed on up to three lines above the lines read so far (`XX县` /
   * `2023年法治政府建设` / `年度报告`): short lines of no sentence, none a title alone, after a blank line
   * or the document's start, whose words with the rest still read as a report title.
   */
  private titlePartsAbove(first: number, lastLine: number): number | undefined {
    let found: number | undefined;
    let text = '';
    let parts = 0;
    for (let line = first; line <= lastLine; line++) {
      if (this.lines[line]!.residue) continue;
      text += withoutBlanks(this.lines[line]!.text);
      parts++;
    }
    for (let above = this.lineAboveChrome(first); above >= 0 && parts < MAX_TITLE_LINES; above = this.lineAboveChrome(above), parts++) {
      if (!this.isTitlePart(above) || this.lines[above]!.reportTitle) break;
      text = withoutBlanks(this.lines[above]!.text) + text;
      const before = this.lines[this.lineAboveChrome(above)];
      if (before && before.indent < before.text.length) continue;
      const title = readTitle(text);
      if (title && !title.weak && !title.compilation) found = above;
    }
    return found;
  }

  /** The first of up to two organisation lines right above a title (its issuing bodies), when nothing else has claimed them. */
  private issuersAbove(index: number): number | undefined {
    let first: number | undefined;
    for (let count = 0, at = index; count < MAX_ISSUER_LINES; count++) {
      const above = this.previousContentLine(at);
      if (above === undefined || !this.lines[above]!.organization || this.belongsToStructure(above)) break;
      first = at = above;
    }
    return first;
  }

  /**
   * A title a copy cut over two lines (`二〇二三年XX局政府信息公开工作` / `年度报告`, `XX市XX局2023年法治政府`
   * / `建设年度报告`): this short line and the next, which ends like a title, read as one — where the
   * next line is no title on its own, or one naming no year (a piece of the whole). A name above a
   * title is its issuer (see `issuersAbove`), and a line closed by a bracket (`（此页无正文）`) no part of it.
   */
  private cutTitle(index: number, line: LineInfo): { readonly title: TitleText; readonly lastLine: number } | undefined {
    const next = this.lines[index + 1];
    if (!next || next.heading || next.residue || next.end - next.indent > MAX_CUT_TITLE_PART || !TITLE_LAST.at(next.text, next.end - 1)) return undefined;
    if (line.heading || line.date || line.residue || line.contentsEntry || line.end - line.indent > MAX_CUT_TITLE_PART || CLOSE_BRACKETS.at(line.text, line.end - 1)) return undefined;
    if (next.reportTitle && (next.reportTitle.year !== undefined || line.organization)) return undefined;
    const title = readTitle(withoutBlanks(line.text.slice(line.indent, line.end)) + withoutBlanks(next.text.slice(next.indent, next.end)));
    return title && !title.weak ? { title, lastLine: index + 1 } : undefined;
  }

  /**
   * The titles and headings run on inside a line that lost its line breaks. A title there opens a
   * report where none is under way (a web page flattened into one line). A heading there counts only
   * where its number continues the numbering around it; a `1.` or `（1）` only after a `一、` or `（一）`
   * run on in the same line, or in a report with no heading at a line start, so that an inline list
   * `：（1）…；（2）…` in a paragraph stays text.
   */
  private visitRunOn(index: number, line: LineInfo): void {
    let openedStructure = false;
    for (const item of line.runOn!) {
      if (item.kind === 'title') {
        const open = this.openReport;
        if (open && (open.title || open.headings.length > 0)) continue;
        const report = this.startReport(index);
        setTitle(report, titleOf(index, item.start, item.end, item.title));
        this.underWay!.firstContentLine ??= index;
        openedStructure = true;
        continue;
      }
      const marker = this.inContext(item.marker);
      const report = this.openReport;
      const headingsAtLineStarts = report ? report.headings.some((heading) => !heading.runOn) : false;
      if (marker.level >= 3 && !openedStructure && headingsAtLineStarts) continue;
      if (!this.continuesNumbering(marker)) continue;
      if (!this.openReport) this.startReport(this.pendingStart ?? index);
      this.addRunOnHeading(index, line, marker, item.title);
      if (marker.level <= 2) openedStructure = true;
    }
  }

  /** Whether a marker's number follows its siblings under the parent it would have (or continues its level across parents). */
  private continuesNumbering(marker: HeadingMarker): boolean {
    const report = this.openReport;
    if (!report) return marker.value === 1;
    const parent = this.parentAt(marker.level, report);
    const siblings = this.childTally(parent).lastValues[marker.level]!;
    const acrossParents = marker.level >= 3 ? this.underWay!.tally.lastValues[marker.level]! : 0;
    return marker.value === siblings + 1 || (acrossParents > 0 && marker.value === acrossParents + 1);
  }

  /**
   * A numbered line that a document-sharing site's page split made (`2、法有效化解…` after a line cut
   * in the middle of `依法`), or a PDF's wrap inside a sentence (`这种一对` / `一、面对面…`, `坚持统` /
   * `一、高效…`): a `N、` or `一、` marker right after a line that stops mid-word, with a number that
   * continues neither its siblings nor the report's headings of its level — as written or as
   * renumbering would make them, so that fixing the numbers never changes the verdict.
   */
  private isPageChunkMarker(marker: HeadingMarker): boolean {
    if ((marker.level !== 3 && marker.level !== 1) || marker.delimiter !== '、') return false;
    const previous = this.lastTextLine === undefined ? undefined : this.lines[this.lastTextLine]!;
    // The line above was cut in the middle of a sentence: it ends with a Chinese character (or a closing quote), not with punctuation, a note or a marker.
    if (!previous || previous.residue || previous.heading || previous.reportTitle || previous.date || previous.organization || !endsMidSentence(previous)) return false;
    // Only inside a report numbered from 一、 or （一）: there page chunks break the sequence of the 1. under them (and a wrap's 一、 that of the 一、).
    const report = this.openReport;
    const top = report?.topHeadings[0]?.level;
    if (!report || top === undefined || (marker.level === 3 ? top >= 3 : top !== 1)) return false;
    const parent = this.parentAt(marker.level, report);
    const siblings = this.childTally(parent);
    const sameLevel = this.underWay!.tally;
    const continuations = [
      (siblings?.counts[marker.level] ?? 0) + 1, (sameLevel?.counts[marker.level] ?? 0) + 1,
      (siblings?.lastValues[marker.level] ?? 0) + 1, (sameLevel?.lastValues[marker.level] ?? 0) + 1,
    ];
    return !continuations.includes(marker.value);
  }

  /** Whether a line already serves as a heading, title, signature or contents entry. */
  private belongsToStructure(index: number): boolean {
    const current = this.current;
    if (!current) return this.contents !== undefined && index <= this.contents.endLine;
    return current.signature?.organizationLine === index || current.title?.line === index
      || current.headings.some((heading) => index >= heading.line && index <= heading.endLine);
  }

  private startReport(startLine: number): ReportDraft {
    this.finishReport(startLine);
    const report: ReportDraft = {
      index: this.reports.length, startLine, endLine: startLine, headings: [], topHeadings: [],
      profile: this.pendingProfile ?? DEFAULT_PROFILE, profileByTitle: false, tables: NO_TABLES,
    };
    this.pendingProfile = undefined;
    this.reports.push(report);
    this.underWay = {
      draft: report, signed: false, firstContentLine: undefined, tableReader: undefined, headingStack: [],
      tally: { counts: [0, 0, 0, 0, 0, 0], lastValues: [0, 0, 0, 0, 0, 0], scanned: 0 },
    };
    this.pendingStart = undefined;
    return report;
  }

  /**
   * Closes the current report before `nextStart`, and the sections still open in it. A title with
   * nothing under it that repeats an earlier report's title (a link to the page itself) is no report.
   */
  private finishReport(nextStart: number): void {
    const underWay = this.underWay;
    if (!underWay) return;
    const report = underWay.draft;
    this.endTables(underWay);
    report.endLine = lastNonBlankLine(this.lines, nextStart - 1, report.startLine);
    this.closeSections(report.endLine);
    this.underWay = undefined;
    const key = report.title?.key;
    if (key !== undefined && underWay.firstContentLine === undefined && this.reports.some((other) => other !== report && other.title?.key === key)) {
      this.reports.pop();
      this.titleEchoes.push(report.title!.line);
    }
  }

  private endTables(underWay: ReportUnderWay): void {
    const reader = underWay.tableReader;
    if (!reader) return;
    reader.end();
    if (reader.tables.length > 0) underWay.draft.tables = reader.tables;
    underWay.tableReader = undefined;
  }

  /** Ends every open section at `lastLine` (never before its heading's own last line). */
  private closeSections(lastLine: number): void {
    if (!this.underWay) return;
    for (const heading of this.underWay.headingStack) heading.sectionEndLine = Math.max(lastLine, heading.endLine);
    this.underWay.headingStack = [];
  }

  private addHeading(index: number, line: LineInfo): number {
    const { title } = line.heading!;
    const marker = this.inContext(line.heading!.marker);
    let endLine = index;
    let titleText = line.text.slice(title.start, title.end);
    let titleEnd = title.end;
    let titleSentence = title.titleSentence;
    const continuation = titleSentence ? undefined : this.wrappedContinuation(index, titleText, line);
    if (continuation !== undefined) {
      const next = this.lines[continuation.line]!;
      endLine = continuation.line;
      titleText += withoutBlanks(next.text.slice(next.indent, continuation.end));
      titleEnd = continuation.end;
      titleSentence = continuation.end < next.end;
    }
    this.placeHeading(index, endLine, marker, titleText, title.start, titleEnd, titleSentence, false);
    return endLine;
  }

  /** A heading run on inside a line: it closes the title of a heading before it on the line, if that one ran on to it. */
  private addRunOnHeading(index: number, line: LineInfo, marker: HeadingMarker, title: HeadingTitle): void {
    const previous = this.headings[this.headings.length - 1];
    if (previous && previous.line === index && previous.endLine === index && previous.titleEnd > marker.start) {
      previous.titleEnd = lastNonBlankEnd(line.text.slice(0, marker.start), previous.titleStart);
      previous.title = line.text.slice(previous.titleStart, previous.titleEnd);
      previous.titleSentence = false;
    }
    this.placeHeading(index, index, marker, line.text.slice(title.start, title.end), title.start, title.end, title.titleSentence, true);
  }

  /** Puts a heading into the outline: closes the sections it ends, and hangs it under its parent. */
  private placeHeading(index: number, endLine: number, marker: HeadingMarker, title: string, titleStart: number, titleEnd: number, titleSentence: boolean, runOn: boolean): void {
    const { draft: report, headingStack: stack, tally } = this.underWay!;
    while (stack.length > 0 && stack[stack.length - 1]!.level >= marker.level) {
      const closed = stack.pop()!;
      if (runOn && closed.sectionEndLine <= index) {
        // Closed inside this line: the section ends where this heading begins.
        closed.sectionEndLine = Math.max(index, closed.endLine);
        closed.sectionEndCharacter = closed.sectionEndLine === index ? marker.start : undefined;
      } else {
        closed.sectionEndLine = lastNonBlankLine(this.lines, index - 1, closed.endLine);
      }
    }
    const parent = stack[stack.length - 1];
    const heading: HeadingDraft = {
      line: index, endLine, level: marker.level, marker, title, titleStart, titleEnd,
      titleSentence, parent, children: NO_CHILDREN, sectionEndLine: endLine, sectionEndCharacter: undefined, runOn, report,
    };
    tally.counts[heading.level]!++;
    tally.lastValues[heading.level] = heading.marker.value;
    if (!parent) report.topHeadings.push(heading);
    else if (parent.children === NO_CHILDREN) parent.children = [heading];
    else parent.children.push(heading);
    report.headings.push(heading);
    this.headings.push(heading);
    stack.push(heading);
  }

  /** How many children of each level a parent (or the report, for its top headings) has, and the last one's number. */
  private childTally(parent: HeadingDraft | ReportDraft): LevelTally {
    let tally = this.childTallies.get(parent);
    if (!tally) this.childTallies.set(parent, (tally = { counts: [0, 0, 0, 0, 0, 0], lastValues: [0, 0, 0, 0, 0, 0], scanned: 0 }));
    const children = 'topHeadings' in parent ? parent.topHeadings : parent.children;
    for (; tally.scanned < children.length; tally.scanned++) {
      const child = children[tally.scanned]!;
      tally.counts[child.level]!++;
      tally.lastValues[child.level] = child.marker.value;
    }
    return tally;
  }

  /**
   * A marker as its place reads it: `一)` under a `一、` heading lost its opening bracket, so it is
   * `（一）` of level 2 (and bracket-width offers to restore the bracket) — when its number follows the
   * heading's children, not the heading itself.
   */
  private inContext(marker: HeadingMarker): HeadingMarker {
    if (marker.level !== 1 || !CLOSE_BRACKETS.at(marker.delimiter, 0)) return marker;
    const levelOne = this.headingStack[0];
    if (!levelOne || levelOne.level !== 1 || CLOSE_BRACKETS.at(levelOne.marker.delimiter, 0)) return marker;
    const asLevelTwo: HeadingMarker = { ...marker, level: 2, openBracket: '', closeBracket: marker.delimiter, delimiter: '' };
    const lastChild = [...levelOne.children].reverse().find((child) => child.level === 2);
    // The next of a run of such markers under the heading (`一)` `二)`), before the heading's next sibling.
    if (lastChild && lastChild.marker.openBracket === '' && marker.value === lastChild.marker.value + 1) return asLevelTwo;
    if (marker.value === levelOne.marker.value + 1) return marker;
    return marker.value === (lastChild ? lastChild.marker.value + 1 : 1) ? asLevelTwo : marker;
  }

  /**
   * The line that continues a heading wrapped by a PDF conversion (seed 004: `三、…暂行` / `条例等…情况`):
   * a long title cut where no title ends (no final punctuation, no closing word such as 情况 or 原因),
   * then within one blank line a short line of plain text with no sentence punctuation that is not a
   * name, date, title, heading or note (`【待补充】`) and does not repeat the title's end — or, under a
   * full line, a line that starts with a title sentence's short end (`…公正文明执` / `法。一是…`): the
   * title ends at its 。, and the rest of the line is the paragraph.
   */
  private wrappedContinuation(index: number, title: string, heading: LineInfo): { readonly line: number; readonly end: number } | undefined {
    // `，、、` ends as `，` does (the proofreading drops the extra marks).
    let last = title.length - 1;
    while (last > 0 && title.charCodeAt(last) === 0x3001 && title.charCodeAt(last - 1) === 0x3001) last--;
    if (last > 0 && title.charCodeAt(last) === 0x3001 && WRAP_BREAKERS.at(title, last - 1)) last--;
    if (wordCharacterCount(title) < MIN_WRAPPED_TITLE || WRAP_BREAKERS.at(title, last) || endsComplete(title)) return undefined;
    for (let next = index + 1, distance = 1; next < this.lines.length && distance <= MAX_LINE_DISTANCE; next++) {
      const line = this.lines[next]!;
      // Page chrome between is passed over, as above (lineAboveChrome).
      if (line.residue) continue;
      distance++;
      if (line.indent === line.text.length) continue;
      const length = line.end - line.indent;
      const plain = !line.heading && !line.reportTitle && !line.date && !line.organization && !line.residue
        && !line.contentsHeader && !line.addressee && line.text.charCodeAt(line.indent) !== NOTE_OPEN && !CELL_SEPARATORS.occursIn(line.text, line.indent, line.end);
      if (!plain) return undefined;
      // A title sentence cut before its 。 on a full line (`…公正文明执` / `法。一是…`): its end, the paragraph going on after it.
      const stop = line.text.indexOf('。', line.indent);
      if (stop > line.indent && stop - line.indent <= MAX_SENTENCE_CONTINUATION && fullLines(heading, line)
        && !WRAP_BREAKERS.occursIn(line.text, line.indent, stop)) return { line: next, end: stop };
      return length >= 2 && length <= MAX_WRAP_CONTINUATION && !WRAP_BREAKERS.occursIn(line.text, line.indent, line.end)
        && !title.endsWith(line.text.slice(line.indent, line.end)) ? { line: next, end: line.end } : undefined;
    }
    return undefined;
  }

  /**
   * The line above, page chrome passed over (-1 at the start). Chrome is no line of its own: a fix
   * deletes it, and no verdict may change then, so what stands around it is read as adjacent.
   */
  private lineAboveChrome(index: number): number {
    let above = index - 1;
    while (above >= 0 && this.lines[above]!.residue) above--;
    return above;
  }

  /** The nearest non-blank line above, within MAX_LINE_DISTANCE lines (page chrome passed over). */
  private previousContentLine(index: number): number | undefined {
    for (let above = this.lineAboveChrome(index), distance = 1; above >= 0 && distance <= MAX_LINE_DISTANCE; above = this.lineAboveChrome(above), distance++) {
      const line = this.lines[above]!;
      if (line.indent !== line.text.length) return above;
    }
    return undefined;
  }
}

/** The last non-blank line at or before `from`, but never before `floor`. */
function lastNonBlankLine(lines: readonly LineInfo[], from: number, floor: number): number {
  let index = from;
  while (index > floor && lines[index]!.indent === lines[index]!.text.length) index--;
  return Math.max(index, floor);
}
