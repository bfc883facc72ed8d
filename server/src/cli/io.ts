/** What the CLI needs from the outside world, so that tests can run it in-process. */
import { spawnSync } from 'node:child_process';
import { Dirent, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ReportFile, decodeReport } from '../service/decode';
import { Locale, Message, format } from '../service/l10n';

/** What every command says when a file it writes cannot be written. */
const UNWRITABLE: Message = { 'zh-cn': '无法写入“{file}”：{reason}', en: 'cannot write "{file}": {reason}' };
/** What every command says instead of replacing a file the user has. */
const EXISTS: Message = {
  'zh-cn': '“{file}”已存在，没有覆盖：要替换它请加 --force，或用 -o 另选文件名',
  en: '"{file}" already exists and was not replaced: add --force to replace it, or choose another name with -o',
};

/** The sentence for an output that is there already, when --force was not given. */
export function alreadyExists(file: string, locale: Locale): string {
  return format(EXISTS, locale, { file });
}

/** One sentence for a failed write: the file is there already, or why it could not be written. */
export function writeFailure(file: string, error: Error, locale: Locale): string {
  return (error as NodeJS.ErrnoException).code === 'EEXIST' ? alreadyExists(file, locale) : format(UNWRITABLE, locale, { file, reason: error.message });
}

/**
 * How a write treats a file already at its path: `replace` (the file `--fix` read, or an output
 * with `--force`) or `create`, which fails with EEXIST rather than replace anything. Missing
 * folders on the way are made.
 */
export type WriteMode = 'replace' | 'create';

/** What stands at a path. */
export type PathKind = 'file' | 'folder' | 'none';

/** The report files a path names, and the folders under it that could not be listed. */
export interface ExpandedPath {
  readonly files: readonly string[];
  readonly unreadable: readonly { readonly path: string; readonly error: Error }[];
}

export interface CliIo {
  /** The file's text, or an Error saying why it cannot be read. */
  read(path: string): ReportFile | Error;
  /** The file itself, or the files under a folder with these extensions; an Error when the path cannot be read at all. */
  expand(path: string, extensions?: readonly string[]): ExpandedPath | Error;
  /** Writes `text` in the encoding and with the byte-order mark the file was read with. */
  write(path: string, text: string, like: ReportFile, mode: WriteMode): Error | undefined;
  /** Writes bytes as they are (an exported `.docx`). */
  writeBytes(path: string, data: Uint8Array, mode: WriteMode): Error | undefined;
  /** Whether a file or a folder stands at the path (an output is checked before anything is written). */
  kindOf(path: string): PathKind;
  /** A file's bytes (a Word document to import), or why they cannot be read. */
  readBytes(path: string): Uint8Array | Error;
  /**
   * A `.doc` or `.wps` file converted to `.docx` bytes with LibreOffice; `missing` when LibreOffice
   * is not installed.
   */
  convertToDocx(path: string): Uint8Array | Error | 'missing';
  /**
   * Converts a `.docx` to PDF beside it with LibreOffice (`soffice --headless`); `missing` when
   * LibreOffice is not installed.
   */
  convertToPdf(docxPath: string): Error | 'missing' | undefined;
  stdout(text: string): void;
  stderr(text: string): void;
  /** The locale of the terminal (LC_ALL, LC_MESSAGES or LANG), used until `--locale` says otherwise. */
  readonly environmentLocale: string | undefined;
}

/** Extensions of report files looked for in folders. */
export const REPORT_EXTENSIONS: readonly string[] = ['.fzbg', '.txt'];

