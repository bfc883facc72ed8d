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

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return compare(a, b) === 0 && a.newText === b.newText;
}

/** Whether two edits touch the same text (two insertions at one point also conflict). */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  const [first, second] = compare(a, b) <= 0 ? [a, b] : [b, a];
  const firstEnd = first.range.end;
  const secondStart = second.range.start;
  if (firstEnd.line !== secondStart.line) return firstEnd.line > secondStart.line;
  if (firstEnd.character !== secondStart.character) return firstEnd.character > secondStart.character;
  const empty = (edit: TextEdit) => edit.range.start.line === edit.range.end.line && edit.range.start.character === edit.range.end.character;
  return empty(first) && empty(second);
}

/**
 * The edits of several fixes applied together: a fix whose edits would clash with an earlier one's is
 * left out whole (it is offered again once the others are applied); identical edits count once.
 */
export function combineFixes(fixes: readonly Fix[]): TextEdit[] {
  const accepted: TextEdit[] = [];
  for (const fix of fixes) {
    const fresh = fix.edits.filter((edit) => !accepted.some((taken) => sameEdit(taken, edit)));
    if (fresh.some((edit, index) => accepted.some((taken) => overlaps(taken, edit))
      || fresh.some((other, otherIndex) => otherIndex !== index && overlaps(other, edit)))) continue;
    accepted.push(...fresh);
  }
  return accepted.sort(compare);
}
