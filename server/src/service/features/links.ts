/** Contents entries lead to their reports (or, in a report's own contents, to its headings): as document links and as go-to-definition. */
import type { DocumentLink, Location, Position } from 'vscode-languageserver-types';
import type { Locale } from '../l10n';
import { matchContents } from '../model/contentsMatch';
import type { ReportDocument } from '../model/document';
import { range } from '../model/ranges';

const TOOLTIP = { 'zh-cn': '转到报告“{title}”', en: 'Go to the report "{title}"' };
const HEADING_TOOLTIP = { 'zh-cn': '转到标题“{title}”', en: 'Go to the heading "{title}"' };

export function documentLinks(document: ReportDocument, uri: string, locale: Locale): DocumentLink[] {
  const match = matchContents(document);
  if (!match) return [];
  const tooltip = (match.ofHeadings ? HEADING_TOOLTIP : TOOLTIP)[locale];
  return match.matched.map(({ entry, target }) => ({
    range: range(entry.line, entry.titleStart, entry.line, entry.titleEnd),
    // VS Code and most editors open `…#L12` at line 12.
    target: `${uri}#L${target.range.start.line + 1}`,
    tooltip: tooltip.replace('{title}', target.name),
  }));
}

export function definition(document: ReportDocument, uri: string, position: Position): Location | undefined {
  const found = matchContents(document)?.matched.find(({ entry }) => entry.line === position.line);
  return found && { uri, range: found.target.range };
}
