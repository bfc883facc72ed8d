import { format } from '../l10n';
import { contentRange, titleRange } from '../model/ranges';
import { lazyFix } from '../editing/edits';
import { missingTopics } from '../profiles/matching';
import { insertSections } from '../editing/sectionInsertion';
import type { Check, Issue } from './types';

const WORDS = {
  description: { 'zh-cn': '报告缺少规定的必备部分（法治政府建设年度报告：《法治政府建设与责任落实督察工作规定》第二十五条；政府信息公开工作年度报告：国办公开办函〔2021〕30号）', en: 'A part the rules for the report require is missing (rule-of-law report: 2019 regulation, art. 25; disclosure report: format of 国办公开办函〔2021〕30号)' },
  fix: { 'zh-cn': '在相应位置插入带编号的章节框架', en: 'Insert a numbered section skeleton at its place' },
  message: { 'zh-cn': '本报告缺少“{topic}”部分', en: 'This report has no section on {topic}' },
  fixTitle: { 'zh-cn': '插入“{topic}”章节框架', en: 'Insert a section on {topic}' },
};

export const missingSection: Check = {
  id: 'missing-section',
  kind: 'structure',
  description: WORDS.description,
  defaultSeverity: 'warning',
  fix: WORDS.fix,
  run({ document, locale }) {
    const issues: Issue[] = [];
    for (const report of document.reports) {
      const profile = report.profile;
      const at = report.title ? titleRange(report.title) : contentRange(document, report.startLine);
      for (const topic of missingTopics(profile, report)) {
        const values = { topic: topic.name[locale] };
        issues.push({
          range: at,
          severity: topic.severity,
          message: format(WORDS.message, locale, values),
          fix: lazyFix(format(WORDS.fixTitle, locale, values), false, () => insertSections(document, report, profile, [topic], locale)),
        });
      }
    }
    return issues;
  },
};
