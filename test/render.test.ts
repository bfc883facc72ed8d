/**
 * The exported Word documents, looked at: LibreOffice renders the seeds' `.docx` (a compilation of 24
 * reports among them) to PDF with the font names mapped to Debian's CJK fonts (`render/fonts.conf`),
 * and `pdftotext -bbox-layout` and `pdftoppm` measure the pages: A4, lines on the 28.95 pt grid,
 * at most 22 a page and full pages at 22, at most 28 characters a line and full lines at 28, page
 * numbers on the right of odd pages and the left of even ones 7 mm below the text block, the title
 * centred, the level fonts in use. `UPDATE_RENDER_IMAGES=1` also writes the README's pictures.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService } from '../server/src/service/languageService';
import { seeds, sourceOf } from './helpers/documents';
import { tempFolder } from './helpers/tempFolders';

const hasLibreOffice = spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
const FONTS = join(__dirname, 'render', 'fonts.conf');
const PICTURES = join(__dirname, 'e2e', 'screenshots');

const MM_PER_PT = 25.4 / 72;
const TOP = 37;
const PITCH = 28.95 * MM_PER_PT;
const BLOCK_BOTTOM = 297 - 35;
const LEFT = 28;
const RIGHT = 210 - 26;
const CHARACTER = 15.75 * MM_PER_PT;

interface Line { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number; readonly text: string }
interface Page { readonly width: number; readonly height: number; readonly lines: readonly Line[] }

/** The pages of a PDF as pdftotext's boxes, in millimetres. */
function pagesOf(pdf: string): Page[] {
  const html = spawnSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([^]*?)<\/page>/g)].map(([, width, height, body]) => ({
    width: Number(width) * MM_PER_PT,
    height: Number(height) * MM_PER_PT,
    lines: [...body!.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^]*?)<\/line>/g)].map(([, x0, y0, x1, y1, inner]) => ({
      x0: Number(x0) * MM_PER_PT, y0: Number(y0) * MM_PER_PT, x1: Number(x1) * MM_PER_PT, y1: Number(y1) * MM_PER_PT,
      text: [...inner!.matchAll(/>([^<]*)<\/word>/g)].map((word) => word[1]).join('').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
    })),
  }));
}

const isPageNumber = (line: Line) => /^—\d+—$/.test(line.text);
/** The grid line (0–21) a line of text stands on, from the foot of its box. */
const slotOf = (line: Line) => Math.round((line.y1 - TOP) / PITCH) - 1;
/** A title line: 22 pt characters, taller than the body's 16 pt. */
const isTitle = (line: Line) => line.y1 - line.y0 > 9;
/** Width in characters: Chinese characters and full-width marks count one, ASCII and the middle dot `·` (narrow in these fonts) half. */
const widthOf = (text: string) => [...text].reduce((sum, char) => sum + (/[\x20-\x7e·]/.test(char) ? 0.5 : 1), 0);
const HANGING = /[，。、；：！？”’）》.,;:]$/;
const COMPRESSED = /[、，。；：！？“”‘’（）《》]{2}/;

/** Rows of dark pixels of a page at 150 dpi, for what pdftotext cannot say (where the page number's dashes are). */
function darkRows(pdf: string, page: number, folder: string): { y: number; x0: number; x1: number; dark: number }[] {
  const base = join(folder, `raster-${page}`);
  spawnSync('pdftoppm', ['-r', '150', '-gray', '-f', String(page), '-l', String(page), pdf, base]);
  const file = readdirSync(folder).find((name) => name.startsWith(`raster-${page}-`) && name.endsWith('.pgm'))!;
  const data = readFileSync(join(folder, file));
  const header = data.subarray(0, 40).toString('latin1').split(/\s+/);
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = data.subarray(data.length - width * height);
  const rows = [];
  for (let y = 0; y < height; y++) {
    let x0 = -1;
    let x1 = -1;
    let dark = 0;
    for (let x = 0; x < width; x++) {
      if (pixels[y * width + x]! >= 128) continue;
      dark++;
      if (x0 < 0) x0 = x;
      x1 = x;
    }
    if (dark > 0) rows.push({ y: (y / 150) * 25.4, x0: (x0 / 150) * 25.4, x1: (x1 / 150) * 25.4, dark });
  }
  return rows;
}

