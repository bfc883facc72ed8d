import { format } from '../l10n';
import { sectionTopics } from '../profiles/matching';
import { headingName, headingRange } from '../model/ranges';
import type { Heading } from '../model/document';
import type { Check, Issue } from './types';

const WORDS = {
  description: { 'zh-cn': '格式固定的报告（政府信息公开工作年度报告）中，部分的先后顺序与格式规定的不同', en: 'In a report of fixed format (the disclosure report), the parts are not in the format\'s order' },
  explanation: {
    'zh-cn': '**部分的顺序**：《政府信息公开工作年度报告格式》规定了六个部分的顺序：总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，政府信息公开行政复议、行政诉讼情况，存在的主要问题及改进情况，其他需要报告的事项。',
    en: '**Order of the parts**: the disclosure report\'s format fixes the order of its six parts: overview, proactive disclosure, requests, reconsideration and litigation, problems and improvements, other matters.',
  },
  message: { 'zh-cn': '“{part}”应排在“{before}”之前（格式规定的顺序）', en: '"{part}" comes before "{before}" in the format\'s order' },
};

export const sectionOrder: Check = {
  id: 'section-order',
  kind: 'structure',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  run({ document, locale }) {
    const issues: Issue[] = [];
    for (const report of document.reports) {
      if (!report.profile.topicsInOrder) continue;
      const tops = report.topHeadings;
      // The part furthest on in the format's order met so far, and its heading.
      let furthest = -1;
      let furthestHeading: Heading | undefined;
      sectionTopics(report.profile, report).forEach((topics, index) => {
        if (topics.length === 0) return;
        // A section covering several parts stands where the first of them goes.
        const part = report.profile.topics.indexOf(topics[0]!);
        const heading = tops[index]!;
        if (part < furthest && furthestHeading) {
          issues.push({
            range: headingRange(heading),
            message: format(WORDS.message, locale, { part: headingName(document, heading), before: headingName(document, furthestHeading) }),
          });
        } else if (part > furthest) {
          furthest = part;
          furthestHeading = heading;
        }
      });
    }
    return issues;
  },
};
