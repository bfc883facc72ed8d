/**
 * Every seed report against its expected outline (`*.outline.txt`, reviewed by hand), and every
 * numbered line of every seed against an independent oracle of SPEC 2.2's markers.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { outlineText } from '../server/src/cli/outlineText';
import type { OutlineNode } from '../server/src/service/features/outline';
import { createLanguageService } from '../server/src/service/languageService';
import { expectFile } from './helpers/expected';
import { FIXTURES, seeds, sourceOf } from './helpers/documents';
import { findingsText } from './helpers/findings';
import { applyFixAll } from './helpers/apply';

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

      it('has exactly the expected diagnostics', () => {
        expectFile(join(FIXTURES, 'expected', name.replace(/\.txt$/, '.diagnostics.txt')), findingsText(service.getFindings(sourceOf(text, `file:///${name}`)), text));
      });

      it('has no numbering-sequence finding', () => {
        assert.deepEqual(service.getFindings(sourceOf(text, `file:///${name}`)).filter((finding) => finding.code === 'numbering-sequence'), []);
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

describe('seed findings named in the review', () => {
  const service = createLanguageService();
  const findingsIn = (prefix: string, code: string) => {
    const [name, text] = seeds().find(([seedName]) => seedName.startsWith(prefix))!;
    return service.getFindings(sourceOf(text, `file:///${name}`)).filter((finding) => finding.code === code);
  };
  const lines = (findings: readonly { range: { start: { line: number } } }[]) => findings.map((finding) => finding.range.start.line + 1);

  it('seed 000: the 1、 markers of two reports (区财政局, 区农业农村局)', () => {
    const findings = findingsIn('000', 'numbering-punctuation');
    assert.deepEqual(lines(findings), [278, 279, 280, 281, 282, 283, 285, 286, 287, 366, 367, 368, 369, 370]);
    const service = createLanguageService();
    const [, text] = seeds().find(([seedName]) => seedName.startsWith('000'))!;
    const reports = service.getDocument(sourceOf(text, 'file:///000-reports')).reports;
    const owners = new Set(findings.map((finding) => reports.find((report) => finding.range.start.line >= report.startLine && finding.range.start.line <= report.endLine)!.title!.text));
    assert.deepEqual([...owners], ['区财政局2023年法治政府建设年度报告', '区农业农村局2023年度法治政府建设年度报告']);
  });

  it('seed 002: the half-width (一)…(八) markers and the web chrome', () => {
    assert.deepEqual(lines(findingsIn('002', 'bracket-width')), [17, 21, 31, 37, 43, 47, 55, 65]);
    assert.deepEqual(lines(findingsIn('002', 'web-residue')), [1, 2, 3, 5, 6, 8, 9, 10, 11, 78, 79, 80, 82]);
  });

  it('seed 003: every D standing in for 党, and the material-site advertisements', () => {
    const substitutes = findingsIn('003', 'substitute-character');
    assert.equal(substitutes.length, 59);
    assert.ok(substitutes.every((finding) => finding.fix!.edits[0]!.newText === '党'));
    assert.deepEqual(lines(findingsIn('003', 'web-residue')), [83, 171, 172, 173, 174, 177]);
  });
});

/**
 * The shapes of real copies (SPEC 8), one document each, written for the tests: page chrome of many
 * shapes with a page heading echoing the title, traditional characters, markers read by their place
 * (一) under 一、, page-chunk markers), a report run on in one line. Each with its expected outline,
 * findings and the text after one "fix all" (`test/fixtures/copies/*`), reviewed by hand.
 */
describe('real-copy shapes', () => {
  const service = createLanguageService();
  const folder = join(FIXTURES, 'copies');
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.fzbg') && !file.endsWith('.fixed.fzbg')).sort()) {
    it(name, () => {
      const text = readFileSync(join(folder, name), 'utf8');
      const source = sourceOf(text, `file:///${name}`);
      const base = join(folder, name.replace(/\.fzbg$/, ''));
      expectFile(`${base}.outline.txt`, outlineText(service.getOutline(source)));
      expectFile(`${base}.diagnostics.txt`, findingsText(service.getFindings(source), text));
      const fixed = applyFixAll(text);
      assert.ok(fixed.rounds <= 1, `${fixed.rounds} rounds`);
      expectFile(`${base}.fixed.fzbg`, fixed.text);
    });
  }
});
