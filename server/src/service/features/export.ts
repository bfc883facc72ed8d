/**
 * Export to Word: the document's 公文 layout written as `.docx` bytes — one document (a
 * compilation's title and contents, then its reports each from a new page), named by the
 * compilation's title or the report's, or one document per report named by each report's title.
 */
import { writeDocx } from '../docx/writeDocx';
import type { LayoutDocument } from '../layout/description';

export interface ExportedFile {
  /** A file name without its extension: the report's title, or `fallback` for an untitled one. */
  readonly name: string;
  readonly data: Uint8Array;
}

/** Characters no file system takes in a name, and control characters. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;
const MAX_NAME = 80;

export function fileNameOf(title: string, fallback: string): string {
  const name = title.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_NAME).trim();
  return name.length > 0 ? name : fallback;
}

export async function exportDocx(layout: LayoutDocument, split: boolean, fallback: string): Promise<ExportedFile[]> {
  if (!split || layout.reports.length <= 1) {
    return [{ name: fileNameOf(layout.title, fallback), data: await writeDocx(layout) }];
  }
  const files: ExportedFile[] = [];
  const taken = new Map<string, number>();
  for (const [index, report] of layout.reports.entries()) {
    let name = fileNameOf(report.title, `${fallback}-${index + 1}`);
    // Two reports of one title (a mistake, or no titles) still get a file each.
    const count = (taken.get(name) ?? 0) + 1;
    taken.set(name, count);
    if (count > 1) name = `${name}-${count}`;
    files.push({ name, data: await writeDocx(layout, [report]) });
  }
  return files;
}
