/**
 * `fazhi-report import FILE.docx [-o OUT.fzbg] [--force]`: a Word report as the text a writer would
 * type, with Word's automatic numbers written out (SPEC 5); to standard output without `-o`. An
 * existing OUT is replaced only with `--force`, and never when it is the Word file itself. `.doc` and
 * `.wps` files go through LibreOffice when it is installed. Exit status 0, or 2 when the file
 * cannot be read, is not a Word document (or a damaged, oversized or unreadable one), or the text
 * cannot be written.
 */
import { extname, resolve } from 'node:path';
import { docxErrorMessage } from '../service/docx/errors';
import { readDocx } from '../service/docx/readDocx';
import { Locale, Message, format } from '../service/l10n';
import { CliIo, alreadyExists, writeFailure } from './io';

const WORDS = {
  noLibreOffice: {
    'zh-cn': '导入 .doc/.wps 文件需要 LibreOffice（soffice），但没有找到：请安装 LibreOffice，或在 Word/WPS 中另存为 .docx 后再导入',
    en: 'importing a .doc or .wps file needs LibreOffice (soffice), which was not found: install it, or save the file as .docx in Word/WPS first',
  },
  convertFailed: { 'zh-cn': '用 LibreOffice 转换“{file}”失败：{reason}', en: 'LibreOffice could not convert "{file}": {reason}' },
  written: { 'zh-cn': '已导入为“{file}”', en: 'imported as "{file}"' },
  sameFile: { 'zh-cn': '输出文件不能是要导入的 Word 文件本身“{file}”：请用 -o 指定另一个文件（如 .fzbg）', en: 'the output cannot be the Word file being imported, "{file}": name another file with -o (such as .fzbg)' },
} satisfies Record<string, Message>;

export function importFile(file: string, output: string | undefined, force: boolean, locale: Locale, io: CliIo, readError: (error: Error) => string): number {
  const fail = (message: string) => {
    io.stderr(`fazhi-report: ${message}\n`);
    return 2;
  };
  // Even --force never turns the Word document into plain text.
  if (output !== undefined && resolve(output) === resolve(file)) return fail(format(WORDS.sameFile, locale, { file }));
  if (output !== undefined && !force && io.kindOf(output) !== 'none') return fail(alreadyExists(output, locale));
  const read = wordReportText(file, locale, io, readError);
  if ('error' in read) return fail(read.error);
  const { text } = read;
  if (output === undefined) {
    io.stdout(text);
    return 0;
  }
  const error = io.write(output, text, { text, encoding: 'utf-8', bom: false }, force ? 'replace' : 'create');
  if (error) return fail(writeFailure(output, error, locale));
  io.stderr(`fazhi-report: ${format(WORDS.written, locale, { file: output })}\n`);
  return 0;
}

/** Whether a file is a Word document the import reads (`.docx`, or `.doc`/`.wps` through LibreOffice). */
export function isWordFile(file: string): boolean {
  return /^\.(docx|doc|wps)$/i.test(extname(file));
}

/** The report text of a Word file (`.doc` and `.wps` converted by LibreOffice), or the sentence that says why there is none. */
export function wordReportText(file: string, locale: Locale, io: CliIo, readError: (error: Error) => string): { text: string } | { error: string } {
  let bytes: Uint8Array | Error | 'missing';
  if (/^\.(doc|wps)$/i.test(extname(file))) {
    bytes = io.convertToDocx(file);
    if (bytes === 'missing') return { error: WORDS.noLibreOffice[locale] };
    if (bytes instanceof Error) return { error: format(WORDS.convertFailed, locale, { file, reason: bytes.message }) };
  } else {
    bytes = io.readBytes(file);
    if (bytes instanceof Error) return { error: readError(bytes) };
  }
  try {
    return { text: readDocx(bytes) };
  } catch (error) {
    // Whatever goes wrong reading the file is one line, never a stack trace.
    return { error: docxErrorMessage(error, file, locale) };
  }
}
