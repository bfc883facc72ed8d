/** Contents entries lead to their reports: as document links and as go-to-definition. */
import type { DocumentLink, Location, Position } from 'vscode-languageserver-types';
import type { Locale } from '../l10n';
import { matchContents } from '../model/contentsMatch';
import type { ReportDocument } from '../model/document';
import { range, titleRange } from '../model/ranges';

const TOOLTIP = { 'zh-cn': '转到报告“{title}”', en: 'Go to the report "{title}"' };

export function documentLinks(document: ReportDocument, uri: string, locale: Locale): DocumentLink[] {
  return (matchContents(document)?.matched ?? []).map(({ entry, report }) => ({
    range: range(entry.line, entry.titleStart, entry.line, entry.titleEnd),
    // VS Code and most editors open `…#L12` at line 12.
    target: `${uri}#L${report.title!.line + 1}`,
    tooltip: TOOLTIP[locale].replace('{title}', report.title!.text),
  }));
}

export function definition(document: ReportDocument, uri: string, position: Position): Location | undefined {
  const found = matchContents(document)?.matched.find(({ entry }) => entry.line === position.line);
  return found && { uri, range: titleRange(found.report.title!) };
}
