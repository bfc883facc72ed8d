/** Text edits on the model's lines, and applying a set of fixes without conflicts. */
import type { Range, TextEdit } from 'vscode-languageserver-types';
import { range } from '../model/ranges';
import type { ReportDocument } from '../model/document';

/** Edits that fix one finding, offered as a quick fix. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /**
   * Safe fixes only change the marker, residue, character or year they are about; they make up
   * "fix all" and the CLI's `--fix`. Inserting a section skeleton adds text and is offered only on request.
   */
  readonly safe: boolean;
}

export function replace(line: number, start: number, end: number, newText: string): TextEdit {
  return { range: range(line, start, line, end), newText };
}

export function insertAt(line: number, character: number, newText: string): TextEdit {
  return replace(line, character, character, newText);
}

/**
 * Removes a line with its line break. The last line keeps its (then empty) place, so that deleting
 * adjacent lines never produces overlapping edits.
 */
export function deleteLine(document: ReportDocument, line: number): TextEdit {
  if (line === document.lines.length - 1) return replace(line, 0, document.lines[line]!.text.length, '');
  return { range: range(line, 0, line + 1, 0), newText: '' };
}

/**
 * The fix as it is kept with its finding. Most fixes replace just what their finding marks: such a
 * fix keeps the finding's range and its text, and makes its one edit when asked (findings are kept
 * for as long as their lines, and the list, the edit and a second copy of the range would weigh as
 * much as the finding).
 */
export function keptFix(fix: Fix, range: Range): Fix {
  if (fix instanceof LazyFix || fix instanceof FindingRangeFix || fix.edits.length !== 1) return fix;
  const [edit] = fix.edits as [TextEdit];
  return sameRange(edit.range, range) ? new FindingRangeFix(fix.title, fix.safe, range, edit.newText) : fix;
}

/** The fix of a finding moved with `move`, which gave the finding its new range `moved`. */
export function movedFix(fix: Fix, move: (range: Range) => Range, moved: Range): Fix {
  if (fix instanceof FindingRangeFix) return new FindingRangeFix(fix.title, fix.safe, moved, fix.newText);
  return { title: fix.title, safe: fix.safe, edits: fix.edits.map((edit) => ({ range: move(edit.range), newText: edit.newText })) };
}

/** A fix that replaces its finding's range with `newText`. */
class FindingRangeFix implements Fix {
  constructor(readonly title: string, readonly safe: boolean, private readonly range: Range, readonly newText: string) {}

  get edits(): readonly TextEdit[] {
    return [{ range: this.range, newText: this.newText }];
  }
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** A fix whose edits are worked out only when someone looks at them (a code action, "fix all"). */
export function lazyFix(title: string, safe: boolean, computeEdits: () => readonly TextEdit[]): Fix {
  return new LazyFix(title, safe, computeEdits);
}

/** A class rather than an object literal with a getter, so that every lazy fix shares one shape. */
class LazyFix implements Fix {
  private computed: readonly TextEdit[] | undefined;

  constructor(readonly title: string, readonly safe: boolean, private readonly computeEdits: () => readonly TextEdit[]) {}

  get edits(): readonly TextEdit[] {
    this.computed ??= this.computeEdits();
    return this.computed;
  }
}

function compare(a: TextEdit, b: TextEdit): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character
    || a.range.end.line - b.range.end.line || a.range.end.character - b.range.end.character;
}

/**
 * The accepted edits as disjoint spans sorted by start (and so by end), in parallel arrays of small
 * integers (no objects, no number-to-string keys: fix-all may combine tens of thousands of edits). An
 * overlap query is a binary search; fixes arrive roughly in document order, so insertions are appends.
 */
class AcceptedSpans {
  private readonly startLines: number[] = [];
  private readonly startCharacters: number[] = [];
  private readonly endLines: number[] = [];
  private readonly endCharacters: number[] = [];
  private readonly texts: string[] = [];

  private get length(): number {
    return this.startLines.length;
  }

  /** Index of the first span ending at or after the position. */
  private firstEndingFrom(line: number, character: number): number {
    let low = 0;
    let high = this.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.endLines[middle]! < line || (this.endLines[middle] === line && this.endCharacters[middle]! < character)) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /**
   * `same` when an accepted edit is this very edit (it counts once), `overlap` when the edit touches
   * the text of an accepted one (two insertions at one point also clash), else `free`.
   */
  classify(edit: TextEdit): 'same' | 'overlap' | 'free' {
    const { start, end } = edit.range;
    // Spans starting past the edit's end cannot touch it; the few visited before that are checked one by one.
    for (let index = this.firstEndingFrom(start.line, start.character); index < this.length; index++) {
      const startLine = this.startLines[index]!;
      const startCharacter = this.startCharacters[index]!;
      if (isBefore(end.line, end.character, startLine, startCharacter)) break;
      const endLine = this.endLines[index]!;
      const endCharacter = this.endCharacters[index]!;
      const sameSpan = startLine === start.line && startCharacter === start.character && endLine === end.line && endCharacter === end.character;
      if (sameSpan && this.texts[index] === edit.newText) return 'same';
      if (spansOverlap(start.line, start.character, end.line, end.character, startLine, startCharacter, endLine, endCharacter)) return 'overlap';
    }
    return 'free';
  }

