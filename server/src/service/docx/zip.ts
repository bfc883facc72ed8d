/**
 * The parts of a `.docx` package, read from its zip central directory and inflated with a bound:
 * a part never inflates past the size its headers declare nor past an absolute cap, so a file that
 * lies about its sizes (a zip bomb) costs at most one input chunk's worth of inflating beyond the
 * limit before it is refused.
 */
import { Inflate } from 'fflate';
import { DocxError } from './errors';

export interface ZipEntry {
  /** The name as stored (a part name without its leading `/`). */
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  /** What the central directory says the part inflates to. */
  readonly declaredSize: number;
  readonly localHeaderOffset: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes, followed by a comment of at most 65,535. */
const MAX_END_SEARCH = 22 + 0xffff;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 1;
const UTF8_FLAG = 0x800;
/** Deflate expands at most about 1,032 times: one chunk of input inflates to at most ~8 MB. */
const INPUT_CHUNK = 8 * 1024;

/** The entries of a zip by lower-cased name (part names are case-insensitive); the first of a repeated name wins. */
export function readZipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - MAX_END_SEARCH); at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new DocxError('notZip');
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (directoryOffset + directorySize > end) throw new DocxError('notZip');
  const entries = new Map<string, ZipEntry>();
  const utf8 = new TextDecoder('utf-8');
  const latin1 = new TextDecoder('latin1');
  for (let at = directoryOffset; at + 46 <= directoryOffset + directorySize && view.getUint32(at, true) === CENTRAL_HEADER;) {
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const entry: ZipEntry = {
      name: (flags & UTF8_FLAG ? utf8 : latin1).decode(nameBytes),
      method: view.getUint16(at + 10, true),
      flags,
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    const key = entry.name.toLowerCase();
    if (!entries.has(key)) entries.set(key, entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * An entry's bytes, inflated to at most `cap` bytes and never past its declared size: a part that
 * declares more than `cap`, or inflates to more than it declares, is `tooLarge`. Zip64 sizes
 * (0xFFFFFFFF) are more than any cap.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, cap: number): Uint8Array {
  if (entry.declaredSize > cap) throw new DocxError('tooLarge', entry.name);
  if (entry.flags & ENCRYPTED_FLAG) throw new DocxError('notZip', entry.name);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_HEADER) throw new DocxError('notZip', entry.name);
  const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > bytes.length) throw new DocxError('notZip', entry.name);
  const data = bytes.subarray(dataStart, dataEnd);
  if (entry.method === STORED) {
    if (data.length > entry.declaredSize) throw new DocxError('tooLarge', entry.name);
    return data;
  }
  if (entry.method !== DEFLATED) throw new DocxError('notZip', entry.name);
  return inflateBounded(data, entry.declaredSize, entry.name);
}

/** Inflates `data` chunk by chunk, stopping as soon as the output passes `limit`. */
function inflateBounded(data: Uint8Array, limit: number, name: string): Uint8Array {
  const output = new Uint8Array(limit);
  let length = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (length + chunk.length > limit) {
      overflow = true;
      return;
    }
    output.set(chunk, length);
    length += chunk.length;
  });
  try {
    for (let at = 0; at < data.length && !overflow; at += INPUT_CHUNK) {
      inflater.push(data.subarray(at, at + INPUT_CHUNK), at + INPUT_CHUNK >= data.length);
    }
  } catch {
    throw new DocxError('broken', name);
  }
  if (overflow) throw new DocxError('tooLarge', name);
  return output.subarray(0, length);
}
