/** Runs of sibling headings, as numbering-sequence and renumbering read them. */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { siblingRuns } from '../../server/src/service/editing/siblings';
import type { Heading, Report } from '../../server/src/service/model/document';
import { analyzeText } from '../../server/src/service/model/analyze';
import { longReportText } from '../helpers/arbitraries';

/** The children of a parent grouped as the definition says: consecutive siblings of one level. */
function expectedRuns(siblings: readonly Heading[]): Heading[][] {
  const runs: Heading[][] = [];
  for (const heading of siblings) {
    const last = runs[runs.length - 1];
    if (last && last[0]!.level === heading.level) last.push(heading);
    else runs.push([heading]);
  }
  return [...runs, ...siblings.flatMap((heading) => expectedRuns(heading.children))];
}

describe('sibling runs (fast-check)', () => {
  it('group each parent\'s consecutive children of one level, every heading once, in the order of their first lines', () => {
    let runsSeen = 0;
    fc.assert(fc.property(longReportText, (text) => {
      for (const report of analyzeText(text).document.reports as Report[]) {
        const runs = siblingRuns(report).map((run) => run.headings);
        const expected = expectedRuns(report.topHeadings).sort((a, b) => a[0]!.line - b[0]!.line);
        assert.deepEqual(runs.map((run) => run.map((heading) => heading.line)), expected.map((run) => run.map((heading) => heading.line)));
        runsSeen += runs.length;
      }
    }), { numRuns: 60 });
    assert.ok(runsSeen > 100, `only ${runsSeen} runs generated`);
  });
});
