/**
 * Invariants of the checks and their fixes on arbitrary report-like text: every range lies inside
 * the document, fixes settle, a fixed problem is not offered again, and apart from section insertion
 * a fix only changes markers, residue, substitute letters, years, dates and enumerator numerals, and
 * the proofreading fixes only punctuation, blanks, the width of letters and digits, and listed words.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Range } from 'vscode-languageserver-types';
import type { Finding } from '../../server/src/service/checks/types';
import { analyzeText } from '../../server/src/service/model/analyze';
import { splitLines } from '../../server/src/service/model/text';
import { EXPRESSION_ENTRIES } from '../../server/src/service/checks/fixedExpression';
import { WORD_ENTRIES } from '../../server/src/service/checks/wordUsage';
import { applyEdits, applyFixAll, findingsOf } from '../helpers/apply';
import { mixedNumberingText, reportText } from '../helpers/arbitraries';

function assertInside(range: Range, lines: readonly string[]): void {
  for (const position of [range.start, range.end]) {
    assert.ok(position.line >= 0 && position.line < lines.length && position.character >= 0 && position.character <= lines[position.line]!.length,
      `position ${position.line}:${position.character} outside the document`);
  }
}

/**
 * The text with what fixes may change taken out: heading markers, residue lines, title echoes and scraper
 * markers, substitute letters (read as what they stand for), years, signature dates, the final
 * punctuation of headings, enumerator numerals, blanks and line breaks (a break restored where a copy
 * lost it changes where lines end, never a character of the text).
 */
function ordinaryLines(text: string): string[] {
  const { document } = analyzeText(text);
  const signatureDates = new Set(document.reports.flatMap((report) => (report.signature ? [report.signature.dateLine] : [])));
  const echoes = new Set(document.titleEchoes);
  const headings = new Map(document.headings.map((heading) => [heading.line, heading]));
  const kept: string[] = [];
  document.lines.forEach((line, index) => {
    if (line.residue || signatureDates.has(index) || echoes.has(index)) return;
    let content = line.text;
    const cuts: [number, number, string][] = [];
    for (const mark of line.marks) {
      if (mark.kind === 'scraper' || mark.kind === 'enumerator') cuts.push([mark.start, mark.end, '']);
      if (mark.kind === 'substitute') cuts.push([mark.start, mark.end, mark.replacement]);
    }
    // A numbered line read as a heading in one text and as a table row in the other keeps its text: its marker may change either way.
    const marker = headings.get(index)?.marker ?? line.heading?.marker;
    if (marker) cuts.push([marker.start, marker.end, '']);
    for (const [start, end, replacement] of cuts.sort((a, b) => b[0] - a[0])) content = content.slice(0, start) + replacement + content.slice(end);
    content = foldWidth(content).replace(/(?:19|20)\d{2}/g, '').replace(/[。；，;,]?[\s\u3000\u00a0\ufeff]*$/, '').replace(/^[\s\u3000\u00a0\ufeff]+/, '');
    if (content.length > 0) kept.push(content);
  });
  return kept;
}

/**
 * The words of the ordinary text: the proofreading fixes change punctuation, blanks, the width of
 * letters and digits and the words of the lists, so the comparison is made on Chinese characters,
 * letters and digits, full-width ones folded, with the lists' replacements made on both sides.
 */
function ordinaryText(text: string): string {
  let words = ordinaryLines(text).join('')
    .replace(/党的(\d\d)大/g, (_match, digits: string) => `党的${congressNumeral(Number(digits))}大`);
  for (const entry of [...WORD_ENTRIES, ...EXPRESSION_ENTRIES]) words = words.split(wordsOnly(entry.wrong)).join(wordsOnly(entry.right));
  return wordsOnly(words);
}

function foldWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

function wordsOnly(text: string): string {
  return text.replace(/[^\p{Script=Han}A-Za-z0-9]+/gu, '');
}

function congressNumeral(value: number): string {
  const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  return `${value >= 20 ? digits[Math.floor(value / 10)] : ''}十${digits[value % 10]}`;
}

