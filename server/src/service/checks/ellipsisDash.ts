import { CharSet } from '../model/chars';
import { MessageCache } from '../l10n';
import { isAsciiDigit, isBlank } from '../model/text';
import { replace } from '../editing/edits';
import type { TextMark } from './types';
import { markRange, textIssues } from './text/findings';
import { PAUSE_TRIGGERS, pauseRun } from './text/pauses';
import { isLatin } from './text/characters';
import { inAddress } from './text/sides';
import type { LineScan, TextCheck } from './text/textCheck';

const WORDS = {
  explanation: {
    'zh-cn': '**省略号和连接号**：省略号写作六个点 `……`，占两个字的位置（GB/T 15834—2011 4.11 省略号），不写 `...` `。。。` 或单个 `…`；省略号和“等”“等等”不同时使用。表示时间起止用一字线 `—`（GB/T 15834—2011 4.13 连接号），如《法治政府建设实施纲要（2021—2025年）》。年份范围的改写只作建议，不进入“修复全部”。',
    en: '**Ellipsis and dash**: the ellipsis is six dots `……`, two characters wide (GB/T 15834—2011, 4.11), not `...`, `。。。` or a single `…`; it is not used together with 等. A range of years takes the one-character dash `—` (4.13), as in 《法治政府建设实施纲要（2021—2025年）》. Rewriting a range is a suggestion only, never part of Fix All.',
  },
  description: { 'zh-cn': '省略号和连接号不规范：... 。。。 单个… → ……；……等；年份范围 2021-2025年 → 2021—2025年（GB/T 15834）', en: 'Ellipsis and dash forms: ... 。。。 a lone … → ……; ……等; year ranges 2021-2025年 → 2021—2025年 (GB/T 15834)' },
  fix: { 'zh-cn': '改为规范写法', en: 'Use the standard form' },
  ellipsis: { 'zh-cn': '省略号应写作“……”，而不是“{wrong}”（GB/T 15834 4.11）', en: 'An ellipsis is written "……", not "{wrong}" (GB/T 15834 4.11)' },
  etc: { 'zh-cn': '“……”与“等”不并用（GB/T 15834 4.11）', en: '"……" and "等" say the same: use one (GB/T 15834 4.11)' },
  range: { 'zh-cn': '年份范围用一字线“—”连接：{years}（GB/T 15834 4.13）', en: 'A range of years takes the dash "—": {years} (GB/T 15834 4.13)' },
  toEllipsis: { 'zh-cn': '改为“……”', en: 'Change to "……"' },
  dropEllipsis: { 'zh-cn': '删去“……”，保留“等”', en: 'Drop "……" and keep "等"' },
  toDash: { 'zh-cn': '改为“—”', en: 'Change to "—"' },
};

/** `...` `。。。` `…` → `……`, `……等` → `等`, `2021-2025年` → `2021—2025年` (a suggestion only, with the span of the years). */
interface EllipsisMark extends TextMark {
  readonly replacement: string;
  readonly years?: TextMark;
}

const ELLIPSIS_PARTS = new CharSet('….。');
/** Hyphens and the half-width tilde written between years; the full-width ～ is a dash GB/T 15834 allows. */
const YEAR_RANGE_DASHES = new CharSet('-~－');

