/** Every handler of the service on generated reports: no exception, and every range inside the document. */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { DEFAULT_SETTINGS } from '../../server/src/service/settings';
import { SEVERITIES } from '../../server/src/service/severity';
import { toDiagnostic } from '../../server/src/service/features/diagnostics';
import { createLanguageService } from '../../server/src/service/languageService';
import { splitLines } from '../../server/src/service/model/text';
import { reportText } from '../helpers/arbitraries';
import { sourceOf } from '../helpers/documents';
import { assertRangeInside } from '../helpers/ranges';

describe('handler invariants (fast-check)', () => {
  const service = createLanguageService();
  let version = 0;

  it('no handler throws and every range lies inside the document, for any request range', () => {
    const position = fc.record({ line: fc.integer({ min: -2, max: 80 }), character: fc.integer({ min: -2, max: 200 }) });
    fc.assert(fc.property(reportText, position, position, (text, start, end) => {
      const lines = splitLines(text);
      const source = sourceOf(text, 'file:///handlers', ++version);
      for (const diagnostic of service.getDiagnostics(source)) assertRangeInside(diagnostic.range, lines, 'diagnostic');
      for (const action of service.getCodeActions(source, { start, end })) {
        for (const change of action.edit?.documentChanges ?? []) {
          if ('edits' in change) for (const edit of change.edits) assertRangeInside(edit.range, lines, 'code action edit');
        }
      }
      for (const edit of [...service.getFixAllEdits(source), ...service.getRenumberEdits(source), ...service.getInsertSectionsEdits(source)]) {
        assertRangeInside(edit.range, lines, 'command edit');
      }
    }), { numRuns: 300 });
  });

  it('under any limit, the diagnostics are the notice and the most severe findings in document order, or all of them', () => {
    fc.assert(fc.property(reportText, fc.integer({ min: 0, max: 12 }), (text, limit) => {
      const source = sourceOf(text, 'file:///limited', ++version);
      const settings = { ...DEFAULT_SETTINGS, maxNumberOfProblems: limit };
      const findings = service.getFindings(source, settings);
      const diagnostics = service.getDiagnostics(source, settings);
      const all = findings.map((finding) => toDiagnostic(finding, source.uri));
      if (limit === 0 || findings.length <= limit) {
        assert.deepEqual(diagnostics, all);
        return;
      }
      assert.equal(diagnostics.length, limit);
      assert.equal(diagnostics[0]!.code, 'problems-limited');
      // The rest are a subsequence of all the findings (document order kept), matched greedily.
      const sent = diagnostics.slice(1).map((diagnostic) => JSON.stringify(diagnostic));
      const kept = findings.filter((_, index) => sent[0] === JSON.stringify(all[index]) && sent.shift() !== undefined);
      assert.equal(sent.length, 0);
      const leastKept = Math.max(...kept.map((finding) => SEVERITIES.indexOf(finding.severity)), 0);
      const mostLeftOut = Math.min(...findings.filter((finding) => !kept.includes(finding)).map((finding) => SEVERITIES.indexOf(finding.severity)));
      assert.ok(leastKept <= mostLeftOut, `${leastKept} > ${mostLeftOut}`);
    }), { numRuns: 300 });
  });
});
