/**
 * One fixture document per check (test/fixtures/checks/<id>.fzbg), holding findings and look-alike
 * non-findings; `<id>.expected.txt` lists exactly what the check finds, with ranges and fixes, and
 * `<id>.fixed.fzbg` is the text once its fixes are applied one by one. Both were reviewed by hand.
 * UPDATE_EXPECTED=1 rewrites them (then review the diff).
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKS, CHECK_IDS, PROOFREADING_CHECK_IDS } from '../server/src/service/checks/registry';
import { Settings, parseSettings } from '../server/src/service/settings';
import { expectFile } from './helpers/expected';
import { applyFixAll, applyFixesOneByOne, findingsOf } from './helpers/apply';
import { FIXTURES } from './helpers/documents';
import { findingsText } from './helpers/findings';

const FOLDER = join(FIXTURES, 'checks');


/** Settings with only this check on (and the fixture's own settings, if it has some). */
function onlyCheck(id: string): Settings {
  const settingsFile = join(FOLDER, `${id}.settings.json`);
  const own = existsSync(settingsFile) ? JSON.parse(readFileSync(settingsFile, 'utf8')) : {};
  return parseSettings({ ...own, checks: Object.fromEntries(CHECK_IDS.map((other) => [other, other === id ? 'warning' : 'off'])) });
}

describe('checks on their fixtures', () => {
  it('the registry holds every check of SPEC 3 once, in order, the proofreading ones (SPEC 3.2) last', () => {
    const proofreading = [
      'punctuation-width', 'quote-style', 'unpaired-mark', 'repeated-punctuation', 'ellipsis-dash', 'stray-space', 'fullwidth-alnum', 'compatibility-form',
      'word-usage', 'confusable-word', 'doubled-character', 'fixed-expression', 'number-form', 'stale-year',
    ];
    assert.deepEqual(CHECK_IDS, [
      'numbering-sequence', 'numbering-punctuation', 'bracket-width', 'level-skip', 'heading-punctuation',
      'inline-enumeration', 'missing-section', 'section-year', 'placeholder', 'substitute-character', 'web-residue', 'line-break',
      'missing-title', 'date-format', 'toc-mismatch', 'section-count', 'section-order', 'report-period', 'table-sum', 'table-shape',
      'stated-total', ...proofreading,
    ]);
    assert.deepEqual(PROOFREADING_CHECK_IDS, proofreading);
  });

  for (const check of CHECKS) {
    describe(check.id, () => {
      const text = readFileSync(join(FOLDER, `${check.id}.fzbg`), 'utf8');
      const settings = onlyCheck(check.id);
      const defaults = parseSettings({ ...settings, checks: Object.fromEntries(CHECK_IDS.filter((other) => other !== check.id).map((other) => [other, 'off'])) });

      it('finds exactly the expected problems, with ranges, severities and fixes', () => {
        expectFile(join(FOLDER, `${check.id}.expected.txt`), findingsText(findingsOf(text, defaults), text));
      });

      it('has fixes that give the expected text and then offer nothing more', function () {
        if (!check.fix) return this.skip();
        const { text: fixed, rounds } = applyFixesOneByOne(text, check.id, settings);
        assert.ok(rounds > 0, 'the fixture offers no fix');
        expectFile(join(FOLDER, `${check.id}.fixed.fzbg`), fixed);
        assert.equal(applyFixesOneByOne(fixed, check.id, settings).rounds, 0);
      });

      it('"fix all" gives the same text as fixing one by one (safe fixes only)', function () {
        const offered = findingsOf(text, settings).filter((finding) => finding.fix);
        if (offered.length === 0 || !offered.every((finding) => finding.fix!.safe)) return this.skip();
        assert.equal(applyFixAll(text, settings).text, applyFixesOneByOne(text, check.id, settings).text);
      });
    });
  }
});
