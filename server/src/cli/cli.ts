/**
 * The command-line checker on the same language service as the editor:
 *   fazhi-report check [--format text|json|sarif] [--fix] FILE|FOLDER...
 *   fazhi-report outline [--format text|json] FILE
 *   fazhi-report export FILE [-o OUT.docx] [--split] [--pdf] [--force] (see export.ts)
 *   fazhi-report import FILE.docx [-o OUT.fzbg] [--force] (see import.ts)
 *   fazhi-report compile FILE|FOLDER... -o OUT [--title T] [--order LIST] [--summary CSV] [--format text|json] [--force] (see compile.ts)
 * Exit status: 0 when nothing at warning or above, 1 when there are such findings, 2 on a usage
 * error or when a file cannot be read (the other files are still checked).
 */
import { parseArgs } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Settings, parseSettings } from '../service/settings';
import { CHECK_IDS } from '../service/checks/registry';
import type { Finding } from '../service/checks/types';
import { SEVERITIES } from '../service/severity';
import type { OutlineNode } from '../service/features/outline';
import { Locale, Message, format, resolveLocale } from '../service/l10n';
import { LanguageService, createLanguageService } from '../service/languageService';
import { version } from '../../../package.json';
import type { ReportFile } from '../service/decode';
import { CliIo, MAX_FILE_BYTES, writeFailure } from './io';
import { exportFile } from './export';
import { compileReports, compileUsageProblem } from './compile';
import { importFile } from './import';
import { outlineText } from './outlineText';
import { FileFindings, toSarif } from './sarif';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

/** Fixes can enable further fixes (a clash left one out): apply them in rounds, at most this many. */
const MAX_FIX_ROUNDS = 10;

