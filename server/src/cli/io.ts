/** What the CLI needs from the outside world, so that tests can run it in-process. */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ReportFile {
  readonly text: string;
  /** False when the file was not UTF-8 (read as GB18030): `--fix` leaves such files alone. */
  readonly utf8: boolean;
}

export interface CliIo {
  /** The file's text, or an Error saying why it cannot be read. */
  read(path: string): ReportFile | Error;
  /** The report files a path names: the file itself, or the report files under a folder. */
  expand(path: string): string[] | Error;
  write(path: string, text: string): Error | undefined;
  stdout(text: string): void;
  stderr(text: string): void;
  /** The locale of the terminal (LC_ALL, LC_MESSAGES or LANG), used until `--locale` says otherwise. */
  readonly environmentLocale: string | undefined;
}

/** Extensions of report files looked for in folders. */
export const REPORT_EXTENSIONS = ['.fzbg', '.txt'];

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Reports saved on Chinese Windows are often GBK; GB18030 is its superset. */
const gb18030 = new TextDecoder('gb18030');

/** Decodes a report file: UTF-8 (the decoder drops a BOM, as editors do) or else GB18030. */
export function decodeReport(bytes: Uint8Array): ReportFile {
  try {
    return { text: utf8.decode(bytes), utf8: true };
  } catch {
    return { text: gb18030.decode(bytes), utf8: false };
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

function reportFilesUnder(folder: string): string[] {
  const found: string[] = [];
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...reportFilesUnder(path));
    else if (entry.isFile() && REPORT_EXTENSIONS.some((extension) => entry.name.toLowerCase().endsWith(extension))) found.push(path);
  }
  return found;
}

export const nodeCliIo: CliIo = {
  read(path) {
    try {
      return decodeReport(readFileSync(path));
    } catch (error) {
      return asError(error);
    }
  },
  expand(path) {
    try {
      return statSync(path).isDirectory() ? reportFilesUnder(path) : [path];
    } catch (error) {
      return asError(error);
    }
  },
  write(path, text) {
    try {
      writeFileSync(path, text, 'utf8');
      return undefined;
    } catch (error) {
      return asError(error);
    }
  },
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  environmentLocale: process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG,
};
