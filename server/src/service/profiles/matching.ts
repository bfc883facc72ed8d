/**
 * Which of a profile's topics (its required parts) a report's headings name, by the keywords of each
 * topic: checks and features ask these and name no profile.
 */
import type { Report } from '../model/document';
import { isNumberedParagraph } from '../model/markers';
import { toSimplified } from '../model/simplified';
import type { SectionProfile, Topic } from './schema';

/** Stands for the second character of a one-character keyword. */
const ANY_CHARACTER = -1;

interface KeywordEntry {
  readonly keyword: string;
  /** The keyword's second character's code, or ANY_CHARACTER. */
  readonly second: number;
  readonly topicIndex: number;
}

interface KeywordIndex {
  /**
   * For each character code, 1 + the index in `lists` of the keywords starting with it, or 0: most
   * characters of a title start none. (A 65,536-slot JS array would be a slow dictionary.)
   */
  readonly listByStart: Uint8Array;
  readonly lists: readonly (readonly KeywordEntry[])[];
}

/** Per profile, its keywords indexed so that a title is read once, not once per keyword. */
const keywordIndexes = new WeakMap<SectionProfile, KeywordIndex>();

function keywordIndex(profile: SectionProfile): KeywordIndex {
  let index = keywordIndexes.get(profile);
  if (!index) {
    const listByStart = new Uint8Array(0x10000);
    const lists: KeywordEntry[][] = [];
    profile.topics.forEach((topic, topicIndex) => {
      for (const keyword of topic.keywords) {
        const code = keyword.charCodeAt(0);
        if (listByStart[code] === 0) listByStart[code] = lists.push([]);
        lists[listByStart[code]! - 1]!.push({ keyword, second: keyword.length > 1 ? keyword.charCodeAt(1) : ANY_CHARACTER, topicIndex });
      }
    });
    index = { listByStart, lists };
    keywordIndexes.set(profile, index);
  }
  return index;
}

/** A keyword found in a title: where, how long, and for which topic. */
interface KeywordMatch { readonly start: number; readonly end: number; readonly topicIndex: number }

/**
 * The topics (as bits, one per topic of the profile: at most 31, which the profile test holds to) whose keywords a heading's title names, read on
 * its simplified form. Where keywords of two topics overlap, the longer one names the title
 * (`主要工作安排` is about plans, not about `主要工作`).
 */
function indexedTopicMask({ listByStart, lists }: KeywordIndex, heading: string): number {
  // A numbered paragraph names no topic, whatever words it uses.
  if (isNumberedParagraph(heading)) return 0;
  const title = toSimplified(heading);
  let matches: KeywordMatch[] | undefined;
  for (let position = 0; position < title.length; position++) {
    const list = listByStart[title.charCodeAt(position)]!;
    if (list === 0) continue;
    const second = title.charCodeAt(position + 1);
    const entries = lists[list - 1]!;
    for (let entry = 0; entry < entries.length; entry++) {
      const { keyword, second: keywordSecond, topicIndex } = entries[entry]!;
      if ((keywordSecond === second || keywordSecond === ANY_CHARACTER) && title.startsWith(keyword, position)) {
        (matches ??= []).push({ start: position, end: position + keyword.length, topicIndex });
      }
    }
  }
  if (!matches) return 0;
  let mask = 0;
  for (const match of matches) {
    const outdone = matches.some((other) => other.topicIndex !== match.topicIndex && other.start < match.end && match.start < other.end
      && other.end - other.start > match.end - match.start);
    if (!outdone) mask |= 1 << match.topicIndex;
  }
  return mask;
}

/** The topics of a mask, in the profile's order. */
function topicsOf(profile: SectionProfile, mask: number): Topic[] {
  return mask === 0 ? [] : profile.topics.filter((_, topicIndex) => (mask & (1 << topicIndex)) !== 0);
}

/** The topics whose keywords a heading's title names, in the profile's order. */
export function topicsOfTitle(profile: SectionProfile, title: string): Topic[] {
  return topicsOf(profile, indexedTopicMask(keywordIndex(profile), title));
}

/**
 * Calls `visit` with the topics each top-level section covers, itself or through any heading under
 * it, in the order of `report.topHeadings`; a section covering none counts for the profile's
 * fallback topic (its substantive sections). Worked out on each call: a cache keyed by report (a
 * WeakMap) costs the garbage collector more than the scan.
 */
function eachSectionMask(profile: SectionProfile, report: Report, visit: (mask: number) => void): void {
  const index = keywordIndex(profile);
  const fallback = profile.topics.findIndex((topic) => topic.coversUnmatchedSections);
  const fallbackMask = fallback < 0 ? 0 : 1 << fallback;
  // Headings run in document order: each belongs to the section of the last top-level heading before it.
  // A section whose own heading names no topic is a substantive one, whatever its subsections also cover
  // (`一、2023年法治建设情况` with `（三）推动法治建设第一责任人职责履职常态化` under it).
  let mask = 0;
  for (let position = 0; position < report.headings.length; position++) {
    const heading = report.headings[position]!;
    if (!heading.parent) {
      if (position > 0) visit(mask);
      mask = indexedTopicMask(index, heading.title) || fallbackMask;
    } else if (!profile.topicsAtTopLevelOnly) {
      mask |= indexedTopicMask(index, heading.title);
    }
  }
  if (report.headings.length > 0) visit(mask);
}

/**
 * The topics each top-level section covers, in the order of `report.topHeadings`, each section's in
 * the profile's order (see `eachSectionMask`).
 */
export function sectionTopics(profile: SectionProfile, report: Report): Topic[][] {
  const sections: Topic[][] = [];
  eachSectionMask(profile, report, (mask) => sections.push(topicsOf(profile, mask)));
  return sections;
}

/** The topics no heading of the report covers. */
export function missingTopics(profile: SectionProfile, report: Report): Topic[] {
  let covered = 0;
  eachSectionMask(profile, report, (mask) => { covered |= mask; });
  return topicsOf(profile, ~covered & ((1 << profile.topics.length) - 1));
}

