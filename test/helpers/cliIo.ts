/** The CLI's outside world in memory, for running it in-process. */
import { CliIo, PathKind, REPORT_EXTENSIONS, WriteMode } from '../../server/src/cli/io';

/** The CLI's outside world in memory: files (text) and binaries (a path ending in / is a folder), bytes written, output. */
export function memoryIo(files: Record<string, string>, environmentLocale?: string, libreOffice = true, binaries: Record<string, Uint8Array> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, Uint8Array> = {};
  const missing = (path: string) => Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
  const kindOf = (path: string): PathKind => {
    if (path in files || path in binaries || path in written) return 'file';
    const folder = path.endsWith('/') ? path : `${path}/`;
    return [...Object.keys(files), ...Object.keys(binaries), ...Object.keys(written)].some((name) => name.startsWith(folder)) ? 'folder' : 'none';
  };
  const exists = (path: string, mode: WriteMode) => (mode === 'create' && kindOf(path) !== 'none' ? Object.assign(new Error(`EEXIST: ${path}`), { code: 'EEXIST' }) : undefined);
  const io: CliIo = {
    read: (path) => (path in files ? { text: files[path]!, encoding: 'utf-8', bom: false } : missing(path)),
    expand: (path, extensions = REPORT_EXTENSIONS) => {
      if (path in files || path in binaries) return { files: [path], unreadable: [] };
      const inside = [...Object.keys(files), ...Object.keys(binaries)].filter((name) => name.startsWith(path.endsWith('/') ? path : `${path}/`)).sort();
      if (inside.length === 0 && !path.endsWith('/')) return missing(path);
      return { files: inside.filter((name) => extensions.some((extension) => name.toLowerCase().endsWith(extension))), unreadable: [] };
    },
    write: (path, text, _like, mode) => exists(path, mode) ?? void (files[path] = text),
    writeBytes: (path, data, mode) => (path.startsWith('/readonly/') ? new Error('EROFS: read-only file system') : exists(path, mode) ?? void (written[path] = data)),
    kindOf,
    convertToPdf: (path) => (libreOffice ? void (written[path.replace(/\.docx$/, '.pdf')] = new Uint8Array([0x25, 0x50, 0x44, 0x46])) : 'missing'),
    readBytes: (path) => binaries[path] ?? (path in files ? new TextEncoder().encode(files[path]) : missing(path)),
    convertToDocx: (path) => (!libreOffice ? 'missing' : binaries[path.replace(/\.(doc|wps)$/, '.docx')] ?? missing(path)),
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    environmentLocale,
  };
  return { io, out, err, written };
}

