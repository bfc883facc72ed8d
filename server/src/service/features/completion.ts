/**
 * Completion at the start of a line: the next heading marker at the current level and at the levels
 * around it, and the headings of the required sections the report lacks, numbered for their place.
 * Anywhere else in a line it offers nothing.
 */
import { CompletionItem, CompletionItemKind, InsertTextFormat } from 'vscode-languageserver-types';
import { ANNUAL_REPORT_PROFILE, missingTopics } from '../checks/profile';
import { skeletonHeading } from '../checks/sectionInsertion';
import { Locale, Message, format } from '../l10n';
import type { Heading, ReportDocument } from '../model/document';
import { HeadingLevel, MAX_MARKER_VALUE, formatMarker } from '../model/markers';
import { formatChineseNumeral } from '../model/numerals';
import { firstNonBlank } from '../model/text';
import { reportAt } from './counts';
import { range } from './ranges';

const WORDS = {
  level: { 'zh-cn': '第{level}层标题', en: 'level-{level} heading' },
  next: { 'zh-cn': '接着“{after}”', en: 'after "{after}"' },
  first: { 'zh-cn': '“{parent}”下的第一个小标题', en: 'first heading under "{parent}"' },
  start: { 'zh-cn': '正文的第一个标题', en: 'first heading of the body' },
  section: { 'zh-cn': '必备章节：{topic}', en: 'required section: {topic}' },
} satisfies Record<string, Message>;

/** What may already be typed at the start of the line for completion to apply: part of a marker. */
const PARTIAL_MARKER = /^(?:[（(]?[一二三四五六七八九十]{0,3}|[（(]?\d{0,2}|[①-⑳])$/;

interface Candidate {
  readonly level: HeadingLevel;
  readonly value: number;
  readonly why: string;
}

export function completions(document: ReportDocument, line: number, character: number, locale: Locale): CompletionItem[] {
  const info = document.lines[line];
  if (!info) return [];
  const before = info.text.slice(0, Math.min(character, info.text.length));
  const indent = firstNonBlank(before);
  const typed = before.slice(indent);
  if (!PARTIAL_MARKER.test(typed)) return [];
  const report = reportAt(document, line) ?? [...document.reports].reverse().find((candidate) => candidate.startLine <= line);
  const headings = (report?.headings ?? []).filter((heading) => heading.line < line);
  const items: CompletionItem[] = [];
  const replace = range(line, indent, line, before.length);
  const compatible = (marker: string) => typed === '' || marker.startsWith(typed)
    || (typed.startsWith('(') && marker.startsWith(`（${typed.slice(1)}`));
  candidates(headings, locale).forEach((candidate, index) => {
    const marker = formatMarker(candidate.level, candidate.value);
    if (!compatible(marker)) return;
    items.push({
      label: marker,
      kind: CompletionItemKind.Keyword,
      detail: `${format(WORDS.level, locale, { level: locale === 'en' ? candidate.level : formatChineseNumeral(candidate.level) })} · ${candidate.why}`,
      sortText: `0${index}`,
      filterText: typed + marker,
      textEdit: { range: replace, newText: marker },
    });
  });
  if (report) {
    const topLevel = report.topHeadings[0]?.level ?? 1;
    let position = report.topHeadings.filter((top) => top.line < line && top.level === topLevel).length;
    const year = report.title?.year;
    for (const topic of missingTopics(ANNUAL_REPORT_PROFILE, report)) {
      position++;
      if (!compatible(formatMarker(topLevel, position))) continue;
      const text = skeletonHeading(topLevel, position, topic, year, locale);
      items.push({
        label: text,
        kind: CompletionItemKind.Snippet,
        detail: format(WORDS.section, locale, { topic: topic.name[locale] }),
        documentation: topic.guidance[locale],
        sortText: `1${topic.id}`,
        filterText: typed + text,
        insertTextFormat: InsertTextFormat.PlainText,
        textEdit: { range: replace, newText: text },
      });
    }
  }
  return items;
}

/** Next sibling of the last heading, its first (or next) child, then the next siblings of its ancestors. */
function candidates(headings: readonly Heading[], locale: Locale): Candidate[] {
  const last = headings[headings.length - 1];
  if (!last) return [{ level: 1, value: 1, why: WORDS.start[locale] }];
  const result: Candidate[] = [];
  const marker = (heading: Heading) => formatMarker(heading.level, heading.marker.value);
  const push = (level: HeadingLevel, value: number, why: string) => {
    if (value <= MAX_MARKER_VALUE[level] && !result.some((candidate) => candidate.level === level && candidate.value === value)) {
      result.push({ level, value, why });
    }
  };
  push(last.level, last.marker.value + 1, format(WORDS.next, locale, { after: marker(last) }));
  if (last.level < 5) push((last.level + 1) as HeadingLevel, 1, format(WORDS.first, locale, { parent: marker(last) }));
  for (let ancestor = last.parent; ancestor; ancestor = ancestor.parent) {
    // The ancestor's last child above the line being typed (children run in document order).
    let youngest: Heading | undefined;
    for (const child of ancestor.children) if (child.line <= last.line) youngest = child;
    if (youngest && youngest !== last && youngest.level !== last.level) push(youngest.level, youngest.marker.value + 1, format(WORDS.next, locale, { after: marker(youngest) }));
    push(ancestor.level, ancestor.marker.value + 1, format(WORDS.next, locale, { after: marker(ancestor) }));
  }
  return result;
}
