/**
 * Word documents made the way Word, WPS and Mac Word make them, for the reader's tests: the parts of
 * a `.docx` (`[Content_Types].xml`, relationships, `word/document.xml` with `w:` paragraphs and
 * runs, `word/numbering.xml`, `word/styles.xml`) zipped with deflate.
 */
import { strToU8, zipSync } from 'fflate';

export const WORDPROCESSING = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W = `xmlns:w="${WORDPROCESSING}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

/** The namespaces each app declares on its parts' root (WPS adds its own, Mac Word the newest Office ones), and what it ignores. */
const ROOTS = {
  word: `xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" ${W} xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14 w15 w16se wp14"`,
  wps: `xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" ${W} xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" mc:Ignorable="w14 w15 wp14"`,
  mac: `xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" ${W} xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14 w15 w16se w16cid wp14"`,
} as const;

export type WordApp = keyof typeof ROOTS;

export interface WordParts {
  readonly body: string;
  readonly numbering?: string;
  readonly styles?: string;
  /** Whose XML the parts imitate (root namespaces; the paragraphs are the caller's). */
  readonly app?: WordApp;
}

const CONTENT_TYPES = '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A relationships part: `[type, target]` pairs, types given by their last segment (`officeDocument`, `styles`). */
export function relationships(...targets: readonly (readonly [string, string])[]): string {
  return `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets
    .map(([type, target], index) => `<Relationship Id="rId${index + 1}" Type="${RELATIONSHIP}/${type}" Target="${target}"/>`).join('')}</Relationships>`;
}

/** A zip of the given parts (text parts as UTF-8). */
export function wordPackage(parts: Readonly<Record<string, string | Uint8Array>>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(parts)) files[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files, { level: 6 });
}

/** The parts of a document as the app writes them, by part name (to be changed by a test, then zipped). */
export function wordParts({ body, numbering, styles, app = 'word' }: WordParts): Record<string, string> {
  const root = ROOTS[app];
  const sectionGrid = app === 'wps' ? '<w:docGrid w:type="lines" w:linePitch="312" w:charSpace="0"/>' : '<w:docGrid w:type="lines" w:linePitch="579"/>';
  const parts: Record<string, string> = {
    '[Content_Types].xml': DECLARATION + CONTENT_TYPES,
    '_rels/.rels': relationships(['officeDocument', 'word/document.xml']),
    'word/_rels/document.xml.rels': relationships(...(styles ? [['styles', 'styles.xml'] as const] : []), ...(numbering ? [['numbering', 'numbering.xml'] as const] : [])),
    'word/document.xml': `${DECLARATION}<w:document ${root}><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/>${sectionGrid}</w:sectPr></w:body></w:document>`,
  };
  if (numbering) parts['word/numbering.xml'] = `${DECLARATION}<w:numbering ${root}>${numbering}</w:numbering>`;
  if (styles) parts['word/styles.xml'] = `${DECLARATION}<w:styles ${root}>${styles}</w:styles>`;
  return parts;
}

export function wordDocument(parts: WordParts): Uint8Array {
  return wordPackage(wordParts(parts));
}

/** A paragraph as Word writes one: properties, then runs with `w:rsid` noise and a proofing mark or two. */
export function paragraph(text: string, properties = ''): string {
  const runs = text.split('\n').map((part) => `<w:r w:rsidRPr="00A1B2C3"><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">${escape(part)}</w:t></w:r>`);
  return `<w:p w14:paraId="1A2B3C4D" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" w:rsidR="00B21F0E">${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${runs.join('<w:r><w:br/></w:r>')}<w:proofErr w:type="gramStart"/></w:p>`;
}

/** A paragraph as WPS writes one: no rsids, its fonts and language on every run. */
export function wpsParagraph(text: string, properties = ''): string {
  const run = `<w:r><w:rPr><w:rFonts w:hint="eastAsia" w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:cs="仿宋_GB2312"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr><w:t>${escape(text)}</w:t></w:r>`;
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${text ? run : ''}</w:p>`;
}

export function numbered(text: string, numId: number, ilvl: number): string {
  return paragraph(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr><w:ind w:firstLine="640"/>`);
}

/** A level of an abstract numbering: its start, format and text (`%1、`), and more of its properties (`<w:suff …/>`). */
export function level(ilvl: number, format: string, text: string, start = 1, more = ''): string {
  return `<w:lvl w:ilvl="${ilvl}" w:tplc="04090019"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/>${more}<w:lvlText w:val="${escape(text)}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr></w:lvl>`;
}

export function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
