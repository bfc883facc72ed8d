/**
 * The 公文 preview inside its webview: draws the pages the server broke the report into (A4 boxes,
 * lines on the 28.95 pt grid, the level fonts, `— N —` page numbers), keeps the page count and the
 * current page in the header, and talks to the extension: scrolling follows the editor and the
 * editor follows scrolling (`data-line` on every line), a click jumps to the line, a button exports.
 */
import type { LayoutPage } from '../../server/src/service/layout/description';
import type { PageLine, PageTable, PreviewPage } from '../../server/src/service/layout/paginate';

interface Labels {
  readonly note: string;
  readonly pageOf: string;
  readonly exportWord: string;
  readonly empty: string;
}

type Incoming =
  | { readonly type: 'update'; readonly page: LayoutPage; readonly pages: readonly PreviewPage[]; readonly labels: Labels; readonly line?: number }
  | { readonly type: 'scrollTo'; readonly line: number };

declare function acquireVsCodeApi(): { postMessage(message: unknown): void; setState(state: unknown): void; getState(): unknown };

const vscode = acquireVsCodeApi();
const FALLBACKS: Readonly<Record<string, string>> = {
  title: '"FZXiaoBiaoSong-B05S", "STZhongsong", "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", serif',
  body: '"仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", serif',
  heading1: '"黑体", "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif',
  heading2: '"楷体", "KaiTi", "STKaiti", "AR PL UKai CN", serif',
};
/** Word sets these in the East Asian font (the hint): here too, not in Times New Roman. */
const AMBIGUOUS = /[“”‘’—…·]+/g;
const MM = 96 / 25.4;
const PAGE_WIDTH = 210 * MM;
/** After the preview scrolls itself to follow the editor, its own scroll events are not sent back for this long. */
const QUIET_MS = 120;

const header = document.createElement('header');
const count = document.createElement('span');
const note = document.createElement('span');
note.className = 'note';
const exportButton = document.createElement('button');
exportButton.addEventListener('click', () => vscode.postMessage({ type: 'export' }));
header.append(count, note, exportButton);
const pagesElement = document.createElement('main');
pagesElement.id = 'pages';
document.body.append(header, pagesElement);

let labels: Labels | undefined;
let pageCount = 0;
let quietUntil = 0;
let lineElements: HTMLElement[] = [];

function fontStack(page: LayoutPage, role: keyof LayoutPage['fonts'], latin: boolean): string {
  const eastAsian = `"${page.fonts[role].replace(/"/g, '')}", ${FALLBACKS[role]}`;
  return latin ? `"Times New Roman", "Liberation Serif", ${eastAsian}` : eastAsian;
}

/** A table's rows on this page, drawn as the Word export has them: its columns, merged cells and row heights. */
function tableElement(table: PageTable, page: LayoutPage): HTMLElement {
  const element = document.createElement('table');
  element.className = 'table';
  element.dataset.line = String(table.line);
  element.style.fontSize = `${table.size}pt`;
  element.style.lineHeight = `${table.linePitch / 20}pt`;
  element.style.fontFamily = fontStack(page, 'body', true);
  const columns = document.createElement('colgroup');
  for (const width of table.columns) {
    const column = document.createElement('col');
    column.style.width = `${width / 20}pt`;
    columns.append(column);
  }
  element.append(columns);
  table.rows.forEach((row, index) => {
    const rowElement = document.createElement('tr');
    rowElement.dataset.line = String(row.line);
    rowElement.style.height = `${row.height / 20}pt`;
    for (const cell of row.cells) {
      const cellElement = document.createElement('td');
      if (cell.columns > 1) cellElement.colSpan = cell.columns;
      if (cell.rows > 1) cellElement.rowSpan = cell.rows;
      cellElement.style.textAlign = cell.align;
      // The cell's margins less a point for the borders and the browser's rounding, so that the characters a column holds in Word fit here too.
      cellElement.style.padding = `0 ${page.table.cellMargin / 20 - 1}pt`;
      // A cell never makes its rows taller than Word's: a merged label cut by a page shows what fits on this one.
      const content = document.createElement('div');
      content.style.maxHeight = `${table.rows.slice(index, index + cell.rows).reduce((sum, spanned) => sum + spanned.height, 0) / 20}pt`;
      content.style.overflow = 'hidden';
      content.textContent = cell.text;
      cellElement.append(content);
      rowElement.append(cellElement);
    }
    element.append(rowElement);
  });
  return element;
}

