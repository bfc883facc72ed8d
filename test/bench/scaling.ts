/**
 * The scaling table of `npm run bench`: the worst shapes of input for each path (one huge line, tens
 * of thousands of headings, enumerators or fixes, long user word lists), each at N and at 5N. Every
 * path is linear when five times the input costs about five times the time (the target: at most 6×).
 * A shape is timed doing what an editor does with it: diagnostics, a lightbulb request at the top
 * (which needs the fix-all edits) and the outline, from a fresh service each time. N is large enough
 * that both sizes outgrow the processor's caches: below that, a larger input looks slower than linear
 * only because its data no longer fit in them.
 */
import { parseSettings } from '../../server/src/service/settings';
import { createLanguageService } from '../../server/src/service/languageService';

export interface Shape {
  readonly name: string;
  /** The N of the table (5N is also timed). */
  readonly size: number;
  readonly text: (size: number) => string;
  readonly settings?: (size: number) => unknown;
}

const TITLE = '县司法局2023年法治政府建设年度报告\n';
const DISCLOSURE_TITLE = '青山县2023年政府信息公开工作年度报告\n';

export const SHAPES: readonly Shape[] = [
  { name: 'one huge line of report text', size: 1_000_000, text: (size) => TITLE + '依法行政，推进法治政府建设（2023年）。'.repeat(size / 20) },
  { name: 'headings `1.标题`, all numbered 1', size: 10_000, text: (size) => TITLE + '1.标题\n'.repeat(size) },
  { name: 'headings `（一）` … in sequence', size: 10_000, text: (size) => TITLE + Array.from({ length: size }, (_, index) => `（${'一二三四五六七八九'[index % 9]}）标题\n`).join('') },
  { name: '`，二是` on one line', size: 20_000, text: (size) => `${TITLE}一是甲${'，二是乙'.repeat(size)}` },
  { name: '`一是…三是` on one line', size: 20_000, text: (size) => TITLE + '一是甲，三是乙，'.repeat(size) },
  { name: 'user placeholder `A` on a line `A A …`', size: 60_000, text: (size) => TITLE + 'A '.repeat(size), settings: () => ({ placeholders: ['A'] }) },
  { name: 'fixable `D组` lines', size: 10_000, text: (size) => TITLE + 'D组会议研究\n'.repeat(size) },
  { name: 'page-chrome lines `分享到`', size: 10_000, text: (size) => TITLE + '分享到\n'.repeat(size) },
  { name: 'contents entries and their reports', size: 2_000, text: (size) => `汇编\n目录\n${Array.from({ length: size }, (_, index) => `${index}县2023年法治政府建设年度报告\t${index + 1}\n`).join('')}${Array.from({ length: size }, (_, index) => `${index}县2023年法治政府建设年度报告\n一、工作\n`).join('')}` },
  { name: 'user word list of N strings', size: 2_000, text: () => TITLE + '依法行政，推进法治政府建设。\n'.repeat(2_000), settings: (size) => ({ placeholders: Array.from({ length: size }, (_, index) => `词${index}`) }) },
  // The proofreading checks (SPEC 3.2).
  { name: 'half-width `, ; ( )` in one huge line (a fix each)', size: 50_000, text: (size) => TITLE + '依法行政,推进(建设);'.repeat(size / 2) },
  { name: '`,),),…` on one line', size: 200_000, text: (size) => `${TITLE}中${',)'.repeat(size / 2)}中` },
  { name: 'unclosed `“` and stray blanks `“学 `', size: 100_000, text: (size) => TITLE + '“学 '.repeat(size / 3) },
  { name: '`（` × N, then `”` × N', size: 100_000, text: (size) => `${TITLE}${'（'.repeat(size / 2)}${'”'.repeat(size / 2)}` },
  { name: 'ellipses `… ` before one 等', size: 100_000, text: (size) => `${TITLE}中${'… '.repeat(size / 2)}等` },
  { name: '`a...` dots on one line', size: 200_000, text: (size) => `${TITLE}中${'a...'.repeat(size / 4)}中` },
  { name: 'a number row `中 1 2 … 中`', size: 200_000, text: (size) => `${TITLE}中 ${'1 '.repeat(size / 2)}中` },
  { name: 'PDF blanks `2021 年` lines', size: 20_000, text: (size) => TITLE + '2021 年以来，在岗人员 2 名。\n'.repeat(size) },
  // What pdftotext gives a printed report: a page footer, a form feed, a heading at the page's start, a
  // title wrapped open at the break and closed after it (issue 23's copies, read again).
  { name: 'PDF pages: footer, form feed, `《…` closed on the next page', size: 10_000, text: (size) => TITLE + '落实《关于加强\n第 1 页 共 9 页\n\f二、工作\n法治建设的意见》的要求。\n'.repeat(size) },
  { name: 'sentence dots and numbers in brackets `机制.下一步(2023)` on one line', size: 50_000, text: (size) => TITLE + '完善机制.下一步(2023)﹐'.repeat(size / 2) },
  { name: 'doubled characters `的的` and blanks `一 一` on one line', size: 100_000, text: (size) => TITLE + '推进的的工作 一 一，'.repeat(size / 10) },
  { name: 'confusable patterns `即要…又要` `认真的组织` on one line', size: 50_000, text: (size) => TITLE + '即要学习又要提高，象春风一样，认真的组织，发现的及时，'.repeat(size / 25) },
  { name: 'statistics in words `三百二十一件` `百分之九十` on one line', size: 50_000, text: (size) => TITLE + '共计三百二十一件，达百分之九十八点九七，'.repeat(size / 20) },
  { name: '信息公开 table: N `|` rows in one table', size: 10_000, text: (size) => `${DISCLOSURE_TITLE}申请人情况 | 自然人 | 总计\n${'1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 1\n'.repeat(size)}` },
  { name: '信息公开 table: one cell per line, N rows', size: 5_000, text: (size) => `${DISCLOSURE_TITLE}${'（七）总计\n1\n0\n0\n0\n0\n0\n2\n'.repeat(size)}` },
  { name: '信息公开: N parts, each with a table', size: 5_000, text: (size) => DISCLOSURE_TITLE + Array.from({ length: size }, (_, index) => `${index % 2 === 0 ? '二、主动公开政府信息情况' : '1.小节'}\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n规章 | 0 | 0 | 0\n`).join('') },
  // Real copies (issue 23): tables and page chrome as web pages, desktop copies and PDFs give them.
  { name: '信息公开 table: header words cut one a line (`结果` / `维持`)', size: 5_000, text: (size) => `${DISCLOSURE_TITLE}${'行政复议\n结果\n维持\n其他\n结果\n'.repeat(size)}0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n` },
  { name: '信息公开 table: rows of both formats in turn, and rows it lacks', size: 5_000, text: (size) => `${DISCLOSURE_TITLE}一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1\n${'（六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n1.申请人无正当理由逾期不补正 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n其他主动公开文件 | 1 | 2 | 3\n'.repeat(size)}` },
  { name: '信息公开: a number the text states, N times in one clause', size: 20_000, text: (size) => `${DISCLOSURE_TITLE}一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1\n正文${'收到申请2件上年结转'.repeat(size)}。\n` },
  { name: 'metadata labels with their values on the next line', size: 10_000, text: (size) => TITLE + '发文时间:\n2019-05-22\n- 发布机构:\n县司法局\n'.repeat(size) },
  { name: 'site headers, links and opening lines of no heading', size: 10_000, text: (size) => '县人民政府 2019年12月3日星期二\n• [县2018年度法治政府建设情况报告]\n本年度依据政府信息公开条例开展工作。\n'.repeat(size) },
  { name: 'allowed-word list of N strings, a finding a line', size: 5_000, text: () => TITLE + '截止2023年底,完成率100%。\n'.repeat(5_000), settings: (size) => ({ allowedWords: Array.from({ length: size }, (_, index) => `允许${index}词`) }) },
];

