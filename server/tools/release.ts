/**
 * `npm run release`: the two things a publisher hands over, built into `release/<version>/` — the
 * extension's `.vsix` (for the Marketplace, Open VSX or a USB stick) and the command line's npm
 * tarball (`npm install -g ./fazhi-report-<version>.tgz`, no network, no build step) — with their
 * sizes and SHA-256 checksums. One version for both, read from the manifest. It refuses to release
 * when the version is no `MAJOR.MINOR.PATCH`, when CHANGELOG.md has no dated entry for it at the top,
 * or when the tests fail (it runs `npm test`, which also packs the `.vsix`).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string; license: string; repository: unknown; bugs: unknown; homepage: string; engines: { node: string };
};

/** Why this version cannot be released, or undefined when it can. */
export function releaseProblem(version: string, changelog: string): string | undefined {
  if (!/^\d+\.\d+\.\d+$/.test(version)) return `the version "${version}" in package.json is not MAJOR.MINOR.PATCH`;
  const first = /^## \[([^\]]+)\] - (\d{4}-\d{2}-\d{2})$/m.exec(changelog);
  if (!first) return 'CHANGELOG.md has no entry "## [X.Y.Z] - YYYY-MM-DD"';
  if (first[1] !== version) return `CHANGELOG.md's newest entry is ${first[1]}, not ${version}: write the entry for ${version} first`;
  return undefined;
}

/**
 * The command line's npm package, packed into `folder`: the bundled `cli.js` (built by `npm run
 * build`) with a manifest of its own, its README and the license; nothing else. Returns its path.
 */
export function packCli(folder: string): string {
  const stage = mkdtempSync(join(tmpdir(), 'fazhi-cli-package-'));
  try {
    writeFileSync(join(stage, 'package.json'), `${JSON.stringify({
      name: 'fazhi-report',
      version: manifest.version,
      description: '法治政府建设年度报告和政府信息公开工作年度报告的检查、公文导出、导入和汇编（命令行）· Checks, 公文 export, import and compilation of Chinese annual government reports',
      keywords: ['法治政府建设年度报告', '政府信息公开工作年度报告', '公文', 'GB/T 9704', '汇编', 'proofreading', 'docx', 'cli'],
      license: manifest.license,
      repository: manifest.repository,
      bugs: manifest.bugs,
      homepage: manifest.homepage,
      bin: { 'fazhi-report': 'cli.js' },
      files: ['cli.js'],
      engines: { node: manifest.engines.node },
    }, undefined, 2)}\n`);
    copyFileSync(join(ROOT, 'dist', 'cli.js'), join(stage, 'cli.js'));
    copyFileSync(join(ROOT, 'server', 'src', 'cli', 'README.md'), join(stage, 'README.md'));
    copyFileSync(join(ROOT, 'LICENSE'), join(stage, 'LICENSE'));
    mkdirSync(folder, { recursive: true });
    const packed = spawnSync('npm', ['pack', '--silent', '--pack-destination', folder], { cwd: stage, encoding: 'utf8' });
    if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
    return join(folder, packed.stdout.trim().split('\n').pop()!);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

function run(command: string, args: readonly string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

function main(): void {
  const { version } = manifest;
  const problem = releaseProblem(version, readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'));
  if (problem) throw new Error(problem);
  run('npm', ['test']);
  const folder = join(ROOT, 'release', version);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  copyFileSync(join(ROOT, 'fazhi-report.vsix'), join(folder, `fazhi-report-${version}.vsix`));
  packCli(folder);
  console.log(`release ${version} in ${folder}:`);
  for (const name of readdirSync(folder).sort()) {
    const bytes = readFileSync(join(folder, name));
    console.log(`  ${name}  ${(statSync(join(folder, name)).size / 1024).toFixed(1)} KB  sha256 ${createHash('sha256').update(bytes).digest('hex')}`);
  }
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(`release: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
