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
import { packCli, releaseProblem } from '../server/tools/release';

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

  it('holds the bundles, grammar, snippets, translations, manifest, icon, screenshots, license and changelog, and no node_modules', () => {
    const names = [...files.keys()].filter((name) => name.startsWith('extension/')).sort();
    assert.deepEqual(names.filter((name) => !name.startsWith('extension/syntaxes/') && !name.startsWith('extension/snippets/')), [
      'extension/LICENSE.txt', 'extension/changelog.md',
      'extension/client/l10n/bundle.l10n.zh-cn.json',
      'extension/dist/client.js', 'extension/dist/preview.css', 'extension/dist/preview.js', 'extension/dist/server.js',
      'extension/dist/summary.css', 'extension/dist/summary.js',
      'extension/images/icon.png', 'extension/images/screenshots/editor.jpg', 'extension/images/screenshots/preview.jpg', 'extension/images/screenshots/table-sum.jpg',
      'extension/package.json', 'extension/package.nls.json', 'extension/package.nls.zh-cn.json', 'extension/readme.md',
    ]);
    assert.ok(names.includes('extension/syntaxes/fazhi-report.tmLanguage.json'));
    assert.ok(names.includes('extension/syntaxes/language-configuration.json'));
    assert.ok(names.includes('extension/snippets/fazhi-report.code-snippets'));
    assert.ok(statSync(VSIX).size < MAX_VSIX_BYTES, `${statSync(VSIX).size} bytes`);
  });

  it('bundles need nothing but Node built-ins and the vscode API', () => {
    const allowed = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`), 'vscode']);
    for (const bundle of ['client', 'server']) {
      const code = files.get(`extension/dist/${bundle}.js`)!.toString('utf8');
      const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]!);
      assert.deepEqual(required.filter((name) => !allowed.has(name)), [], bundle);
    }
  });

  it('runs the unpacked server with no node_modules anywhere', async () => {
    const client = new LspClient(join(unpacked, 'extension/dist/server.js'));
    const { serverInfo } = await client.initialize();
    assert.equal(serverInfo?.name, 'fazhi-report');
    assert.equal(await client.stop(), 0);
  });

  it('is a package a publisher ships: icon, banner, repository, license, changelog, a README whose images are inside it', () => {
    const manifest = JSON.parse(readFileSync(join(unpacked, 'extension/package.json'), 'utf8'));
    assert.equal(manifest.private, undefined);
    assert.equal(manifest.icon, 'images/icon.png');
    const icon = files.get('extension/images/icon.png')!;
    // A PNG's IHDR: width and height at bytes 16–23.
    assert.deepEqual([icon.subarray(1, 4).toString('latin1'), icon.readUInt32BE(16), icon.readUInt32BE(20)], ['PNG', 128, 128]);
    assert.ok(manifest.galleryBanner.color && manifest.repository.url && manifest.bugs.url && manifest.license === 'MIT');
    assert.ok(manifest.keywords.includes('公文') && manifest.keywords.includes('official document'));
    const readme = files.get('extension/readme.md')!.toString('utf8');
    assert.ok(readme.startsWith('# 法治报告助手'), 'the page starts in Chinese');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((match) => match[1]!);
    assert.ok(images.length >= 3);
    for (const image of images) assert.ok(files.has(`extension/${image}`), `${image} is not in the package`);
    const changelog = files.get('extension/changelog.md')!.toString('utf8');
    assert.ok(changelog.includes(`## [${manifest.version}] - `), 'the changelog has an entry for this version');
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

describe('the command line\'s npm package', () => {
  let prefix: string;
  let tarball: string;
  before(function () {
    // npm pack and an offline npm install: a bound for a loaded machine, not a speed test.
    this.timeout(300_000);
    const folder = tempFolder('fazhi-cli-pack-');
    tarball = packCli(folder);
    prefix = join(folder, 'installed');
    const installed = spawnSync('npm', ['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball], { encoding: 'utf8' });
    assert.equal(installed.status, 0, installed.stderr);
  });

  it('carries only the bundle, its manifest, README and license', () => {
    const listed = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).stdout.trim().split('\n').sort();
    assert.deepEqual(listed, ['package/LICENSE', 'package/README.md', 'package/cli.js', 'package/package.json']);
  });

  it('installs into an empty folder with no network and runs fazhi-report on the bundled sample', () => {
    const bin = join(prefix, 'bin', 'fazhi-report');
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version);
    const checked = spawnSync(bin, ['check', join(FIXTURES, 'sample', 'sample-report.fzbg')], { encoding: 'utf8', env: { ...process.env, LANG: 'zh_CN.UTF-8' } });
    assert.equal(checked.status, 1, checked.stderr);
    assert.equal(checked.stderr, '检查了 1 个文件，发现 16 个问题\n');
    const help = spawnSync(bin, ['--help'], { encoding: 'utf8', env: { ...process.env, LANG: 'zh_CN.UTF-8' } });
    for (const command of ['check', 'outline', 'export', 'import', 'compile']) assert.match(help.stdout, new RegExp(`fazhi-report ${command} `));
  });

  it('is refused for release without a dated changelog entry of the manifest\'s version', () => {
    assert.equal(releaseProblem('0.2.0', '# Changelog\n\n## [0.2.0] - 2026-12-07\n'), undefined);
    assert.match(releaseProblem('0.3.0', '# Changelog\n\n## [0.2.0] - 2026-12-07\n')!, /newest entry is 0\.2\.0, not 0\.3\.0/);
    assert.match(releaseProblem('0.2', '## [0.2] - 2026-12-07\n')!, /not MAJOR\.MINOR\.PATCH/);
    assert.match(releaseProblem('0.2.0', '## 0.2.0\n')!, /no entry/);
  });
});
