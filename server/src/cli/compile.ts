/**
 * `fazhi-report compile INPUT… -o OUT [--title TITLE] [--order LIST.txt] [--summary SUMMARY.csv]
 * [--format text|json] [--force]`: report files and folders compiled into one 汇编 (SPEC 9) — OUT
 * ending `.fzbg` or `.txt` gets the compilation's text, `.docx` the same as a Word 公文 through the
 * export — with a summary of every report: a table on standard output (JSON with `--format json`)
 * and, with `--summary`, CSV for spreadsheets. The files are read one at a time and each model is
 * dropped before the next. A file that cannot be read is a row with its reason and the rest are still
 * compiled (exit 2 then). No output replaces a file without `--force`, and both are checked before
 * anything is read or written.
 */
import { basename, extname, resolve } from 'node:path';
import type { Settings } from '../service/settings';
import { CompileInput, compile, isCompilationTitle, isFailed } from '../service/features/compile';
import { summaryCsv, summaryTable } from '../service/features/summary';
import { Locale, Message, format } from '../service/l10n';
import { createLanguageService } from '../service/languageService';
import { CliIo, REPORT_EXTENSIONS, alreadyExists, writeFailure } from './io';
import { isWordFile, wordReportText } from './import';

const WORDS = {
  badOutput: { 'zh-cn': '汇编文件应以 .fzbg、.txt（文本）或 .docx（Word 公文）结尾：“{file}”', en: 'the compilation must end in .fzbg, .txt (text) or .docx (Word): "{file}"' },
  sameOutputs: { 'zh-cn': '--summary 和 -o 不能是同一个文件', en: '--summary and -o cannot name the same file' },
  inputIsOutput: { 'zh-cn': '输出文件“{file}”也是要汇编的文件：请另选文件名', en: 'the output "{file}" is also one of the files to compile: choose another name' },
  badTitle: {
    'zh-cn': '“{title}”不像汇编的标题：应为一行，以“汇编”结尾，并写明年度（如“2023年度法治政府建设年度报告汇编”）',
    en: '"{title}" does not read as a compilation title: one line ending in 汇编 that names the year (such as 2023年度法治政府建设年度报告汇编)',
  },
  isFolder: { 'zh-cn': '“{file}”是一个文件夹：请指定文件名', en: '"{file}" is a folder: name a file' },
  notListed: { 'zh-cn': '--order 列出的“{name}”不在要汇编的文件中', en: '"{name}" in --order is not among the files to compile' },
  unlisted: { 'zh-cn': '{count} 个文件没有列在 --order 中，排在最后', en: '{count} files are not in --order and come last' },
  emptyFolder: { 'zh-cn': '“{file}”中没有 .fzbg、.txt 或 .docx 报告文件', en: 'no .fzbg, .txt or .docx report files in "{file}"' },
  nothing: { 'zh-cn': '没有可汇编的报告，未写入任何文件', en: 'no report to compile: nothing was written' },
  written: { 'zh-cn': '已汇编 {reports} 篇报告：“{file}”', en: 'compiled {reports} reports into "{file}"' },
  summary: { 'zh-cn': '已写入汇总“{file}”', en: 'wrote the summary "{file}"' },
  failed: { 'zh-cn': '{count} 个文件未能汇编（见汇总）', en: '{count} files were not compiled (see the summary)' },
  problems: { 'zh-cn': '{count} 篇报告有警告及以上的问题', en: '{count} reports have problems at warning or above' },
} satisfies Record<string, Message>;

/** Files compiled from folders: the reports the import reads as well as the text ones. */
const COMPILE_EXTENSIONS: readonly string[] = [...REPORT_EXTENSIONS, '.docx'];

export interface CompileOptions {
  readonly output: string;
  readonly title?: string;
  readonly order?: string;
  readonly summary?: string;
  readonly json: boolean;
  readonly force: boolean;
  readonly settings: Settings;
  readonly locale: Locale;
}

/** What is wrong with the command as typed, before anything is read. */
export function compileUsageProblem(inputs: readonly string[], options: CompileOptions): string | undefined {
  const { locale, output, summary, title } = options;
  if (!/\.(fzbg|txt|docx)$/i.test(output)) return format(WORDS.badOutput, locale, { file: output });
  if (summary !== undefined && resolve(summary) === resolve(output)) return WORDS.sameOutputs[locale];
  // Even --force never writes over a report being compiled.
  const clash = [output, ...(summary === undefined ? [] : [summary])].find((path) => inputs.some((input) => resolve(input) === resolve(path)));
  if (clash !== undefined) return format(WORDS.inputIsOutput, locale, { file: clash });
  if (title !== undefined && !isCompilationTitle(title)) return format(WORDS.badTitle, locale, { title });
  return undefined;
}

