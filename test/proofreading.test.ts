/**
 * The proofreading checks (SPEC 3.2) as a whole: the word lists entry by entry, no finding on a
 * corpus of correct text (the seeds after fix-all, the rest corrected by hand), precision and
 * recall on defects injected into that corpus, and what fix-all changes in the seeds.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import expressions from '../server/src/service/data/expressions.json';
import words from '../server/src/service/data/words.json';
import { parseSettings } from '../server/src/service/checks/settings';
import { CHECK_IDS, CheckId, TEXT_CHECK_IDS } from '../server/src/service/checks/types';
import { createLanguageService } from '../server/src/service/languageService';
import { analyzeText } from '../server/src/service/model/analyze';
import { EXPRESSION_ENTRIES } from '../server/src/service/checks/fixedExpression';
import type { ListEntry } from '../server/src/service/checks/text/findings';
import { WORD_ENTRIES } from '../server/src/service/checks/wordUsage';
import { applyEdits, applyFixAll, findingsOf } from './helpers/apply';
import { FIXTURES, seed, sourceOf } from './helpers/documents';

const TITLE = '县司法局2023年法治政府建设年度报告';
const textFindings = (text: string) => findingsOf(text).filter((finding) => TEXT_CHECK_IDS.includes(finding.code));
/** Only the proofreading checks on: what their fixes do, apart from the structure checks'. */
const proofreadingOnly = parseSettings({ checks: Object.fromEntries(CHECK_IDS.filter((id) => !TEXT_CHECK_IDS.includes(id)).map((id) => [id, 'off'])) });

describe('word lists', () => {
  const cases: [string, CheckId, readonly ListEntry[]][] = [['words.json', 'word-usage', WORD_ENTRIES], ['expressions.json', 'fixed-expression', EXPRESSION_ENTRIES]];
  for (const [file, code, entries] of cases) {
    it(`${file}: every wrong form is found where it stands, and its fix writes the right form`, () => {
      for (const entry of entries) {
        // An entry that counts only before or after some words gets the first of them (`0-9`: a date, a year).
        const followedBy = (entry as { followedBy?: string[] }).followedBy?.[0]?.replace('0-9', '2023年底') ?? '';
        const precededBy = (entry as { precededBy?: string[] }).precededBy?.[0]?.replace('0-9', '2023') ?? '';
        const line = `我局在${precededBy}${entry.wrong}${followedBy}推进工作。`;
        const found = findingsOf(`${TITLE}\n${line}\n`).filter((finding) => finding.code === code);
        assert.equal(found.length, 1, `${entry.wrong}: ${found.length} findings`);
        const start = 3 + precededBy.length;
        assert.deepEqual([found[0]!.range.start.character, found[0]!.range.end.character], [start, start + entry.wrong.length], entry.wrong);
        assert.equal(found[0]!.fix!.safe, entry.safe, entry.wrong);
        assert.equal(found[0]!.severity === 'hint', entry.hint === true, entry.wrong);
        assert.equal(applyEdits(line, found[0]!.fix!.edits.map((edit) => ({ ...edit, range: { start: { ...edit.range.start, line: 0 }, end: { ...edit.range.end, line: 0 } } }))),
          `我局在${precededBy}${entry.right}${followedBy}推进工作。`);
        assert.ok(found[0]!.explanation!.length > 0, `${entry.wrong} has a note`);
      }
    });

    it(`${file}: no right form, and none of the forms that must never be reported, is reported`, () => {
      const right = entries.map((entry) => `我局在${entry.right}推进工作。`);
      const never = (file === 'words.json' ? words : expressions).neverReported.map((form) => `我局${form}，推进工作。`);
      assert.deepEqual(textFindings([TITLE, ...right, ...never].join('\n')).map((finding) => `${finding.code} ${finding.message}`), []);
    });
  }
});

describe('the clean corpus (the seeds after fix-all, corrected by hand)', () => {
  const folder = join(FIXTURES, 'clean');
  for (const name of readdirSync(folder).sort()) {
    it(`${name}: no proofreading finding`, () => {
      const text = readFileSync(join(folder, name), 'utf8');
      assert.deepEqual(textFindings(text).map((finding) => `${finding.range.start.line + 1} ${finding.code} ${finding.message}`), []);
    });
  }
});

/**
 * Every kind of defect of SPEC 3.2, injected one at a time into sentences of the clean corpus:
 * recall is the share of injections reported by their check at their place, precision the share of
 * new findings that are the injected defect.
 */
