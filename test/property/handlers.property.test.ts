/** Every handler of the service on generated reports: no exception, and every range inside the document. */
import fc from 'fast-check';
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
});
