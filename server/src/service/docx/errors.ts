/**
 * Why a file could not be read as a Word document, and the one-line message the CLI and the editor
 * show for it.
 */
import { Locale, Message, format } from '../l10n';

export type DocxFailure =
  /** Not a zip (an old `.doc`, an encrypted file, a text file). */
  | 'notZip'
  /** A zip without a Word document body. */
  | 'notWord'
  /** A part declaring or inflating to more than any report needs (or more than it declares). */
  | 'tooLarge'
  /** A part that is damaged: broken deflate data, XML that is not well-formed, a DTD. */
  | 'broken'
  /** A document whose body holds text, none of which could be read as WordprocessingML. */
  | 'noText';

export class DocxError extends Error {
  /** `part`: the package part concerned; `detail`: what is wrong with it (for `broken`). */
  constructor(readonly reason: DocxFailure, readonly part?: string, readonly detail?: string) {
    super(part ? `${reason}: ${part}${detail ? `: ${detail}` : ''}` : reason);
  }
}

const WORDS = {
  notZip: { 'zh-cn': '“{file}”不是 Word 文档（.docx）', en: '"{file}" is not a Word document (.docx)' },
  notWord: { 'zh-cn': '“{file}”是压缩文件，但没有 Word 文档的正文（word/document.xml）', en: '"{file}" is a zip file but holds no Word document body (word/document.xml)' },
  tooLarge: { 'zh-cn': '“{file}”太大，不像是一篇报告（{part}）', en: '"{file}" is too large to be a report ({part})' },
  tooLargeFile: { 'zh-cn': '“{file}”太大，不像是一篇报告', en: '"{file}" is too large to be a report' },
  broken: { 'zh-cn': '“{file}”已损坏，无法读取（{part}：{detail}）', en: '"{file}" is damaged and cannot be read ({part}: {detail})' },
  noText: {
    'zh-cn': '“{file}”中有文字，却读不出正文（{part}）：文字不在 Word 正文的段落里',
    en: '"{file}" has text, but no body text could be read ({part}): the text is not in Word body paragraphs',
  },
  unexpected: { 'zh-cn': '读取“{file}”时出错：{detail}', en: 'could not read "{file}": {detail}' },
} satisfies Record<DocxFailure | 'tooLargeFile' | 'unexpected', Message>;

/** The message for any failure of the reader: a `DocxError`, or anything unexpected, in one line. */
export function docxErrorMessage(error: unknown, file: string, locale: Locale): string {
  if (error instanceof DocxError) {
    const words = error.reason === 'tooLarge' && error.part === undefined ? WORDS.tooLargeFile : WORDS[error.reason];
    return format(words, locale, { file, part: error.part ?? 'word/document.xml', detail: error.detail ?? '' });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return format(WORDS.unexpected, locale, { file, detail: detail.split('\n')[0]!.slice(0, 200) });
}