describe('defects injected into the clean corpus', () => {
  const service = createLanguageService();
  let version = 0;
  const corpus = readdirSync(join(FIXTURES, 'clean')).sort().map((name) => readFileSync(join(FIXTURES, 'clean', name), 'utf8'));
  /** A defect: where it can go in a line (the index of a match), and the line with it. */
  interface Injection { readonly code: CheckId; readonly find: RegExp; readonly inject: (line: string, at: number, match: string) => string; readonly findings?: number }
  const injections: Injection[] = [
    { code: 'punctuation-width', find: /[\u4e00-\u9fff]，[\u4e00-\u9fff]/g, inject: (line, at) => `${line.slice(0, at + 1)},${line.slice(at + 2)}` },
    { code: 'punctuation-width', find: /[\u4e00-\u9fff]；[\u4e00-\u9fff]/g, inject: (line, at) => `${line.slice(0, at + 1)};${line.slice(at + 2)}` },
    // Two straight quotes: a finding each.
    { code: 'quote-style', find: /“[\u4e00-\u9fff]{2,8}”/g, inject: (line, at, match) => `${line.slice(0, at)}"${match.slice(1, -1)}"${line.slice(at + match.length)}`, findings: 2 },
    { code: 'unpaired-mark', find: /《[^《》]{2,30}》/g, inject: (line, at, match) => `${line.slice(0, at)}${match.slice(0, -1)}${line.slice(at + match.length)}` },
    { code: 'repeated-punctuation', find: /[\u4e00-\u9fff]。/g, inject: (line, at) => `${line.slice(0, at + 2)}。${line.slice(at + 2)}` },
    { code: 'ellipsis-dash', find: /[\u4e00-\u9fff]等/g, inject: (line, at) => `${line.slice(0, at + 1)}……${line.slice(at + 1)}` },
    { code: 'stray-space', find: /[\u4e00-\u9fff][0-9]/g, inject: (line, at) => `${line.slice(0, at + 1)} ${line.slice(at + 1)}` },
    { code: 'stray-space', find: /[0-9][\u4e00-\u9fff]/g, inject: (line, at) => `${line.slice(0, at + 1)} ${line.slice(at + 1)}` },
    { code: 'fullwidth-alnum', find: /[\u4e00-\u9fff][0-9]+[\u4e00-\u9fff]/g, inject: (line, at, match) => `${line.slice(0, at + 1)}${[...match.slice(1, -1)].map((digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0)).join('')}${line.slice(at + match.length - 1)}` },
    { code: 'word-usage', find: /截至/g, inject: (line, at) => `${line.slice(0, at)}截止${line.slice(at + 2)}` },
    { code: 'word-usage', find: /部署/g, inject: (line, at) => `${line.slice(0, at)}布署${line.slice(at + 2)}` },
    { code: 'fixed-expression', find: /法治政府/g, inject: (line, at) => `${line.slice(0, at)}法制政府${line.slice(at + 4)}` },
    { code: 'number-form', find: /党的二十大/g, inject: (line, at) => `${line.slice(0, at)}党的20大${line.slice(at + 5)}` },
  ];
  const newFindings = (original: string, edited: string, line: number) => {
    const before = new Set(service.getFindings(sourceOf(original, 'file:///injected', ++version)).filter((finding) => finding.range.start.line === line).map((finding) => finding.code + finding.message + finding.range.start.character));
    return service.getFindings(sourceOf(edited, 'file:///injected', ++version))
      .filter((finding) => finding.range.start.line === line && TEXT_CHECK_IDS.includes(finding.code) && !before.has(finding.code + finding.message + finding.range.start.character));
  };

  it('finds every injected defect and nothing else', function () {
    let injected = 0;
    let recalled = 0;
    let reported = 0;
    const misses: string[] = [];
    for (const injection of injections) {
      let count = 0;
      for (const text of corpus) {
        const lines = text.split('\n');
        const model = analyzeText(text).document;
        for (let line = 0; line < lines.length && count < 12; line++) {
          // Paragraphs: titles, headings, contents entries and signatures are other checks' business.
          const info = model.lines[line]!;
          if (info.heading || info.reportTitle || info.contentsEntry || info.residue || info.date || info.organization) continue;
          const content = lines[line]!;
          const match = [...content.matchAll(injection.find)][0];
          if (!match) continue;
          const edited = [...lines.slice(0, line), injection.inject(content, match.index!, match[0]), ...lines.slice(line + 1)].join('\n');
          const found = newFindings(text, edited, line);
          count++;
          injected++;
          // A defect reported several times (two quotes) counts once on each side.
          reported += found.length / (injection.findings ?? 1);
          if (found.some((finding) => finding.code === injection.code)) recalled++;
          if (found.length !== (injection.findings ?? 1) || found.some((finding) => finding.code !== injection.code)) misses.push(`${injection.code} in "${content.slice(Math.max(0, match.index! - 8), match.index! + 12)}": ${found.map((finding) => finding.code).join(', ') || 'nothing'}`);
        }
      }
      assert.ok(count >= 3, `${injection.code}: only ${count} places to inject`);
    }
    const precision = recalled / Math.max(1, reported);
    const recall = recalled / injected;
    this.test!.title += ` (${injected} injections: recall ${(recall * 100).toFixed(1)}%, precision ${(precision * 100).toFixed(1)}%)`;
    assert.deepEqual(misses, []);
  });
});

