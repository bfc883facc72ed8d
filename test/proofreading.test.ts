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
import { parseSettings } from '../server/src/service/settings';
import { CHECK_IDS, PROOFREADING_CHECK_IDS } from '../server/src/service/checks/registry';
import type { CheckId } from '../server/src/service/checks/types';
import { createLanguageService } from '../server/src/service/languageService';
import { analyzeText } from '../server/src/service/model/analyze';
import { EXPRESSION_ENTRIES } from '../server/src/service/checks/fixedExpression';
import type { ListEntry } from '../server/src/service/checks/text/findings';
import { WORD_ENTRIES } from '../server/src/service/checks/wordUsage';
import { applyEdits, applyFixAll, findingsOf } from './helpers/apply';
import { FIXTURES, seed, sourceOf } from './helpers/documents';

const TITLE = '县司法局2023年法治政府建设年度报告';
const textFindings = (text: string) => findingsOf(text).filter((finding) => PROOFREADING_CHECK_IDS.includes(finding.code));
/** Only the proofreading checks on: what their fixes do, apart from the structure checks'. */
const proofreadingOnly = parseSettings({ checks: Object.fromEntries(CHECK_IDS.filter((id) => !PROOFREADING_CHECK_IDS.includes(id)).map((id) => [id, 'off'])) });

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
    const before = new Set(service.getFindings(sourceOf(original, 'file:///injected', ++version))
      .filter((finding) => finding.range.start.line === line).map((finding) => finding.code + finding.message + finding.range.start.character));
    return service.getFindings(sourceOf(edited, 'file:///injected', ++version))
      .filter((finding) => finding.range.start.line === line && PROOFREADING_CHECK_IDS.includes(finding.code) && !before.has(finding.code + finding.message + finding.range.start.character));
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

/**
 * Defects of every kind SPEC 3.2 and issue 26 name, each in a sentence of its own, beside look-alikes
 * that are right and must get no proofreading finding at all.
 */
