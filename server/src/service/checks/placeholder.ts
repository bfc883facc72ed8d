import { MessageCache } from '../l10n';
import { range } from '../model/ranges';
import type { Check, Issue } from './types';

const WORDS = {
  explanation: {
    'zh-cn': '**未填写的占位内容**：这里应写入实际的数据、名称或日期。上报前请逐一替换；可在设置 `fazhiReport.placeholders` 中添加本单位模板使用的其他占位写法。',
    en: '**Unfilled placeholder**: the actual figure, name or date belongs here. Replace every one before submitting; add your templates\' own placeholders in the setting `fazhiReport.placeholders`.',
  },
  description: { 'zh-cn': '未填写的占位内容（XX、××、某某、某县/某局、20XX、第x、X月X日、〇〇、____、张*、【待补充】、空括号，以及设置中添加的字符串）', en: 'Unfilled placeholders (XX, ××, 某某, 某县/某局, 20XX, 第x, X月X日, 〇〇, ____, 张*, 【待补充】, empty brackets, and strings added in the settings)' },
  message: { 'zh-cn': '未填写的占位内容“{text}”：请替换为实际内容', en: 'Unfilled placeholder "{text}": replace it with the actual text' },
};

/** User strings longer than this are ignored: a placeholder is a short token. */
export const MAX_USER_PLACEHOLDER = 50;

function isWordCharacter(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** A user string such as `AAA` counts only as a whole token, not inside `AAAA级景区`. */
function standsAlone(text: string, start: number, end: number): boolean {
  const startsWord = isWordCharacter(text.charCodeAt(start));
  const endsWord = isWordCharacter(text.charCodeAt(end - 1));
  return !(startsWord && isWordCharacter(text.charCodeAt(start - 1))) && !(endsWord && isWordCharacter(text.charCodeAt(end)));
}

/**
 * Which characters of a line the placeholders found so far cover, so that a user string is not
 * reported again over a scanned mark or an earlier string: checking a match costs its length, and the
 * matches of one string never overlap, so each string costs at most one pass over the line.
 */
class LineCoverage {
  private readonly covered: Uint8Array;

  constructor(length: number, issues: readonly Issue[], from: number) {
    this.covered = new Uint8Array(length);
    for (let index = from; index < issues.length; index++) this.cover(issues[index]!.range.start.character, issues[index]!.range.end.character);
  }

  cover(start: number, end: number): void {
    this.covered.fill(1, start, end);
  }

  isFree(start: number, end: number): boolean {
    for (let index = start; index < end; index++) if (this.covered[index] === 1) return false;
    return true;
  }
}

export const placeholder: Check = {
  id: 'placeholder',
  kind: 'structure',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  run({ document, locale, settings }) {
    const issues: Issue[] = [];
    const messages = new MessageCache(locale);
    const issue = (line: number, text: string, start: number, end: number): Issue =>
      ({ range: range(line, start, line, end), message: messages.format(WORDS.message, { text: text.slice(start, end) }) });
    const userStrings = settings.placeholders.filter((text) => text.length > 0 && text.length <= MAX_USER_PLACEHOLDER);
    const lines = document.lines;
    for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
      const line = lines[lineIndex]!;
      if (line.residue) continue;
      const lineStart = issues.length;
      for (const mark of line.marks) {
        if (mark.kind === 'placeholder') issues.push(issue(lineIndex, line.text, mark.start, mark.end));
      }
      // User strings come after the scanned marks; runChecks puts all findings in document order.
      let coverage: LineCoverage | undefined;
      for (const text of userStrings) {
        for (let start = line.text.indexOf(text); start >= 0; start = line.text.indexOf(text, start + text.length)) {
          const end = start + text.length;
          if (!standsAlone(line.text, start, end)) continue;
          coverage ??= new LineCoverage(line.text.length, issues, lineStart);
          if (!coverage.isFree(start, end)) continue;
          coverage.cover(start, end);
          issues.push(issue(lineIndex, line.text, start, end));
        }
      }
    }
    return issues;
  },
};
