/**
 * Hovers: on a heading, the size of its section and report and, for a required section, what the
 * regulation asks for; on a report title, its size and the sections it lacks; on a placeholder,
 * residue or substitute letter, what to do about it.
 */
import type { Hover, MarkupContent, Position } from 'vscode-languageserver-types';
import { ANNUAL_REPORT_PROFILE, missingTopics, topicsOfTitle } from '../checks/profile';
import type { Finding } from '../checks/types';
import { Locale, Message, format } from '../l10n';
import type { ReportDocument } from '../model/document';
import { countCharacters, reportAt } from './counts';
import { range, titleRange } from './ranges';

const WORDS = {
  section: { 'zh-cn': '本节 {count} 字', en: 'this section: {count} characters' },
  report: { 'zh-cn': '全篇 {count} 字', en: 'the report: {count} characters' },
  year: { 'zh-cn': '{year}年度报告', en: 'report for {year}' },
  required: { 'zh-cn': '**必备章节：{topic}**　{guidance}', en: '**Required section: {topic}** — {guidance}' },
  lacks: { 'zh-cn': '缺少必备章节：{topics}', en: 'Missing required sections: {topics}' },
  complete: { 'zh-cn': '必备章节齐全', en: 'All required sections present' },
  placeholder: {
    'zh-cn': '**未填写的占位内容**：这里应写入实际的数据、名称或日期。上报前请逐一替换；可在设置 `fazhiReport.placeholders` 中添加本单位模板使用的其他占位写法。',
    en: '**Unfilled placeholder**: the actual figure, name or date belongs here. Replace every one before submitting; add your templates\' own placeholders in the setting `fazhiReport.placeholders`.',
  },
  'web-residue': {
    'zh-cn': '**网页残留**：复制网页时带入的栏目、按钮或采集标记，不属于报告正文。可用快速修复删除，或“修复全部”一次清除。',
    en: '**Web residue**: page chrome, buttons or scraper markers copied with the text; not part of the report. Delete it with the quick fix, or all at once with Fix All.',
  },
  'substitute-character': {
    'zh-cn': '**字母代字**：网上流传的稿件常用字母代替敏感字（如 D 代“党”）。正式上报的报告应写原字，可用快速修复替换。',
    en: '**Letter for a character**: texts passed around online replace sensitive characters with letters (D for 党). A report submitted formally writes the character; the quick fix replaces it.',
  },
} satisfies Record<string, Message>;

const HOVERED_CODES = ['placeholder', 'web-residue', 'substitute-character'] as const;

function markdown(value: string): MarkupContent {
  return { kind: 'markdown', value };
}

const within = (position: Position, line: number, start: number, end: number) => position.line === line && position.character >= start && position.character <= end;
const number = (value: number, locale: Locale) => value.toLocaleString(locale === 'en' ? 'en-US' : 'zh-CN');

export function hover(document: ReportDocument, findings: readonly Finding[], position: Position, locale: Locale): Hover | undefined {
  for (const code of HOVERED_CODES) {
    const finding = findings.find((candidate) => candidate.code === code
      && within(position, candidate.range.start.line, candidate.range.start.character, candidate.range.end.character));
    if (finding) return { contents: markdown(WORDS[code][locale]), range: finding.range };
  }
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
      ...topicsOfTitle(ANNUAL_REPORT_PROFILE, heading.title).map((topic) => format(WORDS.required, locale, { topic: topic.name[locale], guidance: topic.guidance[locale] })),
    ];
    return { contents: markdown(lines.join('\n\n')), range: range(heading.line, heading.marker.start, heading.endLine, heading.titleEnd) };
  }
  const title = report.title;
  if (title && within(position, title.line, title.start, title.end)) {
    const missing = missingTopics(ANNUAL_REPORT_PROFILE, report);
    const lines = [
      `**${title.text}**`,
      [title.year === undefined ? undefined : format(WORDS.year, locale, { year: title.year }), reportCount].filter(Boolean).join(' · '),
      missing.length === 0 ? WORDS.complete[locale] : format(WORDS.lacks, locale, { topics: missing.map((topic) => topic.name[locale]).join(locale === 'en' ? ', ' : '、') }),
    ];
    return { contents: markdown(lines.join('\n\n')), range: titleRange(title) };
  }
  return undefined;
}
