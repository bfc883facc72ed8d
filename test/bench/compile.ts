/**
 * The bench's compilation of a province: a folder of 3,000 reports made from the seeds' reports (each
 * report of the seed files, its unit and its small numbers changed per copy), compiled by the bundled
 * CLI (`dist/cli.js compile … -o … --summary …`) as a user runs it: reports a second and the peak
 * memory of the process, and the same for a fifth of the folder, so that 5× the input is seen to take
 * about 5× the time.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeText } from '../../server/src/service/model/analyze';

const UNITS = ['司法局', '市场监督管理局', '教育局', '财政局', '人民政府', '公安局', '生态环境局', '人力资源和社会保障局'];

/** The reports of the seed files, each as its own text (a compilation gives each of its reports). */
function seedReports(seeds: string): string[] {
  const reports: string[] = [];
  for (const name of readdirSync(seeds).filter((file) => file.endsWith('.txt')).sort()) {
    const { document } = analyzeText(readFileSync(join(seeds, name), 'utf8'));
    for (const report of document.reports) {
      if (report.title) reports.push(document.lines.slice(report.startLine, report.endLine + 1).map((line) => line.text).join('\n'));
    }
  }
  return reports;
}

/** `count` report files: the seeds' reports in turn, the unit in the title and the numbers of one to three digits changed per copy. */
function writeReports(folder: string, count: number, bases: readonly string[]): number {
  let bytes = 0;
  for (let index = 0; index < count; index++) {
    const unit = `第${index + 1}县${UNITS[index % UNITS.length]}`;
    const text = bases[index % bases.length]!
      // The title's words before its year are the unit.
      .replace(/^(\s*)[^\n]*?(\d{4}年)/, (_, indent: string, year: string) => `${indent}${unit}${year}`)
      .replace(/(?<!\d)\d{1,3}(?![\d年])/g, (number) => String((Number(number) * ((index % 13) + 1)) % 997));
    writeFileSync(join(folder, `${String(index).padStart(5, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

interface Run { readonly seconds: number; readonly maxRssMb: number }

/** One run of the bundled CLI, with the process's peak resident memory. */
function compileOnce(cli: string, folder: string, out: string): Run {
  rmSync(out, { recursive: true, force: true });
  // The CLI's entry point runs when required; the wrapper reports the process's peak memory as it exits.
  const wrapper = `process.on('exit', () => process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n')); process.argv.splice(1, 0, 'cli'); require(${JSON.stringify(cli)});`;
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['-e', wrapper, 'compile', folder, '-o', join(out, '汇编.fzbg'), '--summary', join(out, '汇总.csv')], {
    encoding: 'utf8', maxBuffer: 1 << 28,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 1 && result.status !== 0) throw new Error(`compile failed (${result.status}): ${result.stderr}`);
  const rss = /MAXRSS (\d+)/.exec(result.stderr);
  return { seconds, maxRssMb: rss ? Number(rss[1]) / 1024 : NaN };
}

export interface CompileFigures {
  readonly reports: number;
  readonly megabytes: number;
  readonly seconds: number;
  readonly reportsPerSecond: number;
  readonly maxRssMb: number;
  /** Time for all the reports over the time for a fifth of them. */
  readonly scaling: number;
}

/** Medians of `runs` runs at 3,000 reports and at 600, the two in alternation. */
export function compileFigures(root: string, count = 3000, runs = 3): CompileFigures {
  const folder = mkdtempSync(join(tmpdir(), 'fazhi-bench-compile-'));
  try {
    const bases = seedReports(join(root, 'test', 'fixtures', 'seeds'));
    const all = join(folder, 'all');
    const fifth = join(folder, 'fifth');
    mkdirSync(all);
    mkdirSync(fifth);
    const bytes = writeReports(all, count, bases);
    writeReports(fifth, Math.round(count / 5), bases);
    const cli = join(root, 'dist', 'cli.js');
    const large: Run[] = [];
    const small: Run[] = [];
    for (let run = 0; run < runs; run++) {
      large.push(compileOnce(cli, all, join(folder, 'out')));
      small.push(compileOnce(cli, fifth, join(folder, 'out')));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const seconds = median(large.map((run) => run.seconds));
    return {
      reports: count,
      megabytes: bytes / 1e6,
      seconds,
      reportsPerSecond: count / seconds,
      maxRssMb: median(large.map((run) => run.maxRssMb)),
      scaling: seconds / median(small.map((run) => run.seconds)),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
