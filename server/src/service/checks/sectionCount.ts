import { format } from '../l10n';
import { openingLines } from '../model/opening';
import { parseChineseNumeral } from '../model/numerals';
import { headingName, headingRange, range } from '../model/ranges';
import { sectionTopics } from '../profiles/matching';
import type { Check, Issue } from './types';

const WORDS = {
  description: { 'zh-cn': '开头说报告由几个部分组成（“……等六部分”），与正文的一级标题数不符；或格式固定的报告（政府信息公开工作年度报告）多出规定以外的部分', en: 'The opening announces a number of parts (……等六部分) that differs from the top-level headings present; or a report of fixed format (the disclosure report) has a part the format does not have' },
  explanation: {
    'zh-cn': '**部分数**：开头写明“全文包括……等六部分”，正文的一级标题就应是六个。少了一个，多半是漏写了某一部分，或删改时没有改开头。',
    en: '**Number of parts**: when the opening says the report has six parts (全文包括……等六部分), it should have six top-level headings. One fewer usually means a part was left out, or the opening was not updated after an edit.',
  },
  message: { 'zh-cn': '开头说本报告共{announced}个部分，正文却有{present}个一级标题', en: 'The opening announces {announced} parts, but the report has {present} top-level headings' },
  extra: { 'zh-cn': '“{heading}”不是{profile}规定的部分（{parts}）', en: '"{heading}" is none of the parts of the {profile} ({parts})' },
};

/** `包括……等六部分`, `由……六个部分组成`, `分为五个部分`: the number of parts an opening announces. */
const ANNOUNCED = /(?:包括|包含|分为|分成|由|共有|共计|共)[^。；]{0,160}?([一二两三四五六七八九十]{1,2}|\d{1,2})个?部分/g;

export const sectionCount: Check = {
  id: 'section-count',
  kind: 'structure',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  run({ document, locale }) {
    const issues: Issue[] = [];
    for (const report of document.reports) {
      const tops = report.topHeadings;
      if (tops.length === 0) continue;
      const present = tops.filter((top) => top.level === tops[0]!.level).length;
      // In a report whose every part is required by name (no part stands for the rest), a top-level heading naming none is extra.
      const { profile } = report;
      if (!profile.topics.some((topic) => topic.coversUnmatchedSections)) {
        sectionTopics(profile, report).forEach((topics, index) => {
          const top = tops[index]!;
          if (topics.length > 0 || top.level !== tops[0]!.level) return;
          issues.push({
            range: headingRange(top),
            message: format(WORDS.extra, locale, {
              heading: headingName(document, top),
              profile: profile.name[locale], parts: profile.topics.map((topic) => topic.name[locale]).join(locale === 'en' ? ', ' : '、'),
            }),
          });
        });
      }
      for (const lineIndex of openingLines(document, report)) {
        const text = document.lines[lineIndex]!.text;
        if (!text.includes('部分')) continue;
        for (const match of text.matchAll(ANNOUNCED)) {
          const numeral = match[1]!;
          const announced = /\d/.test(numeral) ? Number(numeral) : parseChineseNumeral(numeral.replace('两', '二'));
          if (announced === undefined || announced === present) continue;
          const start = match.index! + match[0].lastIndexOf(numeral);
          issues.push({ range: range(lineIndex, start, lineIndex, start + numeral.length), message: format(WORDS.message, locale, { announced: numeral, present }) });
        }
      }
    }
    return issues;
  },
};
