/**
 * The text of a report file's bytes, as the CLI reads files and as the editor sends them for a
 * compilation: by the byte-order mark (UTF-8, UTF-16), else UTF-8, else GB18030 (GBK files saved on
 * Chinese Windows). It knows nothing of files: the caller has the bytes.
 */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface ReportFile {
  /** The text without its byte-order mark. */
  readonly text: string;
  readonly encoding: Encoding;
  /** The file began with a byte-order mark, which `--fix` writes back. */
  readonly bom: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** A file that says it is UTF-8 by its byte-order mark is read as UTF-8 even where a byte is broken. */
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });
/** Reports saved on Chinese Windows are often GBK; GB18030 is its superset. */
const gb18030 = new TextDecoder('gb18030');

/** Decodes a report file: by its byte-order mark (UTF-8, UTF-16), else UTF-8, else GB18030. */
export function decodeReport(bytes: Uint8Array): ReportFile {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: lenientUtf8.decode(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  const text = decodeUtf8(bytes);
  return text === undefined ? { text: gb18030.decode(bytes), encoding: 'gb18030', bom: false } : { text, encoding: 'utf-8', bom: false };
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}
