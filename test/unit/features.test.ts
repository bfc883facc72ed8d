/** Completion, hover, links, definition, workspace symbols, semantic tokens, counts and detection at exact positions. */
import { strict as assert } from 'node:assert';
import iconv from 'iconv-lite';
import { parseSettings } from '../../server/src/service/settings';
import { TOKEN_LEGEND } from '../../server/src/service/features/semanticTokens';
import { createLanguageService } from '../../server/src/service/languageService';
import { seed, sourceOf } from '../helpers/documents';

const service = createLanguageService();
let version = 0;
const source = (text: string, uri = 'file:///features.fzbg') => sourceOf(text, uri, ++version);
const at = (line: number, character: number) => ({ line, character });

describe('completion at the start of a line', () => {
  const report = [
    '县司法局2023年法治政府建设年度报告',
    '一、主要举措和成效',
    '（一）依法行政',
    '（二）规范执法',
    '',
    '二、存在的不足和原因',
    '正文。',
  ];

  it('offers the next marker at the level of the heading above, its first child, and its ancestors\' next', () => {
    const items = service.getCompletions(source(report.join('\n')), at(4, 0)).items;
    // 二、 is not offered: the next 一-level heading below already is 二、.
    assert.deepEqual(items.filter((item) => item.kind === 14).map((item) => [item.label, item.detail, item.textEdit]), [
      ['（三）', '第二层标题 · 接着“（二）”', { range: { start: at(4, 0), end: at(4, 0) }, newText: '（三）' }],
      ['1.', '第三层标题 · “（二）”下的第一个小标题', { range: { start: at(4, 0), end: at(4, 0) }, newText: '1.' }],
    ]);
    const withoutNext = service.getCompletions(source(report.slice(0, 5).join('\n')), at(4, 0)).items;
    assert.deepEqual(withoutNext.filter((item) => item.kind === 14).map((item) => item.label), ['（三）', '1.', '二、']);
  });

  it('never offers a number that a following sibling already has', () => {
    const text = ['县司法局2023年法治政府建设年度报告', '一、主要举措', '（一）甲', '四、下一步安排', '（一）乙', '', '五、其他需要报告的情况', '无。'].join('\n');
    assert.deepEqual(service.getCompletions(source(text), at(5, 0)).items.filter((item) => item.kind === 14).map((item) => item.label), ['（二）', '1.']);
  });

  it('replaces the bracket the editor closed after a typed （', () => {
    const text = [...report.slice(0, 4), '（）'].join('\n');
    assert.deepEqual(service.getCompletions(source(text), at(4, 1)).items.filter((item) => item.kind === 14).map((item) => item.textEdit), [
      { range: { start: at(4, 0), end: at(4, 2) }, newText: '（三）' },
    ]);
  });

  it('offers the report skeleton and the signature block with this season\'s years and today\'s date', () => {
    const inWinter = createLanguageService({ today: () => new Date(2025, 1, 14) });
    const inAutumn = createLanguageService({ today: () => new Date(2026, 10, 29) });
    const skeleton = (service: ReturnType<typeof createLanguageService>, typed: string) =>
      service.getCompletions(source(typed), at(0, typed.length)).items.filter((item) => item.sortText === '2');
    const [winter] = skeleton(inWinter, 'fz');
    assert.equal(winter!.filterText, 'fzbg');
    assert.equal(winter!.detail, '2024年度报告：标题、主送机关、开头、五个法定部分、落款和日期');
    const text = (winter!.textEdit as { newText: string }).newText;
    assert.deepEqual(text.split('\n').filter((line) => /^[一二三四五]、/.test(line)), [
      '一、2024年度推进法治政府建设的主要举措和成效',
      '二、2024年度推进法治政府建设存在的不足和原因',
      '三、2024年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      '四、2025年度推进法治政府建设的主要安排',
      '五、其他需要报告的情况',
    ]);
    assert.match(text, /^\$\{1:XX市XX局\}2024年法治政府建设年度报告\n/);
    assert.match(text, /\n\$\{1\}\n\$\{\d+:2025年2月14日\}\n\$0$/);
    assert.equal(skeleton(inAutumn, '报告')[0]!.detail, '2026年度报告：标题、主送机关、开头、五个法定部分、落款和日期');
    assert.deepEqual(skeleton(inAutumn, '一、'), []);
    const signature = inAutumn.getCompletions(source('落'), at(0, 1)).items.find((item) => item.sortText === '3');
    assert.equal((signature!.textEdit as { newText: string }).newText, '${1:XX市XX局}\n${2:2026年11月29日}\n$0');
  });

  it('after 一、\'s body offers 二、 and （一）; after （三） offers （四）', () => {
    const afterBody = service.getCompletions(source(['一、主要工作', '正文。', ''].join('\n')), at(2, 0)).items.map((item) => item.label);
    assert.deepEqual(afterBody.slice(0, 2), ['二、', '（一）']);
    const afterThird = service.getCompletions(source(['一、工作', '（一）甲', '（二）乙', '（三）丙', ''].join('\n')), at(4, 0)).items.map((item) => item.label);
    assert.equal(afterThird[0], '（四）');
  });

  it('offers the missing required sections, numbered for their place, with next year for the plans', () => {
    const items = service.getCompletions(source([...report, ''].join('\n')), at(7, 0)).items;
    assert.deepEqual(items.filter((item) => item.kind === 15).map((item) => item.label), [
      '三、2023年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      '四、2024年度推进法治政府建设的主要安排',
      '五、其他需要报告的情况',
    ]);
  });

  it('narrows to what is typed, half-width brackets included, and replaces it', () => {
    const text = [...report.slice(0, 4), '('].join('\n');
    const items = service.getCompletions(source(text), at(4, 1)).items;
    assert.deepEqual(items.map((item) => [item.label, item.textEdit]), [
      ['（三）', { range: { start: at(4, 0), end: at(4, 1) }, newText: '（三）' }],
    ]);
    assert.deepEqual(service.getCompletions(source([...report.slice(0, 4), '　　二'].join('\n')), at(4, 3)).items.map((item) => item.label),
      ['二、', '二、2023年度推进法治政府建设存在的不足和原因']);
  });

  it('offers 一、 at the start of an empty report, and nothing in the middle of a sentence', () => {
    assert.deepEqual(service.getCompletions(source(''), at(0, 0)).items.map((item) => item.label), ['一、']);
    assert.deepEqual(service.getCompletions(source(report.join('\n')), at(6, 1)).items, []);
    assert.deepEqual(service.getCompletions(source(report.join('\n')), at(2, 3)).items, []);
    assert.deepEqual(service.getCompletions(source(report.join('\n')), at(99, 0)).items, []);
  });
});

