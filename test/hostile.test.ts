/** Hostile input to the service and the CLI: no crash, and every range inside the document. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OutlineNode } from '../server/src/service/features/outline';
import { DEFAULT_SETTINGS, parseSettings } from '../server/src/service/settings';
import { createLanguageService } from '../server/src/service/languageService';
import { splitLines } from '../server/src/service/model/text';
import { seed, sourceOf } from './helpers/documents';
import { assertRangeInside } from './helpers/ranges';
import { tempFolder } from './helpers/tempFolders';

const CLI = join(__dirname, '..', 'dist', 'cli.js');

/** A text of about `bytes` UTF-8 bytes made of the seed reports. */
export function seedText(bytes: number): string {
  const seeds = ['000', '001', '002', '003', '004'].map(seed);
  let text = '';
  for (let index = 0; Buffer.byteLength(text) < bytes; index++) text += `${seeds[index % seeds.length]}\n`;
  return text;
}

const HOSTILE: Record<string, () => string> = {
  'an empty file': () => '',
  'only line breaks': () => '\n\r\n\r\n\n',
  'a 200,000-character line': () => `一、${'法治政府建设XX'.repeat(25_000)}`,
  '5,000 headings': () => Array.from({ length: 5000 }, (_, index) => ['一、总体', '（一）学法', '1.用法', '（1）守法', '①普法'][index % 5]).join('\n'),
  'binary junk with NUL bytes': () => Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256)).toString('latin1') + '\0\0一、\0',
  'lone surrogates': () => '一、\ud800法治\udc00报告\ud83d\n（一）\udfff\n\ud800',
  'CR-only and mixed line endings': () => '县司法局2023年法治政府建设年度报告\r一、工作\r\n（一）学法\n\r（二）用法\r',
  'a BOM': () => '\ufeff县司法局2023年法治政府建设年度报告\n一、主要工作',
  'markers at the very end': () => '一、\n（\n(一\n1.\n（1\n①',
};

function checkEverything(text: string): void {
  const lines = splitLines(text);
  const service = createLanguageService();
  const source = sourceOf(text, 'file:///hostile');
  const visit = (node: OutlineNode) => {
    assert.ok(node.name.length > 0);
    assertRangeInside(node.range, lines, 'outline');
    assertRangeInside(node.selectionRange, lines, 'outline selection');
    node.children.forEach(visit);
  };
  service.getOutline(source).forEach(visit);
  for (const fold of service.getFoldingRanges(source)) assert.ok(fold.startLine < fold.endLine && fold.endLine < lines.length);
  for (const diagnostic of service.getDiagnostics(source)) assertRangeInside(diagnostic.range, lines, `diagnostic ${String(diagnostic.code)}`);
  const everywhere = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1]!.length } };
  for (const action of service.getCodeActions(source, everywhere)) {
    for (const change of action.edit?.documentChanges ?? []) {
      if ('edits' in change) for (const edit of change.edits) assertRangeInside(edit.range, lines, `edit of ${action.title}`);
    }
  }
  service.getRenumberEdits(source).forEach((edit) => assertRangeInside(edit.range, lines, 'renumber'));
  service.getInsertSectionsEdits(source).forEach((edit) => assertRangeInside(edit.range, lines, 'insert sections'));
}

describe('hostile input', () => {
  for (const [what, make] of Object.entries(HOSTILE)) {
    it(`survives ${what}`, () => checkEverything(make()));
  }

  it('keeps the outline of a 20 MB file but skips its checks, saying so', () => {
    const text = seedText(20_000_000);
    const service = createLanguageService();
    const source = sourceOf(text, 'file:///20mb');
    assert.ok(text.length > DEFAULT_SETTINGS.maxDocumentSize);
    const [compilation] = service.getOutline(source);
    assert.equal(compilation!.kind, 'compilation');
    assert.equal(service.getFindings(source).length, 0);
    const diagnostics = service.getDiagnostics(source);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.code, 'checks-skipped');
    assert.match(diagnostics[0]!.message as string, /^文档有 \d+ 个字符，超过设置 fazhiReport\.maxDocumentSize 的 5000000，已跳过检查/);
    // With the limit lifted the same document is checked.
    assert.ok(service.getFindings(source, { ...DEFAULT_SETTINGS, maxDocumentSize: 0 }).length > 10000);
  });

  it('reads fazhiReport.maxDocumentSize as any number from 0 up, else the default', () => {
    for (const size of [0, 1234.5, 1e20]) assert.equal(parseSettings({ maxDocumentSize: size }).maxDocumentSize, size);
    for (const malformed of [-1, '300', null, Number.POSITIVE_INFINITY]) {
      assert.equal(parseSettings({ maxDocumentSize: malformed }).maxDocumentSize, DEFAULT_SETTINGS.maxDocumentSize, String(malformed));
    }
  });

  it('the CLI checks junk, empty and huge files without crashing', () => {
    const folder = tempFolder('fazhi-hostile-');
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'junk.txt'), Buffer.from(Array.from({ length: 65536 }, (_, index) => (index * 31) % 256)));
    writeFileSync(join(folder, 'big.txt'), seedText(20_000_000));
    const run = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', folder], { encoding: 'utf8', maxBuffer: 1 << 30 });
    assert.equal(run.status, 1, run.stderr);
    const entries = JSON.parse(run.stdout) as { file: string; diagnostics: unknown[] }[];
    assert.deepEqual(entries.map((entry) => entry.file.slice(folder.length + 1)), ['big.txt', 'empty.txt', 'junk.txt']);
    assert.ok(entries[0]!.diagnostics.length > 10000);
    assert.equal(entries[1]!.diagnostics.length, 0);
  });
});
