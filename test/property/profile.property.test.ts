/** Required-section topics of generated reports, against the definition read off the outline tree. */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { missingTopics, sectionTopics, topicsOfTitle } from '../../server/src/service/profiles/matching';
import type { Topic } from '../../server/src/service/profiles/schema';
import { DEFAULT_PROFILE as ANNUAL_REPORT_PROFILE } from '../../server/src/service/profiles/registry';
import type { Heading } from '../../server/src/service/model/document';
import { analyzeText } from '../../server/src/service/model/analyze';
import { longReportText } from '../helpers/arbitraries';

const TOPICS = ANNUAL_REPORT_PROFILE.topics;
const FALLBACK = TOPICS.find((topic) => topic.coversUnmatchedSections)!;

/** The topics a section covers: its own heading's and every heading's under it. */
function coveredTopics(heading: Heading): Set<Topic> {
  const topics = new Set(topicsOfTitle(ANNUAL_REPORT_PROFILE, heading.title));
  for (const child of heading.children) for (const topic of coveredTopics(child)) topics.add(topic);
  return topics;
}

describe('required-section topics (fast-check)', () => {
  it('count each top-level section for the topics it and the headings under it name, its own heading naming the fallback topic when it names none', () => {
    let missingSeen = 0;
    fc.assert(fc.property(longReportText, (text) => {
      for (const report of analyzeText(text).document.reports) {
        const bySection = report.topHeadings.map((heading) => {
          const topics = coveredTopics(heading);
          if (topicsOfTitle(ANNUAL_REPORT_PROFILE, heading.title).length === 0) topics.add(FALLBACK);
          return topics;
        });
        assert.deepEqual(sectionTopics(ANNUAL_REPORT_PROFILE, report),
          bySection.map((topics) => TOPICS.filter((topic) => topics.has(topic))));
        const missing = TOPICS.filter((topic) => bySection.every((topics) => !topics.has(topic)));
        assert.deepEqual(missingTopics(ANNUAL_REPORT_PROFILE, report), missing);
        missingSeen += missing.length;
      }
    }), { numRuns: 60 });
    assert.ok(missingSeen > 20, `only ${missingSeen} missing topics generated`);
  });
});
