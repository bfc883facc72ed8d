import type { Heading } from '../model/document';
import { formatMarker } from '../model/markers';
import { MessageCache } from '../l10n';
import { range } from '../model/ranges';
import type { Check, Issue, RelatedPlace } from './types';
import { lazyFix } from '../editing/edits';
import { inSequence, renumberRun, renumberable, siblingRuns, writtenMarker } from '../editing/siblings';

const WORDS = {
  description: { 'zh-cn': '同级标题编号跳号、重号、顺序颠倒，或第一个编号不是“一”/“1”', en: 'Sibling heading numbers skipped, repeated or out of order, or not starting at 1' },
  fix: { 'zh-cn': '重新编排这一组标题的编号', en: 'Renumber these sibling headings' },
  first: { 'zh-cn': '本组第一个标题应编为“{expected}”，实际为“{actual}”', en: 'The first heading of this group should be numbered "{expected}", not "{actual}"' },
  skipped: { 'zh-cn': '编号跳过了“{missing}”：“{previous}”之后是“{actual}”', en: 'Numbering skips "{missing}": "{actual}" follows "{previous}"' },
  repeated: { 'zh-cn': '编号“{actual}”重复', en: 'Number "{actual}" is repeated' },
  disordered: { 'zh-cn': '编号顺序颠倒：“{previous}”之后是“{actual}”', en: 'Numbers out of order: "{actual}" follows "{previous}"' },
  other: { 'zh-cn': '同一编号的另一个标题', en: 'the other heading with this number' },
  before: { 'zh-cn': '前一个标题', en: 'the previous heading' },
};

export const numberingSequence: Check = {
  id: 'numbering-sequence',
  kind: 'structure',
  description: WORDS.description,
  defaultSeverity: 'warning',
  fix: WORDS.fix,
  run({ document, locale }) {
    const issues: Issue[] = [];
    const messages = new MessageCache(locale);
    const markerRange = (heading: Heading) => range(heading.line, heading.marker.start, heading.line, heading.marker.end);
    for (const report of document.reports) {
      for (const run of siblingRuns(report)) {
        if (inSequence(run)) continue;
        const fix = renumberable(run) ? lazyFix(WORDS.fix[locale], true, () => renumberRun(run) ?? []) : undefined;
        /** The first heading of the run with each number, and the related place its repeats point at (shared by all of them). */
        const firstWithValue = new Map<number, { readonly heading: Heading; related?: RelatedPlace[] }>();
        run.headings.forEach((heading, index) => {
          const twin = firstWithValue.get(heading.marker.value);
          if (!twin) firstWithValue.set(heading.marker.value, { heading });
          const previous = run.headings[index - 1];
          const expected = previous ? previous.marker.value + 1 : run.start;
          const value = heading.marker.value;
          if (value === expected) return;
          const actual = writtenMarker(document, heading);
          if (!previous) {
            issues.push({ range: markerRange(heading), fix, message: messages.format(WORDS.first, { expected: formatMarker(heading.level, expected), actual }) });
            return;
          }
          const previousMarker = writtenMarker(document, previous);
          if (value > expected) {
            const missing = Array.from({ length: Math.min(value - expected, 3) }, (_, offset) => formatMarker(heading.level, expected + offset)).join('、')
              + (value - expected > 3 ? '…' : '');
            issues.push({ range: markerRange(heading), fix, message: messages.format(WORDS.skipped, { missing, previous: previousMarker, actual }) });
            return;
          }
          let related: RelatedPlace[];
          if (twin) related = twin.related ??= [{ range: markerRange(twin.heading), message: WORDS.other[locale] }];
          else related = [{ range: markerRange(previous), message: WORDS.before[locale] }];
          const message = value === previous.marker.value
            ? messages.format(WORDS.repeated, { actual })
            : messages.format(WORDS.disordered, { previous: previousMarker, actual });
          issues.push({ range: markerRange(heading), fix, related, message });
        });
      }
    }
    return issues;
  },
};
