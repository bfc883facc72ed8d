/** What the CLI needs from the outside world, so that tests can run it in-process. */
import { readFileSync } from 'node:fs';

export interface CliIo {
  /** The file's text, or an Error saying why it cannot be read. */
  readText(path: string): string | Error;
  stdout(text: string): void;
  stderr(text: string): void;
  /** The locale of the terminal (LC_ALL, LC_MESSAGES or LANG), used until `--locale` says otherwise. */
  readonly environmentLocale: string | undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Reports saved on Chinese Windows are often GBK; GB18030 is its superset. */
const gb18030 = new TextDecoder('gb18030');

/** Decodes a report file: UTF-8 (the decoder drops a BOM, as editors do) or else GB18030. */
export function decodeReport(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return gb18030.decode(bytes);
  }
}

export const nodeCliIo: CliIo = {
  readText(path) {
    try {
      return decodeReport(readFileSync(path));
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  },
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  environmentLocale: process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG,
};
