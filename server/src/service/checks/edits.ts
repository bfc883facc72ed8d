/** Text edits on the model's lines, and applying a set of fixes without conflicts. */
import type { TextEdit } from 'vscode-languageserver-types';
import { range } from '../features/ranges';
import type { ReportDocument } from '../model/document';
import type { Fix } from './types';

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

/** A position as one number that orders as positions do (lines stay far below 2^21, characters below 2^32). */
function offsetKey(position: TextEdit['range']['start']): number {
  return position.line * 0x1_0000_0000 + position.character;
}

/** Whether the spans [start, end) touch the same text; two insertions at one point also conflict. */
function spansOverlap(start: number, end: number, otherStart: number, otherEnd: number): boolean {
  return (start < otherEnd && otherStart < end) || (start === end && otherStart === otherEnd && start === otherStart);
}

/**
 * The accepted edits as disjoint spans sorted by start (and so by end): an overlap query is a binary
 * search, and fixes arrive roughly in document order, so insertions are mostly appends.
 */
class AcceptedSpans {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Index of the first span ending at or after `position`. */
  private firstEndingFrom(position: number): number {
    let low = 0;
    let high = this.ends.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.ends[middle]! < position) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  overlaps(start: number, end: number): boolean {
    // Spans past `end` start after it; the ones visited before that are few, as accepted spans are disjoint.
    for (let index = this.firstEndingFrom(start); index < this.starts.length && this.starts[index]! <= end; index++) {
      if (spansOverlap(start, end, this.starts[index]!, this.ends[index]!)) return true;
    }
    return false;
  }

  add(start: number, end: number): void {
    let index = this.starts.length;
    while (index > 0 && (this.starts[index - 1]! > start || (this.starts[index - 1] === start && this.ends[index - 1]! > end))) index--;
    this.starts.splice(index, 0, start);
    this.ends.splice(index, 0, end);
  }
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
  const seenEdits = new Set<string>();
  const editKey = (edit: TextEdit) => `${offsetKey(edit.range.start)},${offsetKey(edit.range.end)},${edit.newText}`;
  for (const fix of fixes) {
    if (seenFixes.has(fix)) continue;
    seenFixes.add(fix);
    const fresh = fix.edits.filter((edit) => !seenEdits.has(editKey(edit))).sort(compare);
    let clash = false;
    let previousEnd = -1;
    let previousStart = -1;
    for (const edit of fresh) {
      const start = offsetKey(edit.range.start);
      const end = offsetKey(edit.range.end);
      // Sorted by start: an edit overlaps an earlier one of the same fix only if it starts before their furthest end.
      if (start < previousEnd || (start === end && start === previousStart && previousStart === previousEnd) || spans.overlaps(start, end)) {
        clash = true;
        break;
      }
      previousEnd = Math.max(previousEnd, end);
      previousStart = start;
    }
    if (clash) continue;
    for (const edit of fresh) {
      spans.add(offsetKey(edit.range.start), offsetKey(edit.range.end));
      seenEdits.add(editKey(edit));
      accepted.push(edit);
    }
  }
  return accepted.sort(compare);
}
