/**
 * Word documents made the way Word makes them, for the reader's tests: the parts of a `.docx`
 * (`[Content_Types].xml`, relationships, `word/document.xml` with `w:` paragraphs and runs,
 * `word/numbering.xml`, `word/styles.xml`) zipped with deflate.
 */
import { strToU8, zipSync } from 'fflate';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export interface WordParts {
  readonly body: string;
  readonly numbering?: string;
  readonly styles?: string;
}

export function wordDocument({ body, numbering, styles }: WordParts): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document ${W}><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`),
  };
  if (numbering) files['word/numbering.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:numbering ${W}>${numbering}</w:numbering>`);
  if (styles) files['word/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:styles ${W}>${styles}</w:styles>`);
  return zipSync(files, { level: 6 });
}

/** A paragraph as Word writes one: properties, then runs with `w:rsid` noise and a proofing mark or two. */
export function paragraph(text: string, properties = ''): string {
  const runs = text.split('\n').map((part) => `<w:r w:rsidRPr="00A1B2C3"><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">${escape(part)}</w:t></w:r>`);
  return `<w:p w14:paraId="1A2B3C4D" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" w:rsidR="00B21F0E">${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${runs.join('<w:r><w:br/></w:r>')}<w:proofErr w:type="gramStart"/></w:p>`;
}

export function numbered(text: string, numId: number, ilvl: number): string {
  return paragraph(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr><w:ind w:firstLine="640"/>`);
}

/** A level of an abstract numbering: its start, format and text (`%1、`). */
export function level(ilvl: number, format: string, text: string, start = 1): string {
  return `<w:lvl w:ilvl="${ilvl}" w:tplc="04090019"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${escape(text)}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr></w:lvl>`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