const WORDS = {
  usage: {
    'zh-cn': `用法：
  fazhi-report check [选项] 文件或文件夹...       检查报告（文件夹中查找 .fzbg 和 .txt 文件）
  fazhi-report outline [--format text|json] 文件   显示报告的大纲
  fazhi-report export 文件 [-o 输出.docx] [--split] [--pdf] [--force]
                                                  导出为 GB/T 9704 版式的 Word 公文（默认保存在报告旁，以标题命名）
  fazhi-report import 文件.docx [-o 输出.fzbg]      把 Word 报告导入为文本（自动编号写成“一、（一）1.”）；.doc/.wps 需要 LibreOffice
  fazhi-report compile 文件或文件夹... -o 汇编.fzbg|汇编.docx [--title 标题] [--order 顺序.txt] [--summary 汇总.csv] [--format text|json] [--force]
                                                  把各单位的报告汇编成一份（标题、目录、每篇报告），并列出每篇的检查汇总
                                                  （文件夹中查找 .fzbg、.txt 和 .docx 文件）
  fazhi-report --version | --help
选项：
  --format text|json|sarif   输出格式：text（默认，供人阅读）、json、sarif（供代码扫描工具）
  --fix                      把可安全修复的问题直接改进文件（保持原编码、BOM 和换行；GBK 文件和期间被改动的文件不写）
  --severity 检查=级别       调整某项检查的级别（error、warning、info、hint、off），可重复
  --placeholder 字符串       另外视为占位内容的字符串，可重复
  --allow 字符串             文字校对不报告的字符串（与设置 fazhiReport.allowedWords 相同），可重复
导出、导入、汇编选项：
  -o, --output 路径          输出文件或文件夹（--split 时为文件夹，不存在则新建；compile 时为汇编文件：.fzbg/.txt 为文本，.docx 为 Word 公文）
  --force                    替换已存在的输出文件（默认不覆盖任何已有文件，export、import 和 compile 都是）
  --title 标题               汇编的标题（默认按各篇报告的年度和类型，如“2023年度法治政府建设年度报告汇编”）
  --order 清单.txt           汇编中报告的顺序：每行一个文件名（默认按文件名排序，未列出的排在最后）
  --summary 汇总.csv         把每篇报告的汇总写成 CSV（Excel、WPS 直接打开；以 .json 结尾则写 JSON）
  --split                    汇编中每篇报告导出为单独的文档（默认一个文档，每篇另起一页）
  --pdf                      同时用 LibreOffice 转换为 PDF
  --fonts standard|system    字体：standard 国标常用（仿宋_GB2312 等，默认），system 系统自带（仿宋、楷体、黑体、宋体）
  --bold-level3              三级标题（1.）加粗
  --sealed                   加盖印章的落款版式（成文日期右空四字）
  --grid                     使用 Word 文档网格（每页 22 行、每行 28 字）
  --locale zh-cn|en          消息语言
退出状态：0 没有警告及以上的问题；1 有；2 用法错误或有文件无法读取（compile 仍汇编其余的报告）
`,
    en: `Usage:
  fazhi-report check [options] FILE|FOLDER...     check reports (folders: their .fzbg and .txt files)
  fazhi-report outline [--format text|json] FILE  print a report's outline
  fazhi-report export FILE [-o OUT.docx] [--split] [--pdf] [--force]
                                                  write the report as a Word 公文 in the GB/T 9704 layout (beside it, named by its title)
  fazhi-report import FILE.docx [-o OUT.fzbg]     a Word report as text, automatic numbers written out; .doc/.wps need LibreOffice
  fazhi-report compile FILE|FOLDER... -o OUT.fzbg|OUT.docx [--title TITLE] [--order LIST.txt] [--summary SUMMARY.csv] [--format text|json] [--force]
                                                  compile reports into one 汇编 (title, contents, every report) with a summary of each
                                                  (folders: their .fzbg, .txt and .docx files)
  fazhi-report --version | --help
Options:
  --format text|json|sarif   output: text (default, for people), json, sarif (for code-scanning tools)
  --fix                      write the safe fixes into the files (encoding, BOM and line endings kept; never GBK files or a file changed meanwhile)
  --severity CHECK=LEVEL     set a check's severity (error, warning, info, hint, off); repeatable
  --placeholder TEXT         one more string to report as a placeholder; repeatable
  --allow TEXT               a string the proofreading checks never report (as fazhiReport.allowedWords); repeatable
Export, import and compile options:
  -o, --output PATH          the output file or folder (with --split, the folder, made when missing; for compile, the compilation: .fzbg/.txt text, .docx a Word 公文)
  --force                    replace output files that exist (by default export, import and compile replace nothing)
  --title TITLE              the compilation's title (default: from the reports' year and kind, e.g. 2023年度法治政府建设年度报告汇编)
  --order LIST.txt           the order of the reports: one file name a line (default: name order; files not listed come last)
  --summary SUMMARY.csv      write the summary of every report as CSV (opens in Excel and WPS; a name ending .json gets JSON)
  --split                    one document per report of a compilation (default: one document, each report from a new page)
  --pdf                      also convert to PDF with LibreOffice
  --fonts standard|system    fonts: standard 国标常用 (仿宋_GB2312 …, the default) or system 系统自带 (仿宋, 楷体, 黑体, 宋体)
  --bold-level3              level-3 headings (1.) in bold
  --sealed                   the signature layout of a sealed document (date four characters from the right)
  --grid                     Word's document grid (22 lines, 28 characters)
  --locale zh-cn|en          message language
Exit status: 0 nothing at warning or above; 1 such findings; 2 usage error or an unreadable file (compile still compiles the rest)
`,
  },
  unknownCommand: { 'zh-cn': '未知命令“{command}”', en: 'unknown command "{command}"' },
  badFormat: { 'zh-cn': '不支持的格式“{format}”，可用：{allowed}', en: 'unsupported format "{format}"; use one of: {allowed}' },
  oneFile: { 'zh-cn': 'outline 需要且只需要一个文件', en: 'outline takes exactly one file' },
  oneExport: { 'zh-cn': 'export 需要且只需要一个文件', en: 'export takes exactly one file' },
  oneImport: { 'zh-cn': 'import 需要且只需要一个 Word 文件', en: 'import takes exactly one Word file' },
  badFonts: { 'zh-cn': '不支持的字体方案“{fonts}”，可用：standard、system', en: 'unknown font preset "{fonts}"; use standard or system' },
  someFiles: { 'zh-cn': 'check 需要至少一个文件或文件夹', en: 'check takes at least one file or folder' },
  someInputs: { 'zh-cn': 'compile 需要至少一个文件或文件夹', en: 'compile takes at least one file or folder' },
  compileOutput: { 'zh-cn': 'compile 需要用 -o 指定汇编文件（.fzbg、.txt 或 .docx）', en: 'compile needs -o naming the compilation (.fzbg, .txt or .docx)' },
  badSeverity: { 'zh-cn': '“--severity {value}”不对：应为 检查=级别，检查为 {checks} 之一，级别为 {levels} 之一', en: '"--severity {value}" is not CHECK=LEVEL with CHECK one of {checks} and LEVEL one of {levels}' },
  unreadable: { 'zh-cn': '无法读取“{file}”：{reason}', en: 'cannot read "{file}": {reason}' },
  notFound: { 'zh-cn': '文件不存在', en: 'no such file' },
  isFolder: { 'zh-cn': '这是一个文件夹', en: 'it is a folder' },
  noPermission: { 'zh-cn': '没有读取权限', en: 'permission denied' },
  emptyFolder: { 'zh-cn': '“{file}”中没有 .fzbg 或 .txt 报告文件', en: 'no .fzbg or .txt report files in "{file}"' },
  notUtf8: { 'zh-cn': '“{file}”是 GB18030/GBK 编码，未自动修复（请先另存为 UTF-8）', en: '"{file}" is GB18030/GBK: not fixed (save it as UTF-8 first)' },
  damagedUtf8: {
    'zh-cn': '“{file}”中有不是 UTF-8 的字节，未自动修复（写回会把它们改成“\ufffd”；请先修好这些字节）',
    en: '"{file}" has bytes that are not UTF-8: not fixed (writing it back would turn them into "\ufffd"; repair them first)',
  },
  notRegular: { 'zh-cn': '不是普通文件', en: 'not a regular file' },
  tooLarge: { 'zh-cn': '文件超过 {limit} MB，不像是报告', en: 'larger than {limit} MB: not a report' },
  changed: { 'zh-cn': '“{file}”在检查期间被改动，未写入修复', en: '"{file}" changed on disk meanwhile: fixes not written' },
  fixed: { 'zh-cn': '已修复“{file}”', en: 'fixed "{file}"' },
  summary: { 'zh-cn': '检查了 {files} 个文件，发现 {count} 个问题', en: '{files} files checked, {count} problems found' },
} satisfies Record<string, Message>;