/** Files larger than this are not read: no report comes near it, and `/dev/zero`-like input must not fill the memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** The bytes of `text` as `like` was stored; undefined for GB18030, which Node cannot encode. */
export function encodeReport(text: string, like: ReportFile): Buffer | undefined {
  switch (like.encoding) {
    case 'utf-8': return Buffer.concat([Buffer.from(like.bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]);
    case 'utf-16le': return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be': return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'gb18030': return undefined;
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** An error with a code, as the file system gives them, for the reasons checked before reading. */
function fileError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/**
 * The report files under a folder (those with one of the extensions), in name order; a subfolder that
 * cannot be listed is noted and skipped, and the files beside it are still found. Hidden files and
 * Word's lock files (`~$报告.docx`) are passed over. `list` reads a folder (replaceable in tests).
 */
export function reportFilesUnder(
  folder: string, extensions: readonly string[] = REPORT_EXTENSIONS, list: (path: string) => Dirent[] = (path) => readdirSync(path, { withFileTypes: true }),
): ExpandedPath {
  const files: string[] = [];
  const unreadable: { path: string; error: Error }[] = [];
  const visit = (path: string) => {
    let entries: Dirent[];
    try {
      entries = list(path);
    } catch (error) {
      unreadable.push({ path, error: asError(error) });
      return;
    }
    for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.') || entry.name.startsWith('~$') || entry.name === 'node_modules') continue;
      const child = join(path, entry.name);
      if (entry.isDirectory()) visit(child);
      else if (entry.isFile() && extensions.some((extension) => entry.name.toLowerCase().endsWith(extension))) files.push(child);
    }
  };
  visit(folder);
  return { files, unreadable };
}

function writeFile(path: string, data: Uint8Array, mode: WriteMode): Error | undefined {
  try {
    mkdirSync(dirname(path), { recursive: true });
    // 'wx' fails when the file exists, so nothing is replaced even if it appeared since it was checked.
    writeFileSync(path, data, { flag: mode === 'create' ? 'wx' : 'w' });
    return undefined;
  } catch (error) {
    return asError(error);
  }
}

export const nodeCliIo: CliIo = {
  read(path) {
    try {
      // Only regular files of a sane size: a FIFO would block and /dev/zero never ends.
      const stat = statSync(path);
      if (stat.isDirectory()) return fileError('EISDIR', `${path} is a folder`);
      if (!stat.isFile()) return fileError('ENOTREG', `${path} is not a regular file`);
      if (stat.size > MAX_FILE_BYTES) return fileError('EFBIG', `${path} has ${stat.size} bytes`);
      return decodeReport(readFileSync(path));
    } catch (error) {
      return asError(error);
    }
  },
  expand(path, extensions) {
    try {
      return statSync(path).isDirectory() ? reportFilesUnder(path, extensions) : { files: [path], unreadable: [] };
    } catch (error) {
      return asError(error);
    }
  },
  write(path, text, like, mode) {
    const bytes = encodeReport(text, like);
    return bytes ? writeFile(path, bytes, mode) : new Error(`cannot write ${like.encoding}`);
  },
  writeBytes: writeFile,
  kindOf(path) {
    try {
      return statSync(path).isDirectory() ? 'folder' : 'file';
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'none' : 'file';
    }
  },
  readBytes(path) {
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) return fileError('EISDIR', `${path} is a folder`);
      if (!stat.isFile()) return fileError('ENOTREG', `${path} is not a regular file`);
      if (stat.size > MAX_FILE_BYTES) return fileError('EFBIG', `${path} has ${stat.size} bytes`);
      return readFileSync(path);
    } catch (error) {
      return asError(error);
    }
  },
  convertToDocx(path) {
    const folder = mkdtempSync(join(tmpdir(), 'fazhi-import-'));
    try {
      const converted = spawnSync('soffice', ['--headless', '--convert-to', 'docx', '--outdir', folder, path], { encoding: 'utf8', timeout: 180_000 });
      if ((converted.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return 'missing';
      if (converted.error) return converted.error;
      const produced = readdirSync(folder).find((name) => name.endsWith('.docx'));
      if (converted.status !== 0 || !produced) return new Error((converted.stderr || converted.stdout || `soffice exited with ${converted.status}`).trim());
      return readFileSync(join(folder, produced));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
  convertToPdf(docxPath) {
    const converted = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dirname(docxPath), docxPath], { encoding: 'utf8', timeout: 180_000 });
    if ((converted.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return 'missing';
    if (converted.error) return converted.error;
    if (converted.status !== 0) return new Error((converted.stderr || converted.stdout || `soffice exited with ${converted.status}`).trim());
    return undefined;
  },
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  environmentLocale: process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG,
};
