import confusables from '../data/confusables.json';
import { CharSet } from '../model/chars';
import { MessageCache } from '../l10n';
import { isHan } from '../model/text';
import { replace } from '../editing/edits';
import type { TextMark } from './types';
import { changeTo, markRange, textIssues } from './text/findings';
import type { LineScan, TextCheck } from './text/textCheck';

const WORDS = {
  explanation: {
    'zh-cn': '**易混用的字**：只在没有歧义的格式里报告（词表 `data/confusables.json`）。“既…又…”“既…也…”的“既”不写作“即”；“像…一样”“好像”“像这样”的“像”不写作“象”（“象”用于现象、形象、象征）；状语修饰动词用“地”（认真地组织），动词带补语用“得”（发现得及时）。“的、地、得”的用法可能因句意不同，只作提示，不给修改。',
    en: '**Confusable characters**: reported only in patterns that leave no doubt (list `data/confusables.json`). 既…又… is not written 即…又…; 像…一样, 好像, 像这样 are not written with 象 (象 is for 现象, 形象, 象征); an adverbial before a verb takes 地 (认真地组织), a verb before its complement takes 得 (发现得及时). 的/地/得 can depend on the meaning: those are hints without a fix.',
  },
  description: { 'zh-cn': '易混用的字：即…又（既）、象…一样（像）、的/地/得（只在格式明确处提示）', en: 'Confusable characters: 即…又 (既), 象…一样 (像), 的/地/得 (hints in clear patterns only)' },
  fix: { 'zh-cn': '改为正确的字（逐个确认，不进入“修复全部”）', en: 'Use the right character (one at a time, never in Fix All)' },
  ji: { 'zh-cn': '“{text}…”与“又/也”呼应，应为“既”：{right}', en: '{text}… pairs with 又/也: write 既 ({right})' },
  xiang: { 'zh-cn': '表示比喻、举例用“像”：{right}', en: 'A comparison takes 像: {right}' },
  di: { 'zh-cn': '状语修饰动词用“地”：{right}（若“{verb}”在这里作名词，请忽略）', en: 'An adverbial before a verb takes 地: {right} (ignore if {verb} is a noun here)' },
  de: { 'zh-cn': '动词带补语用“得”：{right}', en: 'A verb before its complement takes 得: {right}' },
};

/** A confused character at `start` (one character), in the pattern `pattern` that shows it, with the right character. */
interface ConfusedMark extends TextMark {
  readonly kind: 'ji' | 'xiang' | 'di' | 'de';
  readonly pattern: TextMark;
  readonly right: string;
}

const { jiYou, xiangYiyang, diDe, deDe } = confusables;
const JI_NOT_AFTER = new CharSet(jiYou.notAfter);
const JI_NOT_BEFORE = new CharSet(jiYou.notBefore);
const XIANG_NOT_AFTER = new CharSet(xiangYiyang.notAfter);
const XIANG_NOT_BEFORE = new CharSet(xiangYiyang.notBefore);
const SENTENCE_ENDS = new CharSet('。；！？;!?');
const CLAUSE_ENDS = new CharSet('。；！？，、：;!?,:');
const LISTING = new CharSet('、和与及');
/** How far the second half of 既…又 and 像…一样 is looked for. */
const MAX_SENTENCE = 40;
const MAX_COMPARISON = 16;

/** Words looked for before or after a character: first by their last (or first) character, so that most characters cost one lookup. */
class WordSet {
  private readonly byEdge = new Map<number, string[]>();
  private readonly edges: CharSet;

  constructor(words: readonly string[], private readonly atEnd: boolean) {
    for (const word of words) {
      const edge = word.charCodeAt(atEnd ? word.length - 1 : 0);
      this.byEdge.set(edge, [...(this.byEdge.get(edge) ?? []), word].sort((a, b) => b.length - a.length));
    }
    this.edges = new CharSet(String.fromCharCode(...this.byEdge.keys()));
  }

  /** The longest word ending at `at` (atEnd) or starting at `at`, if any. */
  at(text: string, at: number): string | undefined {
    const edge = this.atEnd ? at - 1 : at;
    if (!this.edges.at(text, edge)) return undefined;
    return this.byEdge.get(text.charCodeAt(edge))!.find((word) => (this.atEnd ? text.endsWith(word, at) : text.startsWith(word, at)));
  }
}

const ADVERBIALS = new WordSet(diDe.adverbials, true);
const DI_VERBS = new WordSet(diDe.verbs, false);
const NOUN_HEADS = new WordSet(diDe.nounHeads, false);
const DE_VERBS = new WordSet(deDe.verbs, true);
const COMPLEMENTS = new WordSet(deDe.complements, false);

