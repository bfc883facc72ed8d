/**
 * One scan over the characters of each line serves every text check (SPEC 3.2). A table built once
 * from the checks' triggers gives each character its group: the checks that look at it, whether it
 * is a quotation mark or bracket the scan pairs up, and which next characters make the look
 * pointless. The scan runs a tight loop to the next character with a group, keeps the pairs, and
 * calls the group's handlers with the line's scan state.
 *
 * A line's marks depend on its text and classification alone: the lines a new version of a
 * document keeps from its previous version (the same line objects) keep that version's marks.
 */
import type { CharSet } from '../../model/chars';
import type { ReportDocument } from '../../model/document';
import type { LineInfo } from '../../model/lineInfo';
import { numberingFixEnd } from '../../model/markers';
import { utf16Codes } from '../../model/codes';
import { afterLineBreak } from '../../model/text';
import type { CheckId, LineMark, TextMark } from '../types';
import { PAIRING_MARKS, Pairs } from './pairs';
import type { LineHandler, LineScan, TextCheck } from './textCheck';

/** A mark and the index of the check that found it. */
interface Found {
  readonly check: number;
  readonly mark: TextMark;
}

const NOTHING_FOUND: readonly Found[] = Object.freeze([]);


/**
 * What the text checks found in one version of a document, line by line: kept with the version, as
 * the next one starts from it.
 */
export class DocumentScan {
  constructor(readonly lines: readonly LineInfo[], readonly found: readonly (readonly Found[])[]) {}

  /**
   * The marks of each check, by the check's index, in document order: made for one run of the checks
   * and let go after it (the per-line lists above hold the same marks).
   */
  marksByCheck(checkCount: number): readonly (readonly LineMark[])[] {
    const byCheck: LineMark[][] = Array.from({ length: checkCount }, () => []);
    for (let line = 0; line < this.found.length; line++) {
      const marks = this.found[line]!;
      for (let index = 0; index < marks.length; index++) byCheck[marks[index]!.check]!.push({ line, mark: marks[index]!.mark });
    }
    return byCheck;
  }
}

export class TextScanner {
  /** Per code unit, its group (0: none). */
  readonly table = new Uint8Array(0x10000);
  /** Per group: the checks called at its characters, by index. */
  readonly groupChecks: (readonly number[])[] = [[]];
  /** Per group: whether its characters are quotation marks or brackets (see `Pairs`). */
  readonly groupPairing: boolean[] = [false];
  /** Per group: when the next character is one of these, none of its checks would find anything. */
  readonly groupQuiet: (CharSet | undefined)[] = [undefined];
  private readonly indexes: ReadonlyMap<CheckId, number>;
  private readonly scans = new WeakMap<ReportDocument, DocumentScan>();

  constructor(readonly checks: readonly TextCheck[]) {
    this.indexes = new Map(checks.map((check, index) => [check.id, index]));
    const members = new Map<number, { check: number; quiet: CharSet | undefined }[]>();
    checks.forEach((check, index) => {
      for (const { chars, unlessNext } of check.scan.triggers) {
        for (let at = 0; at < chars.length; at++) {
          const code = chars.charCodeAt(at);
          const list = members.get(code) ?? members.set(code, []).get(code)!;
          const known = list.find((member) => member.check === index);
          // A character a check lists twice is looked at whatever follows, unless both say otherwise.
          if (!known) list.push({ check: index, quiet: unlessNext });
          else if (known.quiet !== unlessNext) known.quiet = undefined;
        }
      }
    });
    for (let at = 0; at < PAIRING_MARKS.length; at++) if (!members.has(PAIRING_MARKS.charCodeAt(at))) members.set(PAIRING_MARKS.charCodeAt(at), []);
    const quietIds = new Map<CharSet | undefined, number>();
    const groupIds = new Map<string, number>();
    for (const [code, list] of members) {
      list.sort((a, b) => a.check - b.check);
      const pairing = PAIRING_MARKS.includes(String.fromCharCode(code));
      const quiet = list.length > 0 && list.every((member) => member.quiet === list[0]!.quiet) ? list[0]!.quiet : undefined;
      if (!quietIds.has(quiet)) quietIds.set(quiet, quietIds.size);
      const key = `${list.map((member) => member.check).join(',')}|${pairing}|${quietIds.get(quiet)}`;
      let group = groupIds.get(key);
      if (group === undefined) {
        group = this.groupChecks.length;
        if (group > 0xff) throw new Error('too many groups of text checks for the trigger table');
        groupIds.set(key, group);
        this.groupChecks.push(list.map((member) => member.check));
        this.groupPairing.push(pairing);
        this.groupQuiet.push(quiet);
      }
      this.table[code] = group;
    }
  }

  /** The index of a text check, by which its marks are asked for. */
  indexOf(id: CheckId): number {
    return this.indexes.get(id) ?? -1;
  }

  /**
   * What the text checks find in the document (made from `text`), scanned once per version; the
   * lines it keeps from `previous`, the version before it, keep their marks without a scan.
   */
  scan(document: ReportDocument, text: string, previous?: ReportDocument): DocumentScan {
    let scan = this.scans.get(document);
    if (!scan) {
      scan = this.scanLines(document.lines, text, previous && this.scans.get(previous));
      this.scans.set(document, scan);
    }
    return scan;
  }

