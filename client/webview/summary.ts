/**
 * The summary of a compilation inside its webview: the server's table of the reports (one row each,
 * a row with its reason for a file not compiled), sorted by the column whose heading is clicked (again:
 * the other way), numbers as numbers; a click or Enter on a row asks the extension to open that report
 * with its problems; buttons export the compilation to Word and save the summary as CSV.
 * Stable selectors for screenshots and tests: `#summary` (the table), `tr[data-index]` (a report's row).
 */

interface Labels {
  readonly counts: string;
  readonly hint: string;
  readonly exportWord: string;
  readonly saveCsv: string;
}

interface Grid {
  readonly headers: readonly string[];
  readonly numeric: readonly boolean[];
  readonly rows: readonly (readonly string[])[];
}

type Incoming = { readonly type: 'show'; readonly title: string; readonly grid: Grid; readonly failed: readonly boolean[]; readonly labels: Labels; readonly canExport: boolean };

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };

const vscode = acquireVsCodeApi();

const header = document.createElement('header');
const title = document.createElement('h1');
const counts = document.createElement('span');
counts.className = 'counts';
const hint = document.createElement('span');
hint.className = 'hint';
const exportButton = document.createElement('button');
exportButton.id = 'export-word';
exportButton.addEventListener('click', () => vscode.postMessage({ type: 'export' }));
const csvButton = document.createElement('button');
csvButton.id = 'save-csv';
csvButton.addEventListener('click', () => vscode.postMessage({ type: 'saveCsv' }));
header.append(title, counts, hint, exportButton, csvButton);
const table = document.createElement('table');
table.id = 'summary';
document.body.append(header, table);

let grid: Grid = { headers: [], numeric: [], rows: [] };
let failed: readonly boolean[] = [];
/** The column sorted by and the direction; none: the compilation's order. */
let sort: { column: number; descending: boolean } | undefined;

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

function compare(a: string, b: string, numeric: boolean): number {
  if (!numeric) return collator.compare(a, b);
  // Empty cells (no year, no table, a file not compiled) after the numbers.
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  return Number(a) - Number(b);
}

function render(): void {
  const order = grid.rows.map((_, index) => index);
  if (sort) {
    const { column, descending } = sort;
    const numeric = grid.numeric[column] === true;
    order.sort((a, b) => (descending ? -1 : 1) * compare(grid.rows[a]![column]!, grid.rows[b]![column]!, numeric) || a - b);
  }
  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  grid.headers.forEach((text, column) => {
    const cell = document.createElement('th');
    cell.textContent = text;
    cell.tabIndex = 0;
    cell.dataset.column = String(column);
    if (grid.numeric[column]) cell.className = 'number';
    cell.setAttribute('aria-sort', sort?.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none');
    headRow.append(cell);
  });
  head.append(headRow);
  const body = document.createElement('tbody');
  for (const index of order) {
    const row = document.createElement('tr');
    row.dataset.index = String(index);
    row.tabIndex = 0;
    if (failed[index]) row.className = 'failed';
    grid.rows[index]!.forEach((text, column) => {
      const cell = document.createElement('td');
      cell.textContent = text;
      if (grid.numeric[column]) cell.className = 'number';
      row.append(cell);
    });
    body.append(row);
  }
  table.replaceChildren(head, body);
}

function sortBy(column: number): void {
  sort = sort?.column === column ? { column, descending: !sort.descending } : { column, descending: false };
  render();
}

table.addEventListener('click', (event) => {
  const target = event.target as HTMLElement;
  const heading = target.closest<HTMLElement>('th[data-column]');
  if (heading) return sortBy(Number(heading.dataset.column));
  const row = target.closest<HTMLElement>('tr[data-index]');
  if (row) vscode.postMessage({ type: 'open', index: Number(row.dataset.index) });
});

table.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  const target = event.target as HTMLElement;
  if (target.dataset.column !== undefined) sortBy(Number(target.dataset.column));
  else if (target.dataset.index !== undefined) vscode.postMessage({ type: 'open', index: Number(target.dataset.index) });
  else return;
  event.preventDefault();
});

window.addEventListener('message', (event: MessageEvent<Incoming>) => {
  const message = event.data;
  if (message.type !== 'show') return;
  title.textContent = message.title;
  counts.textContent = message.labels.counts;
  hint.textContent = message.labels.hint;
  exportButton.textContent = message.labels.exportWord;
  exportButton.disabled = !message.canExport;
  csvButton.textContent = message.labels.saveCsv;
  grid = message.grid;
  failed = message.failed;
  sort = undefined;
  render();
});

vscode.postMessage({ type: 'ready' });