export const ellipsisDash: TextCheck<EllipsisMark> = {
  id: 'ellipsis-dash',
  kind: 'proofreading',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'info',
  fix: WORDS.fix,
  scan: {
    // Every pause, to see `。。。` as its run does; dots, ellipses, and the dashes of year ranges.
    triggers: [...PAUSE_TRIGGERS, { chars: '.…-~－' }],
    yieldsToRewrites: true,
    handler(report) {
      /** Where the last look for 等 after an ellipsis ended, and what it found (see `beforeDeng`). */
      let dengLookEnd = -1;
      let dengAhead = false;

      /** Whether 等 follows, after blanks and more of an ellipsis (`…… 等`, `。。。……等`): the ellipsis goes. */
      function beforeDeng(text: string, at: number, end: number): boolean {
        // Runs of an ellipsis in a row ask in turn: each stretch is walked once.
        if (at <= dengLookEnd) return dengAhead;
        while (at < end && (isBlank(text.charCodeAt(at)) || ELLIPSIS_PARTS.has(text.charCodeAt(at)))) {
          // `。。。` is an ellipsis; a lone `。` ends a sentence, and what follows it is no part of this one.
          if (text.charCodeAt(at) === 0x3002) {
            let run = at;
            while (run < end && text.charCodeAt(run) === 0x3002) run++;
            if (run - at < 3) break;
            at = run;
            continue;
          }
          at++;
        }
        dengLookEnd = at;
        dengAhead = text.charCodeAt(at) === 0x7b49;
        return dengAhead;
      }

      /**
       * `...` or `。。。` written for an ellipsis, with any `…` right after it: `……`, or nothing before 等
       * (an ellipsis and 等 say the same). Returns the index of the last character taken.
       */
      function ellipsisOfDots({ text, end }: LineScan, at: number, runEnd: number): number {
        while (runEnd < end && text.charCodeAt(runEnd) === 0x2026) runEnd++;
        // Blanks around it are stray (`...` counts as Chinese punctuation): that check takes them.
        report({ start: at, end: runEnd, replacement: beforeDeng(text, runEnd, end) ? '' : '……' });
        return runEnd - 1;
      }

      return {
        startLine() {
          dengLookEnd = -1;
        },
        at(scan, at) {
          const { text, end } = scan;
          const code = text.charCodeAt(at);
          if (code === 0x2e) {
            // `...` (three or more dots, not in an address or a number) → `……`.
            let runEnd = at;
            while (runEnd < end && text.charCodeAt(runEnd) === 0x2e) runEnd++;
            if (runEnd - at >= 3 && !inAddress(text, at)) return ellipsisOfDots(scan, at, runEnd);
            return runEnd - 1;
          }
          if (code === 0x2026) {
            // `…` alone → `……`; `……等` → `等`.
            let runEnd = at;
            while (runEnd < end && text.charCodeAt(runEnd) === 0x2026) runEnd++;
            if (beforeDeng(text, runEnd, end)) report({ start: at, end: runEnd, replacement: '' });
            else if ((runEnd - at) % 2 === 1) report({ start: at, end: runEnd, replacement: '……' });
            return runEnd - 1;
          }
          if (YEAR_RANGE_DASHES.has(code)) return yearRange(scan, at, report);
          const run = scan.shared(pauseRun, at);
          return run.ellipsis ? ellipsisOfDots(scan, run.ellipsis.start, run.ellipsis.end) : run.last;
        },
      };
    },
  },
  run(context) {
    const { locale } = context;
    const messages = new MessageCache(locale);
    return textIssues(context, ellipsisDash, (line, lineIndex, mark) => {
      const wrong = line.text.slice(mark.start, mark.end);
      const edits = [replace(lineIndex, mark.start, mark.end, mark.replacement)];
      if (mark.years) {
        // A suggestion only, never in "fix all": a hyphen between years may belong to a name.
        const years = `${line.text.slice(mark.years.start, mark.start)}—${line.text.slice(mark.end, mark.years.end)}`;
        return { range: markRange(lineIndex, mark), message: messages.format(WORDS.range, { years }), fix: { title: WORDS.toDash[locale], edits, safe: false } };
      }
      if (mark.replacement === '') {
        return { range: markRange(lineIndex, { start: mark.start, end: mark.end + 1 }), message: WORDS.etc[locale], fix: { title: WORDS.dropEllipsis[locale], edits, safe: true } };
      }
      return { range: markRange(lineIndex, mark), message: messages.format(WORDS.ellipsis, { wrong }), fix: { title: WORDS.toEllipsis[locale], edits, safe: true } };
    });
  },
};

/**
 * A hyphen or tilde between years: `2021-2025年`, `(2022-2025)` or `2021年-2023年` → with `—` (a
 * suggestion only). Returns the index of the last character taken.
 */
function yearRange({ text, from, end }: LineScan, at: number, report: (mark: EllipsisMark) => void): number {
  // The first year, with 年 after it when the second has one too.
  const firstEnd = text.charCodeAt(at - 1) === 0x5e74 ? at - 1 : at;
  const firstStart = firstEnd - 4;
  if (firstStart < from || !isYear(text, firstStart)) return at;
  const before = text.charCodeAt(firstStart - 1);
  if (isAsciiDigit(before) || before === 0x2e || isLatin(before) || YEAR_RANGE_DASHES.has(before)) return at;
  const secondEnd = at + 5;
  if (secondEnd > end || !isYear(text, at + 1) || isAsciiDigit(text.charCodeAt(secondEnd))) return at;
  const after = text.charCodeAt(secondEnd);
  const closes = firstEnd < at ? after === 0x5e74 : after === 0x5e74 || after === 0x29 || after === 0xff09;
  // Years, in order: not a file number (`2023-0012-2024年`).
  if (!closes || Number(text.slice(firstStart, firstEnd)) >= Number(text.slice(at + 1, secondEnd))) return at;
  report({ start: at, end: at + 1, replacement: '—', years: { start: firstStart, end: after === 0x5e74 ? secondEnd + 1 : secondEnd } });
  return secondEnd - 1;
}

/** Four digits from `at` making a year from 1900 to 2100. */
function isYear(text: string, at: number): boolean {
  for (let index = at; index < at + 4; index++) if (!isAsciiDigit(text.charCodeAt(index))) return false;
  const year = Number(text.slice(at, at + 4));
  return year >= 1900 && year <= 2100;
}
