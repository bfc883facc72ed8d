import { HeadingLevel, formatMarker } from '../model/markers';
import { format } from '../l10n';
import { range } from '../model/ranges';
import { writtenMarker } from '../editing/siblings';
import type { Check, Issue } from './types';

const WORDS = {
  description: { 'zh-cn': '标题跳级（如“一、”下直接用“1.”）', en: 'A heading more than one level below its parent ("一、" followed by "1.")' },
  underParent: { 'zh-cn': '“{marker}”直接位于“{parent}”之下，跳过了“{missing}”这一层', en: '"{marker}" sits directly under "{parent}", skipping the "{missing}" level' },
  beforeTop: { 'zh-cn': '“{marker}”出现在本报告第一个“{top}”层标题之前', en: '"{marker}" comes before the report\'s first "{top}"-level heading' },
  parent: { 'zh-cn': '上级标题', en: 'parent heading' },
};

export const levelSkip: Check = {
  id: 'level-skip',
  kind: 'structure',
  description: WORDS.description,
  defaultSeverity: 'info',
  run({ document, locale }) {
    const issues: Issue[] = [];
    for (const report of document.reports) {
      const topLevel = report.headings.reduce((lowest, heading) => Math.min(lowest, heading.level), Infinity);
      for (const heading of report.headings) {
        const parent = heading.parent;
        if (parent ? heading.level <= parent.level + 1 : heading.level <= topLevel) continue;
        const marker = writtenMarker(document, heading);
        const markerRange = range(heading.line, heading.marker.start, heading.line, heading.marker.end);
        if (parent) {
          issues.push({
            range: markerRange,
            message: format(WORDS.underParent, locale, { marker, parent: writtenMarker(document, parent), missing: formatMarker((parent.level + 1) as HeadingLevel, 1) }),
            related: [{ range: range(parent.line, parent.marker.start, parent.line, parent.marker.end), message: WORDS.parent[locale] }],
          });
        } else {
          issues.push({ range: markerRange, message: format(WORDS.beforeTop, locale, { marker, top: formatMarker(topLevel as HeadingLevel, 1) }) });
        }
      }
    }
    return issues;
  },
};
