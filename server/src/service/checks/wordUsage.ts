import words from '../data/words.json';
import { isAsciiDigit } from '../model/text';
import { AnchoredList } from './text/anchors';
import { EntryMark, ListEntry, listIssues } from './text/findings';
import type { TextCheck } from './text/textCheck';

const WORDS = {
  explanation: {
    'zh-cn': '**误用词**：词表 `data/words.json` 中的常见误用（出处见下）。只有词表标为安全的替换才进入“修复全部”；如确属本意，可用“不再提示”把这个词加入 `fazhiReport.allowedWords`。',
    en: '**Misused word**: a common misuse from the list `data/words.json` (source below). Only replacements the list marks safe are part of Fix All; if the word is meant, "Don\'t report" adds it to `fazhiReport.allowedWords`.',
  },
  description: { 'zh-cn': '常见误用词（如表示时间的“截止2023年底”应为“截至”；词表见 data/words.json）', en: 'Commonly misused words (截止2023年底 should be 截至 …; the list is data/words.json)' },
  fix: { 'zh-cn': '改为正确的词（仅词表中标为安全的）', en: 'Use the right word (only where the list marks it safe)' },
};

export interface WordEntry extends ListEntry {
  readonly followedBy?: readonly string[];
  readonly notFollowedBy?: readonly string[];
  readonly precededBy?: readonly string[];
}

export const WORD_ENTRIES: readonly WordEntry[] = words.entries;
const LIST = new AnchoredList(WORD_ENTRIES.map((entry) => entry.wrong));
/** In `followedBy` and `precededBy`: any digit. */
const ANY_DIGIT = '0-9';

export const wordUsage: TextCheck<EntryMark> = {
  id: 'word-usage',
  kind: 'proofreading',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  fix: WORDS.fix,
  scan: {
    triggers: [{ chars: LIST.anchors }],
    handler(report) {
      return {
        at({ text }, at) {
          for (const { index: entry, start, end } of LIST.matchesAt(text, at)) {
            if (wordApplies(WORD_ENTRIES[entry]!, text, start, end)) report({ start, end, entry });
          }
          return at;
        },
      };
    },
  },
  run(context) {
    return listIssues(context, wordUsage, WORD_ENTRIES);
  },
};

function wordApplies(entry: WordEntry, text: string, start: number, end: number): boolean {
  const stands = (word: string, at: number, before: boolean) => (word === ANY_DIGIT
    ? isAsciiDigit(text.charCodeAt(before ? at - 1 : at))
    : before ? text.endsWith(word, at) : text.startsWith(word, at));
  if (entry.notFollowedBy?.some((word) => stands(word, end, false))) return false;
  if (entry.precededBy && !entry.precededBy.some((word) => stands(word, start, true))) return false;
  return !entry.followedBy || entry.followedBy.some((word) => stands(word, end, false));
}
