/**
 * Real-copy shapes of issue 23 and SPEC 8 (test/fixtures/heldout, texts written for the tests in the
 * shapes real web pages, desktop copies, PDFs and flipbooks give): every report's profile and title,
 * the page chrome found with none false, the headings, every table row with its numbers, the findings
 * that must and must not be there (`*.truth.txt`, reviewed by hand); and the exact outline, findings,
 * tables and text after one "fix all" (`*.expected.*`, reviewed by hand).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { outlineText } from '../server/src/cli/outlineText';
import { createLanguageService } from '../server/src/service/languageService';
import { expectFile } from './helpers/expected';
import { applyFixAll } from './helpers/apply';
import { sourceOf } from './helpers/documents';
import { findingsText } from './helpers/findings';
import { HELDOUT, heldoutNames, measure } from './helpers/heldout';


/** The tables of a document as `part row: numbers` lines under each report's title. */
function tablesText(text: string): string {
  const document = createLanguageService().getDocument(sourceOf(text));
  return document.reports.map((report) => [
    `${report.title?.text ?? '（无标题）'} · ${report.profile.id}`,
    ...report.tables.flatMap((table) => [
      `  ${table.schema.id} [${table.startLine + 1}-${table.endLine + 1}]`,
      ...table.rows.map((row) => `    ${row.line + 1} ${row.schema.id}: ${row.cells.map((cell) => cell.value?.toString() ?? '-').join(' ')}`),
    ]),
  ].join('\n')).join('\n') + '\n';
}

describe('real copies of both reports (issue 23)', () => {
  const service = createLanguageService();
  for (const name of heldoutNames()) {
    describe(name, () => {
      const result = measure(name);
      it('chooses every report\'s profile and reads its title', () => {
        assert.deepEqual(result.profiles, result.expectedProfiles);
        assert.deepEqual(result.titles, result.expectedTitles);
      });
      it('finds every line of page chrome, and nothing else', () => {
        assert.deepEqual([result.chromeMissed, result.chromeFalse], [[], []]);
      });
      it('reads exactly the headings', () => {
        assert.deepEqual(result.headings, result.expectedHeadings);
      });
      it('reads every table row with its numbers', () => {
        assert.deepEqual(result.rowErrors, []);
      });
      it('reports what the truth names, and not what it rules out', () => {
        assert.deepEqual([result.presentMissing, result.absentFound], [[], []]);
      });
      it('has exactly the expected outline, tables, findings and fixed text', () => {
        const text = readFileSync(join(HELDOUT, name), 'utf8');
        const source = sourceOf(text, `file:///${name}`);
        const base = join(HELDOUT, name.replace(/\.txt$/, ''));
        expectFile(`${base}.expected.outline.txt`, outlineText(service.getOutline(source)));
        expectFile(`${base}.expected.tables.txt`, tablesText(text));
        expectFile(`${base}.expected.findings.txt`, findingsText(service.getFindings(source), text));
        const fixed = applyFixAll(text);
        assert.ok(fixed.rounds <= 1, `${fixed.rounds} rounds`);
        expectFile(`${base}.expected.fixed.txt`, fixed.text);
      });
    });
  }
});
