import { CANONICAL_DELIMITER, numberingFixEnd } from '../model/markers';
import { format } from '../l10n';
import { range } from '../model/ranges';
import { isAsciiDigit } from '../model/text';
import { replace } from '../editing/edits';
import { writtenMarker } from '../editing/siblings';
import type { Check, Issue } from './types';

const WORDS = {
  description: { 'zh-cn': '标题编号后的标点不规范（如“一.”“1、”“（一）、”“1．”）', en: 'Non-standard punctuation after a heading number ("一." "1、" "（一）、" "1．")' },
  fix: { 'zh-cn': '改为规范标点', en: 'Use the standard punctuation' },
  replaceMessage: { 'zh-cn': '“{marker}”应使用“{canonical}”（GB/T 9704）', en: '"{marker}" should use "{canonical}" (GB/T 9704)' },
  removeMessage: { 'zh-cn': '“{marker}”后不应再加“{delimiter}”（GB/T 9704）', en: '"{marker}" takes no "{delimiter}" after it (GB/T 9704)' },
  replaceFix: { 'zh-cn': '改为“{canonical}”', en: 'Change to "{canonical}"' },
  removeFix: { 'zh-cn': '删去“{delimiter}”', en: 'Remove "{delimiter}"' },
};

export const numberingPunctuation: Check = {
  id: 'numbering-punctuation',
  kind: 'structure',
  description: WORDS.description,
  defaultSeverity: 'warning',
  fix: WORDS.fix,
  run({ document, locale }) {
    const issues: Issue[] = [];
    for (const heading of document.headings) {
      const { delimiter, end } = heading.marker;
      const canonical = CANONICAL_DELIMITER[heading.level];
      if (delimiter === canonical) continue;
      const start = end - delimiter.length;
      const { text, end: lineEnd } = document.lines[heading.line]!;
      const runEnd = numberingFixEnd(text, heading.marker, lineEnd);
      const marker = writtenMarker(document, heading);
      const values = { marker, canonical, delimiter: text.slice(start, runEnd) };
      // `2、2022年以来` with `.` would read as the decimal `2.2022`: the heading would be lost, so only offered.
      const makesDecimal = canonical === '.' && isAsciiDigit(text.charCodeAt(runEnd));
      issues.push({
        range: range(heading.line, heading.marker.start, heading.line, end),
        message: format(canonical ? WORDS.replaceMessage : WORDS.removeMessage, locale, values),
        fix: {
          title: format(canonical ? WORDS.replaceFix : WORDS.removeFix, locale, values),
          edits: [replace(heading.line, start, runEnd, canonical)],
          safe: !makesDecimal,
        },
      });
    }
    return issues;
  },
};