describe('hover', () => {
  const text = seed('001');
  it('on a heading: the section\'s and the report\'s size, and what the regulation asks for', () => {
    assert.deepEqual(service.getHover(source(text), at(3, 5)), {
      contents: { kind: 'markdown', value: '**一、2023年推进法治政府建设的主要举措和成效**\n\n本节 1,901 字 · 全篇 2,726 字\n\n**必备章节：主要举措和成效**　上一年度推进法治政府建设的主要举措和成效（《法治政府建设与责任落实督察工作规定》第二十五条）' },
      range: { start: at(3, 0), end: at(3, 23) },
    });
  });

  it('claims a required section only for a title that names it, never from a loose word or in a numbered paragraph', () => {
    const hoverText = (lines: string[], line: number) => JSON.stringify(service.getHover(source(lines.join('\n')), at(line, 3))?.contents);
    const report = '县司法局2023年法治政府建设年度报告';
    assert.doesNotMatch(hoverText([report, '一、聚焦学习宣传贯彻习近平法治思想和中央全面依法治国工作会议精神开展情况'], 1), /必备章节/);
    assert.doesNotMatch(hoverText([report, '一、主要工作', '1.压实一把手责任，主要负责人带头学法，切实履行职责，形成合力。'], 2), /必备章节/);
    assert.match(hoverText([report, '三、下一年度推进法治政府建设主要工作安排'], 1), /必备章节：下一年度主要安排\*\*/);
    assert.doesNotMatch(hoverText([report, '三、下一年度推进法治政府建设主要工作安排'], 1), /主要举措和成效/);
    // Traditional characters name the same sections.
    assert.match(hoverText([report, '二、存在的問題和不足'], 1), /必備章節|必备章节：存在的不足和原因/);
  });

  it('on a report title: its year, size and the sections it lacks', () => {
    assert.deepEqual(service.getHover(source(text), at(0, 5))?.contents, {
      kind: 'markdown', value: '**2023年法治政府建设工作情况报告**\n\n2023年度报告 · 全篇 2,726 字\n\n缺少必备章节：党政主要负责人履行第一责任人职责情况、其他需要报告的情况',
    });
  });

  it('on a placeholder, residue or substitute letter: what to do, in the editor\'s language', () => {
    const sample = ['XX局2023年法治政府建设年度报告', '局D组书记', '分享到:'].join('\n');
    assert.match(JSON.stringify(service.getHover(source(sample), at(0, 1))), /未填写的占位内容/);
    assert.deepEqual(service.getHover(source(sample), at(0, 1))?.range, { start: at(0, 0), end: at(0, 2) });
    assert.match(JSON.stringify(service.getHover(source(sample), at(1, 1))), /字母代字/);
    assert.match(JSON.stringify(service.getHover(source(sample), at(2, 2))), /网页残留/);
    assert.match(JSON.stringify(createLanguageService({ locale: 'en' }).getHover(source(sample), at(0, 1))), /Unfilled placeholder/);
    assert.equal(service.getHover(source(sample), at(1, 4)), undefined);
  });
});

