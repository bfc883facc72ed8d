import { strict as assert } from 'node:assert';
import { createLanguageService } from '../../server/src/service/languageService';
import type { OutlineNode } from '../../server/src/service/features/outline';
import { sourceOf } from '../helpers/documents';

const service = createLanguageService();
const outlineOf = (...lines: string[]) => service.getOutline(sourceOf(lines.join('\n'), `file:///${Math.random()}`));
const span = (node: OutlineNode) => [node.range.start.line, node.range.start.character, node.range.end.line, node.range.end.character,
  node.selectionRange.start.line, node.selectionRange.start.character, node.selectionRange.end.line, node.selectionRange.end.character];

describe('outline', () => {
  it('gives a titled report with sections, exact ranges and selection ranges', () => {
    const [report, ...others] = outlineOf(
      'XX局2023年法治政府建设年度报告',
      '一、主要工作',
      '\u3000\u3000（一）依法行政。一是……',
      '',
      '二、存在问题',
      '一是……',
    );
    assert.equal(others.length, 0);
    assert.deepEqual([report!.name, report!.kind, report!.level, span(report!)],
      ['XX局2023年法治政府建设年度报告', 'report', 0, [0, 0, 5, 4, 0, 0, 0, 18]]);
    const [first, second] = report!.children;
    assert.deepEqual([first!.name, first!.level, span(first!)], ['一、主要工作', 1, [1, 0, 2, 14, 1, 0, 1, 6]]);
    assert.deepEqual([first!.children[0]!.name, first!.children[0]!.level, span(first!.children[0]!)],
      ['（一）依法行政', 2, [2, 0, 2, 14, 2, 2, 2, 9]]);
    assert.deepEqual([second!.name, span(second!)], ['二、存在问题', [4, 0, 5, 4, 4, 0, 4, 6]]);
  });

  it('names a bare marker while it is being typed', () => {
    const [heading] = outlineOf('（四）');
    assert.deepEqual([heading!.name, span(heading!)], ['（四）', [0, 0, 0, 3, 0, 0, 0, 3]]);
    const [trailing] = outlineOf('三、  ');
    assert.deepEqual([trailing!.name, span(trailing!)], ['三、', [0, 0, 0, 4, 0, 0, 0, 2]]);
  });

  it('puts headings at the root of a single untitled report', () => {
    assert.deepEqual(outlineOf('我局……', '一、工作', '二、问题').map((node) => [node.kind, node.name]),
      [['heading', '一、工作'], ['heading', '二、问题']]);
  });

  it('nests compilation, contents and reports, and names untitled reports', () => {
    const [compilation] = outlineOf(
      '2023年法治政府建设年度报告汇编',
      '目录',
      'XX局2023年法治政府建设年度报告\t2',
      'XX局2023年法治政府建设年度报告',
      '一、工作',
      'XX局',
      '2023年11月3日',
      '一、工作',
    );
    assert.deepEqual([compilation!.kind, compilation!.name, span(compilation!)],
      ['compilation', '2023年法治政府建设年度报告汇编', [0, 0, 7, 4, 0, 0, 0, 17]]);
    assert.deepEqual(compilation!.children.map((node) => [node.kind, node.name, node.range.start.line, node.range.end.line, node.children.length]), [
      ['contents', '目录', 1, 2, 0],
      ['report', 'XX局2023年法治政府建设年度报告', 3, 6, 1],
      ['report', '（无标题报告）', 7, 7, 1],
    ]);
    const english = createLanguageService({ locale: 'en-US' });
    const [englishCompilation] = english.getOutline(sourceOf(['2023年法治报告汇编', 'XX局2023年法治政府建设年度报告', 'XX局', '2023年1月3日', '一、工作'].join('\n')));
    assert.deepEqual(englishCompilation!.children.map((node) => node.name), ['XX局2023年法治政府建设年度报告', '(untitled report)']);
  });

  it('names a report by its whole title, the issuing body on the line above included (issue 23)', () => {
    const [report] = outlineOf('韶关市武江区西河镇人民政府', '武江区西河镇 2021 年法治政府建设 年度报告', '一、工作');
    assert.deepEqual([report!.name, report!.detail, span(report!)],
      ['韶关市武江区西河镇人民政府武江区西河镇2021年法治政府建设年度报告', undefined, [0, 0, 2, 4, 0, 0, 1, 24]]);
  });

  it('cuts very long names', () => {
    const [heading] = outlineOf(`一、${'很长'.repeat(60)}`);
    assert.equal(heading!.name.length, 80);
    assert.ok(heading!.name.endsWith('…'));
  });

  it('folds reports, sections and the contents block', () => {
    const ranges = service.getFoldingRanges(sourceOf([
      '2023年法治政府建设年度报告汇编', '目录', 'A局2023年法治政府建设年度报告\t2', 'B局2023年法治政府建设年度报告\t5', '',
      'A局2023年法治政府建设年度报告', '一、工作', '（一）学法', '正文', '二、问题', '正文',
    ].join('\n'), 'file:///fold'));
    assert.deepEqual(ranges, [
      { startLine: 1, endLine: 3 }, { startLine: 5, endLine: 10 }, { startLine: 6, endLine: 8 }, { startLine: 7, endLine: 8 },
      { startLine: 9, endLine: 10 },
    ]);
  });
});