describe('fix-all on the seeds', () => {
  /** Walks the original and the fixed text together: what may differ is `allowed` (original → fixed characters) and removed blanks. */
  function changes(original: string, fixed: string, allowed: Readonly<Record<string, string>>): string[] {
    const unexpected: string[] = [];
    let a = 0;
    let b = 0;
    while (a < original.length || b < fixed.length) {
      const from = original[a];
      const to = fixed[b];
      if (from === to) { a++; b++; continue; }
      if (from !== undefined && to !== undefined && allowed[from]?.includes(to)) { a++; b++; continue; }
      if (from === ' ') { a++; continue; }
      unexpected.push(`${a}: ${JSON.stringify(original.slice(a - 10, a + 10))} → ${JSON.stringify(fixed.slice(b - 10, b + 10))}`);
      break;
    }
    return unexpected;
  }
  const widths = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '?': '？', '!': '！', '-': '—', '"': '“”' };

  it('seed 002: no half-width punctuation left in Chinese, nothing else changed', () => {
    const original = seed('002');
    const fixed = applyFixAll(original, proofreadingOnly).text;
    assert.deepEqual(changes(original, fixed, widths), []);
    assert.deepEqual(findingsOf(fixed).filter((finding) => finding.code === 'punctuation-width'), []);
    // 176 half-width commas before; the one left is in the page's leave-site prompt, web residue that fix-all deletes.
    assert.deepEqual([(original.match(/,/g) ?? []).length, (fixed.match(/,/g) ?? []).length], [176, 1]);
    assert.ok(fixed.includes('门户网站”,是否继续'));
  });

  it('seed 004: the PDF blanks go, the U+3000 indents stay', () => {
    const original = seed('004');
    const fixed = applyFixAll(original, proofreadingOnly).text;
    assert.deepEqual(changes(original, fixed, widths), []);
    assert.deepEqual(findingsOf(fixed).filter((finding) => finding.code === 'stray-space'), []);
    assert.equal(fixed.split('\u3000').length, original.split('\u3000').length);
    assert.ok(fixed.includes('2021年以来') && fixed.includes('在岗人员2名') && !original.includes('在岗人员2名'));
  });
});

describe('proofreading in the editor', () => {
  const text = `${TITLE}\n截止2023年底,我局共办结案件。\n`;

  it('hovers explain a finding with its standard, and a list entry with its source', () => {
    const service = createLanguageService();
    const onComma = service.getHover(sourceOf(text), { line: 1, character: 8 });
    assert.match((onComma!.contents as { value: string }).value, /^\*\*标点用全角\*\*.*GB\/T 15834—2011 第5章/);
    assert.deepEqual(onComma!.range, { start: { line: 1, character: 8 }, end: { line: 1, character: 9 } });
    const onWord = (service.getHover(sourceOf(text), { line: 1, character: 1 })!.contents as { value: string }).value.split('\n\n');
    assert.equal(onWord.length, 2);
    assert.match(onWord[0]!, /^\*\*误用词\*\*/);
    assert.match(onWord[1]!, /^“截至”表示到某一时间为止.*《现代汉语词典》第7版。$/);
    const english = createLanguageService({ locale: 'en' }).getHover(sourceOf(text), { line: 1, character: 1 });
    assert.match((english!.contents as { value: string }).value, /^\*\*Misused word\*\*[\s\S]*《现代汉语词典》, 7th ed\.$/);
  });

  it('offers "不再提示" on each word finding when the client can add allowed words, once per word, and never on a mark', () => {
    const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 12 } };
    const withCommand = createLanguageService({ allowWordCommand: 'fazhiReport.allowWord' }).getCodeActions(sourceOf(text), range, undefined, ['quickfix']);
    assert.deepEqual(withCommand.map((action) => [action.title, action.command?.arguments]), [
      ['改为“截至”', undefined], ['改为“，”', undefined], ['修复全部可自动修复的问题', undefined],
      ['不再提示“截止2023”', ['截止2023']],
    ]);
    const without = createLanguageService().getCodeActions(sourceOf(text), range, undefined, ['quickfix']);
    assert.deepEqual(without.map((action) => action.title), ['改为“截至”', '改为“，”', '修复全部可自动修复的问题']);
  });

  it('leaves out what fazhiReport.allowedWords holds, as literal strings', () => {
    const service = createLanguageService();
    const codes = (allowedWords: string[]) => service.getFindings(sourceOf(text), parseSettings({ allowedWords })).filter((finding) => TEXT_CHECK_IDS.includes(finding.code)).map((finding) => finding.code);
    assert.deepEqual(codes([]), ['word-usage', 'punctuation-width']);
    assert.deepEqual(codes(['截止2023']), ['punctuation-width']);
    assert.deepEqual(codes(['底,我', '截止']), []);
    assert.deepEqual(codes(['.*', '截止\\d+']), ['word-usage', 'punctuation-width']);
  });
});