/** Compiles, writes the outputs and prints the summary; returns the exit status. */
export async function compileReports(paths: readonly string[], options: CompileOptions, io: CliIo, readError: (file: string, error: Error) => string): Promise<number> {
  const { locale, settings } = options;
  const say = (message: string) => io.stderr(`fazhi-report: ${message}\n`);
  const outputs = [options.output, ...(options.summary === undefined ? [] : [options.summary])];
  // Both outputs are checked before anything is read or written: a refusal costs nothing and changes nothing.
  const blocked = outputs.flatMap((path) => {
    const kind = io.kindOf(path);
    if (kind === 'folder') return [format(WORDS.isFolder, locale, { file: path })];
    return kind === 'file' && !options.force ? [alreadyExists(path, locale)] : [];
  });
  for (const message of blocked) say(message);
  if (blocked.length > 0) return 2;

  let order: string[] | undefined;
  if (options.order !== undefined) {
    const list = io.read(options.order);
    if (list instanceof Error) {
      say(readError(options.order, list));
      return 2;
    }
    order = list.text.split(/\r\n|\r|\n/).map((line) => line.trim()).filter((line) => line.length > 0 && !line.startsWith('#'));
  }
  const sequence = inputSequence(paths, order, outputs, io, readError, locale, say);
  // Each file is read when its turn comes, and its model dropped once compiled.
  const read = (index: number): CompileInput => {
    const item = sequence[index]!;
    return 'error' in item ? item : readInput(item.file, io, readError, locale);
  };
  const compilation = compile(inOrder(sequence.length, read), settings, locale, options.title);
  const failures = compilation.rows.filter(isFailed);
  for (const row of failures) say(row.error);
  io.stdout(options.json
    ? `${JSON.stringify({ title: compilation.title, output: options.output, rows: compilation.rows }, undefined, 2)}\n`
    : summaryTable(compilation.rows, locale));
  if (compilation.reports === 0) {
    say(WORDS.nothing[locale]);
    return 2;
  }

  const mode = options.force ? 'replace' : 'create';
  let error: Error | undefined;
  if (/\.docx$/i.test(options.output)) {
    const service = createLanguageService({ locale });
    const [document] = await service.exportDocx({ uri: options.output, version: 0, getText: () => compilation.text }, settings, false, basename(options.output, extname(options.output)));
    error = io.writeBytes(options.output, document!.data, mode);
  } else {
    error = io.write(options.output, compilation.text, { text: compilation.text, encoding: 'utf-8', bom: false }, mode);
  }
  if (error) {
    say(writeFailure(options.output, error, locale));
    return 2;
  }
  say(format(WORDS.written, locale, { reports: compilation.reports, file: options.output }));
  if (options.summary !== undefined) {
    const summary = /\.json$/i.test(options.summary)
      ? `${JSON.stringify(compilation.rows, undefined, 2)}\n`
      // The CSV begins with U+FEFF, which UTF-8 writes as the byte-order mark Excel and WPS look for.
      : summaryCsv(compilation.rows, locale);
    const summaryError = io.write(options.summary, summary, { text: summary, encoding: 'utf-8', bom: false }, mode);
    if (summaryError) {
      say(writeFailure(options.summary, summaryError, locale));
      return 2;
    }
    say(format(WORDS.summary, locale, { file: options.summary }));
  }
  if (failures.length > 0) {
    say(format(WORDS.failed, locale, { count: failures.length }));
    return 2;
  }
  const serious = compilation.rows.filter((row) => !isFailed(row) && row.errors + row.warnings > 0).length;
  if (serious > 0) say(format(WORDS.problems, locale, { count: serious }));
  return serious > 0 ? 1 : 0;
}

/** A file to read, or a path that failed already (a folder that cannot be listed, a name in --order that is not there). */
type Item = { readonly file: string } | { readonly file: string; readonly error: string };

/**
 * The files in the order of the compilation: as given, folders expanded in name order; with `--order`,
 * the files it lists in its order (by name, path under the folder, or name without extension) and
 * then the others. The outputs are never among them (a compilation replaced with --force in the folder).
 */
function inputSequence(
  paths: readonly string[], order: readonly string[] | undefined, outputs: readonly string[], io: CliIo,
  readError: (file: string, error: Error) => string, locale: Locale, say: (message: string) => void,
): Item[] {
  const skipped = new Set(outputs.map((path) => resolve(path)));
  const found: { file: string; keys: string[] }[] = [];
  const failed: Item[] = [];
  const items: Item[] = [];
  for (const path of paths) {
    const expanded = io.expand(path, COMPILE_EXTENSIONS);
    if (expanded instanceof Error) {
      const item = { file: path, error: readError(path, expanded) };
      failed.push(item);
      items.push(item);
      continue;
    }
    for (const { path: folder, error } of expanded.unreadable) {
      const item = { file: folder, error: readError(folder, error) };
      failed.push(item);
      items.push(item);
    }
    if (expanded.files.length === 0 && expanded.unreadable.length === 0) say(format(WORDS.emptyFolder, locale, { file: path }));
    for (const file of expanded.files) {
      if (skipped.has(resolve(file))) continue;
      const name = basename(file);
      const relative = file.startsWith(path) ? file.slice(path.length).replace(/^[/\\]+/, '') : name;
      found.push({ file, keys: [relative, name, name.slice(0, name.length - extname(name).length)] });
      items.push({ file });
    }
  }
  if (!order) return items;
  const listed: Item[] = [];
  const taken = new Set<string>();
  for (const name of order) {
    const match = found.find((candidate) => !taken.has(candidate.file) && candidate.keys.includes(name));
    if (!match) {
      listed.push({ file: name, error: format(WORDS.notListed, locale, { name }) });
      continue;
    }
    taken.add(match.file);
    listed.push({ file: match.file });
  }
  const rest = found.filter((candidate) => !taken.has(candidate.file)).map(({ file }) => ({ file }));
  if (rest.length > 0) say(format(WORDS.unlisted, locale, { count: rest.length }));
  return [...listed, ...rest, ...failed];
}

function* inOrder(count: number, read: (index: number) => CompileInput): Generator<CompileInput> {
  for (let index = 0; index < count; index++) yield read(index);
}

/** A report file's text: a Word document through the import, any other file decoded as the check reads it. */
function readInput(file: string, io: CliIo, readError: (file: string, error: Error) => string, locale: Locale): CompileInput {
  if (isWordFile(file)) {
    const read = wordReportText(file, locale, io, (error) => readError(file, error));
    return 'error' in read ? { file, error: read.error } : { file, text: read.text };
  }
  const read = io.read(file);
  return read instanceof Error ? { file, error: readError(file, read) } : { file, text: read.text };
}
