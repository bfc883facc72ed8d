/**
 * Completion at the start of a line: the next heading marker at the current level and at the levels
 * around it (never one that a following sibling already has), the headings of the required sections
 * the report lacks, numbered for their place, and the report skeleton and signature block with this
 * season's years and today's date. Anywhere else in a line it offers nothing.
 */
import { CompletionItem, CompletionItemKind, CompletionList, InsertTextFormat, Range } from 'vscode-languageserver-types';
import { missingTopics } from '../profiles/matching';
import { PROFILES } from '../profiles/registry';
import { skeletonHeading } from '../editing/sectionInsertion';
import { Locale, Message, format } from '../l10n';
import type { Heading, Report, ReportDocument } from '../model/document';
import { HeadingLevel, MAX_MARKER_VALUE, formatMarker } from '../model/markers';
import { formatChineseNumeral } from '../model/numerals';
import { firstNonBlank } from '../model/text';
import { reportAt } from './counts';
import { range } from '../model/ranges';
import { SIGNATURE_PREFIXES, reportSnippet, reportYearOn, signatureSnippet } from './skeleton';

const WORDS = {
  level: { 'zh-cn': '第{level}层标题', en: 'level-{level} heading' },
  next: { 'zh-cn': '接着“{after}”', en: 'after "{after}"' },
  first: { 'zh-cn': '“{parent}”下的第一个小标题', en: 'first heading under "{parent}"' },
  start: { 'zh-cn': '正文的第一个标题', en: 'first heading of the body' },
  section: { 'zh-cn': '必备章节：{topic}', en: 'required section: {topic}' },
  report: { 'zh-cn': '{name}（整篇框架）', en: '{name} (whole report skeleton)' },
  signature: { 'zh-cn': '落款（发文机关和今天的日期）', en: '落款 (issuing body and today\'s date)' },
} satisfies Record<string, Message>;