export const confusableWord: TextCheck<ConfusedMark> = {
  id: 'confusable-word',
  kind: 'proofreading',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  fix: WORDS.fix,
  scan: {
    triggers: [{ chars: '即象的' }],
    handler(report) {
      return {
        at(scan, at) {
          const mark = jiYouAt(scan, at) ?? xiangAt(scan, at) ?? deAt(scan, at);
          if (mark) report(mark);
          return at;
        },
      };
    },
  },
  run(context) {
    const { locale } = context;
    const messages = new MessageCache(locale);
    return textIssues(context, confusableWord, (line, lineIndex, mark) => {
      const { text } = line;
      const pattern = text.slice(mark.pattern.start, mark.pattern.end);
      const right = text.slice(mark.pattern.start, mark.start) + mark.right + text.slice(mark.end, mark.pattern.end);
      const range = markRange(lineIndex, mark);
      if (mark.kind === 'di' || mark.kind === 'de') {
        const verb = mark.kind === 'di' ? text.slice(mark.end, mark.pattern.end) : '';
        return { range, message: messages.format(WORDS[mark.kind], { right, verb }), severity: 'hint' };
      }
      return {
        range,
        message: messages.format(WORDS[mark.kind], { text: pattern.slice(0, 2), right }),
        fix: { title: changeTo(messages, mark.right), edits: [replace(lineIndex, mark.start, mark.end, mark.right)], safe: false },
      };
    }, { flagged: (mark) => mark.pattern });
  },
};

/** `即要…又要` → 既: the same word after 即 and after 又 or 也 later in the sentence. */
function jiYouAt({ text, end }: LineScan, at: number): ConfusedMark | undefined {
  if (text.charCodeAt(at) !== 0x5373 || JI_NOT_AFTER.at(text, at - 1) || JI_NOT_BEFORE.at(text, at + 1) || !isHan(text.charCodeAt(at + 1))) return undefined;
  const word = text.charCodeAt(at + 1);
  for (let index = at + 2; index < Math.min(end, at + MAX_SENTENCE) && !SENTENCE_ENDS.at(text, index); index++) {
    const code = text.charCodeAt(index);
    if ((code === 0x53c8 || code === 0x4e5f) && text.charCodeAt(index + 1) === word) {
      return { kind: 'ji', start: at, end: at + 1, pattern: { start: at, end: at + 2 }, right: '既' };
    }
  }
  return undefined;
}

/** `象…一样`, `象这样` → 像: a comparison, not a word of 象 (现象, 象征). */
function xiangAt({ text, end }: LineScan, at: number): ConfusedMark | undefined {
  if (text.charCodeAt(at) !== 0x8c61 || XIANG_NOT_AFTER.at(text, at - 1) || XIANG_NOT_BEFORE.at(text, at + 1)) return undefined;
  const found = (stop: number): ConfusedMark => ({ kind: 'xiang', start: at, end: at + 1, pattern: { start: at, end: stop }, right: '像' });
  const right = xiangYiyang.followedBy.find((word) => text.startsWith(word, at + 1));
  if (right) return found(at + 1 + right.length);
  for (let index = at + 2; index < Math.min(end, at + MAX_COMPARISON) && !CLAUSE_ENDS.at(text, index); index++) {
    const ending = xiangYiyang.ends.find((word) => text.startsWith(word, index));
    if (ending) return found(index + ending.length);
  }
  return undefined;
}

/**
 * `认真的组织` → 地 (an adverbial before a verb), `发现的及时` → 得 (a verb before its complement
 * at the end of a clause); not where what follows the verb makes it a noun (`积极的推动作用`) or a
 * verb before makes a noun of the phrase (`得到有效的推进`).
 */
function deAt({ text, end }: LineScan, at: number): ConfusedMark | undefined {
  if (text.charCodeAt(at) !== 0x7684) return undefined;
  const adverbial = ADVERBIALS.at(text, at);
  const verb = adverbial && DI_VERBS.at(text, at + 1);
  // A verb listed with others (`有效的监督、预防机制`) or followed by a noun names a thing.
  if (adverbial && verb && !NOUN_HEADS.at(text, at + 1 + verb.length) && !LISTING.at(text, at + 1 + verb.length)) {
    const start = at - adverbial.length;
    const before = text.slice(Math.max(0, start - 6), start);
    if (!diDe.nominalizers.some((word) => before.includes(word))) {
      return { kind: 'di', start: at, end: at + 1, pattern: { start, end: at + 1 + verb.length }, right: '地' };
    }
  }
  const doer = DE_VERBS.at(text, at);
  const complement = doer && COMPLEMENTS.at(text, at + 1);
  if (doer && complement) {
    const after = at + 1 + complement.length;
    if (after >= end || CLAUSE_ENDS.at(text, after)) return { kind: 'de', start: at, end: at + 1, pattern: { start: at - doer.length, end: after }, right: '得' };
  }
  return undefined;
}
