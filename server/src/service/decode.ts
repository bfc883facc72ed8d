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
  /** Some bytes of a UTF-8 file were not UTF-8 and are read as U+FFFD: writing the text back would change them. */
  readonly damaged?: true;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** A UTF-8 file with broken bytes: each broken sequence read as U+FFFD. */
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });
/** Reports saved on Chinese Windows are often GBK; GB18030 is its superset. */
const gb18030 = new TextDecoder('gb18030');

/**
 * Decodes a report file: by its byte-order mark (UTF-8, UTF-16), else UTF-8, else GB18030. A file
 * with a UTF-8 BOM, or whose UTF-8 reading holds at least twice as many Chinese characters as broken bytes (a
 * truncated character, a lone surrogate a CESU-8 export wrote), is UTF-8 with its broken bytes as
 * U+FFFD: read as GB18030, every character of it would be wrong.
 */
export function decodeReport(bytes: Uint8Array): ReportFile {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  const body = bom ? bytes.subarray(3) : bytes;
  const text = decodeUtf8(body);
  if (text !== undefined) return { text, encoding: 'utf-8', bom };
  const lenient = lenientUtf8.decode(body);
  if (bom || mostlyChinese(lenient)) return { text: lenient, encoding: 'utf-8', bom, damaged: true };
  return { text: gb18030.decode(bytes), encoding: 'gb18030', bom: false };
}

/** Whether a lenient UTF-8 reading holds two Chinese characters or more for each broken byte (a GBK file's holds about one for a hundred). */
function mostlyChinese(text: string): boolean {
  let han = 0;
  let broken = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0xfffd) broken++;
    else if (code >= 0x4e00 && code <= 0x9fff) han++;
  }
  return han >= 2 * broken;
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}
