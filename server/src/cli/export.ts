/**
 * `fazhi-report export FILE [-o OUT.docx] [--split] [--pdf]`: the report as a Word 公文 (SPEC 5, 7),
 * beside the file and named by its title unless `-o` says otherwise (with `--split`, `-o` names the
 * folder); `--pdf` also converts it with LibreOffice. Exit status as for `check`: 1 when findings at
 * warning or above remain in the exported text, 2 when the file cannot be read or a file not written.
 */
import { basename, dirname, extname, join } from 'node:path';
import type { Settings } from '../service/checks/settings';
import { Locale, Message, format } from '../service/l10n';
import { createLanguageService } from '../service/languageService';
import { CliIo, UNWRITABLE } from './io';

const WORDS = {
  written: { 'zh-cn': '已导出“{file}”', en: 'exported "{file}"' },
  pdf: { 'zh-cn': '已转换为“{file}”', en: 'converted to "{file}"' },
  noLibreOffice: {
    'zh-cn': '没有找到 LibreOffice（soffice），未生成 PDF：请安装 LibreOffice（如 Debian 的 libreoffice-writer-nogui）后重试，或在 Word/WPS 中另存为 PDF',
    en: 'LibreOffice (soffice) was not found, so no PDF was made: install LibreOffice (Debian: libreoffice-writer-nogui) and try again, or save as PDF from Word/WPS',
  },
  pdfFailed: { 'zh-cn': '转换 PDF 失败：{reason}', en: 'the PDF conversion failed: {reason}' },
  problems: { 'zh-cn': '注意：报告中还有 {count} 个警告及以上的问题（fazhi-report check 可列出）', en: 'note: the report still has {count} problems at warning or above (fazhi-report check lists them)' },
} satisfies Record<string, Message>;

export interface ExportOptions {
  readonly output?: string;
  readonly split: boolean;
  readonly pdf: boolean;
  readonly settings: Settings;
  readonly locale: Locale;
}

/** Exports a report that has been read; returns the exit status. */
export async function exportFile(file: string, text: string, options: ExportOptions, io: CliIo): Promise<number> {
  const { locale, settings } = options;
  const service = createLanguageService({ locale });
  const source = { uri: file, version: 0, getText: () => text };
  const fallback = basename(file, extname(file)) || 'report';
  const files = await service.exportDocx(source, settings, options.split, fallback);
  const serious = service.getFindings(source, settings).filter((finding) => finding.severity === 'error' || finding.severity === 'warning').length;
  let failed = false;
  for (const exported of files) {
    const path = outputPath(file, exported.name, options, files.length > 1);
    const error = io.writeBytes(path, exported.data);
    if (error) {
      io.stderr(`fazhi-report: ${format(UNWRITABLE, locale, { file: path, reason: error.message })}\n`);
      failed = true;
      continue;
    }
    io.stdout(`${format(WORDS.written, locale, { file: path })}\n`);
    if (!options.pdf) continue;
    const converted = io.convertToPdf(path);
    if (converted === 'missing') {
      io.stderr(`fazhi-report: ${WORDS.noLibreOffice[locale]}\n`);
      return 2;
    }
    if (converted) {
      io.stderr(`fazhi-report: ${format(WORDS.pdfFailed, locale, { reason: converted.message })}\n`);
      failed = true;
      continue;
    }
    io.stdout(`${format(WORDS.pdf, locale, { file: path.replace(/\.docx$/i, '.pdf') })}\n`);
  }
  if (failed) return 2;
  if (serious > 0) io.stderr(`fazhi-report: ${format(WORDS.problems, locale, { count: serious })}\n`);
  return serious > 0 ? 1 : 0;
}

/** Beside the report, named by the title; `-o` names the file (or, for several, the folder). */
function outputPath(file: string, name: string, options: ExportOptions, several: boolean): string {
  if (options.output === undefined) return join(dirname(file), `${name}.docx`);
  if (several) return join(options.output, `${name}.docx`);
  return /\.docx$/i.test(options.output) ? options.output : `${options.output}.docx`;
}
