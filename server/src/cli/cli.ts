/**
 * The command-line checker on the same language service as the editor:
 *   fazhi-report outline [--format text|json] FILE
 * Exit status: 0 on success, 2 on a usage error or an unreadable file.
 */
import { parseArgs } from 'node:util';
import type { OutlineNode } from '../service/features/outline';
import { Locale, Message, format, resolveLocale } from '../service/l10n';
import { createLanguageService } from '../service/languageService';
import type { CliIo } from './io';
import { outlineText } from './outlineText';
import { version } from '../../../package.json';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

const WORDS = {
  usage: {
    'zh-cn': `用法：
  fazhi-report outline [--format text|json] 文件     显示报告的大纲
  fazhi-report --version | --help
选项：
  --format   输出格式：text（默认，供人阅读）或 json（0 起算的 LSP 范围）
  --locale   消息语言：zh-cn（默认）或 en
`,
    en: `Usage:
  fazhi-report outline [--format text|json] FILE     print the report's outline
  fazhi-report --version | --help
Options:
  --format   output format: text (default, for people) or json (0-based LSP ranges)
  --locale   message language: zh-cn (default) or en
`,
  },
  unknownCommand: { 'zh-cn': '未知命令“{command}”', en: 'unknown command "{command}"' },
  badFormat: { 'zh-cn': '不支持的格式“{format}”，可用：{allowed}', en: 'unsupported format "{format}"; use one of: {allowed}' },
  oneFile: { 'zh-cn': 'outline 需要且只需要一个文件', en: 'outline takes exactly one file' },
  unreadable: { 'zh-cn': '无法读取“{file}”：{reason}', en: 'cannot read "{file}": {reason}' },
  notFound: { 'zh-cn': '文件不存在', en: 'no such file' },
  isFolder: { 'zh-cn': '这是一个文件夹', en: 'it is a folder' },
  noPermission: { 'zh-cn': '没有读取权限', en: 'permission denied' },
} satisfies Record<string, Message>;

export function runCli(argv: readonly string[], io: CliIo): number {
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
  if (command !== 'outline') return fail(format(WORDS.unknownCommand, locale, { command }));
  if (values.format !== 'text' && values.format !== 'json') {
    return fail(format(WORDS.badFormat, locale, { format: values.format, allowed: 'text, json' }));
  }
  if (files.length !== 1) return fail(WORDS.oneFile[locale]);
  const file = files[0]!;
  const text = io.readText(file);
  if (text instanceof Error) {
    io.stderr(`fazhi-report: ${readError(file, text, locale)}\n`);
    return EXIT_ERROR;
  }
  const service = createLanguageService({ locale });
  const outline = service.getOutline({ uri: file, version: 0, getText: () => text });
  io.stdout(values.format === 'json' ? `${JSON.stringify(outline.map(toJson), undefined, 2)}\n` : outlineText(outline));
  return EXIT_OK;
}

/** A clear sentence for the usual reasons a file cannot be read. */
export function readError(file: string, error: Error, locale: Locale): string {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? WORDS.notFound[locale]
    : code === 'EISDIR' ? WORDS.isFolder[locale]
      : code === 'EACCES' || code === 'EPERM' ? WORDS.noPermission[locale]
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
