/** fast-check generators of report-like text: real structure mixed with arbitrary junk. */
import fc from 'fast-check';

const markers = fc.constantFrom('一、', '十二、', '二.', '三，', '（一）', '(二)', '（三)', '（四）、', '1.', '2、', '3．', '4，',
  '10.', '（1）', '(2)', '①', '⑳', '1.5', '一是', '一年来');
const titles = fc.constantFrom('', '加强组织领导', '依法行政。一是压缩时限', '存在的不足和原因', '2024年工作安排', '其他需要报告的情况。',
  'XX', '  ', '学习宣传贯彻行政处罚法、重大行政决策程序暂行');
const fixedLines = fc.constantFrom(
  'XX市市场监督管理局2023年法治政府建设年度报告', '2023年法治政府建设年度报告汇编', '目录', '1.XX镇2023年法治政府建设年度报告\t27',
  'XX县公安局2023年法治政府建设年度报告……………3', '韶关市武江区西河镇人民政府', '武江区西河镇 2021 年法治政府建设 年度报告',
  '中共XX市委、XX市人民政府：', '2023年11月21日', '2023年07月01日', '二〇二三年十一月二十一日', '无障碍版', '分享到:',
  '##paidend##', '条例等新施行、新修订法律法规的情况', '无', '', '\u3000\u3000', '\ufeff', '\u00a0 \t',
  '局D组书记主持，学习D的二十大精神', '压实##paidbegin##责任', '三、2023年度推进法治政府建设的主要安排', '二、2022年存在的不足',
  '一是学习；二是宣传；四是执法。', '2023.12.5', '（待补充）', '无障碍版', '  • 来源: 某市人民政府',
  // A 信息公开 report and its tables in the three shapes (SPEC 2.5).
  '青山县2023年政府信息公开工作年度报告', '一、本年新收政府信息公开申请数量 | 58 | 6 | 0 | 0 | 2 | 0 | 66',
  '（三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0', '（七）总计 5 1 0 0 0 - 6', '三、本年度办理结果', '规章', '7', '-', '自然人',
  '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计', '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0', '四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1',
  '行政强制 | 九', '全文包括总体情况等六部分。', '统计期限自2022年1月1日起至2023年12月31日止。',
);
const junk = fc.string({ unit: 'binary', maxLength: 30 });
const cjk = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x4e80 }).map((code) => String.fromCharCode(code)), maxLength: 20 });
const indent = fc.constantFrom('', '  ', '\u3000\u3000', '\t', '\u00a0');

/** Pieces of wording the proofreading checks look at (SPEC 3.2), right and wrong, with their exceptions. */
const wording = fc.constantFrom(
  ',', '，', ';', ':', '?', '!', '(说明)', '(2021)', '（', '）', '(', ')', '"重点"', '“重点"', '"', '\'', '“', '”', '‘', '’', '《', '》', '〈', '【', '】',
  '。。', '，。', '、、', '；；', '...', '。。。', '…', '……', '……等', '——', ' ', '  ', '\u3000', '\u00a0', '２０２３', 'ＡＢ', 'ＸＸ',
  '截止2023年底', '截止目前', '截止日期', '截止到', '台帐', '渡过难关', '法制政府', '法制审核', '党的20大', '党的二十大', '23年', '15%', '百分之十',
  '2021-2025年', '2021~2025年', '8:30', '1,000', '3.5', 'http://www.gov.cn/a,b', 'COVID-19', 'don\'t', 'LED', '12',
  '《法治政府建设实施纲要(2021-2025年)》', '四个意识', '“四个意识”', '八五普法', '双随机一公开', '2022年以来，', '较2022年', '统计期限为2022年',
);
const prose = fc.array(fc.oneof({ arbitrary: wording, weight: 3 }, { arbitrary: cjk, weight: 2 }), { maxLength: 12 }).map((parts) => parts.join(''));

export const reportLine = fc.oneof(
  { arbitrary: fc.tuple(indent, markers, titles, cjk).map((parts) => parts.join('')), weight: 5 },
  { arbitrary: fc.tuple(indent, prose).map((parts) => parts.join('')), weight: 3 },
  { arbitrary: fc.tuple(indent, markers, prose).map((parts) => parts.join('')), weight: 1 },
  { arbitrary: fixedLines, weight: 4 },
  { arbitrary: cjk, weight: 2 },
  { arbitrary: junk, weight: 1 },
);

/** A document of report-like lines joined by a mix of LF, CRLF and CR. */
function reportTextOf(lineCount: { minLength?: number; maxLength: number }) {
  return fc.array(fc.tuple(reportLine, fc.constantFrom('\n', '\n', '\r\n', '\r')), lineCount)
    .map((lines) => lines.map(([line, end]) => line + end).join(''));
}

export const reportText = reportTextOf({ maxLength: 60 });

/** Long enough for the model to read the whole text's code units at once rather than line by line. */
export const longReportText = reportTextOf({ minLength: 70, maxLength: 200 });

/**
 * A report whose level-3 numbers restart, continue across parents, or slip (`（一）` `2.丙` `3.丁`
 * `（二）` `4.己`): the shapes in which fixing one run could change the verdict on the next.
 */
export const mixedNumberingText = fc.array(fc.tuple(
  fc.constantFrom('（一）', '（二）', '（三）', '(四)', '（二）'),
  fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 5 }),
), { minLength: 1, maxLength: 12 }).map((sections) => ['县司法局2023年法治政府建设年度报告', '一、主要举措和成效',
  ...sections.flatMap(([marker, numbers]) => [`${marker}节`, ...numbers.map((number) => `${number}.条目`)]), '二、存在的不足'].join('\n'));