  private scanLines(lines: readonly LineInfo[], text: string, previous: DocumentScan | undefined): DocumentScan {
    const found = new Array<readonly Found[] | undefined>(lines.length);
    // A version reuses the line objects of the unchanged run at its start and the one at its end.
    const shift = previous ? previous.lines.length - lines.length : 0;
    let first = -1;
    let last = -1;
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!;
      if (previous?.lines[index] === line) found[index] = previous.found[index]!;
      else if (previous?.lines[index + shift] === line) found[index] = previous.found[index + shift]!;
      else {
        if (first < 0) first = index;
        last = index;
      }
    }
    if (first >= 0) {
      // The code units of the stretch of lines to scan, from one copy (a typed array reads faster than `charCodeAt`).
      let start = 0;
      for (let index = 0; index < first; index++) start = afterLineBreak(text, start + lines[index]!.text.length);
      let stop = start;
      for (let index = first; index <= last; index++) stop = afterLineBreak(text, stop + lines[index]!.text.length);
      const codes = utf16Codes(text.slice(start, stop));
      const scanner = new LineScanner(this, codes);
      for (let index = first, offset = 0; index <= last; index++) {
        const line = lines[index]!;
        found[index] ??= scanner.scan(line, offset);
        offset = afterLineBreak(text, start + offset + line.text.length) - start;
      }
    }
    return new DocumentScan(lines, found as readonly (readonly Found[])[]);
  }
}

/** The scan state of one line, passed to the handlers; one serves all the lines of a document's scan. */
class LineScanner implements LineScan {
  line!: LineInfo;
  text = '';
  from = 0;
  end = 0;
  readonly pairs = new Pairs();
  private readonly handlers: readonly LineHandler[];
  private readonly starts: readonly LineHandler[];
  private readonly ends: readonly LineHandler[];
  /** Per check, the index from which it is called again. */
  private readonly resume: Int32Array;
  private readonly found: Found[] = [];
  private sharedCompute: unknown;
  private sharedAt = -1;
  private sharedValue: unknown;
  private readonly lineValues = new Map<unknown, unknown>();

  /** `codes` are the units of the lines scanned, one line after another. */
  constructor(private readonly scanner: TextScanner, private readonly codes: Uint16Array) {
    this.handlers = scanner.checks.map((check, index) => check.scan.handler((mark) => this.found.push({ check: index, mark })));
    this.starts = this.handlers.filter((handler) => handler.startLine);
    this.ends = this.handlers.filter((handler) => handler.endLine);
    this.resume = new Int32Array(this.handlers.length);
  }

  shared<T>(compute: (scan: LineScan, at: number) => T, at: number): T {
    if (this.sharedCompute !== compute || this.sharedAt !== at) {
      this.sharedValue = compute(this, at);
      this.sharedCompute = compute;
      this.sharedAt = at;
    }
    return this.sharedValue as T;
  }

  ofLine<T>(compute: (scan: LineScan) => T): T {
    if (!this.lineValues.has(compute)) this.lineValues.set(compute, compute(this));
    return this.lineValues.get(compute) as T;
  }

  /** The marks of a line's wording (its units from `offset` on): after a heading's marker; none in page chrome or contents entries. */
  scan(line: LineInfo, offset: number): readonly Found[] {
    const { text, end } = line;
    if (line.residue || line.contentsEntry || line.indent >= end) return NOTHING_FOUND;
    this.line = line;
    this.text = text;
    this.end = end;
    this.from = line.heading ? numberingFixEnd(text, line.heading.marker, end) : line.indent;
    this.pairs.reset();
    this.resume.fill(0);
    this.sharedCompute = undefined;
    if (this.lineValues.size > 0) this.lineValues.clear();
    for (const handler of this.starts) handler.startLine!(this);
    const { table, groupChecks, groupPairing, groupQuiet } = this.scanner;
    const { handlers, resume, pairs, codes } = this;
    for (let at = this.from; at < end; at++) {
      // A tight loop to the next character some check looks at.
      let code = codes[offset + at]!;
      let group = table[code]!;
      while (group === 0 && ++at < end) group = table[code = codes[offset + at]!]!;
      if (at >= end) break;
      if (groupPairing[group]) pairs.step(at, code);
      const quiet = groupQuiet[group];
      if (quiet !== undefined && at + 1 < end && quiet.has(codes[offset + at + 1]!)) continue;
      const checks = groupChecks[group]!;
      for (let index = 0; index < checks.length; index++) {
        const check = checks[index]!;
        if (at >= resume[check]!) resume[check] = handlers[check]!.at(this, at) + 1;
      }
    }
    for (const handler of this.ends) handler.endLine!(this);
    return this.takeFound();
  }

  /** The line's marks in order of their start; those inside a span another check rewrites whole are left to it. */
  private takeFound(): readonly Found[] {
    const found = this.found;
    if (found.length === 0) return NOTHING_FOUND;
    const sorted = found.length === 1 ? found.slice() : found.slice().sort((a, b) => a.mark.start - b.mark.start);
    found.length = 0;
    const checks = this.scanner.checks;
    if (!sorted.some((entry) => checks[entry.check]!.scan.rewrites)) return sorted;
    const kept: Found[] = [];
    let coveredUntil = -1;
    for (const entry of sorted) {
      const scanning = checks[entry.check]!.scan;
      if (scanning.rewrites) coveredUntil = Math.max(coveredUntil, entry.mark.end);
      else if (scanning.yieldsToRewrites && entry.mark.end <= coveredUntil) continue;
      kept.push(entry);
    }
    return kept;
  }
}
