/**
 * Required sections of a mandated annual report, as data (SPEC 2.4). The 2019 regulation on
 * rule-of-law government construction lists five parts; other mandated reports (such as the
 * 政府信息公开工作年度报告) can be added as further profiles.
 */
import type { Message } from '../l10n';
import type { Report } from '../model/document';
import { isNumberedParagraph } from '../model/markers';
import { toSimplified } from '../model/simplified';
import type { Severity } from './types';

export interface Topic {
  readonly id: number;
  /** Short name, used in messages. */
  readonly name: Message;
  /** The regulation's wording, for hovers and heading skeletons; `{year}` is filled in. */
  readonly statutoryTitle: Message;
  /** What the regulation asks the section to contain. */
  readonly guidance: Message;
  /** A heading belongs to the topic when its title contains one of these. */
  readonly keywords: readonly string[];
  readonly severity: Severity;
  /** The year a heading of this topic should name: the report's year or the next one. */
  readonly year?: 'report' | 'next';
  /** The line under the heading in the report skeleton, for the writer to replace (default `【待补充】`). */
  readonly skeletonBody?: string;
  /**
   * Sections that belong to no other topic count as this one: the substantive sections of a report
   * are its measures and results even when their headings say so only by their content.
   */
  readonly coversUnmatchedSections?: boolean;
}

export interface SectionProfile {
  readonly id: string;
  readonly name: Message;
  readonly topics: readonly Topic[];
  /** What the writer types at the start of a line to get the whole report skeleton (pinyin initials and Chinese). */
  readonly skeletonPrefixes: readonly string[];
}

export const ANNUAL_REPORT_PROFILE: SectionProfile = {
  id: 'fazhi-annual-report',
  name: { 'zh-cn': '法治政府建设年度报告', en: 'annual report on rule-of-law government construction' },
  skeletonPrefixes: ['fzbg', 'ndbg', '报告', '年度报告', '法治政府建设年度报告'],
  topics: [
    {
      id: 1,
      name: { 'zh-cn': '主要举措和成效', en: 'measures and results' },
      statutoryTitle: { 'zh-cn': '{year}年度推进法治政府建设的主要举措和成效', en: '{year}年度推进法治政府建设的主要举措和成效' },
      guidance: { 'zh-cn': '上一年度推进法治政府建设的主要举措和成效（《法治政府建设与责任落实督察工作规定》第二十五条）', en: 'The main measures taken in the past year to build rule-of-law government, and their results (2019 regulation, art. 25).' },
      keywords: ['主要举措', '具体举措', '举措和成效', '措施和成效', '主要成效', '工作成效', '取得的成效', '及成效', '主要工作', '工作开展情况', '主要做法', '工作成果'],
      severity: 'warning',
      year: 'report',
      coversUnmatchedSections: true,
    },
    {
      id: 2,
      name: { 'zh-cn': '存在的不足和原因', en: 'shortcomings and causes' },
      statutoryTitle: { 'zh-cn': '{year}年度推进法治政府建设存在的不足和原因', en: '{year}年度推进法治政府建设存在的不足和原因' },
      guidance: { 'zh-cn': '上一年度推进法治政府建设存在的不足和原因', en: 'The shortcomings of the past year\'s work and their causes.' },
      keywords: ['不足', '存在的问题', '存在问题', '主要问题', '困难', '差距', '短板', '薄弱'],
      severity: 'warning',
      year: 'report',
    },
    {
      id: 3,
      name: { 'zh-cn': '党政主要负责人履行第一责任人职责情况', en: 'principal leaders\' first-responsibility duty' },
      statutoryTitle: { 'zh-cn': '{year}年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况', en: '{year}年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况' },
      guidance: { 'zh-cn': '上一年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况', en: 'How the principal Party and government leaders fulfilled their duty as first responsible persons for rule-of-law construction in the past year.' },
      keywords: ['第一责任人', '主要负责人', '主要负责同志', '党政主要负责'],
      severity: 'warning',
      year: 'report',
    },
    {
      id: 4,
      name: { 'zh-cn': '下一年度主要安排', en: 'next year\'s plans' },
      statutoryTitle: { 'zh-cn': '{year}年度推进法治政府建设的主要安排', en: '{year}年度推进法治政府建设的主要安排' },
      guidance: { 'zh-cn': '下一年度推进法治政府建设的主要安排', en: 'The main arrangements for building rule-of-law government in the coming year.' },
      keywords: ['下一步', '下一年', '下步', '下阶段', '明年', '工作打算', '工作计划', '工作安排', '主要工作安排', '主要安排', '工作思路', '工作方向', '计划安排'],
      severity: 'warning',
      year: 'next',
    },
    {
      id: 5,
      name: { 'zh-cn': '其他需要报告的情况', en: 'other matters' },
      statutoryTitle: { 'zh-cn': '其他需要报告的情况', en: '其他需要报告的情况' },
      guidance: { 'zh-cn': '其他需要报告的情况；没有时可写“无”', en: 'Other matters to report; write 无 ("none") when there are none.' },
      keywords: ['其他需要报告', '其他事项', '其他情况'],
      severity: 'info',
      skeletonBody: '无。',
    },
  ],
};

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
 * The topics (as bits, one per topic of the profile) whose keywords a heading's title names, read on
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
    const topics = indexedTopicMask(index, heading.title);
    if (!heading.parent) {
      if (position > 0) visit(mask);
      mask = topics || fallbackMask;
    } else {
      mask |= topics;
    }
  }
  if (report.headings.length > 0) visit(mask);
}

/** The topics each top-level section covers, as masks in the order of `report.topHeadings` (see `eachSectionMask`). */
export function sectionMasks(profile: SectionProfile, report: Report): number[] {
  const masks: number[] = [];
  eachSectionMask(profile, report, (mask) => masks.push(mask));
  return masks;
}

/** The topics no heading of the report covers. */
export function missingTopics(profile: SectionProfile, report: Report): Topic[] {
  let covered = 0;
  eachSectionMask(profile, report, (mask) => { covered |= mask; });
  return topicsOf(profile, ~covered & ((1 << profile.topics.length) - 1));
}
