import { MessageCache } from '../l10n';
import { range } from '../model/ranges';
import { replace } from '../editing/edits';
import type { Check, Issue } from './types';

const WORDS = {
  explanation: {
    'zh-cn': '**字母代字**：网上流传的稿件常用字母代替敏感字（如 D 代“党”）。正式上报的报告应写原字，可用快速修复替换。',
    en: '**Letter for a character**: texts passed around online replace sensitive characters with letters (D for 党). A report submitted formally writes the character; the quick fix replaces it.',
  },
  description: { 'zh-cn': '用字母代替汉字（如“D组”“D的二十大”中的 D 代“党”）', en: 'A letter standing in for a character (D for 党 in "D组", "D的二十大")' },
  fix: { 'zh-cn': '改为原字', en: 'Write the character' },
  message: { 'zh-cn': '“{letters}”代替了“{replacement}”，正式文稿应写“{replacement}”', en: '"{letters}" stands in for "{replacement}"; a formal report writes "{replacement}"' },
  fixTitle: { 'zh-cn': '改为“{replacement}”', en: 'Change to "{replacement}"' },
};

export const substituteCharacter: Check = {
  id: 'substitute-character',
  kind: 'structure',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  fix: WORDS.fix,
  run({ document, locale }) {
    const issues: Issue[] = [];
    const messages = new MessageCache(locale);
    const lines = document.lines;
    for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
      const line = lines[lineIndex]!;
      for (const mark of line.marks) {
        if (mark.kind !== 'substitute') continue;
        const values = { letters: line.text.slice(mark.start, mark.end), replacement: mark.replacement };
        issues.push({
          range: range(lineIndex, mark.start, lineIndex, mark.end),
          message: messages.format(WORDS.message, values),
          fix: { title: messages.format(WORDS.fixTitle, values), edits: [replace(lineIndex, mark.start, mark.end, mark.replacement)], safe: true },
        });
      }
    }
    return issues;
  },
};