describe('contents links and definition', () => {
  const text = seed('003');
  it('link every contents entry of seed 003 to its report', () => {
    const links = service.getDocumentLinks(source(text, 'file:///003.fzbg'));
    assert.equal(links.length, 7);
    assert.deepEqual(links[2], {
      range: { start: at(10, 0), end: at(10, 18) }, target: 'file:///003.fzbg#L60', tooltip: '转到报告“XX镇2023年法治政府建设工作报告”',
    });
  });

  it('go from an entry to its report\'s title, and nowhere from other lines', () => {
    assert.deepEqual(service.getDefinition(source(text, 'file:///003.fzbg'), at(10, 3)), { uri: 'file:///003.fzbg', range: { start: at(59, 0), end: at(59, 18) } });
    assert.equal(service.getDefinition(source(text, 'file:///003.fzbg'), at(6, 3)), undefined);
    assert.equal(service.getDefinition(source(text, 'file:///003.fzbg'), at(20, 3)), undefined);
  });
});

describe('a report\'s own contents (between its title and first heading, as Word puts it)', () => {
  const lines = [
    '县司法局2023年法治政府建设年度报告', '', '目录',
    '一、主要举措和成效\t1', '（一）强化理论武装\t1', '二、存在的不足和原因\t3', '四、工作计划\t4', '三、下一步安排\t4', '',
    '一、主要举措和成效', '（一）强化理论武装', '全年集中学法12次。', '二、存在的不足和原因', '三、下一步安排', '四、其他需要报告的情况', '无。',
  ];
  const document = source(lines.join('\n'), 'file:///own.fzbg');

  it('is the report\'s first child in the outline, and its entries are no headings', () => {
    const [report, ...others] = service.getOutline(document);
    assert.equal(others.length, 0);
    assert.deepEqual(report!.children.map((node) => [node.kind, node.name]), [
      ['contents', '目录'], ['heading', '一、主要举措和成效'], ['heading', '二、存在的不足和原因'], ['heading', '三、下一步安排'], ['heading', '四、其他需要报告的情况'],
    ]);
    assert.deepEqual(report!.children[0]!.range, { start: at(2, 0), end: at(7, 9) });
  });

  it('links its entries to the headings they name', () => {
    assert.deepEqual(service.getDocumentLinks(document).map((link) => [link.range.start.line, link.target, link.tooltip]), [
      [3, 'file:///own.fzbg#L10', '转到标题“一、主要举措和成效”'],
      [4, 'file:///own.fzbg#L11', '转到标题“（一）强化理论武装”'],
      [5, 'file:///own.fzbg#L13', '转到标题“二、存在的不足和原因”'],
      [7, 'file:///own.fzbg#L14', '转到标题“三、下一步安排”'],
    ]);
    assert.deepEqual(service.getDefinition(document, at(5, 2)), { uri: 'file:///own.fzbg', range: { start: at(12, 0), end: at(12, 10) } });
  });

  it('toc-mismatch: an entry naming no heading, and one out of order; headings the contents leaves out are no finding', () => {
    const findings = service.getFindings(document).filter((finding) => finding.code === 'toc-mismatch');
    assert.deepEqual(findings.map((finding) => [finding.range.start.line, finding.message]), [
      [6, '目录条目“四、工作计划”在正文中没有同名标题'],
    ]);
    const swapped = lines.slice();
    [swapped[5], swapped[7]] = [swapped[7]!, swapped[5]!];
    const order = service.getFindings(source(swapped.join('\n'), 'file:///own2.fzbg')).filter((finding) => finding.code === 'toc-mismatch');
    assert.deepEqual(order.map((finding) => [finding.range.start.line, finding.message, finding.related?.[0]?.range.start.line]), [
      [6, '目录条目“四、工作计划”在正文中没有同名标题', undefined],
      [7, '目录条目“二、存在的不足和原因”的顺序与正文标题不一致', 12],
    ]);
  });
});

