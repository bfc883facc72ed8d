/** The packed `.vsix` (made by `npm run package` before the tests): small, self-contained, complete. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import yauzl from 'yauzl';
import { FIXTURES } from './helpers/documents';
import { LspClient } from './helpers/lspClient';
import { tempFolder } from './helpers/tempFolders';

const VSIX = join(__dirname, '..', 'fazhi-report.vsix');
// The Word writer (the docx package) adds about 100 KB compressed to the server and the CLI; the
// 信息公开 profile (its tables' labels and rules, in two languages) about 25 KB to each; the Word
// reader's strict XML parser (saxes and xmlchars) about 8 KB to each.
const MAX_VSIX_BYTES = 530 * 1024;

function readVsix(): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(VSIX, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const files = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => { files.set(entry.fileName, Buffer.concat(chunks)); zip.readEntry(); });
        });
      });
      zip.on('end', () => resolve(files));
      zip.readEntry();
    });
  });
}

describe('the .vsix package', () => {
  let files: Map<string, Buffer>;
  let unpacked: string;
  before(async () => {
    files = await readVsix();
    unpacked = tempFolder('fazhi-vsix-');
    for (const [name, content] of files) {
      mkdirSync(dirname(join(unpacked, name)), { recursive: true });
      writeFileSync(join(unpacked, name), content);
    }
  });

  it('holds the bundles, grammar, snippets, translations and manifest, and no node_modules', () => {
    const names = [...files.keys()].filter((name) => name.startsWith('extension/')).sort();
    assert.deepEqual(names.filter((name) => !name.startsWith('extension/syntaxes/') && !name.startsWith('extension/snippets/')), [
      'extension/client/l10n/bundle.l10n.zh-cn.json',
      'extension/dist/cli.js', 'extension/dist/client.js', 'extension/dist/preview.css', 'extension/dist/preview.js', 'extension/dist/server.js',
      'extension/dist/summary.css', 'extension/dist/summary.js',
      'extension/package.json', 'extension/package.nls.json', 'extension/package.nls.zh-cn.json', 'extension/readme.md',
    ]);
    assert.ok(names.includes('extension/syntaxes/fazhi-report.tmLanguage.json'));
    assert.ok(names.includes('extension/syntaxes/language-configuration.json'));
    assert.ok(names.includes('extension/snippets/fazhi-report.code-snippets'));
    assert.ok(statSync(VSIX).size < MAX_VSIX_BYTES, `${statSync(VSIX).size} bytes`);
  });

  it('bundles need nothing but Node built-ins and the vscode API', () => {
    const allowed = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`), 'vscode']);
    for (const bundle of ['client', 'server', 'cli']) {
      const code = files.get(`extension/dist/${bundle}.js`)!.toString('utf8');
      const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]!);
      assert.deepEqual(required.filter((name) => !allowed.has(name)), [], bundle);
    }
  });

  it('runs the unpacked CLI and server with no node_modules anywhere', async () => {
    const cli = spawnSync(process.execPath, [join(unpacked, 'extension/dist/cli.js'), 'outline', join(FIXTURES, 'sample', 'sample-report.fzbg')],
      { encoding: 'utf8', cwd: unpacked });
    assert.equal(cli.status, 0, cli.stderr);
    assert.ok(cli.stdout.startsWith('XX县市场监督管理局2023年法治政府建设年度报告'));
    const client = new LspClient(join(unpacked, 'extension/dist/server.js'));
    const { serverInfo } = await client.initialize();
    assert.equal(serverInfo?.name, 'fazhi-report');
    assert.equal(await client.stop(), 0);
  });

  it('declares the language, its files and its editor defaults', () => {
    const manifest = JSON.parse(readFileSync(join(unpacked, 'extension/package.json'), 'utf8'));
    // Plain-text documents are looked at so that reports saved as .txt switch language.
    assert.deepEqual(manifest.activationEvents, ['onLanguage:fazhi-report', 'onLanguage:plaintext']);
    // It runs no workspace code and reads only the text the editor sends.
    assert.deepEqual(manifest.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
    const [language] = manifest.contributes.languages;
    assert.deepEqual([language.id, language.aliases, language.extensions], ['fazhi-report', ['法治政府建设年度报告', 'Rule-of-law report'], ['.fzbg']]);
    assert.ok(language.filenamePatterns.includes('*法治政府建设*报告*.txt'));
    assert.ok(language.filenamePatterns.includes('*信息公开*年度报告*.txt'));
    assert.deepEqual(manifest.contributes.configurationDefaults['[fazhi-report]'], {
      'editor.unicodeHighlight.ambiguousCharacters': false,
      'editor.unicodeHighlight.invisibleCharacters': false,
      'editor.wordWrap': 'on',
      'files.autoGuessEncoding': true,
    });
    assert.deepEqual(manifest.contributes.commands.map((command: { command: string; category: string }) => [command.command, command.category]), [
      ['fazhiReport.renumber', '%command.category%'], ['fazhiReport.insertMissingSections', '%command.category%'], ['fazhiReport.useReportLanguage', '%command.category%'],
      ['fazhiReport.exportDocx', '%command.category%'], ['fazhiReport.importDocx', '%command.category%'],
      ['fazhiReport.showPreview', '%command.category%'], ['fazhiReport.showPreviewToSide', '%command.category%'], ['fazhiReport.compile', '%command.category%'],
    ]);
    // Compiling is offered on a folder, and on several report files selected together, in the Explorer.
    assert.deepEqual(manifest.contributes.menus['explorer/context'].find((item: { command: string }) => item.command === 'fazhiReport.compile').when,
      'explorerResourceIsFolder || listMultiSelection && resourceExtname =~ /^\\.(fzbg|txt|docx)$/i');
    const [scopes] = manifest.contributes.semanticTokenScopes;
    assert.equal(scopes.language, 'fazhi-report');
    assert.deepEqual(scopes.scopes.placeholder, ['invalid.illegal.placeholder.fazhi-report']);
    assert.deepEqual(manifest.contributes.semanticTokenTypes.map((type: { id: string }) => type.id), ['placeholder', 'webResidue', 'reportTitle', 'heading1', 'heading2', 'heading3', 'heading4', 'heading5', 'enumerator']);
    // Each heading level in a scope that the default themes colour apart from the others.
    assert.deepEqual([1, 2, 3, 4, 5].map((level) => scopes.scopes[`heading${level}`][0].split('.').slice(0, 2).join('.')),
      ['keyword.control', 'entity.name', 'entity.name', 'variable.other', 'constant.numeric']);
    // Every %key% of the manifest has its Chinese and English text.
    const english = JSON.parse(readFileSync(join(unpacked, 'extension/package.nls.json'), 'utf8'));
    const chinese = JSON.parse(readFileSync(join(unpacked, 'extension/package.nls.zh-cn.json'), 'utf8'));
    for (const [, key] of JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)) {
      assert.ok(english[key!] && chinese[key!], key);
    }
    const configuration = JSON.parse(readFileSync(join(unpacked, 'extension/syntaxes/language-configuration.json'), 'utf8'));
    assert.deepEqual(configuration.autoClosingPairs.map((pair: { open: string; close: string }) => pair.open + pair.close),
      ['（）', '【】', '《》', '“”', '‘’']);
    // No rainbow brackets; a word is a run of Chinese characters or of Latin letters and digits (compiled as VS Code does, with the g flag added).
    assert.deepEqual(configuration.colorizedBracketPairs, []);
    const words = new RegExp(configuration.wordPattern.pattern, `${configuration.wordPattern.flags}g`);
    assert.deepEqual('一、加强XX市法治建设，fzbg 报告'.match(words), ['一', '加强', 'XX', '市法治建设', 'fzbg', '报告']);
  });
});
