/**
 * Measures how the model reads the held-out-style copies of `test/fixtures/heldout` (written before
 * the reading was tuned, each with its truth in `*.truth.txt`): the profile and title of every report,
 * the page chrome found and falsely found, the headings, the table rows read with the right numbers,
 * and findings that must or must not appear.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService } from '../../server/src/service/languageService';
import type { OutlineNode } from '../../server/src/service/features/outline';
import { FIXTURES, sourceOf } from './documents';

export const HELDOUT = process.env.HELDOUT_DIR ?? join(FIXTURES, 'heldout');

interface Truth {
  readonly profiles: readonly string[];
  readonly titles: readonly string[];
  readonly chrome: ReadonlySet<number>;
  readonly headings: readonly string[];
  readonly rows: ReadonlyMap<string, string>;
  readonly absent: readonly string[];
  readonly present: readonly string[];
}

/** `1-4 7` → 1, 2, 3, 4, 7. */
function lineSet(text: string): Set<number> {
  const lines = new Set<number>();
  for (const part of text.split(/\s+/).filter(Boolean)) {
    const [from, to] = part.split('-').map(Number);
    for (let line = from!; line <= (to ?? from!); line++) lines.add(line);
  }
  return lines;
}

function readTruth(path: string): Truth {
  const fields = new Map<string, string>();
  const rows = new Map<string, string>();
  let inRows = false;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (inRows) {
      const [key, values] = line.split(': ');
      rows.set(key!, values!);
      continue;
    }
    const colon = line.indexOf(':');
    const name = line.slice(0, colon);
    if (name === 'rows') inRows = true;
    else fields.set(name, line.slice(colon + 1).trim());
  }
  const list = (name: string) => (fields.get(name) ?? '').split(/\s+/).filter(Boolean);
  return {
    profiles: list('reports'),
    titles: (fields.get('titles') ?? '').split('|').map((title) => title.trim()),
    chrome: lineSet(fields.get('chrome') ?? ''),
    headings: list('headings'),
    rows,
    absent: list('absent'),
    present: list('present'),
  };
}

export interface HeldoutResult {
  readonly name: string;
  readonly profiles: readonly string[];
  readonly expectedProfiles: readonly string[];
  readonly titles: readonly string[];
  readonly expectedTitles: readonly string[];
  readonly chromeLines: number;
  readonly chromeFound: number;
  readonly chromeFalse: readonly number[];
  readonly chromeMissed: readonly number[];
  readonly headings: readonly string[];
  readonly expectedHeadings: readonly string[];
  readonly rows: number;
  readonly rowsRight: number;
  readonly rowErrors: readonly string[];
  readonly absentFound: readonly string[];
  readonly presentMissing: readonly string[];
}

function flatten(nodes: readonly OutlineNode[]): OutlineNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

/** Reads one held-out text and compares it with its truth. */
export function measure(name: string): HeldoutResult {
  const text = readFileSync(join(HELDOUT, name), 'utf8');
  const truth = readTruth(join(HELDOUT, name.replace(/\.txt$/, '.truth.txt')));
  const service = createLanguageService();
  const source = sourceOf(text, `file:///${name}`);
  const document = service.getDocument(source);
  const findings = service.getFindings(source);
  const nodes = flatten(service.getOutline(source));
  const chromeFound = new Set(findings.filter((finding) => finding.code === 'web-residue').map((finding) => finding.range.start.line + 1));
  const several = document.reports.length > 1 || truth.profiles.length > 1;
  const actualRows = new Map<string, string>();
  document.reports.forEach((report, index) => {
    for (const table of report.tables) {
      const part = '一二三四五六'[table.schema.topic - 1];
      for (const row of table.rows) {
        if (row.cells.length === 0) continue;
        const key = `${several ? `${'ABCDEFGHIJ'[index]} ` : ''}${part} ${row.schema.id}`;
        if (!actualRows.has(key)) actualRows.set(key, row.cells.map((cell) => cell.value === undefined ? '-' : String(cell.value)).join(' '));
      }
    }
  });
  const rowErrors: string[] = [];
  for (const [key, values] of truth.rows) {
    const actual = actualRows.get(key);
    if (actual !== values) rowErrors.push(`${key}: ${actual ?? '(none)'} ≠ ${values}`);
  }
  const has = (spec: string) => {
    const [code, rest] = spec.split('@');
    const [id, words] = code!.split('~');
    return findings.filter((finding) => finding.code === id && (words === undefined || finding.message.includes(words))
      && (rest === undefined || finding.range.start.line + 1 === Number(rest))).length;
  };
  const presentCounts = new Map<string, number>();
  for (const spec of truth.present) presentCounts.set(spec, (presentCounts.get(spec) ?? 0) + 1);
  return {
    name,
    profiles: document.reports.map((report) => report.profile.id),
    expectedProfiles: truth.profiles,
    titles: document.reports.map((report) => report.title ? report.title.text.replace(/\s/g, '') : '-'),
    expectedTitles: truth.titles,
    chromeLines: truth.chrome.size,
    chromeFound: [...truth.chrome].filter((line) => chromeFound.has(line)).length,
    chromeFalse: [...chromeFound].filter((line) => !truth.chrome.has(line)),
    chromeMissed: [...truth.chrome].filter((line) => !chromeFound.has(line)),
    headings: nodes.filter((node) => node.kind === 'heading').map((node) => `${node.range.start.line + 1}:${node.level}`),
    expectedHeadings: truth.headings,
    rows: truth.rows.size,
    rowsRight: truth.rows.size - rowErrors.length,
    rowErrors,
    absentFound: truth.absent.filter((spec) => has(spec) > 0),
    presentMissing: [...presentCounts].filter(([spec, count]) => has(spec) < count).map(([spec]) => spec),
  };
}

export function heldoutNames(): string[] {
  return readdirSync(HELDOUT).filter((name) => name.endsWith('.txt') && !name.includes('.truth.') && !name.includes('.expected.')).sort();
}