interface Options {
  readonly format: string;
  readonly fix: boolean;
  readonly settings: Settings;
  readonly locale: Locale;
}

/** The exit status; the export, which writes Word documents, gives it when it is done. */
export function runCli(argv: readonly string[], io: CliIo): number | Promise<number> {
  let locale = resolveLocale(io.environmentLocale);
  const fail = (message: string) => {
    io.stderr(`fazhi-report: ${message}\n\n${WORDS.usage[locale]}`);
    return EXIT_ERROR;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        fix: { type: 'boolean', default: false },
        severity: { type: 'string', multiple: true, default: [] },
        placeholder: { type: 'string', multiple: true, default: [] },
        allow: { type: 'string', multiple: true, default: [] },
        output: { type: 'string', short: 'o' },
        split: { type: 'boolean', default: false },
        pdf: { type: 'boolean', default: false },
        fonts: { type: 'string', default: 'standard' },
        'bold-level3': { type: 'boolean', default: false },
        sealed: { type: 'boolean', default: false },
        grid: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        title: { type: 'string' },
        order: { type: 'string' },
        summary: { type: 'string' },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.locale !== undefined) locale = resolveLocale(values.locale);
  if (values.version) {
    io.stdout(`${version}\n`);
    return EXIT_OK;
  }
  const [command, ...files] = positionals;
  if (values.help || command === undefined || command === 'help') {
    io.stdout(WORDS.usage[locale]);
    return EXIT_OK;
  }
  if (command === 'import') {
    if (files.length !== 1) return fail(WORDS.oneImport[locale]);
    return importFile(files[0]!, values.output, values.force, locale, io, (error) => readError(files[0]!, error, locale));
  }
  if (command === 'export') {
    if (files.length !== 1) return fail(WORDS.oneExport[locale]);
    const settings = settingsFrom(values, locale);
    if (typeof settings === 'string') return fail(settings);
    const read = io.read(files[0]!);
    if (read instanceof Error) {
      io.stderr(`fazhi-report: ${readError(files[0]!, read, locale)}\n`);
      return EXIT_ERROR;
    }
    return exportFile(files[0]!, read.text, { output: values.output, split: values.split, pdf: values.pdf, force: values.force, settings, locale }, io);
  }
  if (command === 'compile') {
    if (files.length === 0) return fail(WORDS.someInputs[locale]);
    if (values.output === undefined) return fail(WORDS.compileOutput[locale]);
    if (!['text', 'json'].includes(values.format)) return fail(format(WORDS.badFormat, locale, { format: values.format, allowed: 'text, json' }));
    const settings = settingsFrom(values, locale);
    if (typeof settings === 'string') return fail(settings);
    const options = { output: values.output, title: values.title, order: values.order, summary: values.summary, json: values.format === 'json', force: values.force, settings, locale };
    const problem = compileUsageProblem(files, options);
    if (problem) return fail(problem);
    return compileReports(files, options, io, (file, error) => readError(file, error, locale));
  }
  if (command !== 'outline' && command !== 'check') return fail(format(WORDS.unknownCommand, locale, { command }));
  const formats = command === 'check' ? ['text', 'json', 'sarif'] : ['text', 'json'];
  if (!formats.includes(values.format)) return fail(format(WORDS.badFormat, locale, { format: values.format, allowed: formats.join(', ') }));
  if (command === 'outline') {
    if (files.length !== 1) return fail(WORDS.oneFile[locale]);
    return outline(files[0]!, values.format, locale, io);
  }
  if (files.length === 0) return fail(WORDS.someFiles[locale]);
  const settings = settingsFrom(values, locale);
  if (typeof settings === 'string') return fail(settings);
  return check(files, { format: values.format, fix: values.fix, settings, locale }, io);
}

