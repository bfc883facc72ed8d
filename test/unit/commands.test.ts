import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService } from '../../server/src/service/languageService';
import { applyEdits } from '../helpers/apply';
import { FIXTURES, sourceOf } from '../helpers/documents';

const service = createLanguageService();

describe('document commands', () => {
  it('inserts every missing section of every report at once, numbered for its place', () => {
    const text = readFileSync(join(FIXTURES, 'checks', 'missing-section.fzbg'), 'utf8');
    const inserted = applyEdits(text, service.getInsertSectionsEdits(sourceOf(text, 'file:///insert-all')));
    assert.equal(inserted, [
      '城关县司法局2023年法治政府建设年度报告', '', '一、法治建设工作完成情况', '（一）强化教育培训', '二、存在困难和问题', '正文。',
      '三、2023年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况', '【待补充】',
      '四、下步工作思路', '（一）维护和谐稳定',
      '五、其他需要报告的情况', '【待补充】',
      '城关县司法局', '2023年11月6日', '',
      // The second report lacks nothing.
      '城关县统计局2023年法治政府建设年度报告', '一、主要负责人履行推进法治建设第一责任人职责情况', '二、主要工作', '三、存在的不足和原因',
      '四、2024年工作打算', '五、其他需要报告的情况', '无。', '',
    ].join('\n'));
    assert.deepEqual(service.getInsertSectionsEdits(sourceOf(inserted, 'file:///insert-all', 2)), []);
  });

  it('writes skeletons with the statutory wording when the report has no year, and uses the document\'s line breaks', () => {
    const text = '县司法局法治政府建设工作报告\r\n一、主要工作\r\n';
    assert.equal(applyEdits(text, service.getInsertSectionsEdits(sourceOf(text, 'file:///no-year'))), [
      '县司法局法治政府建设工作报告', '一、主要工作',
      '二、上一年度推进法治政府建设存在的不足和原因', '【待补充】',
      '三、上一年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况', '【待补充】',
      '四、下一年度推进法治政府建设的主要安排', '【待补充】',
      '五、其他需要报告的情况', '【待补充】', '',
    ].join('\r\n'));
  });

  it('renumbers every level of every report, keeping deliberate continuations', () => {
    const text = ['甲局2023年法治政府建设年度报告', '二、工作', '（三）学法', '2.学习', '（一）用法', '7.依法', '8.用法', '三、问题', '甲局', '2023年1月1日',
      '乙局2023年法治政府建设年度报告', '一、工作', '（一）学法', '1.学', '2.法', '（二）用法', '3.用', '4.法'].join('\n');
    assert.equal(applyEdits(text, service.getRenumberEdits(sourceOf(text, 'file:///renumber'))), ['甲局2023年法治政府建设年度报告', '一、工作',
      '（一）学法', '1.学习', '（二）用法', '1.依法', '2.用法', '二、问题', '甲局', '2023年1月1日',
      '乙局2023年法治政府建设年度报告', '一、工作', '（一）学法', '1.学', '2.法', '（二）用法', '3.用', '4.法'].join('\n'));
  });
});