const now = () => Number(process.hrtime.bigint()) / 1e6;
/** With `--expose-gc`, each run starts from a collected heap, so that it pays for its own garbage only. */
const gc = (globalThis as { gc?: () => void }).gc;

/** Milliseconds of what an editor asks of a freshly opened document of this shape and size. */
function timeOnce(text: string, settings: ReturnType<typeof parseSettings>): number {
  const service = createLanguageService();
  const source = { uri: 'file:///bench/shape.fzbg', version: 1, getText: () => text };
  gc?.();
  const start = now();
  service.getDiagnostics(source, settings);
  service.getCodeActions(source, { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, settings);
  service.getOutline(source);
  return now() - start;
}

export interface ScalingRow {
  readonly name: string;
  readonly size: number;
  readonly atN: number;
  readonly at5N: number;
}

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Medians at N and 5N, the two sizes timed in alternation so that both see the same state of the machine. */
export function scalingRow(shape: Shape, runs = 7): ScalingRow {
  const inputs = [shape.size, shape.size * 5].map((size) => ({ text: shape.text(size), settings: parseSettings(shape.settings?.(size) ?? {}) }));
  const times: [number[], number[]] = [[], []];
  for (let run = -1; run < runs; run++) {
    inputs.forEach(({ text, settings }, which) => {
      const time = timeOnce(text, settings);
      if (run >= 0) times[which]!.push(time);
    });
  }
  return { name: shape.name, size: shape.size, atN: median(times[0]), at5N: median(times[1]) };
}

export function scalingRows(): ScalingRow[] {
  return SHAPES.map((shape) => scalingRow(shape));
}
