/** Invariants of the outline and folding ranges on arbitrary report-like text. */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Position, Range } from 'vscode-languageserver-types';
import type { OutlineNode } from '../../server/src/service/features/outline';
import { createLanguageService } from '../../server/src/service/languageService';
import { splitLines } from '../../server/src/service/model/text';
import { reportText } from '../helpers/arbitraries';
import { sourceOf } from '../helpers/documents';

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const contains = (outer: Range, inner: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);

function assertInside(range: Range, lines: readonly string[], what: string): void {
  for (const position of [range.start, range.end]) {
    assert.ok(position.line >= 0 && position.line < lines.length, `${what}: line ${position.line} outside ${lines.length} lines`);
    assert.ok(position.character >= 0 && position.character <= lines[position.line]!.length, `${what}: character outside line`);
  }
  assert.ok(before(range.start, range.end), `${what}: start after end`);
}

function checkNode(node: OutlineNode, parent: Range | undefined, lines: readonly string[]): void {
  assert.ok(node.name.trim().length > 0, 'empty name');
  assertInside(node.range, lines, `range of ${node.name}`);
  assertInside(node.selectionRange, lines, `selectionRange of ${node.name}`);
  assert.ok(contains(node.range, node.selectionRange), `selectionRange outside range for ${node.name}`);
  if (parent) assert.ok(contains(parent, node.range), `${node.name} outside its parent`);
  assert.ok(node.kind !== 'heading' || (node.level >= 1 && node.level <= 5));
  for (const child of node.children) checkNode(child, node.range, lines);
}

describe('outline invariants (fast-check)', () => {
  const service = createLanguageService();
  // Each generated text is a new version of the same document, as while typing.
  let version = 0;

  it('every symbol has a name and selectionRange ⊆ range ⊆ parent ⊆ document', () => {
    fc.assert(fc.property(reportText, (text) => {
      const lines = splitLines(text);
      for (const node of service.getOutline(sourceOf(text, 'file:///property', ++version))) checkNode(node, undefined, lines);
    }), { numRuns: 400 });
  });

  it('folding ranges lie inside the document and span more than one line', () => {
    fc.assert(fc.property(reportText, (text) => {
      const lineCount = splitLines(text).length;
      for (const range of service.getFoldingRanges(sourceOf(text, 'file:///property', ++version))) {
        assert.ok(range.startLine >= 0 && range.startLine < range.endLine && range.endLine < lineCount);
      }
    }), { numRuns: 400 });
  });

  it('an edited version gives the same model as a fresh analysis of the same text', () => {
    fc.assert(fc.property(reportText, reportText, (first, second) => {
      const incremental = createLanguageService();
      incremental.getOutline(sourceOf(first, 'file:///a', 1));
      const edited = incremental.getOutline(sourceOf(second, 'file:///a', 2));
      assert.deepEqual(edited, createLanguageService().getOutline(sourceOf(second, 'file:///b', 1)));
    }), { numRuns: 200 });
  });
});