function lineElement(line: PageLine, page: LayoutPage): HTMLElement {
  const element = document.createElement('div');
  element.dataset.line = String(line.line);
  element.className = `line ${line.align}${line.title ? ' title' : ''}${line.pageNumber !== undefined ? ' entry' : ''}`;
  if (line.indentChars > 0) element.style.paddingLeft = `${line.indentChars * 15.75}pt`;
  if (line.rightChars > 0) element.style.paddingRight = `${line.rightChars * 15.75}pt`;
  for (const segment of line.segments) {
    let at = 0;
    const add = (text: string, latin: boolean) => {
      const span = document.createElement('span');
      span.textContent = text;
      span.style.fontFamily = fontStack(page, segment.font, latin);
      if (segment.bold) span.className = 'bold';
      element.append(span);
    };
    for (const match of segment.text.matchAll(AMBIGUOUS)) {
      if (match.index! > at) add(segment.text.slice(at, match.index), true);
      add(match[0], false);
      at = match.index! + match[0].length;
    }
    if (at < segment.text.length) add(segment.text.slice(at), true);
  }
  // A contents entry: a dotted leader to its page number at the right.
  if (line.pageNumber !== undefined) {
    const leader = document.createElement('span');
    leader.className = 'leader';
    const number = document.createElement('span');
    number.textContent = line.pageNumber;
    number.style.fontFamily = fontStack(page, 'body', true);
    element.append(leader, number);
  }
  // An empty line still takes its place on the grid.
  if (line.segments.length === 0) element.textContent = '\u200b';
  return element;
}

function render(page: LayoutPage, pages: readonly PreviewPage[]): void {
  const fragment = document.createDocumentFragment();
  lineElements = [];
  for (const preview of pages) {
    const pageElement = document.createElement('section');
    pageElement.className = 'page';
    pageElement.dataset.page = String(preview.number);
    const block = document.createElement('div');
    block.className = 'block';
    for (const item of preview.items) {
      const element = item.kind === 'table' ? tableElement(item, page) : lineElement(item, page);
      block.append(element);
      if (item.kind === 'table') lineElements.push(...element.querySelectorAll<HTMLElement>('tr'));
      else lineElements.push(element);
    }
    const number = document.createElement('div');
    number.className = `number ${preview.number % 2 === 1 ? 'right' : 'left'}`;
    number.textContent = `— ${preview.number} —`;
    pageElement.append(block, number);
    fragment.append(pageElement);
  }
  pagesElement.replaceChildren(fragment);
  pageCount = pages.length;
  fit();
  updateCount();
}

/** Pages as wide as the panel allows, never wider than life size. */
function fit(): void {
  const scale = Math.min(1, (document.documentElement.clientWidth - 24) / PAGE_WIDTH);
  pagesElement.style.zoom = String(Math.max(0.2, scale));
}

function currentPage(): number {
  const top = header.getBoundingClientRect().bottom;
  const pages = pagesElement.querySelectorAll<HTMLElement>('.page');
  for (const page of pages) {
    if (page.getBoundingClientRect().bottom > top + 40) return Number(page.dataset.page);
  }
  return pageCount;
}

function updateCount(): void {
  if (!labels) return;
  count.textContent = pageCount === 0 ? labels.empty : labels.pageOf.replace('{0}', String(currentPage())).replace('{1}', String(pageCount));
}

/** The first line of the report at or after `line`, brought to the top. */
function scrollToLine(line: number): void {
  const target = lineElements.find((element) => Number(element.dataset.line) >= line) ?? lineElements[lineElements.length - 1];
  if (!target) return;
  quietUntil = Date.now() + QUIET_MS;
  window.scrollTo({ top: window.scrollY + target.getBoundingClientRect().top - header.getBoundingClientRect().bottom - 8 });
  for (const element of pagesElement.querySelectorAll('.current')) element.classList.remove('current');
  target.classList.add('current');
  updateCount();
}

/** The source line of the first line in view. */
function topLine(): number | undefined {
  const top = header.getBoundingClientRect().bottom;
  const line = lineElements.find((element) => element.getBoundingClientRect().bottom > top)?.dataset.line;
  return line === undefined ? undefined : Number(line);
}

window.addEventListener('message', (event: MessageEvent<Incoming>) => {
  const message = event.data;
  if (message.type === 'update') {
    labels = message.labels;
    note.textContent = labels.note;
    exportButton.textContent = labels.exportWord;
    const keep = window.scrollY;
    render(message.page, message.pages);
    if (message.line !== undefined) scrollToLine(message.line);
    else window.scrollTo({ top: keep });
  } else if (message.type === 'scrollTo') {
    scrollToLine(message.line);
  }
});

window.addEventListener('scroll', () => {
  updateCount();
  if (Date.now() < quietUntil) return;
  const line = topLine();
  if (line !== undefined) vscode.postMessage({ type: 'reveal', line });
}, { passive: true });

window.addEventListener('resize', fit);

pagesElement.addEventListener('click', (event) => {
  const line = (event.target as HTMLElement).closest<HTMLElement>('[data-line]')?.dataset.line;
  if (line !== undefined) vscode.postMessage({ type: 'open', line: Number(line) });
});

vscode.postMessage({ type: 'ready' });
