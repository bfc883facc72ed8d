import { format } from '../l10n';
import { range } from '../model/ranges';
import { replace } from '../editing/edits';
import type { Check, Issue } from './types';

const WORDS = {
  description: { 'zh-cn': '落款日期不符合 GB/T 9704（阿拉伯数字、年份四位、月日不编虚位）', en: 'A signature date not in GB/T 9704 form (Arabic numerals, four-digit year, no leading zeros)' },
  fix: { 'zh-cn': '改写为规范日期', en: 'Rewrite the date' },
  message: { 'zh-cn': '落款日期应写作“{canonical}”（GB/T 9704）', en: 'The signature date should read "{canonical}" (GB/T 9704)' },
  fixTitle: { 'zh-cn': '改为“{canonical}”', en: 'Change to "{canonical}"' },
};

export const dateFormat: Check = {
  id: 'date-format',
  kind: 'structure',
  description: WORDS.description,
  defaultSeverity: 'info',
  fix: WORDS.fix,
  run({ document, locale }) {
    const issues: Issue[] = [];
    for (const report of document.reports) {
      const signature = report.signature;
      if (!signature || signature.date.form === 'canonical') continue;
      const { year, month, day, start, end } = signature.date;
      const canonical = `${year}年${month}月${day}日`;
      issues.push({
        range: range(signature.dateLine, start, signature.dateLine, end),
        message: format(WORDS.message, locale, { canonical }),
        fix: { title: format(WORDS.fixTitle, locale, { canonical }), edits: [replace(signature.dateLine, start, end, canonical)], safe: true },
      });
    }
    return issues;
  },
};