describe('the exported 公文 rendered by LibreOffice', function () {
  this.timeout(180_000);
  const folder = tempFolder('fazhi-render-');
  const rendered: Record<string, Page[]> = {};
  const pdfs: Record<string, string> = {};

  before(async function () {
    // CI installs LibreOffice and poppler; elsewhere the tests are skipped without them.
    if (!hasLibreOffice && !process.env.CI) this.skip();
    const service = createLanguageService();
    const docxPaths: string[] = [];
    for (const [name, text] of seeds()) {
      const [file] = await service.exportDocx(sourceOf(text, `file:///${name}`), undefined, false, name);
      const path = join(folder, name.replace(/\.txt$/, '.docx'));
      writeFileSync(path, file!.data);
      docxPaths.push(path);
    }
    const converted = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', folder, ...docxPaths], {
      encoding: 'utf8', timeout: 170_000, env: { ...process.env, FONTCONFIG_FILE: FONTS, HOME: folder },
    });
    assert.equal(converted.status, 0, converted.stderr);
    for (const [name] of seeds()) {
      pdfs[name] = join(folder, name.replace(/\.txt$/, '.pdf'));
      rendered[name] = pagesOf(pdfs[name]!);
    }
  });

  it('gives A4 pages, the compilation 24 reports each from a new page', () => {
    for (const pages of Object.values(rendered)) {
      for (const page of pages) assert.deepEqual([Math.round(page.width), Math.round(page.height)], [210, 297]);
    }
    const compilation = rendered['000_89f650e35bae1bed.txt']!;
    const reportStarts = compilation.filter((page) => page.lines.some(isTitle) && slotOf(page.lines.find(isTitle)!) === 0);
    assert.equal(reportStarts.length, 24);
  });

  it('sets every line on the 28.95 pt grid, at most 22 a page, and fills the pages a report runs on', function () {
    let full = 0;
    let running = 0;
    for (const pages of Object.values(rendered)) {
      pages.forEach((page, index) => {
        const body = page.lines.filter((line) => !isPageNumber(line));
        for (const line of body) {
          const slot = slotOf(line);
          assert.ok(slot >= 0 && slot <= 21, `line on slot ${slot}: ${line.text}`);
          // On the grid: the foot of the box within half a millimetre of its line.
          assert.ok(Math.abs(line.y1 - (TOP + (slot + 1) * PITCH)) < (isTitle(line) ? 1.5 : 0.5), `${line.y1.toFixed(2)} mm off the grid: ${line.text}`);
        }
        assert.ok(new Set(body.map(slotOf)).size <= 22);
        // A page followed by a page of the same report is full, unless blank lines (before the signature) end it.
        const next = pages[index + 1];
        if (!next || next.lines.some((line) => isTitle(line) && slotOf(line) === 0)) return;
        running++;
        if (body.some((line) => slotOf(line) === 21)) full++;
      });
    }
    this.test!.title += ` (${full} of ${running} pages followed by more of their report reach line 22)`;
    assert.ok(full >= running - 2, `${full} of ${running}`);
  });

  it('puts at most 28 characters on a line, and 28 on a full line of Chinese text', function () {
    let fullLines = 0;
    let of28 = 0;
    for (const pages of Object.values(rendered)) {
      for (const line of pages.flatMap((page) => page.lines)) {
        if (isPageNumber(line) || isTitle(line)) continue;
        const indent = Math.round((line.x0 - LEFT) / CHARACTER);
        const width = widthOf(line.text) + indent;
        // Line-end punctuation may hang past the margin, as in Word; two marks side by side are set closer (标点挤压).
        if (!COMPRESSED.test(line.text)) assert.ok(width <= 28 + (HANGING.test(line.text) ? 1 : 0) + 0.5, `${width} characters: ${line.text}`);
        assert.ok(line.x1 <= RIGHT + 0.5 || HANGING.test(line.text), `past the right margin: ${line.text}`);
        // A justified line of Chinese characters and pauses only, reaching the margin: 28, or one or two fewer where
        // a mark may not start the next line and takes the characters before it along (避头尾).
        if (/^[\u4e00-\u9fff，。、；：]+$/.test(line.text) && !COMPRESSED.test(line.text) && line.x1 > RIGHT - 1) {
          fullLines++;
          // A last mark hanging past the margin is the 29th.
          const set = width - (line.x1 > RIGHT + 0.5 ? 1 : 0);
          if (set === 28) of28++;
          else assert.ok(set >= 26 && set < 28, `${set} characters: ${line.text}`);
        }
      }
    }
    this.test!.title += ` (${of28} of ${fullLines} full lines hold 28, the rest 26 or 27)`;
    assert.ok(fullLines > 500 && of28 >= fullLines * 0.9);
  });

  it('numbers the pages `— N —` one character in: right on odd pages, left on even ones, 7 mm below the text block', () => {
    const pages = rendered['001_0432c5515c67698f.txt']!;
    pages.forEach((page, index) => {
      const number = page.lines.find(isPageNumber)!;
      assert.equal(number.text, `—${index + 1}—`);
      if (index % 2 === 0) assert.ok(Math.abs(number.x1 - (RIGHT - 14 * MM_PER_PT)) < 1, `odd page ${index + 1}: ends at ${number.x1}`);
      else assert.ok(Math.abs(number.x0 - (LEFT + 14 * MM_PER_PT)) < 1, `even page ${index + 1}: starts at ${number.x0}`);
    });
    for (const page of [1, 2]) {
      // The dashes: the widest dark row below the text block.
      const rows = darkRows(pdfs['001_0432c5515c67698f.txt']!, page, folder).filter((row) => row.y > BLOCK_BOTTOM);
      const dashes = rows.reduce((widest, row) => (row.dark > widest.dark ? row : widest));
      assert.ok(Math.abs(dashes.y - (BLOCK_BOTTOM + 7)) < 1, `page ${page}: the dashes ${(dashes.y - BLOCK_BOTTOM).toFixed(1)} mm below the text block`);
    }
  });

  it('centres the title, and sets the headings in their own fonts', () => {
    for (const pages of Object.values(rendered)) {
      for (const title of pages.flatMap((page) => page.lines).filter(isTitle)) {
        assert.ok(Math.abs((title.x0 + title.x1) / 2 - (LEFT + RIGHT) / 2) < 2, `title off centre: ${title.text}`);
      }
    }
    const fonts = spawnSync('pdffonts', [pdfs['001_0432c5515c67698f.txt']!], { encoding: 'utf8' }).stdout;
    // 仿宋 and 小标宋 → Noto Serif CJK, 黑体 → Noto Sans CJK, 楷体 → AR PL UKai (render/fonts.conf).
    assert.match(fonts, /NotoSerifCJK/);
    assert.match(fonts, /NotoSansCJK/);
    assert.match(fonts, /UKai/);
  });

  it('has as many pages as the preview shows', async () => {
    const service = createLanguageService();
    for (const [name, text] of seeds()) {
      const preview = service.getPreview(sourceOf(text, `file:///${name}`)).pages.length;
      assert.ok(Math.abs(preview - rendered[name]!.length) <= 1, `${name}: preview ${preview}, PDF ${rendered[name]!.length}`);
    }
  });

  it('writes the README pictures when asked', function () {
    if (!process.env.UPDATE_RENDER_IMAGES) this.skip();
    const pdf = pdfs['004_eb2c8e18b1cdbd47.txt']!;
    const last = rendered['004_eb2c8e18b1cdbd47.txt']!.length;
    spawnSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, join(PICTURES, 'export-first-page')]);
    spawnSync('pdftoppm', ['-r', '60', '-png', '-f', String(last), '-l', String(last), '-singlefile', pdf, join(PICTURES, 'export-last-page')]);
  });
});