/**
 * The settings the options choose — the checks' severities, placeholders and allowed words, the
 * export's layout — or what is wrong with them. The command line checks documents of any size: the
 * size limit only keeps an editor responsive.
 */
function settingsFrom(values: {
  readonly severity: readonly string[]; readonly placeholder: readonly string[]; readonly allow: readonly string[];
  readonly fonts: string; readonly 'bold-level3': boolean; readonly sealed: boolean; readonly grid: boolean;
}, locale: Locale): Settings | string {
  if (values.fonts !== 'standard' && values.fonts !== 'system') return format(WORDS.badFonts, locale, { fonts: values.fonts });
  const checks: Record<string, string> = {};
  for (const pair of values.severity) {
    const [id, level] = pair.split('=');
    if (!id || !level || !(CHECK_IDS as readonly string[]).includes(id) || ![...SEVERITIES, 'off'].includes(level)) {
      return format(WORDS.badSeverity, locale, { value: pair, checks: CHECK_IDS.join(', '), levels: [...SEVERITIES, 'off'].join(', ') });
    }
    checks[id] = level;
  }
  return parseSettings({
    checks, placeholders: values.placeholder, allowedWords: values.allow, maxDocumentSize: 0,
    export: { fontPreset: values.fonts, level3Bold: values['bold-level3'], sealed: values.sealed, documentGrid: values.grid },
  });
}

function outline(file: string, outputFormat: string, locale: Locale, io: CliIo): number {
  const read = io.read(file);
  if (read instanceof Error) {
    io.stderr(`fazhi-report: ${readError(file, read, locale)}\n`);
    return EXIT_ERROR;
  }
  const service = createLanguageService({ locale });
  const nodes = service.getOutline({ uri: file, version: 0, getText: () => read.text });
  io.stdout(outputFormat === 'json' ? `${JSON.stringify(nodes.map(toJson), undefined, 2)}\n` : outlineText(nodes));
  return EXIT_OK;
}

interface CheckedFile extends FileFindings {
  readonly error?: string;
}