describe('workspace symbols', () => {
  it('find headings across open reports by their characters in order', () => {
    const symbols = service.getWorkspaceSymbols([source(seed('001'), 'file:///001.fzbg'), source(seed('003'), 'file:///003.fzbg')], '法治宣传');
    assert.deepEqual(symbols.map((symbol) => [symbol.name, symbol.containerName, symbol.location.uri, symbol.location.range.start.line]), [
      ['（三）充分发挥校园主阵地作用，强化师生法治宣传教育', '市教育局2023年度法治政府建设工作报告', 'file:///003.fzbg', 100],
      ['（一）继续深入推进法治政府建设宣传教育，认真落实“谁执法、谁普法”', '县统计局2023年法治政府建设工作报告', 'file:///003.fzbg', 165],
    ]);
  });
});

describe('semantic tokens', () => {
  const decode = (data: readonly number[]) => {
    const tokens: [number, number, number, string][] = [];
    let line = 0;
    let character = 0;
    for (let index = 0; index < data.length; index += 5) {
      line += data[index]!;
      character = data[index]! === 0 ? character + data[index + 1]! : data[index + 1]!;
      tokens.push([line, character, data[index + 2]!, TOKEN_LEGEND.tokenTypes[data[index + 3]!]!]);
    }
    return tokens;
  };
  const text = ['XX局2023年法治政府建设年度报告', '一、主要XX举措', '（一）学法。一是……', '1.用法', '分享到:'].join('\n');

  it('mark titles, headings by level, enumerators, placeholders and residue, never overlapping', () => {
    assert.deepEqual(decode(service.getSemanticTokens(source(text)).data), [
      [0, 0, 2, 'placeholder'], [0, 2, 16, 'reportTitle'],
      [1, 0, 4, 'heading1'], [1, 4, 2, 'placeholder'], [1, 6, 2, 'heading1'],
      [2, 0, 5, 'heading2'], [2, 6, 2, 'enumerator'],
      [3, 0, 4, 'heading3'],
      [4, 0, 4, 'webResidue'],
    ]);
  });

  it('mark the compilation title and the contents header as titles', () => {
    const compilation = ['2023年法治政府建设年度报告汇编', '目录', '1.XX局2023年法治政府建设年度报告\t2', 'XX局2023年法治政府建设年度报告', '一、工作'].join('\n');
    assert.deepEqual(decode(service.getSemanticTokens(source(compilation)).data), [
      [0, 0, 17, 'reportTitle'], [1, 0, 2, 'reportTitle'],
      [2, 2, 2, 'placeholder'],
      [3, 0, 2, 'placeholder'], [3, 2, 16, 'reportTitle'], [4, 0, 4, 'heading1'],
    ]);
  });

  it('mark every line of a title on three lines as the title (issue 23)', () => {
    const threeLines = ['中共石门镇委员会', '石门镇人民政府', '关于2022年度法治政府建设情况的报告', '一、工作'].join('\n');
    assert.deepEqual(decode(service.getSemanticTokens(source(threeLines)).data), [
      [0, 0, 8, 'reportTitle'], [1, 0, 7, 'reportTitle'], [2, 0, 19, 'reportTitle'], [3, 0, 4, 'heading1'],
    ]);
  });

  it('answer for a range of lines only', () => {
    assert.deepEqual(decode(service.getSemanticTokens(source(text), undefined, { start: at(2, 0), end: at(3, 0) }).data),
      [[2, 0, 5, 'heading2'], [2, 6, 2, 'enumerator'], [3, 0, 4, 'heading3']]);
  });
});

