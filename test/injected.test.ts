/**
 * Defects injected into otherwise unchanged seed reports: each injection yields exactly the finding
 * it should, and nothing else changes.
 */
import { strict as assert } from 'node:assert';
import type { Finding } from '../server/src/service/checks/types';
import { createLanguageService } from '../server/src/service/languageService';
import { seed, sourceOf } from './helpers/documents';

const service = createLanguageService();
let version = 0;
const key = (finding: Finding) => `${finding.range.start.line + 1}:${finding.range.start.character + 1}-${finding.range.end.line + 1}:${finding.range.end.character + 1} ${finding.code}`;
const findings = (text: string) => service.getFindings(sourceOf(text, 'file:///injected', ++version)).map(key);

/** The findings the edited text has and the original has not. */
function added(original: string, edited: string): string[] {
  const before = new Set(findings(original));
  return findings(edited).filter((finding) => !before.has(finding));
}

function replaceLine(text: string, line: number, edit: (content: string) => string): string {
  const lines = text.split('\n');
  lines[line - 1] = edit(lines[line - 1]!);
  return lines.join('\n');
}

describe('defects injected into the seeds', () => {
  const seed001 = seed('001');
  const seed003 = seed('003');
  const seed004 = seed('004');

  const cases: [string, string, string, string[]][] = [
    ['a skipped level-2 number', seed001, replaceLine(seed001, 9, (line) => line.replace('（五）', '（六）')), ['9:1-9:4 numbering-sequence']],
    ['a level-2 number skipped and then repeated', seed001, replaceLine(seed001, 7, (line) => line.replace('（三）', '（四）')),
      ['7:1-7:4 numbering-sequence', '8:1-8:4 numbering-sequence']],
    ['a repeated level-1 number', seed001, replaceLine(seed001, 12, (line) => line.replace('三、', '二、')), ['12:1-12:3 numbering-sequence']],
    ['a non-canonical delimiter', seed001, replaceLine(seed001, 10, (line) => line.replace('二、', '二．')), ['10:1-10:3 numbering-punctuation']],
    ['a half-width bracket', seed001, replaceLine(seed001, 13, (line) => line.replace('（一）', '(一）')), ['13:1-13:4 bracket-width']],
    ['a wrong plan year', seed001, replaceLine(seed001, 12, (line) => line.replace('2024', '2023')), ['12:3-12:7 section-year']],
    ['a placeholder', seed001, replaceLine(seed001, 8, (line) => line.replace('96件', 'XX件')), []],
    ['a pasted share button', seed004, replaceLine(seed004, 2, () => '分享到：'), ['2:1-2:5 web-residue']],
    ['a D for 党', seed004, replaceLine(seed004, 89, (line) => line.replace('召开党委会', '召开D委会')), []],
    ['a zero-padded date', seed004, replaceLine(seed004, 93, () => '2021年12月05日'), ['93:1-93:12 date-format']],
    // The report now starts at its first paragraph, where its missing-section findings move too.
    ['a removed title', seed001, replaceLine(seed001, 1, () => ''), ['3:1-3:160 missing-section', '3:1-3:160 missing-section', '3:1-3:160 missing-title']],
    ['a heading ending in 。', seed004, replaceLine(seed004, 65, (line) => `${line}。`), ['65:8-65:9 heading-punctuation']],
    ['a level-3 heading under level 1', seed004, replaceLine(seed004, 11, () => '1.加强学习宣传'), ['11:1-11:3 level-skip']],
    ['三是 turned into 四是: a skip, then a repeat', seed001, replaceLine(seed001, 11, (line) => line.replace('三是', '四是')),
      ['11:92-11:94 inline-enumeration', '11:118-11:120 inline-enumeration']],
    ['a contents entry out of order', seed003, seed003.replace('县公安局2023年法治政府建设工作报告\t23\n县司法局2023年法治政府建设工作报告\t34', '县司法局2023年法治政府建设工作报告\t34\n县公安局2023年法治政府建设工作报告\t23'), ['14:1-14:23 toc-mismatch']],
  ];

  for (const [what, original, edited, expected] of cases) {
    it(what, function () {
      const found = added(original, edited);
      if (expected.length > 0) return assert.deepEqual(found, expected);
      // Where the exact column depends on the seed's text, check the code and line only.
      assert.equal(found.length, 1, found.join('; '));
      this.test!.title += ` → ${found[0]}`;
    });
  }
});
