/**
 * `fazhi-report export FILE [-o OUT.docx] [--split] [--pdf] [--force]`: the report as a Word 公文
 * (SPEC 5, 7), beside the file and named by its title unless `-o` says otherwise (a folder — one
 * that exists or a path ending in `/` — or, with `--split`, the folder for the documents); `--pdf`
 * also converts it with LibreOffice. A file already there is never replaced without `--force`:
 * nothing is written then. Exit status as for `check`: 1 when findings at warning or above remain
 * in the exported text, 2 when the file cannot be read or a file not written.
 */
import { basename, dirname, extname, join } from 'node:path';
import type { Settings } from '../service/settings';
import { Locale, Message, format } from '../service/l10n';
import { createLanguageService } from '../service/languageService';
import { CliIo, alreadyExists, writeFailure } from './io';

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
  /** Replace files already at the output paths. */
  readonly force: boolean;
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
  const paths = files.map((exported) => outputPath(file, exported.name, options, files.length > 1, io));
  if (!options.force) {
    // Every output is checked before any is written, so a refusal leaves the folder as it was.
    const taken = paths.flatMap((path) => (options.pdf ? [path, pdfPath(path)] : [path])).filter((path) => io.kindOf(path) !== 'none');
    for (const path of taken) io.stderr(`fazhi-report: ${alreadyExists(path, locale)}\n`);
    if (taken.length > 0) return 2;
  }
  let failed = false;
  for (const [index, exported] of files.entries()) {
    const path = paths[index]!;
    const error = io.writeBytes(path, exported.data, options.force ? 'replace' : 'create');
    if (error) {
      io.stderr(`fazhi-report: ${writeFailure(path, error, locale)}\n`);
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
    io.stdout(`${format(WORDS.pdf, locale, { file: pdfPath(path) })}\n`);
  }
  if (failed) return 2;
  if (serious > 0) io.stderr(`fazhi-report: ${format(WORDS.problems, locale, { count: serious })}\n`);
  return serious > 0 ? 1 : 0;
}

/** Beside the report, named by the title; `-o` names the file, or the folder for it (always for several). */
function outputPath(file: string, name: string, options: ExportOptions, several: boolean, io: CliIo): string {
  const { output } = options;
  if (output === undefined) return join(dirname(file), `${name}.docx`);
  if (several || /[/\\]$/.test(output) || io.kindOf(output) === 'folder') return join(output, `${name}.docx`);
  return /\.docx$/i.test(output) ? output : `${output}.docx`;
}

/** Where LibreOffice writes the PDF of a document: beside it, with the same name. */
function pdfPath(docxPath: string): string {
  return docxPath.replace(/\.docx$/i, '.pdf');
}
