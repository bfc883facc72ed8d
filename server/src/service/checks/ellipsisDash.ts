import { MessageCache } from '../l10n';
import { replace } from './edits';
import { markRange, textIssues } from './textFindings';
import type { Check } from './types';

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

export const ellipsisDash: Check = {
  id: 'ellipsis-dash',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'info',
  fix: WORDS.fix,
  run({ document, locale, settings }) {
    const messages = new MessageCache(locale);
    return textIssues(document, settings, 'ellipsis', (line, lineIndex, mark) => {
      const wrong = line.text.slice(mark.start, mark.end);
      const edits = [replace(lineIndex, mark.start, mark.end, mark.replacement)];
      if (mark.replacement === '—') {
        // A suggestion only, never in "fix all": a hyphen between years may belong to a name.
        const years = `${line.text.slice(mark.start - 4, mark.start)}—${line.text.slice(mark.end, mark.end + 5)}`;
        return { range: markRange(lineIndex, mark), message: messages.format(WORDS.range, { years }), fix: { title: WORDS.toDash[locale], edits, safe: false } };
      }
      if (mark.replacement === '') {
        return { range: markRange(lineIndex, { start: mark.start, end: mark.end + 1 }), message: WORDS.etc[locale], fix: { title: WORDS.dropEllipsis[locale], edits, safe: true } };
      }
      return { range: markRange(lineIndex, mark), message: messages.format(WORDS.ellipsis, { wrong }), fix: { title: WORDS.toEllipsis[locale], edits, safe: true } };
    });
  },
};