describe('fix invariants (fast-check)', () => {
  it('findings, related places and fix edits lie inside the document', () => {
    fc.assert(fc.property(reportText, (text) => {
      const lines = splitLines(text);
      for (const finding of findingsOf(text)) {
        assertInside(finding.range, lines);
        for (const place of finding.related ?? []) assertInside(place.range, lines);
        for (const edit of finding.fix?.edits ?? []) assertInside(edit.range, lines);
        assert.ok(finding.message.length > 0);
      }
    }), { numRuns: 300 });
  });

  it('one "fix all" leaves nothing that "fix all" would change', () => {
    fc.assert(fc.property(reportText, (text) => {
      const { text: fixed, rounds } = applyFixAll(text);
      assert.ok(rounds <= 1, `${rounds} rounds`);
      assert.equal(findingsOf(fixed).filter((finding) => finding.fix?.safe).length, 0);
    }), { numRuns: 300 });
  });

  it('one "fix all" settles numbering that restarts, continues and slips across parents, as one renumbering does', () => {
    fc.assert(fc.property(mixedNumberingText, (text) => {
      const { text: fixed, rounds } = applyFixAll(text);
      assert.ok(rounds <= 1, `${rounds} rounds`);
      assert.deepEqual(findingsOf(fixed).filter((finding) => finding.code === 'numbering-sequence'), []);
    }), { numRuns: 300 });
  });

  it('a fixed problem is gone afterwards: from its place, or look-alike problems are fewer', () => {
    fc.assert(fc.property(reportText, (text) => {
      const findings = findingsOf(text);
      const alike = (list: typeof findings, finding: Finding) => list.filter((other) => other.code === finding.code && other.message === finding.message);
      for (const finding of findings) {
        if (!finding.fix?.safe || finding.fix.edits.length === 0) continue;
        const after = alike(findingsOf(applyEdits(text, finding.fix.edits)), finding);
        const stillThere = after.some((other) => JSON.stringify(other.range) === JSON.stringify(finding.range));
        // Fixing one run of numbers can end a continuation a later run relied on: that one is flagged in its own place.
        assert.ok(!stillThere || after.length < alike(findings, finding).length, `${finding.code}: ${finding.message}`);
      }
    }), { numRuns: 150 });
  });

  it('safe fixes keep all ordinary text', () => {
    fc.assert(fc.property(reportText, (text) => {
      assert.equal(ordinaryText(applyFixAll(text).text), ordinaryText(text));
      for (const finding of findingsOf(text)) {
        if (finding.fix?.safe) assert.equal(ordinaryText(applyEdits(text, finding.fix.edits)), ordinaryText(text), finding.code);
      }
    }), { numRuns: 200 });
  });

  it('settles in one round where a fix changes what another verdict measures (counterexamples of random runs)', () => {
    for (const [text, fixed] of [
      // Two commas make a numbered paragraph, one a heading: a doubled comma counts once, as the proofreading leaves it.
      ['一、甲,  ，\n', '一、甲\n'],
      // `ＡＢ` made ASCII still touches the X run: it was a word before the fix, too.
      ['一、ＡＢ12ＸＸ\n', '一、AB12XX\n'],
      // A straight quote closes the curly one it pairs with, as quote-style will make it: the blank after ends the title at once.
      ['一、“重点"一 一渡过难关……等八五普法\n', '一、“重点”一\n一渡过难关等“八五”普法\n'],
      // A wrapped heading's length counts words, not the `……` the ellipsis fix drops.
      ['一、……等2021-2025年 一一一一一一渡过难关\n一一\n', '一、等2021-2025年\n一一一一一一渡过难关\n一一\n'],
      // A blank after a half-width `)` goes with punctuation-width's `）`, not with the heading's final marks.
      ['一、(说明) 。。\n', '一、（说明）\n'],
      // A 一、 after a line cut mid-word is a PDF's wrap whatever that line's length, which the fixes of its marks change.
      ['一、\n,,……等2021~2025年\n一、\n', '一、\n，等2021~2025年\n一、\n'],
    ]) assert.deepEqual(applyFixAll(text!), { text: fixed, rounds: 1 }, text);
    // A time after words is a sentence's, not a site's clock: `……等8:30` keeps its line when the ellipsis goes.
    assert.equal(ordinaryText(applyFixAll('……等8:30\n').text), ordinaryText('……等8:30\n'));
  });

  it('settles in one round and keeps the ordinary text on the counterexamples random runs found', () => {
    // A blank inside a title mark still open ends no heading title: no break there that would move text out of the 《.
    // (The blank, between Chinese words of a heading, is a hint only; a 《 never closed makes no quotation of what follows.)
    const titleMark = '一、《一一一 23年八五普法一一一一一\n';
    assert.deepEqual(applyFixAll(titleMark), { text: '一、《一一一 23年“八五”普法一一一一一\n', rounds: 1 });
    // `2、` before a year is not made `2.` in fix-all: `2.2022年` would be a decimal, and the heading lost.
    const beforeYear = '2、、、2022年以来，\n';
    assert.equal(ordinaryText(applyFixAll(beforeYear).text), ordinaryText(beforeYear));
    assert.equal(findingsOf(beforeYear).find((finding) => finding.code === 'numbering-punctuation')!.fix!.safe, false);
    // Page chrome between a title and a short line is no boundary: deleting it does not make the title repeated below an echo only then.
    const chromeAboveEcho = '青山县2023年政府信息公开工作年度报告\n  • 来源: 某市人民政府\n1.5\n青山县2023年政府信息公开工作年度报告\n';
    assert.deepEqual(applyFixAll(chromeAboveEcho), { text: '青山县2023年政府信息公开工作年度报告\n1.5\n', rounds: 1 });
    // Nor is chrome between a short line and a title a boundary: the title reads the same before and after the chrome goes.
    const chromeInTitle = '一\n无障碍版\nXX市市场监督管理局2023年法治政府建设年度报告\nXX市市场监督管理局2023年法治政府建设年度报告\n';
    const residueFix = findingsOf(chromeInTitle).find((finding) => finding.code === 'web-residue' && finding.range.start.line === 1)!;
    assert.equal(ordinaryText(applyEdits(chromeInTitle, residueFix.fix!.edits)), ordinaryText(chromeInTitle));
    // A title repeated in a report is a second report only where numbering of a level the report has already starts again: renumbering never decides it.
    for (const repeated of [
      'XX市市场监督管理局2023年法治政府建设年度报告\n一\nXX市市场监督管理局2023年法治政府建设年度报告\n二、2022年存在的不足\n',
      '青山县2023年政府信息公开工作年度报告\n(2)\n青山县2023年政府信息公开工作年度报告\n2、\n',
    ]) {
      for (const finding of findingsOf(repeated)) {
        if (finding.fix?.safe) assert.equal(ordinaryText(applyEdits(repeated, finding.fix.edits)), ordinaryText(repeated), `${finding.code} in ${repeated}`);
      }
    }
  });

  it('section insertion keeps every line of a numbered table row that the inserted part turns into a heading', () => {
    const text = '一、其他需要报告的情况。\n（七）总计 5 1 0 0 0 - 6\n一、本年新收政府信息公开申请数量 | 58 | 6 | 0 | 0 | 2 | 0 | 66\n';
    const before = ordinaryLines(text);
    for (const finding of findingsOf(text).filter((found) => found.code === 'missing-section')) {
      const after = ordinaryLines(applyEdits(text, finding.fix!.edits));
      assert.deepEqual(after.filter((line) => before.includes(line)), before, finding.message);
    }
  });

  it('section insertion only adds lines (and moves the numbers after them)', () => {
    fc.assert(fc.property(reportText, (text) => {
      const before = ordinaryLines(text);
      for (const finding of findingsOf(text)) {
        if (finding.code !== 'missing-section') continue;
        const after = ordinaryLines(applyEdits(text, finding.fix!.edits));
        let next = 0;
        for (const line of after) if (line === before[next]) next++;
        assert.equal(next, before.length, 'an original line went missing');
      }
    }), { numRuns: 150 });
  });
});
