import { format } from '../l10n';
import { contentRange } from '../model/ranges';
import type { Check } from './types';

const WORDS = {
  description: { 'zh-cn': '报告没有标题行', en: 'A report has no title line' },
  message: { 'zh-cn': '这篇报告没有标题；标题应写明单位、年度和文种，如“{example}”', en: 'This report has no title; the title names the body, the year and the kind of report, e.g. "{example}"' },
};

export const missingTitle: Check = {
  id: 'missing-title',
  kind: 'structure',
  description: WORDS.description,
  defaultSeverity: 'warning',
  run({ document, locale }) {
    return document.reports.filter((report) => !report.title).map((report) => ({
      range: contentRange(document, report.startLine),
      // The example is a title of the report's own kind.
      message: format(WORDS.message, locale, { example: `XX市XX局2023年${report.profile.skeleton.subject}` }),
    }));
  },
};
