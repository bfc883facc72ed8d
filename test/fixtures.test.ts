/**
 * Every seed report against its expected outline (`*.outline.txt`, reviewed by hand), and every
 * numbered line of every seed against an independent oracle of SPEC 2.2's markers.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { outlineText } from '../server/src/cli/outlineText';
import type { OutlineNode } from '../server/src/service/features/outline';
import { createLanguageService } from '../server/src/service/languageService';
import { FIXTURES, seeds, sourceOf } from './helpers/documents';

const ORACLE: readonly [number, RegExp][] = [
  [1, /^[一二三四五六七八九十]+[、.．，,)）]/],
  [2, /^[（(][一二三四五六七八九十]+[）)]/],
  [3, /^\d{1,2}[.、．，](?!\d)/],
  [4, /^[（(]\d{1,2}[）)]/],
  [5, /^[①-⑳]/],
];

function flatten(nodes: readonly OutlineNode[]): OutlineNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

describe('seed reports', () => {
  const service = createLanguageService();
  for (const [name, text] of seeds()) {
    describe(name, () => {
      const outline = service.getOutline(sourceOf(text, `file:///${name}`));
      const nodes = flatten(outline);

      it('has exactly the expected outline', () => {
        const expected = readFileSync(join(FIXTURES, 'expected', name.replace(/\.txt$/, '.outline.txt')), 'utf8');
        assert.equal(outlineText(outline), expected);
      });

      it('has a heading at its level for every numbered line outside the contents, and no other', () => {
        const contents = nodes.find((node) => node.kind === 'contents');
        const continuations = new Set(nodes.filter((node) => node.selectionRange.end.line > node.selectionRange.start.line)
          .map((node) => node.selectionRange.end.line));
        const expected: string[] = [];
        text.split(/\r\n|\r|\n/).forEach((line, index) => {
          if (contents && index >= contents.range.start.line && index <= contents.range.end.line) return;
          if (continuations.has(index)) return;
          const trimmed = line.replace(/^[\s\u3000\u00a0]+/, '');
          const level = ORACLE.find(([, pattern]) => pattern.test(trimmed))?.[0];
          if (level !== undefined) expected.push(`${index}:${level}`);
        });
        const actual = nodes.filter((node) => node.kind === 'heading').map((node) => `${node.range.start.line}:${node.level}`);
        assert.deepEqual(actual, expected);
      });
    });
  }

  it('separates the 24 reports of seed 000 and the 7 of seed 003 under their compilations', () => {
    for (const [prefix, count, contentsLines] of [['000', 24, [2, 30]], ['003', 7, [3, 14]]] as const) {
      const [name, text] = seeds().find(([seedName]) => seedName.startsWith(prefix))!;
      const [compilation, ...rest] = service.getOutline(sourceOf(text, `file:///${name}`));
      assert.equal(rest.length, 0);
      assert.equal(compilation!.kind, 'compilation');
      const [contents, ...reports] = compilation!.children;
      assert.deepEqual([contents!.kind, contents!.range.start.line, contents!.range.end.line], ['contents', ...contentsLines]);
      assert.equal(reports.length, count);
      assert.ok(reports.every((report) => report.kind === 'report'));
    }
  });
});