/** What may already be typed at the start of the line for the markers to apply: part of a marker. */
const PARTIAL_MARKER = /^(?:[（(]?[一二三四五六七八九十]{0,3}|[（(]?\d{0,2}|[①-⑳])$/;
/** Closing brackets an editor adds after a typed opening one. */
const AUTO_CLOSED = /^[）)][\s\u3000]*$/;

interface Candidate {
  readonly level: HeadingLevel;
  readonly value: number;
  readonly why: string;
}

export function completions(document: ReportDocument, line: number, character: number, locale: Locale, today: Date): CompletionList {
  const info = document.lines[line];
  const items: CompletionItem[] = [];
  // Asked again as the writer types on: what is offered depends on what is typed.
  const list = { isIncomplete: true, items };
  if (!info) return list;
  const before = info.text.slice(0, Math.min(character, info.text.length));
  const indent = firstNonBlank(before);
  const typed = before.slice(indent);
  const after = info.text.slice(before.length);
  // Typing `（` makes the editor add `）` after the cursor: the completion replaces both.
  const end = /^[（(]/.test(typed) && AUTO_CLOSED.test(after) ? before.length + 1 : before.length;
  const replace = range(line, indent, line, end);
  const report = reportAt(document, line) ?? [...document.reports].reverse().find((candidate) => candidate.startLine <= line);
  if (PARTIAL_MARKER.test(typed)) {
    items.push(...markerItems(report, line, typed, replace, locale));
    if (report) items.push(...sectionItems(report, line, typed, replace, locale));
  }
  items.push(...skeletonItems(typed, replace, locale, today));
  return list;
}

function compatible(typed: string, marker: string): boolean {
  return typed === '' || marker.startsWith(typed) || (typed.startsWith('(') && marker.startsWith(`（${typed.slice(1)}`));
}

function markerItems(report: Report | undefined, line: number, typed: string, replace: Range, locale: Locale): CompletionItem[] {
  const items: CompletionItem[] = [];
  candidates(report?.headings ?? [], line, locale).forEach((candidate, index) => {
    const marker = formatMarker(candidate.level, candidate.value);
    if (!compatible(typed, marker)) return;
    items.push({
      label: marker,
      kind: CompletionItemKind.Keyword,
      detail: `${format(WORDS.level, locale, { level: locale === 'en' ? candidate.level : formatChineseNumeral(candidate.level) })} · ${candidate.why}`,
      sortText: `0${index}`,
      filterText: typed + marker,
      textEdit: { range: replace, newText: marker },
    });
  });
  return items;
}

function sectionItems(report: Report, line: number, typed: string, replace: Range, locale: Locale): CompletionItem[] {
  const items: CompletionItem[] = [];
  const topLevel = report.topHeadings[0]?.level ?? 1;
  let position = report.topHeadings.filter((top) => top.line < line && top.level === topLevel).length;
  const year = report.title?.year;
  for (const topic of missingTopics(report.profile, report)) {
    position++;
    if (!compatible(typed, formatMarker(topLevel, position))) continue;
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
  return items;
}

/** The skeleton and the signature block, when what is typed begins one of their prefixes (`fz`, `报告`, `落款`…). */
function skeletonItems(typed: string, replace: Range, locale: Locale, today: Date): CompletionItem[] {
  const lower = typed.toLowerCase();
  const matching = (prefixes: readonly string[]) => (lower === '' ? undefined : prefixes.find((prefix) => prefix.startsWith(lower)));
  const items: CompletionItem[] = [];
  for (const profile of PROFILES) {
    const reportPrefix = matching(profile.skeletonPrefixes);
    if (reportPrefix === undefined) continue;
    items.push({
      label: format(WORDS.report, locale, { name: profile.name['zh-cn'] }),
      kind: CompletionItemKind.Snippet,
      detail: format(profile.skeleton.description, locale, { year: reportYearOn(today) }),
      sortText: '2',
      filterText: reportPrefix,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: replace, newText: reportSnippet(today, locale, profile) },
    });
  }
  const signaturePrefix = matching(SIGNATURE_PREFIXES);
  if (signaturePrefix !== undefined) {
    items.push({
      label: WORDS.signature[locale],
      kind: CompletionItemKind.Snippet,
      sortText: '3',
      filterText: signaturePrefix,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: replace, newText: signatureSnippet(today) },
    });
  }
  return items;
}

/**
 * Next sibling of the last heading above the line, its first (or next) child, then the next siblings
 * of its ancestors — leaving out a number that a sibling below the line already has (`五、` when `五、其他…` follows).
 */
function candidates(reportHeadings: readonly Heading[], line: number, locale: Locale): Candidate[] {
  let lastIndex = -1;
  while (lastIndex + 1 < reportHeadings.length && reportHeadings[lastIndex + 1]!.line < line) lastIndex++;
  const last = reportHeadings[lastIndex];
  const below = reportHeadings.slice(lastIndex + 1);
  /** The number the next heading of this level under this parent below the line has, if any. */
  const nextBelow = (parent: Heading | undefined, level: HeadingLevel) => {
    for (const heading of below) {
      if (heading.level < level || (heading.level === level && heading.parent !== parent)) return undefined;
      if (heading.level === level) return heading.marker.value;
    }
    return undefined;
  };
  if (!last) return nextBelow(undefined, 1) === 1 ? [] : [{ level: 1, value: 1, why: WORDS.start[locale] }];
  const result: Candidate[] = [];
  const marker = (heading: Heading) => formatMarker(heading.level, heading.marker.value);
  const push = (parent: Heading | undefined, level: HeadingLevel, value: number, why: string) => {
    if (value > MAX_MARKER_VALUE[level] || nextBelow(parent, level) === value) return;
    if (!result.some((candidate) => candidate.level === level && candidate.value === value)) result.push({ level, value, why });
  };
  push(last.parent, last.level, last.marker.value + 1, format(WORDS.next, locale, { after: marker(last) }));
  if (last.level < 5) push(last, (last.level + 1) as HeadingLevel, 1, format(WORDS.first, locale, { parent: marker(last) }));
  for (let ancestor = last.parent; ancestor; ancestor = ancestor.parent) {
    // The ancestor's last child above the line (children run in document order).
    let youngest: Heading | undefined;
    for (const child of ancestor.children) if (child.line <= last.line) youngest = child;
    if (youngest && youngest !== last && youngest.level !== last.level) {
      push(ancestor, youngest.level, youngest.marker.value + 1, format(WORDS.next, locale, { after: marker(youngest) }));
    }
    push(ancestor.parent, ancestor.level, ancestor.marker.value + 1, format(WORDS.next, locale, { after: marker(ancestor) }));
  }
  return result;
}
