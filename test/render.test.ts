/**
 * The exported Word documents, looked at: LibreOffice renders the seeds' `.docx` (a compilation of 24
 * reports among them), the 信息公开 reports in each table shape and an all-zero skeleton to PDF in
 * one call, with the font names mapped to Debian's CJK fonts (`render/fonts.conf`), and
 * `pdftotext -bbox-layout` and `pdftoppm` measure the pages: A4, lines on the 28.95 pt grid, at most
 * 22 a page and full pages at 22 unless a heading was kept with its text, at most 28 characters a
 * line, page numbers 7 mm below the text block, titles centred and broken by meaning, no heading last
 * on a page, the date two characters right of the signature, every table character inside its cell
 * and the text block, header rows repeated after a page break, no row split, the contents' page
 * numbers, and as many pages as the preview. `UPDATE_RENDER_IMAGES=1` also writes the README's pictures.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import titleWords from '../server/src/service/data/titleWords.json';
import { parseSettings } from '../server/src/service/settings';
import { createLanguageService } from '../server/src/service/languageService';
import type { LayoutDocument, LayoutTable } from '../server/src/service/layout/description';
import { PROFILES } from '../server/src/service/profiles/registry';
import { topicTables } from '../server/src/service/profiles/schema';
import { FIXTURES, seeds, sourceOf } from './helpers/documents';
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

interface Word { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number; readonly text: string }
interface Line extends Word { readonly words: readonly Word[] }
interface Page { readonly width: number; readonly height: number; readonly lines: readonly Line[] }

const unescape = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const MM = (value: string | undefined) => Number(value) * MM_PER_PT;

/** The pages of a PDF as pdftotext's boxes, in millimetres. */
function pagesOf(pdf: string): Page[] {
  const html = spawnSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([^]*?)<\/page>/g)].map(([, width, height, body]) => ({
    width: Number(width) * MM_PER_PT,
    height: Number(height) * MM_PER_PT,
    lines: [...body!.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^]*?)<\/line>/g)].map(([, x0, y0, x1, y1, inner]) => {
      const words = [...inner!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
        .map(([, wx0, wy0, wx1, wy1, text]) => ({ x0: MM(wx0), y0: MM(wy0), x1: MM(wx1), y1: MM(wy1), text: unescape(text!) }));
      return { x0: MM(x0), y0: MM(y0), x1: MM(x1), y1: MM(y1), text: words.map((word) => word.text).join(''), words };
    }),
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


/** Text without blanks, as pdftotext's words joined. */
const squash = (text: string) => text.replace(/\s+/g, '');
/** A line of a table: 五号 characters, shorter than the body's. */
const isTableLine = (line: Line) => line.y1 - line.y0 < 5.5;

/** The texts of the paragraphs kept with the next: titles and headings. */
function keptTexts(layout: LayoutDocument): string[] {
  return [...(layout.front ? [layout.front] : []), ...layout.reports].flatMap((report) => report.blocks)
    .flatMap((block) => (block.kind === 'paragraph' && block.keepNext ? [squash(block.runs.map((run) => run.text).join(''))] : []));
}

function tablesOf(layout: LayoutDocument): LayoutTable[] {
  return layout.reports.flatMap((report) => report.blocks.flatMap((block) => (block.kind === 'table' ? [block] : [])));
}

/** A 信息公开 report with every part and the all-zero tables of the format, as the skeleton writes it. */
function xinxiSkeleton(): string {
  const profile = PROFILES.find((candidate) => (candidate.tables ?? []).length > 0)!;
  const numerals = '一二三四五六七八九';
  return ['XX市XX局2026年政府信息公开工作年度报告', '', profile.skeleton.opening.replace(/\{year\}/g, '2026').replace(/\[\[|\]\]/g, ''),
    ...profile.topics.flatMap((topic, index) => [`${numerals[index]}、${topic.statutoryTitle['zh-cn']}`,
      ...topicTables(profile, topic), ...(topicTables(profile, topic).length === 0 ? [topic.skeletonBody ?? '【待补充】'] : [])]),
    '', 'XX市XX局', '2027年1月20日'].join('\n');
}

/** The 信息公开 reports rendered: one in each table shape, and the skeleton. */
const XINXI: [string, string][] = [
  ...['pipe-rows', 'number-runs', 'cells-per-line'].map((shape): [string, string] => [`xinxi-${shape}.txt`, readFileSync(join(FIXTURES, 'xinxi', `${shape}.txt`), 'utf8')]),
  ['xinxi-skeleton.txt', xinxiSkeleton()],
  ['xinxi-sealed.txt', readFileSync(join(FIXTURES, 'xinxi', 'pipe-rows.txt'), 'utf8')],
];
/** Exported with the sealed signature. */
const SEALED = 'xinxi-sealed.txt';

describe('the exported 公文 rendered by LibreOffice', function () {
  this.timeout(180_000);
  const folder = tempFolder('fazhi-render-');
  const rendered: Record<string, Page[]> = {};
  const pdfs: Record<string, string> = {};
  const layouts: Record<string, LayoutDocument> = {};
  const previewPages: Record<string, number> = {};
  const seedNames = seeds().map(([name]) => name);

  before(async function () {
    // CI installs LibreOffice and poppler; elsewhere the tests are skipped without them.
    if (!hasLibreOffice && !process.env.CI) this.skip();
    const service = createLanguageService();
    const docxPaths: string[] = [];
    for (const [name, text] of [...seeds(), ...XINXI]) {
      const source = sourceOf(text, `file:///${name}`);
      const settings = name === SEALED ? parseSettings({ export: { sealed: true } }) : undefined;
      const [file] = await service.exportDocx(source, settings, false, name);
      const path = join(folder, name.replace(/\.txt$/, '.docx'));
      writeFileSync(path, file!.data);
      docxPaths.push(path);
      layouts[name] = service.getLayout(source, settings);
      previewPages[name] = service.getPreview(source, settings).pages.length;
    }
    // One conversion for all the files: LibreOffice starts once.
    const converted = spawnSync('soffice', ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', folder, ...docxPaths], {
      encoding: 'utf8', timeout: 170_000, env: { ...process.env, FONTCONFIG_FILE: FONTS, HOME: folder },
    });
    assert.equal(converted.status, 0, converted.stderr);
    for (const [name] of [...seeds(), ...XINXI]) {
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
    // The compilation's own title page with its contents, then the 24 reports.
    assert.equal(reportStarts.length, 25);
  });

  it('sets every line on the 28.95 pt grid, at most 22 a page, and fills the pages a report runs on unless a heading goes on with its text', function () {
    let full = 0;
    let running = 0;
    let kept = 0;
    for (const name of seedNames) {
      const pages = rendered[name]!;
      const keptStarts = keptTexts(layouts[name]!);
      pages.forEach((page, index) => {
        const body = page.lines.filter((line) => !isPageNumber(line));
        for (const line of body) {
          const slot = slotOf(line);
          assert.ok(slot >= 0 && slot <= 21, `line on slot ${slot}: ${line.text}`);
          // On the grid: the foot of the box within half a millimetre of its line.
          assert.ok(Math.abs(line.y1 - (TOP + (slot + 1) * PITCH)) < (isTitle(line) ? 1.5 : 0.5), `${line.y1.toFixed(2)} mm off the grid: ${line.text}`);
        }
        assert.ok(new Set(body.map(slotOf)).size <= 22);
        // A page followed by a page of the same report is full, unless a heading kept with its text starts the next one.
        const next = pages[index + 1];
        if (!next || next.lines.some((line) => isTitle(line) && slotOf(line) === 0)) return;
        running++;
        if (body.some((line) => slotOf(line) === 21)) full++;
        else if (keptStarts.some((text) => text.startsWith(squash(next.lines[0]!.text)))) kept++;
      });
    }
    this.test!.title += ` (${full} of ${running} pages followed by more of their report reach line 22, ${kept} end early for a heading)`;
    assert.ok(full + kept >= running - 2, `${full} + ${kept} of ${running}`);
  });

  it('puts at most 28 characters on a line, and 28 on a full line of Chinese text', function () {
    let fullLines = 0;
    let of28 = 0;
    for (const name of seedNames) {
      for (const line of rendered[name]!.flatMap((page) => page.lines)) {
        // Contents entries run to their page numbers with a dotted leader.
        if (isPageNumber(line) || isTitle(line) || line.text.includes('....')) continue;
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

  it('has exactly as many pages as the preview shows', () => {
    for (const name of Object.keys(rendered)) assert.equal(previewPages[name], rendered[name]!.length, name);
  });

  it('keeps every heading and title with the text after it: none is last on a page', () => {
    for (const [name, pages] of Object.entries(rendered)) {
      const kept = keptTexts(layouts[name]!);
      pages.slice(0, -1).forEach((page, index) => {
        const lines = page.lines.filter((line) => !isPageNumber(line));
        const last = lines.reduce((lowest, line) => (line.y1 > lowest.y1 ? line : lowest), lines[0]!);
        const text = squash(last.text);
        assert.ok(!kept.some((heading) => heading.endsWith(text)), `${name} page ${index + 1} ends with a heading: ${last.text}`);
      });
    }
  });

  it('sets the date two characters (± 0.25) right of the signature\'s start, and a sealed signature centred over its date', function () {
    let checked = 0;
    for (const [name, pages] of Object.entries(rendered)) {
      const lines = pages.flatMap((page) => page.lines);
      for (const report of layouts[name]!.reports) {
        const textOf = (role: string) => report.blocks.flatMap((block) => (block.kind === 'paragraph' && block.role === role ? [squash(block.runs.map((run) => run.text).join(''))] : []))[0];
        const signature = textOf('signature');
        const date = textOf('date');
        if (signature === undefined || date === undefined) continue;
        const at = lines.findIndex((line, index) => squash(line.text) === signature && squash(lines[index + 1]?.text ?? '') === date);
        assert.ok(at >= 0, `${name}: ${signature} / ${date}`);
        if (name === SEALED) {
          // Sealed: the signature centred over the date.
          const off = ((lines[at]!.x0 + lines[at]!.x1) / 2 - (lines[at + 1]!.x0 + lines[at + 1]!.x1) / 2) / CHARACTER;
          assert.ok(Math.abs(off) <= 0.25, `${name}: the signature ${off.toFixed(2)} characters off the date's centre`);
          continue;
        }
        const offset = (lines[at + 1]!.x0 - lines[at]!.x0) / CHARACTER;
        assert.ok(Math.abs(offset - 2) <= 0.25, `${name}: the date ${offset.toFixed(2)} characters right of ${signature}`);
        checked++;
      }
    }
    this.test!.title += ` (${checked} signatures)`;
    assert.ok(checked >= 20);
  });

  it('breaks titles by meaning: no title line under three characters, no word cut', () => {
    for (const pages of Object.values(rendered)) {
      for (const page of pages) {
        const titles = page.lines.filter(isTitle).map((line) => squash(line.text));
        for (const title of titles) assert.ok([...title].length >= 3, `title line ${title}`);
        for (let index = 0; index + 1 < titles.length; index++) {
          const [above, below] = [titles[index]!, titles[index + 1]!];
          for (const word of titleWords.words) {
            for (let at = (above + below).indexOf(word); at >= 0; at = (above + below).indexOf(word, at + 1)) {
              assert.ok(at >= above.length || at + word.length <= above.length, `${word} cut: ${above} / ${below}`);
            }
          }
        }
      }
    }
  });

  it('sets every character of the 信息公开 tables inside its cell and the text block, no column narrower than two characters', function () {
    let words = 0;
    for (const [name] of XINXI) {
      const tables = tablesOf(layouts[name]!);
      const cells = tables.flatMap((table) => {
        const edges = [0];
        for (const width of table.columns) edges.push(edges[edges.length - 1]! + (width / 20) * MM_PER_PT);
        // Two characters of the table's font inside the 1 mm margins of every column.
        for (const width of table.columns) assert.ok(width - 2 * 57 >= 2 * table.size * 20, `${name}: a column of ${width} twips`);
        return table.rows.flatMap((row) => row.cells.map((cell) => ({ text: squash(cell.text), x0: LEFT + edges[cell.column]!, x1: LEFT + edges[cell.column + cell.columns]! })));
      });
      for (const word of rendered[name]!.flatMap((page) => page.lines.filter(isTableLine).flatMap((line) => line.words))) {
        assert.ok(word.x0 >= LEFT - 0.2 && word.x1 <= RIGHT + 0.2, `${name}: ${word.text} outside the text block`);
        const cell = cells.find((candidate) => candidate.text.includes(word.text) && word.x0 >= candidate.x0 - 0.2 && word.x1 <= candidate.x1 + 0.2);
        assert.ok(cell, `${name}: ${word.text} at ${word.x0.toFixed(1)}–${word.x1.toFixed(1)} mm outside its cell`);
        words++;
      }
    }
    this.test!.title += ` (${words} words)`;
  });

  it('repeats a table\'s header rows after a page break and splits no row', function () {
    let repeated = 0;
    for (const [name] of XINXI) {
      const pages = rendered[name]!;
      const pageTexts = pages.map((page) => squash(page.lines.map((line) => line.text).join('')));
      for (const table of tablesOf(layouts[name]!)) {
        const edges = [0];
        for (const width of table.columns) edges.push(edges[edges.length - 1]! + (width / 20) * MM_PER_PT);
        // Each row's label whole on one page, read from the words inside its cell: the row was not split.
        const labels = table.rows.slice(table.headerRows).flatMap((row) => row.cells.filter((cell) => cell.rows === 1 && /[^\d.,\s-]{2}/.test(cell.text)));
        for (const cell of labels) {
          const [x0, x1] = [LEFT + edges[cell.column]! - 0.2, LEFT + edges[cell.column + cell.columns]! + 0.2];
          const inCell = pages.map((page) => page.lines.flatMap((line) => line.words).filter((word) => word.x0 >= x0 && word.x1 <= x1).map((word) => word.text).join(''));
          assert.ok(inCell.some((text) => text.includes(squash(cell.text))), `${name}: the row ${cell.text} split`);
        }
        if (table.headerRows === 0) continue;
        const header = squash(table.rows[0]!.cells[table.rows[0]!.cells.length - 1]!.text);
        const pagesWithRows = pageTexts.filter((text) => labels.some((cell) => text.includes(squash(cell.text).slice(0, 6))));
        for (const text of pagesWithRows) assert.ok(text.includes(header), `${name}: a page of the table without its header ${header}`);
        if (pagesWithRows.length > 1) repeated++;
      }
    }
    this.test!.title += ` (${repeated} tables run onto a second page)`;
    assert.ok(repeated >= 1);
    // The skeleton's all-zero tables are compact.
    assert.ok(rendered['xinxi-skeleton.txt']!.length <= 4, `${rendered['xinxi-skeleton.txt']!.length} pages`);
  });

  it('numbers each report of the compilation in its contents by the page it starts on', () => {
    const name = '000_89f650e35bae1bed.txt';
    const pages = rendered[name]!;
    const layout = layouts[name]!;
    const entries = layout.front!.blocks.flatMap((block) => (block.kind === 'paragraph' && block.role === 'entry' ? [block] : []));
    assert.equal(entries.length, 24);
    entries.forEach((entry, index) => {
      const start = pages[Number(entry.pageNumber) - 1]!;
      const firstTitle = start.lines.find(isTitle)!;
      assert.equal(slotOf(firstTitle), 0);
      const title = layout.reports[index]!.blocks[0]!;
      assert.equal(squash(firstTitle.text), title.kind === 'paragraph' ? squash(title.runs[0]!.text.split('\n')[0]!) : '', `entry ${index + 1}`);
    });
    assert.match(pages[0]!.lines.map((line) => line.text).join('\n'), /1\.XX开发区管委会市场监督管理局/);
  });

  it('writes the README pictures when asked', function () {
    if (!process.env.UPDATE_RENDER_IMAGES) this.skip();
    const pdf = pdfs['004_eb2c8e18b1cdbd47.txt']!;
    const last = rendered['004_eb2c8e18b1cdbd47.txt']!.length;
    spawnSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, join(PICTURES, 'export-first-page')]);
    spawnSync('pdftoppm', ['-r', '60', '-png', '-f', String(last), '-l', String(last), '-singlefile', pdf, join(PICTURES, 'export-last-page')]);
    // The 信息公开 report's requests table: its merged header and group labels.
    spawnSync('pdftoppm', ['-r', '60', '-png', '-f', '3', '-l', '3', '-singlefile', pdfs['xinxi-pipe-rows.txt']!, join(PICTURES, 'export-xinxi-table')]);
  });
});