  add(edit: TextEdit): void {
    const { start, end } = edit.range;
    let index = this.length;
    while (index > 0 && compareSpans(this.startLines[index - 1]!, this.startCharacters[index - 1]!, this.endLines[index - 1]!, this.endCharacters[index - 1]!, edit) > 0) index--;
    if (index === this.length) {
      this.startLines.push(start.line);
      this.startCharacters.push(start.character);
      this.endLines.push(end.line);
      this.endCharacters.push(end.character);
      this.texts.push(edit.newText);
      return;
    }
    this.startLines.splice(index, 0, start.line);
    this.startCharacters.splice(index, 0, start.character);
    this.endLines.splice(index, 0, end.line);
    this.endCharacters.splice(index, 0, end.character);
    this.texts.splice(index, 0, edit.newText);
  }
}

/** Whether position a comes strictly before position b. */
function isBefore(aLine: number, aCharacter: number, bLine: number, bCharacter: number): boolean {
  return aLine < bLine || (aLine === bLine && aCharacter < bCharacter);
}

/** Whether two spans share text: each starts before the other ends, or both are insertions at one point. */
function spansOverlap(
  aStartLine: number, aStartCharacter: number, aEndLine: number, aEndCharacter: number,
  bStartLine: number, bStartCharacter: number, bEndLine: number, bEndCharacter: number,
): boolean {
  if (isBefore(aStartLine, aStartCharacter, bEndLine, bEndCharacter) && isBefore(bStartLine, bStartCharacter, aEndLine, aEndCharacter)) return true;
  return aStartLine === aEndLine && aStartCharacter === aEndCharacter && bStartLine === bEndLine && bStartCharacter === bEndCharacter
    && aStartLine === bStartLine && aStartCharacter === bStartCharacter;
}

function editsOverlap(a: TextEdit, b: TextEdit): boolean {
  return spansOverlap(a.range.start.line, a.range.start.character, a.range.end.line, a.range.end.character,
    b.range.start.line, b.range.start.character, b.range.end.line, b.range.end.character);
}

/** The order of an accepted span and an edit, as `compare` orders edits. */
function compareSpans(startLine: number, startCharacter: number, endLine: number, endCharacter: number, edit: TextEdit): number {
  return startLine - edit.range.start.line || startCharacter - edit.range.start.character
    || endLine - edit.range.end.line || endCharacter - edit.range.end.character;
}

/**
 * The edits of several fixes applied together: a fix whose edits would clash with an earlier one's is
 * left out whole (it is offered again once the others are applied); identical edits count once, and a
 * fix shared by several findings (a renumbered run) counts once. Near-linear in the number of edits.
 */
export function combineFixes(fixes: readonly Fix[]): TextEdit[] {
  const accepted: TextEdit[] = [];
  const spans = new AcceptedSpans();
  const seenFixes = new Set<Fix>();
  for (const fix of fixes) {
    if (seenFixes.has(fix)) continue;
    seenFixes.add(fix);
    const edits = fix.edits;
    // Most fixes have one edit: no copy, no sort.
    const sorted = edits.length === 1 ? edits : [...edits].sort(compare);
    const fresh: TextEdit[] = [];
    let clash = false;
    for (let index = 0; index < sorted.length && !clash; index++) {
      const edit = sorted[index]!;
      const verdict = spans.classify(edit);
      if (verdict === 'same') continue;
      clash = verdict === 'overlap' || (fresh.length > 0 && editsOverlap(fresh[fresh.length - 1]!, edit));
      if (!clash) fresh.push(edit);
    }
    if (clash || !withinItself(fresh)) continue;
    for (const edit of fresh) {
      spans.add(edit);
      accepted.push(edit);
    }
  }
  return accepted.sort(compare);
}

/** Whether a fix's own sorted edits are disjoint: each starts at or after the furthest end before it. */
function withinItself(sorted: readonly TextEdit[]): boolean {
  let furthest: TextEdit['range']['end'] | undefined;
  for (const edit of sorted) {
    const start = edit.range.start;
    if (furthest && (start.line < furthest.line || (start.line === furthest.line && start.character < furthest.character))) return false;
    const end = edit.range.end;
    if (!furthest || end.line > furthest.line || (end.line === furthest.line && end.character > furthest.character)) furthest = end;
  }
  return true;
}
