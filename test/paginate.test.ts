/**
 * The preview's pagination (the layout broken into lines of 28 characters and pages of 22 lines):
 * line-breaking rules, nothing lost, and the page counts of the seeds (which the render test
 * compares with LibreOffice's PDF of the Word export).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { lineBreaks } from '../server/src/service/layout/lineBreaks';
import { paginate } from '../server/src/service/layout/paginate';
import { createLanguageService } from '../server/src/service/languageService';
import { FIXTURES, seeds, sourceOf } from './helpers/documents';

const service = createLanguageService();
const pagesOf = (text: string) => service.getPreview(sourceOf(text)).pages;
const lineTexts = (text: string) => pagesOf(text).flatMap((page) => page.items.map((item) => (item.kind === 'line' ? item.segments.map((segment) => segment.text).join('') : '')));
/** The body's characters: 16 pt condensed by 0.25 pt. */
const BODY = { size: 16, spacing: -0.25 };

describe('preview pagination', () => {
  it('breaks body text into lines of 28 characters, 26 after the first-line indent', () => {
    const body = '依'.repeat(60);
    assert.deepEqual(lineTexts(`县司法局2023年法治政府建设年度报告\n${body}`).slice(2).map((line) => line.length), [26, 28, 6]);
  });

  it('keeps closing marks off the start of a line (hanging the one that overflows) and opening marks off its end', () => {
    // The 27th character after a 2-character indent is a comma: it hangs at the end of the first line.
    assert.deepEqual(lineBreaks([...`${'甲'.repeat(26)}，乙乙`], 26, 28, BODY), [27, 29]);
    // An opening quote that would end the line goes with what it opens.
    assert.deepEqual(lineBreaks([...`${'甲'.repeat(25)}“乙乙”`], 26, 28, BODY), [25, 29]);
    // A closing quote overflowing hangs; an ellipsis that would start the next line takes the character before it along.
    assert.deepEqual(lineBreaks([...`${'甲'.repeat(26)}”乙`], 26, 28, BODY), [27, 28]);
    assert.deepEqual(lineBreaks([...`${'甲'.repeat(26)}……乙`], 26, 28, BODY), [25, 29]);
    // Numbers and Latin words are not split; a Times New Roman digit is a little more than half a character (8 pt of 15.75).
    assert.deepEqual(lineBreaks([...`${'甲'.repeat(22)}2023年`], 26, 28, BODY), [27]);
    assert.deepEqual(lineBreaks([...`${'甲'.repeat(24)}2023年`], 26, 28, BODY), [24, 29]);
    assert.deepEqual(lineBreaks([...`${'甲'.repeat(25)}12345678`], 26, 28, BODY), [25, 33]);
  });

  it('never loses or repeats a character, and no line is wider than it may be', () => {
    const chars = fc.constantFrom('甲', '，', '。', '“', '”', '（', '）', '2', 'a', 'A', ' ', '、');
    fc.assert(fc.property(fc.array(chars, { maxLength: 200 }), fc.integer({ min: 4, max: 28 }), (list, first) => {
      const ends = lineBreaks(list, first, 28, BODY);
      let start = 0;
      for (const end of ends) {
        assert.ok(end > start, 'an empty line');
        start = end;
        while (start < list.length && list[start] === ' ') start++;
      }
      assert.equal(start, list.length);
    }), { numRuns: 300 });
  });

  it('puts each report of a compilation on a new page, 22 lines a page at most, numbered on', () => {
    const report = (name: string) => `${name}2023年法治政府建设年度报告\n${'依法行政，推进建设。\n'.repeat(30)}`;
    const pages = pagesOf(report('县司法局') + report('县公安局'));
    assert.deepEqual(pages.map((page) => [page.number, page.report, page.items.length]), [[1, 0, 22], [2, 0, 10], [3, 1, 22], [4, 1, 10]]);
  });

  it('gives the seeds the page counts of their Word export', () => {
    assert.deepEqual(seeds().map(([name, text]) => [name.slice(0, 3), paginate(service.getLayout(sourceOf(text, name))).length]),
      [['000', 189], ['001', 5], ['002', 9], ['003', 44], ['004', 8]]);
  });

  it('keeps a heading whole on the page of the paragraph after it', () => {
    // Title, blank and 19 lines of text fill 21 lines: the heading would be the 22nd, its text on the next page.
    const text = `县司法局2023年法治政府建设年度报告\n${'依法行政。\n'.repeat(19)}一、主要举措\n推进建设。\n`;
    const pages = pagesOf(text);
    assert.equal(pages[0]!.items.length, 21);
    const first = pages[1]!.items[0]!;
    assert.equal(first.kind === 'line' ? first.segments.map((segment) => segment.text).join('') : '', '一、主要举措');
    // One line fewer above it: the heading and its first line fit, and stay.
    assert.equal(pagesOf(`县司法局2023年法治政府建设年度报告\n${'依法行政。\n'.repeat(18)}一、主要举措\n推进建设。\n`).length, 1);
  });

  it('repeats a table\'s header rows on the next page, splits no row, and continues a merged label there', () => {
    const table = readFileSync(join(FIXTURES, 'xinxi', 'pipe-rows.txt'), 'utf8');
    const pages = pagesOf(table);
    const fragments = pages.flatMap((page) => page.items.filter((item) => item.kind === 'table'));
    const requests = fragments.filter((fragment) => fragment.rows[0]!.cells[0]!.text.startsWith('（本列数据的勾稽关系'));
    assert.ok(requests.length >= 2, `${requests.length} pages of the requests table`);
    for (const fragment of requests) assert.deepEqual(fragment.rows.slice(0, 3).map((row) => row.cells[0]!.text), ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '自然人', '商业企业']);
    // Every row once, whole, besides the repeated headers.
    const rows = requests.flatMap((fragment, index) => fragment.rows.slice(index === 0 ? 0 : 3));
    const layoutTable = service.getLayout(sourceOf(table)).reports[0]!.blocks.filter((block) => block.kind === 'table')[1]!;
    assert.equal(rows.length, layoutTable.kind === 'table' ? layoutTable.rows.length : 0);
    // A group label cut by the page's end covers its rows on each page: empty on the next one.
    const second = requests[1]!;
    const continued = second.rows[3]!.cells[0]!;
    assert.deepEqual([continued.text, continued.column], ['', 0]);
    for (const fragment of requests) {
      fragment.rows.forEach((row, index) => {
        for (const cell of row.cells) assert.ok(index + cell.rows <= fragment.rows.length, 'a merged cell past its page');
      });
    }
  });
});