function check(paths: readonly string[], options: Options, io: CliIo): number {
  const { locale } = options;
  const service = createLanguageService({ locale });
  const results: CheckedFile[] = [];
  let failed = false;
  const report = (file: string, error: string) => {
    failed = true;
    io.stderr(`fazhi-report: ${error}\n`);
    results.push({ file, findings: [], error });
  };
  for (const path of paths) {
    const expanded = io.expand(path);
    if (expanded instanceof Error) {
      report(path, readError(path, expanded, locale));
      continue;
    }
    // A folder that cannot be listed is reported; the files beside it are still checked.
    for (const { path: folder, error } of expanded.unreadable) report(folder, readError(folder, error, locale));
    if (expanded.files.length === 0 && expanded.unreadable.length === 0) io.stderr(`fazhi-report: ${format(WORDS.emptyFolder, locale, { file: path })}\n`);
    for (const file of expanded.files) {
      const read = io.read(file);
      if (read instanceof Error) {
        report(file, readError(file, read, locale));
        continue;
      }
      const text = options.fix ? fixFile(file, read, service, options, io) : read.text;
      results.push({ file, findings: service.getFindings({ uri: file, version: 0, getText: () => text }, options.settings) });
      service.forget(file);
    }
  }
  io.stdout(render(results, options.format, locale));
  const count = results.reduce((sum, result) => sum + result.findings.length, 0);
  const checked = results.filter((result) => result.error === undefined).length;
  if (options.format === 'text') io.stderr(`${format(WORDS.summary, locale, { files: checked, count })}\n`);
  if (failed) return EXIT_ERROR;
  const serious = results.some((result) => result.findings.some((finding) => finding.severity === 'error' || finding.severity === 'warning'));
  return serious ? EXIT_FINDINGS : EXIT_OK;
}

/** Applies the safe fixes and writes the file back as it was stored; returns the text the file now has. */
function fixFile(file: string, read: ReportFile, service: LanguageService, options: Options, io: CliIo): string {
  const { locale } = options;
  const original = read.text;
  let document = TextDocument.create(file, 'fazhi-report', 0, original);
  for (let round = 1; round <= MAX_FIX_ROUNDS; round++) {
    const edits = service.getFixAllEdits(document, options.settings);
    if (edits.length === 0) break;
    document = TextDocument.create(file, 'fazhi-report', round, TextDocument.applyEdits(document, edits));
  }
  service.forget(file);
  const fixed = document.getText();
  if (fixed === original) return original;
  if (read.encoding === 'gb18030' || read.damaged) {
    io.stderr(`fazhi-report: ${format(read.damaged ? WORDS.damagedUtf8 : WORDS.notUtf8, locale, { file })}\n`);
    return original;
  }
  const current = io.read(file);
  if (current instanceof Error || current.text !== original) {
    io.stderr(`fazhi-report: ${format(WORDS.changed, locale, { file })}\n`);
    return original;
  }
  const error = io.write(file, fixed, read, 'replace');
  if (error) {
    io.stderr(`fazhi-report: ${writeFailure(file, error, locale)}\n`);
    return original;
  }
  io.stderr(`fazhi-report: ${format(WORDS.fixed, locale, { file })}\n`);
  return fixed;
}

function render(results: readonly CheckedFile[], outputFormat: string, locale: Locale): string {
  if (outputFormat === 'sarif') return `${JSON.stringify(toSarif(results, version, locale), undefined, 2)}\n`;
  if (outputFormat === 'json') {
    return `${JSON.stringify(results.map(({ file, findings, error }) => ({
      file,
      ...(error === undefined ? {} : { error }),
      diagnostics: findings.map(diagnosticJson),
    })), undefined, 2)}\n`;
  }
  return results.flatMap(({ file, findings }) => findings.map((finding) =>
    `${file}:${finding.range.start.line + 1}:${finding.range.start.character + 1} ${finding.severity} ${finding.code} ${finding.message}\n`)).join('');
}

function diagnosticJson(finding: Finding) {
  return { code: finding.code, severity: finding.severity, message: finding.message, range: finding.range };
}

/** A clear sentence for the usual reasons a file cannot be read. */
export function readError(file: string, error: Error, locale: Locale): string {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? WORDS.notFound[locale]
    : code === 'EISDIR' ? WORDS.isFolder[locale]
      : code === 'EACCES' || code === 'EPERM' ? WORDS.noPermission[locale]
        : code === 'ENOTREG' ? WORDS.notRegular[locale]
          : code === 'EFBIG' ? format(WORDS.tooLarge, locale, { limit: MAX_FILE_BYTES / 1024 / 1024 })
            : error.message;
  return format(WORDS.unreadable, locale, { file, reason });
}

interface OutlineJson {
  name: string;
  kind: OutlineNode['kind'];
  level: number;
  range: OutlineNode['range'];
  selectionRange: OutlineNode['selectionRange'];
  children: OutlineJson[];
}

function toJson(node: OutlineNode): OutlineJson {
  return {
    name: node.name,
    kind: node.kind,
    level: node.level,
    range: node.range,
    selectionRange: node.selectionRange,
    children: node.children.map(toJson),
  };
}
