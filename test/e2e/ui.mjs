/**
 * The UI pass of `npm run test:e2e`: opens the sample report in the workbench as a person would and
 * reads what they see — the Outline view's rows, the Problems panel's rows, the squiggle under a
 * placeholder with its hover, the language in the status bar and the character count — asserting
 * each and saving screenshots of it.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';

const SAMPLE = 'sample-report.fzbg';

export async function uiPass(paths, { startCodeServer, openBrowser, log, recordFailure }) {
  const server = await startCodeServer(paths.userDataUi, []);
  const browser = await openBrowser();
  const shot = (name) => join(paths.screenshots, name);
  const page = await browser.newPage();
  try {
    await page.goto(`http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(paths.work)}`);
    await page.waitForSelector('.monaco-workbench .statusbar', { timeout: 60_000 });
    // Open the report from the Explorer, as a person would (Quick Open may not have indexed the folder yet).
    const explorerRow = page.locator('.explorer-folders-view .monaco-list-row', { hasText: SAMPLE }).first();
    await explorerRow.waitFor({ timeout: 60_000 });
    await explorerRow.click();
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: 60_000 });

    // Problems as squiggles: 13 warnings, 2 infos and 1 hint in the sample (as the CLI says).
    await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .squiggly-warning').length >= 13, undefined, { timeout: 60_000 });
    const problemsCount = (await page.locator('[id="status.problems"]').innerText()).replace(/\s+/g, ' ').trim();
    assert.equal(problemsCount, '0 13 2');
    log(`status bar problems: ${problemsCount}`);

    // The language and the character count in the status bar.
    const mode = (await page.locator('[id="status.editor.mode"]').innerText()).trim();
    assert.equal(mode, '法治政府建设年度报告');
    const count = (await page.locator('[id="fazhi-report.fazhi-report.fazhiReport.counts"]').innerText()).trim();
    assert.match(count, /^(679 characters|全文 679 字)/);
    log(`status bar: language "${mode}", count "${count}"`);
    await page.locator('.statusbar').screenshot({ path: shot('status-bar.png') });

    // The squiggle under the placeholder XX of the title, and its hover.
    const firstLine = page.locator('.monaco-editor .view-overlays > div').first();
    assert.equal(await firstLine.locator('.squiggly-warning').count() > 0, true, 'no squiggle on the title line');
    const title = page.locator('.monaco-editor .view-line').first();
    const box = await title.boundingBox();
    await page.mouse.move(box.x + 8, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover').first();
    await hover.waitFor({ state: 'visible', timeout: 15_000 });
    const hoverText = await hover.innerText();
    assert.match(hoverText, /Unfilled placeholder|未填写的占位内容/);
    log(`hover on the title's XX: ${hoverText.split('\n')[0]}`);
    const editorBox = await page.locator('.monaco-editor').first().boundingBox();
    await page.screenshot({ path: shot('squiggle.png'), clip: { x: editorBox.x, y: editorBox.y, width: Math.min(900, editorBox.width), height: 330 } });
    await page.mouse.move(editorBox.x + editorBox.width - 40, editorBox.y + editorBox.height - 40);
    await page.waitForTimeout(500);

    // The Outline view's rows.
    await page.locator('.pane-header[aria-label^="Outline"]').click();
    const outlineRows = page.locator('.pane-body .outline-tree .monaco-list-row, .pane-body .monaco-list[aria-label*="Outline"] .monaco-list-row');
    await outlineRows.first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(800);
    const outline = (await outlineRows.allInnerTexts()).map((text) => text.trim().split('\n')[0]);
    assert.deepEqual(outline.slice(0, 4), ['XX县市场监督管理局2023年法治政府建设年度报告', '一、2023年推进法治政府建设的主要举措和成效', '（一）依法全面履行市场监管职能', '1.深化“放管服”改革']);
    log(`Outline rows: ${outline.length}, first "${outline[0]}"`);
    await page.locator('.part.sidebar').screenshot({ path: shot('outline.png') });

    // The Problems panel's rows.
    await page.keyboard.press('Control+Shift+M');
    const problemRows = page.locator('.markers-panel .monaco-list-row');
    await problemRows.first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(800);
    const problems = await problemRows.allInnerTexts();
    assert.ok(problems.some((row) => /bracket-width/.test(row) && /full-width|全角/.test(row)), problems.join(' | '));
    assert.ok(problems.some((row) => /numbering-sequence/.test(row)), problems.join(' | '));
    log(`Problems rows: ${problems.length}`);
    await page.locator('.part.panel').screenshot({ path: shot('problems.png') });
    await page.screenshot({ path: shot('editor.png') });

    // The same report in the default dark theme.
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+T');
    await page.waitForTimeout(600);
    await page.keyboard.type('Dark Modern');
    await page.waitForTimeout(600);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: shot('editor-dark.png') });
    log(`screenshots saved to ${paths.screenshots}`);
    return true;
  } catch (error) {
    await recordFailure(page, 'ui');
    throw error;
  } finally {
    await browser.close();
    server.stop();
  }
}
