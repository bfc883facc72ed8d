/** Helpers shared by the tests: building models and sources from literal text or fixture files. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../server/src/service/model/analyze';
import type { ReportDocument } from '../../server/src/service/model/document';
import type { TextSource } from '../../server/src/service/languageService';

export const FIXTURES = join(__dirname, '..', 'fixtures');
export const SEEDS = join(FIXTURES, 'seeds');

export function modelOf(...lines: string[]): ReportDocument {
  return analyzeText(lines.join('\n')).document;
}

export function sourceOf(text: string, uri = 'file:///test.fzbg', version = 1): TextSource {
  return { uri, version, getText: () => text };
}

/** The seed reports copied into the project, as [name, text]. */
export function seeds(): [string, string][] {
  return readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort()
    .map((name) => [name, readFileSync(join(SEEDS, name), 'utf8')]);
}

export function seed(prefix: string): string {
  const found = seeds().find(([name]) => name.startsWith(prefix));
  if (!found) throw new Error(`no seed ${prefix}`);
  return found[1];
}

/** A report whose second top-level heading repeats the number of the first (lines 1 and 2, 0-based). */
export const REPEATED_NUMBER = '县司法局2023年法治政府建设年度报告\n一、主要举措和成效\n一、存在的不足和原因\n';
