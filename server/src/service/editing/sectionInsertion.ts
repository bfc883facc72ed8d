/**
 * Inserting skeletons of missing required sections: a numbered heading with the regulation's wording
 * and a placeholder line (or the part's tables), at the place the regulation's order gives, with the
 * numbers of the headings after it moved on so that the numbering stays whole.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { Report, ReportDocument } from '../model/document';
import { HeadingLevel, formatMarker } from '../model/markers';
import { isAsciiDigit } from '../model/text';
import type { Locale } from '../l10n';
import { insertAt, replace } from './edits';
import { sectionTopics } from '../profiles/matching';
import { SectionProfile, Topic, topicTables } from '../profiles/schema';
import { numeralFor } from './siblings';

/** The body line of an inserted section: a placeholder the writer must replace. */
export const SKELETON_BODY = '【待补充】';

/** A topic's heading text for a report of `year` (the regulation's wording when the year is unknown). */
export function skeletonTitle(topic: Topic, year: number | undefined, locale: Locale): string {
  const template = topic.statutoryTitle[locale];
  if (year === undefined) return template.replace('{year}年度', topic.year === 'next' ? '下一年度' : '上一年度');
  return template.replace('{year}', String(topic.year === 'next' ? year + 1 : year));
}

/**
 * A topic's numbered heading at `level`, written so that it reads back as that heading: after `3.` a
 * title starting with a year would make a decimal (`3.2023年度…`), so level 3 takes the regulation's
 * wording without the year (`3.上一年度…`).
 */
export function skeletonHeading(level: HeadingLevel, position: number, topic: Topic, year: number | undefined, locale: Locale): string {
  const marker = formatMarker(level, position);
  const title = skeletonTitle(topic, year, locale);
  return marker + (marker.endsWith('.') && isAsciiDigit(title.charCodeAt(0)) ? skeletonTitle(topic, undefined, locale) : title);
}

export function insertSections(document: ReportDocument, report: Report, profile: SectionProfile, topics: readonly Topic[], locale: Locale): TextEdit[] {
  const tops = report.topHeadings;
  const level = tops[0]?.level ?? 1;
  // The place in the profile's order of the first topic each top-level section covers (-1: none).
  const firstTopics = sectionTopics(profile, report).map((covered) => (covered.length === 0 ? -1 : profile.topics.indexOf(covered[0]!)));
  // Where each missing topic goes: before the first top-level section that only covers later topics.
  const slots = new Map<number, Topic[]>();
  for (const topic of [...topics].sort((a, b) => a.id - b.id)) {
    const place = profile.topics.indexOf(topic);
    let slot = tops.findIndex((_, topIndex) => (firstTopics[topIndex] ?? -1) > place);
    if (slot < 0) slot = tops.length;
    slots.set(slot, [...(slots.get(slot) ?? []), topic]);
  }
  const edits: TextEdit[] = [];
  let position = 0;
  const eol = document.eol;
  const year = report.title?.year;
  const headingLines = (slot: number) => (slots.get(slot) ?? []).map((topic) => {
    position++;
    // A part of fixed tables gets them, zeros to fill in; any other part a line to replace.
    const tables = topicTables(profile, topic);
    return [skeletonHeading(level, position, topic, year, locale), ...(tables.length > 0 ? tables : [SKELETON_BODY])].join(eol);
  });
  tops.forEach((top, index) => {
    const inserted = headingLines(index);
    if (inserted.length > 0) edits.push(insertAt(top.line, 0, inserted.join(eol) + eol));
    if (top.level !== level) return;
    position++;
    const numeral = numeralFor(level, position);
    if (numeral !== undefined && top.marker.value !== position) {
      edits.push(replace(top.line, top.marker.numeralStart, top.marker.numeralEnd, numeral));
    }
  });
  const trailing = headingLines(tops.length);
  if (trailing.length > 0) {
    const signatureLine = report.signature?.organizationLine ?? report.signature?.dateLine;
    if (signatureLine !== undefined && signatureLine > (tops[tops.length - 1]?.line ?? report.startLine)) {
      edits.push(insertAt(signatureLine, 0, trailing.join(eol) + eol));
    } else {
      const last = lastContentLine(document, report);
      edits.push(insertAt(last, document.lines[last]!.text.length, eol + trailing.join(eol)));
    }
  }
  return edits;
}

/** The report's last line that is neither blank nor page chrome. */
function lastContentLine(document: ReportDocument, report: Report): number {
  let line = report.endLine;
  while (line > report.startLine && (document.lines[line]!.residue || document.lines[line]!.indent === document.lines[line]!.text.length)) line--;
  return line;
}
