import { MessageCache } from '../l10n';
import { contentRange, range } from '../model/ranges';
import { shorten } from '../model/text';
import { deleteLine, replace } from '../editing/edits';
import type { Check, Issue } from './types';

const WORDS = {
  explanation: {
    'zh-cn': '**网页残留**：复制网页时带入的栏目、按钮或采集标记，不属于报告正文。可用快速修复删除，或“修复全部”一次清除。',
    en: '**Web residue**: page chrome, buttons or scraper markers copied with the text; not part of the report. Delete it with the quick fix, or all at once with Fix All.',
  },
  description: { 'zh-cn': '从网页复制带来的残留内容（无障碍版、分享到、【字体：、扫一扫……）和采集标记（##paidbegin## 等）', en: 'Web-page chrome pasted with the text (无障碍版, 分享到, 【字体：, 扫一扫 …) and scraper markers (##paidbegin## …)' },
  fix: { 'zh-cn': '删除残留的行或标记', en: 'Delete the residue line or marker' },
  line: { 'zh-cn': '网页残留：“{text}”不是报告内容', en: 'Web residue: "{text}" is not part of the report' },
  marker: { 'zh-cn': '采集标记“{text}”不是报告内容', en: 'Scraper marker "{text}" is not part of the report' },
  echo: { 'zh-cn': '网页上重复的报告标题，不是报告内容', en: 'The report title repeated by the web page: not part of the report' },
  deleteLine: { 'zh-cn': '删除这一行', en: 'Delete this line' },
  deleteMarker: { 'zh-cn': '删除“{text}”', en: 'Delete "{text}"' },
};

export const webResidue: Check = {
  id: 'web-residue',
  kind: 'structure',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  fix: WORDS.fix,
  run({ document, locale }) {
    const issues: Issue[] = [];
    const messages = new MessageCache(locale);
    const lines = document.lines;
    const echoes = new Set(document.titleEchoes);
    for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
      const line = lines[lineIndex]!;
      if (echoes.has(lineIndex)) {
        issues.push({
          range: contentRange(document, lineIndex),
          message: WORDS.echo[locale],
          fix: { title: WORDS.deleteLine[locale], edits: [deleteLine(document, lineIndex)], safe: true },
        });
        continue;
      }
      if (line.residue) {
        const text = shorten(line.text.slice(line.indent, line.end), 30);
        issues.push({
          range: contentRange(document, lineIndex),
          message: messages.format(WORDS.line, { text }),
          fix: { title: WORDS.deleteLine[locale], edits: [deleteLine(document, lineIndex)], safe: true },
        });
        continue;
      }
      if (!line.marks.some((mark) => mark.kind === 'scraper')) continue;
      const markers = line.marks.filter((mark) => mark.kind === 'scraper');
      const onlyMarkers = markers.reduce((length, mark) => length + mark.end - mark.start, 0) === line.end - line.indent;
      for (const mark of markers) {
        const text = line.text.slice(mark.start, mark.end);
        const edit = onlyMarkers ? deleteLine(document, lineIndex) : replace(lineIndex, mark.start, mark.end, '');
        issues.push({
          range: range(lineIndex, mark.start, lineIndex, mark.end),
          message: messages.format(WORDS.marker, { text }),
          fix: { title: onlyMarkers ? WORDS.deleteLine[locale] : messages.format(WORDS.deleteMarker, { text }), edits: [edit], safe: true },
        });
      }
    }
    return issues;
  },
};
