/** Assertions that every range a feature returns lies inside the document. */
import { strict as assert } from 'node:assert';
import type { Position, Range } from 'vscode-languageserver-types';

export function assertPositionInside(position: Position, lines: readonly string[], what: string): void {
  assert.ok(Number.isInteger(position.line) && position.line >= 0 && position.line < lines.length, `${what}: line ${position.line} outside ${lines.length} lines`);
  assert.ok(Number.isInteger(position.character) && position.character >= 0 && position.character <= lines[position.line]!.length,
    `${what}: character ${position.character} outside line ${position.line}`);
}

export function assertRangeInside(range: Range, lines: readonly string[], what: string): void {
  assertPositionInside(range.start, lines, what);
  assertPositionInside(range.end, lines, what);
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  assert.ok(ordered, `${what}: start after end`);
}