describe('character counts', () => {
  it('count the document, the report and the section, blanks excluded', () => {
    assert.deepEqual(service.getCounts(source(seed('003')), at(23, 0)), {
      document: 23161, report: { name: '2023年度法治政府建设工作报告', count: 1906 }, section: { name: '1.加强普法责任', count: 260 },
      text: '全文 23,161 字 · 本节 260 字', tooltip: '报告“2023年度法治政府建设工作报告”：1,906 字\n小节“1.加强普法责任”：260 字',
    });
    assert.deepEqual(service.getCounts(source('一、工作 甲\u3000乙\n正文𠀀。'), at(1, 0), parseSettings({ messageLanguage: 'en' })), {
      document: 10, report: undefined, section: { name: '一、工作 甲\u3000乙', count: 10 }, text: '10 characters · section 10', tooltip: 'Section "一、工作 甲\u3000乙": 10 characters',
    });
  });
});

describe('wrong-encoding hint', () => {
  it('recognises a GBK report read as UTF-8 or as Latin-1, and leaves real reports and empty text alone', () => {
    const gbk = iconv.encode(seed('001'), 'gbk');
    assert.equal(service.looksMisdecoded(new TextDecoder('utf-8').decode(gbk)), true);
    assert.equal(service.looksMisdecoded(new TextDecoder('latin1').decode(gbk)), true);
    assert.equal(service.looksMisdecoded(seed('001')), false);
    assert.equal(service.looksMisdecoded(seed('002')), false);
    assert.equal(service.looksMisdecoded(''), false);
    assert.equal(service.looksMisdecoded('English notes, café and naïve résumé.'), false);
  });
});

describe('plain-text detection', () => {
  it('recognises a report title among the first lines, web chrome and issuers before it included', () => {
    assert.equal(service.isReport(seed('002').split('\n').slice(0, 40).join('\n')), true);
    assert.equal(service.isReport(seed('004').split('\n').slice(0, 40).join('\n')), true);
    assert.equal(service.isReport('会议纪要\n一、会议情况\n二、议定事项'), false);
    // A page copied flat: the title runs on inside the first line.
    assert.equal(service.isReport('无障碍 关怀版 城关区司法局2023年法治政府建设年度报告 2023年，我局坚持依法行政。现将有关情况报告如下：一、主要举措'), true);
    assert.equal(service.isReport(`${'正文一段。\n'.repeat(12)}县司法局2023年法治政府建设年度报告`), false);
  });
});
