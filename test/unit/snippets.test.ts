/**
 * The snippets (headings, 一是……) and the server's report skeleton and signature block: well-formed,
 * with the prefixes writers type, and a skeleton that passes the checks.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService } from '../../server/src/service/languageService';
import { sourceOf } from '../helpers/documents';

interface Snippet { prefix: string[]; description: string; body: string[] }
const snippets = JSON.parse(readFileSync(join(__dirname, '..', '..', 'snippets', 'fazhi-report.code-snippets'), 'utf8')) as Record<string, Snippet>;

/** The text a snippet inserts when every placeholder keeps its default. */
function expand(body: readonly string[]): string {
  const defaults = new Map<string, string>();
  return body.join('\n')
    .replace(/\$\{(\d+)\|([^,|}]*)[^}]*\|\}/g, (_, index: string, first: string) => { defaults.set(index, first); return first; })
    .replace(/\$\{(\d+):([^}]*)\}/g, (_, index: string, value: string) => {
      const filled = value.replace('$CURRENT_YEAR', '2024');
      defaults.set(index, filled);
      return filled;
    })
    .replace(/\$\{(\d+)\}|\$(\d+)/g, (_, braced: string | undefined, bare: string | undefined) => defaults.get(braced ?? bare!) ?? '');
}

describe('snippets', () => {
  it('offer pinyin and Chinese prefixes with descriptions in both languages', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.ok(snippet.prefix.some((prefix) => /^[a-z]+$/.test(prefix)), `${name}: a pinyin prefix`);
      assert.ok(snippet.prefix.some((prefix) => /[\u4e00-\u9fff]/.test(prefix)), `${name}: a Chinese prefix`);
      assert.match(snippet.description, /[\u4e00-\u9fff].*\([A-Z][^)]+\)|[\u4e00-\u9fff].*（[A-Z][^）]+）/, name);
    }
  });

  it('the report skeleton has every required section, in order, numbered right, with the right years', () => {
    const service = createLanguageService({ today: () => new Date(2024, 0, 20) });
    const item = service.getCompletions(sourceOf('fzbg', 'file:///typed'), { line: 0, character: 4 }).items.find((candidate) => candidate.sortText === '2')!;
    const text = expand([(item.textEdit as { newText: string }).newText]);
    const findings = service.getFindings(sourceOf(text, 'file:///skeleton'));
    // Only what the writer must still fill in is flagged.
    assert.deepEqual([...new Set(findings.map((finding) => finding.code))], ['placeholder']);
    assert.deepEqual(findings.map((finding) => text.split('\n')[finding.range.start.line]!.slice(finding.range.start.character, finding.range.end.character)),
      ['XX', 'XX', 'XX', 'XX', '【待补充】', '【待补充】', '【待补充】', '【待补充】', 'XX', 'XX']);
    const [report] = service.getOutline(sourceOf(text, 'file:///skeleton'));
    assert.equal(report!.name, 'XX市XX局2023年法治政府建设年度报告');
    // Each heading stands alone: the line under it is its body, not its tail.
    assert.deepEqual(report!.children.map((heading) => heading.name), [
      '一、2023年度推进法治政府建设的主要举措和成效', '二、2023年度推进法治政府建设存在的不足和原因',
      '三、2023年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况', '四、2024年度推进法治政府建设的主要安排',
      '五、其他需要报告的情况',
    ]);
  });

  it('heading snippets insert canonical markers', () => {
    const markers = ['一级标题 一、', '二级标题 （一）', '三级标题 1.', '四级标题 （1）', '五级标题 ①'].map((name) => expand(snippets[name]!.body).split('\n')[0]);
    assert.deepEqual(markers, ['一、标题', '（一）标题', '1.标题', '（1）标题', '①标题']);
    assert.equal(expand(snippets['一是……二是……三是']!.body), '一是……；二是……；三是……。');

  });
});