describe('defects by kind beside their look-alikes', () => {
  const lineFindings = (line: string) => textFindings(`${TITLE}\n${line}\n`).filter((finding) => finding.range.start.line === 1);
  const defects: [string, CheckId][] = [
    ['全年办结行政复议案件312件,群众满意度较高。', 'punctuation-width'],
    ['坚持依法行政;推进法治政府建设。', 'punctuation-width'],
    ['主要做法如下:一是加强学习。', 'punctuation-width'],
    ['组织召开专题会议(学习党的二十大精神)。', 'punctuation-width'],
    ['是否完成年度任务?已全部完成。', 'punctuation-width'],
    ['进一步完善工作机制.', 'punctuation-width'],
    ['完成《合法性审查报告》(2023)的编制。', 'punctuation-width'],
    ['印发实施方案(2022-2025)。', 'punctuation-width'],
    ['完善机制﹐推进建设。', 'punctuation-width'],
    ['深入开展"双随机、一公开"监管。', 'quote-style'],
    ['落实“谁执法谁普法"责任制。', 'quote-style'],
    ['学习《行政处罚法等法律法规。', 'unpaired-mark'],
    ['全年办结案件312件。。', 'repeated-punctuation'],
    ['开展普法宣传，，取得成效。', 'repeated-punctuation'],
    ['开展宪法、民法典...等主题宣传。', 'ellipsis-dash'],
    ['开展宪法、民法典……等主题宣传。', 'ellipsis-dash'],
    ['落实2021-2025年规划。', 'ellipsis-dash'],
    ['完成2021年-2023年工作规划。', 'ellipsis-dash'],
    ['全年办结案件 312 件。', 'stray-space'],
    ['2021 年以来，我局坚持依法行政。', 'stray-space'],
    ['推进法治政 府建设，取得明显成效。', 'stray-space'],
    ['全年办结案件３１２件。', 'fullwidth-alnum'],
    ['群众满意度达98.97﹪。', 'compatibility-form'],
    ['截止2023年底，已全部办结。', 'word-usage'],
    ['认真布署相关工作。', 'word-usage'],
    ['建立行政执法台帐。', 'word-usage'],
    ['好象还存在不足。', 'word-usage'],
    ['会议研究做出决定。', 'word-usage'],
    ['计划于2023年年底前完成。', 'word-usage'],
    ['即要加强学习，又要提高能力。', 'confusable-word'],
    ['象春风一样温暖人心。', 'confusable-word'],
    ['认真的组织开展普法活动。', 'confusable-word'],
    ['问题发现的及时，整改到位。', 'confusable-word'],
    ['推进的的工作取得成效。', 'doubled-character'],
    ['在在全市推广经验。', 'doubled-character'],
    ['进一步步完善工作机制。', 'doubled-character'],
    ['加强工作作，取得成效。', 'doubled-character'],
    ['推进法制政府建设。', 'fixed-expression'],
    ['深入学习习近平法制思想。', 'fixed-expression'],
    ['增强四个意识，坚定四个自信。', 'fixed-expression'],
    ['深入开展八五普法。', 'fixed-expression'],
    ['落实《法治政府建设实施纲要(2021-2025年)》。', 'fixed-expression'],
    ['深入学习党的20大精神。', 'number-form'],
    ['群众满意度达百分之九十八点九七。', 'number-form'],
    ['开展执法检查一十二次。', 'number-form'],
    ['共计办结三百二十一件。', 'number-form'],
  ];
  const lookalikes: string[] = [
  '全年办结案件1,058件，受理时间为8:30至17:30。',
  '访问网址https://www.example.gov.cn/a,b查询。',
  '使用English words, like this: fine.',
  '他问：“isn\'t it?”我说是的。',
  '请查阅附件报告(定稿).docx。',
  '今天很开心:)',
  '文件保存在/home/user/报告,2023/目录下。',
  '1.加强学习，增长3.5%，版本v1.2。',
  '开展“学宪法 讲宪法”活动。',
  '序号 姓名 职务 单位',
  '1 张三 局长 司法局',
  '学宪法 讲宪法 用宪法',
  '中共青山镇委员会 青山镇人民政府',
  '青山区人民政府 2019年12月3日星期二',
  '申报截止日期为3月1日。',
  '活动于5月截止。',
  '落实法制审核制度。',
  '增强“四个意识”。',
  '深入开展“八五”普法。',
  '一是加强学习，二是强化宣传。',
  '编制十四五规划。',
  '三分之一的案件当场办结。',
  '百分之百满意。',
  '召开第十二次会议。',
  '办结案件三十余件。',
  '十九届四中全会精神。',
  '立即要求整改，随即又作部署。',
  '既要加强学习又要提高能力。',
  '这种现象一样存在，形象一样重要。',
  '好像亲人一样。',
  '工作得到有效的推进。',
  '发挥积极的推动作用。',
  '认真地组织学习。',
  '发现的问题全部整改。',
  '的的确确，实实在在。',
  '为了了解情况。',
  '常常，人人，研究研究，一一对应。',
  '加强工作作风建设，对工作作出部署。',
  '深入学习习近平法治思想。',
  'XX市市场监督管理局。',
  '每年年底开展总结。',
  '作出决定，做出的成绩。',
  '编号2023-0012-2024年。',
  '《法治政府建设实施纲要（2021—2025年）》。',
  ];

  for (const [line, code] of defects) {
    it(`${code}: ${line}`, () => {
      assert.ok(lineFindings(line).some((finding) => finding.code === code), lineFindings(line).map((finding) => finding.code).join(', ') || 'nothing');
    });
  }

  it('reports none of the look-alikes', () => {
    assert.deepEqual(lookalikes.flatMap((line) => lineFindings(line).map((finding) => `${line}: ${finding.code} ${finding.message}`)), []);
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

describe('fix-all on PDF copies', () => {
  it('a quoted expression with a PDF blank inside its quotes, its closing quote wrapped onto the next line, is not quoted again', () => {
    // Seed 001's sentence as a PDF gives it: `“ 关键少数` at a line's end, `”` on the next.
    const text = `${TITLE}\n坚持抓住领导干部这个“ 关键少数\n”，继续贯彻落实法治相关要求。深入推行行政执法“ 三项\n制度 ”。\n`;
    assert.deepEqual(textFindings(text).filter((finding) => finding.code === 'fixed-expression'), []);
    assert.equal(applyFixAll(text, proofreadingOnly).text,
      `${TITLE}\n坚持抓住领导干部这个“关键少数\n”，继续贯彻落实法治相关要求。深入推行行政执法“三项\n制度”。\n`);
  });
});

describe('marks a PDF page break splits', () => {
  it('pairs a mark opened before a page\'s number and closed after it, over the form feed and blank lines', () => {
    // As pdftotext gives seed 001 exported and printed: the page number, a blank line, the next page after a form feed.
    const text = `${TITLE}\n认真学习宣传贯彻落实国务\n院办公厅《关于进一步规范行政裁量权基准制定和管理工作的意\n—2—\n\n\f见》，进一步加强执法。\n`;
    assert.deepEqual(textFindings(text).filter((finding) => finding.code === 'unpaired-mark'), []);
    // A mark that is never closed is still reported, page break or not.
    const unclosed = text.replace('见》', '见');
    assert.deepEqual(textFindings(unclosed).filter((finding) => finding.code === 'unpaired-mark').map((finding) => finding.range.start), [{ line: 2, character: 4 }]);
  });

  it('pairs marks nested across a wrap, and a title wrapped over three lines (seeds 002 and 004 printed and read by pdftotext)', () => {
    const unpaired = (text: string) => textFindings(text).filter((finding) => finding.code === 'unpaired-mark').map((finding) => finding.range.start);
    assert.deepEqual(unpaired(`${TITLE}\n3.深化创建“无证明城市”。制定印发《深化全区镇街“无\n证明城市”创建工作方案》，持续推进创建。\n`), []);
    assert.deepEqual(unpaired(`${TITLE}\n和《国务院\n办公厅关于全面推行行政执法公示制度执法全过程记录制度重大\n执法决定法制审核制度的指导意见》等。\n`), []);
    // Closers in the wrong order pair with nothing; a sentence's end between stops the pairing.
    assert.deepEqual(unpaired(`${TITLE}\n制定印发《深化全区镇街“无\n证明城市》创建工作方案”，持续推进。\n`), [{ line: 1, character: 4 }, { line: 1, character: 11 }, { line: 2, character: 4 }, { line: 2, character: 11 }]);
    assert.deepEqual(unpaired(`${TITLE}\n和《国务院\n办公厅关于全面推行行政执法公示制度。\n执法决定法制审核制度的指导意见》等。\n`), [{ line: 1, character: 1 }, { line: 3, character: 15 }]);
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
    const codes = (allowedWords: string[]) => service.getFindings(sourceOf(text), parseSettings({ allowedWords }))
      .filter((finding) => PROOFREADING_CHECK_IDS.includes(finding.code)).map((finding) => finding.code);
    assert.deepEqual(codes([]), ['word-usage', 'punctuation-width']);
    assert.deepEqual(codes(['截止2023']), ['punctuation-width']);
    assert.deepEqual(codes(['底,我', '截止']), []);
    assert.deepEqual(codes(['.*', '截止\\d+']), ['word-usage', 'punctuation-width']);
  });
});
