import { MessageCache } from '../l10n';
import { replace } from '../editing/edits';
import type { TextMark } from './types';
import { changeTo, markRange, quoted, textIssues } from './text/findings';
import type { TextCheck } from './text/textCheck';

const WORDS = {
  explanation: {
    'zh-cn': '**兼容形式的符号**：`﹪` `﹙﹚` `︵︶` `｢｣` 等是为竖排和旧编码保留的兼容字符（Unicode 兼容区），在 Word 里字形、宽度与标准符号不同，也无法被检索。应写作标准形式（GB/T 15834—2011，GB/T 15835—2011）：`%` `（）` `「」`。逗号、句号等标点的兼容形式由 punctuation-width 检查。',
    en: '**Compatibility forms**: `﹪` `﹙﹚` `︵︶` `｢｣` and the like are compatibility characters kept for vertical text and old encodings; they look and space differently in Word and are missed by searches. Write the standard forms (GB/T 15834—2011, GB/T 15835—2011): `%` `（）` `「」`. Compatibility forms of pauses are punctuation-width\'s.',
  },
  description: { 'zh-cn': '符号的兼容形式（﹪ ﹙﹚ ︵︶ ｢｣ 等），应为标准形式', en: 'Compatibility forms of marks (﹪ ﹙﹚ ︵︶ ｢｣ …) instead of the standard ones' },
  fix: { 'zh-cn': '改为标准形式', en: 'Use the standard form' },
  message: { 'zh-cn': '{wrong}是兼容形式，应写作{right}', en: '{wrong} is a compatibility form: write {right}' },
};

/** The standard form of each compatibility form of a mark (pauses aside: see `COMPATIBLE_PAUSES`). */
const STANDARD: Readonly<Record<string, string>> = {
  '﹪': '%', '﹟': '#', '﹠': '&', '﹡': '*', '﹢': '+', '﹣': '-', '﹤': '<', '﹥': '>', '﹦': '=', '﹨': '\\', '﹩': '$', '﹫': '@',
  '﹙': '（', '﹚': '）', '﹛': '｛', '﹜': '｝', '﹝': '〔', '﹞': '〕',
  '︵': '（', '︶': '）', '︷': '｛', '︸': '｝', '︹': '〔', '︺': '〕', '︻': '【', '︼': '】', '︽': '《', '︾': '》', '︿': '〈', '﹀': '〉',
  '﹁': '「', '﹂': '」', '﹃': '『', '﹄': '』', '｢': '「', '｣': '」', '･': '·',
};

interface FormMark extends TextMark {
  readonly replacement: string;
}

export const compatibilityForm: TextCheck<FormMark> = {
  id: 'compatibility-form',
  kind: 'proofreading',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  fix: WORDS.fix,
  scan: {
    triggers: [{ chars: Object.keys(STANDARD).join('') }],
    handler(report) {
      return {
        at({ text }, at) {
          report({ start: at, end: at + 1, replacement: STANDARD[text[at]!]! });
          return at;
        },
      };
    },
  },
  run(context) {
    const messages = new MessageCache(context.locale);
    return textIssues(context, compatibilityForm, (line, lineIndex, mark) => ({
      range: markRange(lineIndex, mark),
      message: messages.format(WORDS.message, { wrong: quoted(context.locale, line.text[mark.start]!), right: quoted(context.locale, mark.replacement) }),
      fix: { title: changeTo(messages, mark.replacement), edits: [replace(lineIndex, mark.start, mark.end, mark.replacement)], safe: true },
    }));
  },
};
