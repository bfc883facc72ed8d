/**
 * Hovers: on a heading, the size of its section and report and, for a required section, what the
 * regulation asks for; on a report title, its size and the sections it lacks; on a table, what it
 * holds and the sums its numbers must obey; on a placeholder, residue or substitute letter, what to
 * do about it.
 */
import type { Hover, MarkupContent, Position } from 'vscode-languageserver-types';
import { missingTopics, topicsOfTitle } from '../profiles/matching';
import { CHECKS_BY_ID } from '../checks/registry';
import type { Finding } from '../checks/types';
import { Locale, Message, format } from '../l10n';
import type { ReportDocument } from '../model/document';
import { countCharacters, reportAt } from './counts';
import { headingRange, range, titleRange } from '../model/ranges';

const WORDS = {
  section: { 'zh-cn': '本节 {count} 字', en: 'this section: {count} characters' },
  report: { 'zh-cn': '全篇 {count} 字', en: 'the report: {count} characters' },
  year: { 'zh-cn': '{year}年度报告', en: 'report for {year}' },
  required: { 'zh-cn': '**必备章节：{topic}**　{guidance}', en: '**Required section: {topic}** — {guidance}' },
  lacks: { 'zh-cn': '缺少必备章节：{topics}', en: 'Missing required sections: {topics}' },
  complete: { 'zh-cn': '必备章节齐全', en: 'All required sections present' },
  table: { 'zh-cn': '{count}行，数字按表中勾稽关系核对（table-sum）：', en: '{count} rows; the numbers are checked against its sums (table-sum):' },
  noRules: { 'zh-cn': '{count}行；各行的数字个数按格式核对（table-shape）', en: '{count} rows; the cells of each row are checked against the format (table-shape)' },
} satisfies Record<string, Message>;

function markdown(value: string): MarkupContent {
  return { kind: 'markdown', value };
}

const within = (position: Position, line: number, start: number, end: number) => position.line === line && position.character >= start && position.character <= end;
const number = (value: number, locale: Locale) => value.toLocaleString(locale === 'en' ? 'en-US' : 'zh-CN');

export function hover(document: ReportDocument, findings: readonly Finding[], position: Position, locale: Locale): Hover | undefined {
  const explained = explainedFinding(findings, position, locale);
  if (explained) return explained;
  const report = reportAt(document, position.line);
  if (!report) return undefined;
  const reportCount = format(WORDS.report, locale, { count: number(countCharacters(document, report.startLine, report.endLine), locale) });
  const heading = report.headings.find((candidate) => position.line >= candidate.line && position.line <= candidate.endLine
    && (position.line !== candidate.line || position.character >= candidate.marker.start)
    && (position.line !== candidate.endLine || position.character <= candidate.titleEnd));
  if (heading) {
    const marker = document.lines[heading.line]!.text.slice(heading.marker.start, heading.marker.end);
    const lines = [
      `**${marker}${heading.title}**`,
      `${format(WORDS.section, locale, { count: number(countCharacters(document, heading.line, heading.sectionEndLine), locale) })} · ${reportCount}`,
      ...topicsOfTitle(report.profile, heading.title).map((topic) => format(WORDS.required, locale, { topic: topic.name[locale], guidance: topic.guidance[locale] })),
    ];
    return { contents: markdown(lines.join('\n\n')), range: headingRange(heading) };
  }
  const table = report.tables.find((candidate) => position.line >= candidate.startLine && position.line <= candidate.endLine);
  if (table) {
    const { schema } = table;
    const rules = schema.rules.map((rule) => `- ${rule.name[locale]}`);
    const lines = [`**${schema.name[locale]}**`, format(rules.length > 0 ? WORDS.table : WORDS.noRules, locale, { count: table.rows.length }), ...rules];
    return { contents: markdown(lines.join('\n\n')), range: range(table.startLine, 0, table.endLine, document.lines[table.endLine]!.text.length) };
  }
  const title = report.title;
  if (title && within(position, title.line, title.start, title.end)) {
    const missing = missingTopics(report.profile, report);
    const lines = [
      `**${title.text}**`,
      [title.year === undefined ? undefined : format(WORDS.year, locale, { year: title.year }), reportCount].filter(Boolean).join(' · '),
      missing.length === 0 ? WORDS.complete[locale] : format(WORDS.lacks, locale, { topics: missing.map((topic) => topic.name[locale]).join(locale === 'en' ? ', ' : '、') }),
    ];
    return { contents: markdown(lines.join('\n\n')), range: titleRange(title) };
  }
  return undefined;
}

/** A finding under the cursor whose check explains itself: the check's words, then this finding's own (a word list's note). */
function explainedFinding(findings: readonly Finding[], position: Position, locale: Locale): Hover | undefined {
  for (const finding of findings) {
    if (!within(position, finding.range.start.line, finding.range.start.character, finding.range.end.character)) continue;
    const general = CHECKS_BY_ID.get(finding.code)?.explanation?.[locale];
    if (!general && !finding.explanation) continue;
    return { contents: markdown([general, finding.explanation].filter(Boolean).join('\n\n')), range: finding.range };
  }
  return undefined;
}
