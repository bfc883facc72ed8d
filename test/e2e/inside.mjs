/**
 * The part of `npm run test:e2e` that runs inside `unshare --net` (only 127.0.0.1 exists):
 *   1. the extension's mocha suites inside the real extension host of code-server, which the
 *      workbench reports through codeAutomationLog / codeAutomationExit (VS Code's smoke-test driver);
 *   2. a UI pass through Chromium that reads what a person sees — Outline rows, Problems rows, the
 *      squiggle under a placeholder, the language in the status bar — and saves screenshots.
 * Exit status: the number of failed phases (0 when everything passed).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';

const paths = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const IN_HOST_TIMEOUT_MS = 240_000;
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--lang=zh-CN'];

const log = (message) => console.log(`e2e: ${message}`);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startCodeServer(userData, extra) {
  const port = await freePort();
  const child = spawn(paths.codeServer, [
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--user-data-dir', userData, '--extensions-dir', paths.extensions, '--config', '/dev/null', ...extra,
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];
  child.stdout.on('data', (chunk) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk) => output.push(chunk.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited: ${output.join('')}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`code-server did not start: ${output.join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { port, stop: () => child.kill('SIGTERM'), output };
}

async function openBrowser() {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'fazhi-e2e-chromium-')), {
    executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS, viewport: { width: 1400, height: 900 }, locale: 'zh-CN',
  });
}

/** Phase 1: the mocha suites inside the extension host. */
async function inHostTests() {
  const server = await startCodeServer(paths.userData, ['--vscode-option', 'enable-smoke-test-driver']);
  const browser = await openBrowser();
  try {
    const page = await browser.newPage();
    let finish;
    const finished = new Promise((resolve) => { finish = resolve; });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      // The workbench also forwards its own chatter; keep the test report.
      if (!/^\[(Extension Host|main)\]/.test(text) || /passing|failing|pending|✓|✔|\d+\)/.test(text)) console.log(text);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(code));
    const remote = (path) => `vscode-remote://127.0.0.1:${server.port}${path}`;
    const payload = [['extensionDevelopmentPath', remote(paths.host)], ['extensionTestsPath', remote(join(paths.suite, 'index.js'))]];
    await page.goto(`http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(paths.work)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), IN_HOST_TIMEOUT_MS));
    const code = await Promise.race([finished, timeout]);
    if (code === 'timeout') throw new Error(`the in-host tests did not finish within ${IN_HOST_TIMEOUT_MS / 1000} s`);
    log(`in-host tests exited with ${code}`);
    return code === 0;
  } finally {
    await browser.close();
    server.stop();
  }
}

/**
 * After a run that passed, with E2E_UPDATE_SCREENSHOTS=1: the screenshots README.md shows replace
 * those in test/e2e/screenshots/ (the others stay in .e2e/screenshots/), and three of them, 800
 * pixels wide as JPEG, the ones in images/screenshots/ that the extension's page shows from inside
 * the package (client/README.md).
 */
async function updateScreenshots() {
  const shown = new Set([...readFileSync(join(paths.root, 'README.md'), 'utf8').matchAll(/test\/e2e\/screenshots\/([\w-]+\.png)/g)].map((match) => match[1]));
  for (const name of shown) {
    if (existsSync(join(paths.screenshots, name))) copyFileSync(join(paths.screenshots, name), join(paths.root, 'test', 'e2e', 'screenshots', name));
  }
  const browser = await openBrowser();
  try {
    for (const [png, jpeg] of [['editor.png', 'editor.jpg'], ['preview-light.png', 'preview.jpg'], ['table-sum.png', 'table-sum.jpg']]) {
      const page = await browser.newPage({ viewport: { width: 800, height: 100 } });
      const data = readFileSync(join(paths.screenshots, png)).toString('base64');
      await page.setContent(`<html><body style="margin:0"><img id="shot" style="width:800px;display:block" src="data:image/png;base64,${data}"></body></html>`);
      await page.locator('#shot').screenshot({ path: join(paths.root, 'images', 'screenshots', jpeg), type: 'jpeg', quality: 60 });
      await page.close();
    }
    log(`screenshots updated: ${[...shown].join(', ')} in test/e2e/screenshots/, and the package's in images/screenshots/`);
  } finally {
    await browser.close();
  }
}

/** What was on screen when a browser pass failed: a screenshot, the notifications and the tabs, for a CI log to tell. */
async function recordFailure(page, pass) {
  const path = join(paths.screenshots, `${pass}-failure.png`);
  try {
    await page.screenshot({ path });
    const texts = async (selector) => (await page.locator(selector).allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
    log(`${pass} pass failed with on screen: notifications [${(await texts('.notification-toast, .notifications-center .notification-list-item')).join(' | ')}], tabs [${(await texts('.tab')).join(' | ')}]; screenshot ${path}`);
  } catch (error) {
    log(`${pass} pass failed; the screen could not be recorded: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const { uiPass } = await import('./ui.mjs');
const { typingPass } = await import('./typing.mjs');

/** A phase, and for a browser-driven pass the profile it starts code-server with. */
const phases = [
  ['in-host tests', inHostTests],
  ['UI pass', () => uiPass(paths, { startCodeServer, openBrowser, log, recordFailure }), paths.userDataUi],
  ['typing pass', () => typingPass(paths, { startCodeServer, openBrowser, log, recordFailure }), paths.userDataTyping],
];

async function passes(name, phase) {
  try {
    return Boolean(await phase());
  } catch (error) {
    console.error(`e2e: ${name} failed: ${error instanceof Error ? error.stack : String(error)}`);
    return false;
  }
}

/**
 * A pass driven through the browser meets the timing of a loaded 2-core machine (a key or a click
 * can land while the workbench is busy): when it fails, it runs once more from the workspace and
 * the profile as they were before it, and fails only if it fails again. The log keeps both tries.
 */
async function passesWithOneRetry(name, phase, profile) {
  const before = mkdtempSync(join(tmpdir(), 'fazhi-e2e-before-'));
  cpSync(paths.work, join(before, 'workspace'), { recursive: true });
  cpSync(profile, join(before, 'profile'), { recursive: true });
  try {
    if (await passes(name, phase)) return true;
    log(`${name}: running it once more from the workspace and profile as they were before it`);
    for (const [saved, live] of [[join(before, 'workspace'), paths.work], [join(before, 'profile'), profile]]) {
      rmSync(live, { recursive: true, force: true });
      cpSync(saved, live, { recursive: true });
    }
    const passedAgain = await passes(`${name} (second try)`, phase);
    if (passedAgain) log(`${name} passed on the second try (the first try's failure is logged above)`);
    return passedAgain;
  } finally {
    rmSync(before, { recursive: true, force: true });
  }
}

// E2E_ONLY=typing (or a comma-separated list of phase names' first words) runs some phases only, while working on them.
const only = process.env.E2E_ONLY?.split(',');
let failures = 0;
for (const [name, phase, profile] of phases.filter(([name]) => !only || only.includes(name.split(' ')[0]))) {
  if (!(await (profile ? passesWithOneRetry(name, phase, profile) : passes(name, phase)))) failures++;
}
// The extension's page shows three of the screenshots from inside the package: smaller, as JPEG.
if (failures === 0 && process.env.E2E_UPDATE_SCREENSHOTS) await updateScreenshots();
log(failures === 0 ? 'all end-to-end tests passed' : `${failures} phase(s) failed`);
process.exit(failures);
