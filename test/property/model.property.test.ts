/** The document model classifies each line the same way, however the line's characters are read. */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyzeText } from '../../server/src/service/model/analyze';
import { classifyLine } from '../../server/src/service/model/lineInfo';
import { splitLines } from '../../server/src/service/model/text';
import { longReportText, reportLine } from '../helpers/arbitraries';

describe('document model (fast-check)', () => {
  it('splits lines at LF, CRLF and CR exactly as the regular expression does', () => {
    const unit = fc.constantFrom('\n', '\n', '\r', '\r\n', 'a', '法', ' ', '');
    fc.assert(fc.property(fc.array(unit, { maxLength: 40 }).map((units) => units.join('')), (text) => {
      assert.deepEqual(splitLines(text), text.split(/\r\n|\r|\n/));
      const withoutCarriageReturns = text.replace(/\r/g, '');
      assert.deepEqual(splitLines(withoutCarriageReturns), withoutCarriageReturns.split('\n'));
    }), { numRuns: 300 });
  });

  it('classifies every line of a long text, read in one copy, as it classifies the line alone', () => {
    fc.assert(fc.property(longReportText, (text) => {
      assert.deepEqual(analyzeText(text).document.lines, splitLines(text).map((line) => classifyLine(line)));
    }), { numRuns: 60 });
  });

  it('classifies lines after an edit of one line as a fresh analysis does', () => {
    fc.assert(fc.property(longReportText, reportLine, fc.nat(), (text, replacement, at) => {
      const lines = text.split(/(?<=\r\n|\r(?!\n)|\n)/);
      const index = at % lines.length;
      const lineBreak = /\r\n|\r|\n$/.exec(lines[index]!)?.[0] ?? '';
      lines[index] = replacement.replace(/[\r\n]/g, '') + lineBreak;
      const edited = lines.join('');
      assert.deepEqual(analyzeText(edited, analyzeText(text).cache).document.lines, analyzeText(edited).document.lines);
    }), { numRuns: 60 });
  });

  it('classifies lines after an edit of many lines as a fresh analysis does', () => {
    fc.assert(fc.property(longReportText, longReportText, (first, second) => {
      const previous = analyzeText(first).cache;
      assert.deepEqual(analyzeText(second, previous).document.lines, analyzeText(second).document.lines);
    }), { numRuns: 40 });
  });
});
