import { MessageCache } from '../l10n';
import type { ReportDocument } from '../model/document';
import { range } from '../model/ranges';
import { replace } from '../editing/edits';
import type { Issue, TextMark } from './types';
import { changeTo, textIssues } from './text/findings';
import { isFullAlnum } from './text/characters';
import type { TextCheck } from './text/textCheck';

const WORDS = {
  explanation: {
    'zh-cn': '**数字和字母用半角**：阿拉伯数字和拉丁字母用半角形式（GB/T 15835—2011 第5章），全角的 `２０２３` `ＡＢ` 在 Word 里宽窄不一、无法按数字处理。',
    en: '**Half-width digits and letters**: Arabic numerals and Latin letters are written half-width (GB/T 15835—2011, chapter 5); full-width `２０２３` `ＡＢ` sets unevenly and is not read as a number.',
  },
  description: { 'zh-cn': '全角数字或字母（２０２３、ＡＢ），应为半角（GB/T 15835）', en: 'Full-width digits or Latin letters (２０２３, ＡＢ) instead of ASCII (GB/T 15835)' },
  fix: { 'zh-cn': '改为半角', en: 'Use ASCII' },
  message: { 'zh-cn': '“{wrong}”应写作半角“{right}”（GB/T 15835）', en: '"{wrong}" should be the ASCII "{right}" (GB/T 15835)' },
};

interface FullWidthMark extends TextMark {
  readonly replacement: string;
}

/** The full-width digits and Latin letters. */
const FULL_ALNUM = String.fromCharCode(...Array.from({ length: 0x5a }, (_, index) => 0xff10 + index).filter(isFullAlnum));

export const fullwidthAlnum: TextCheck<FullWidthMark> = {
  id: 'fullwidth-alnum',
  kind: 'proofreading',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  fix: WORDS.fix,
  scan: {
    triggers: [{ chars: FULL_ALNUM }],
    handler(report) {
      return {
        // A run of them → ASCII; a run of Ｘ that the placeholder check reports, or a site's watermark, is left to them.
        at({ text, end, line }, at) {
          let runEnd = at;
          while (runEnd < end && isFullAlnum(text.charCodeAt(runEnd))) runEnd++;
          if (line.marks.some((mark) => (mark.kind === 'placeholder' || mark.kind === 'scraper') && mark.start <= at && mark.end >= runEnd)) return runEnd - 1;
          let replacement = '';
          for (let index = at; index < runEnd; index++) replacement += String.fromCharCode(text.charCodeAt(index) - 0xfee0);
          report({ start: at, end: runEnd, replacement });
          return runEnd - 1;
        },
      };
    },
  },
  run(context) {
    const messages = new MessageCache(context.locale);
    const issue = (lineIndex: number, start: number, end: number, wrong: string, right: string): Issue => ({
      range: range(lineIndex, start, lineIndex, end),
      message: messages.format(WORDS.message, { wrong, right }),
      fix: { title: changeTo(messages, right), edits: [replace(lineIndex, start, end, right)], safe: true },
    });
    return [
      ...textIssues(context, fullwidthAlnum, (line, lineIndex, mark) => issue(lineIndex, mark.start, mark.end, line.text.slice(mark.start, mark.end), mark.replacement)),
      ...tableCellIssues(context.document, issue),
    ];
  },
};

/** A table's cells written in full-width digits (`５８`): the tables read them, and the text checks leave table lines alone. */
function tableCellIssues(document: ReportDocument, issue: (lineIndex: number, start: number, end: number, wrong: string, right: string) => Issue): Issue[] {
  const issues: Issue[] = [];
  for (const report of document.reports) {
    for (const table of report.tables) {
      for (const row of table.rows) {
        for (const cell of row.cells) {
          if (cell.halfWidth !== undefined) issues.push(issue(cell.line, cell.start, cell.end, document.lines[cell.line]!.text.slice(cell.start, cell.end), cell.halfWidth));
        }
      }
    }
  }
  return issues;
}
