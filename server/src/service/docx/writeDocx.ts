/**
 * The Word writer: a layout description (`layout/layout.ts`) as the bytes of a `.docx` in the
 * GB/T 9704 layout, its WordprocessingML written directly (a string a paragraph, the properties of
 * each kind of paragraph and run made once), zipped with fflate. Every paragraph has its exact
 * 28.95 pt pitch and every run its fonts by name (East Asian, Latin), size, condensed spacing and
 * language, so that nothing depends on Word's defaults; markers are text, never Word numbering.
 * For Word and WPS on a PC without the 公文 fonts: each font in the font table with its alternative
 * name, panose, character set and family; an outline level on titles and headings; no theme and no
 * style but the defaults; automatic spacing between Chinese and Latin text off; a cached value in
 * the page-number field. Every text and attribute passes through one escape.
 */
import { strToU8, zipSync } from 'fflate';
import gongwen from '../data/gongwen.json';
import type { FontRole, LayoutBlock, LayoutDocument, LayoutPage, LayoutParagraph, LayoutReport, LayoutTable } from '../layout/layout';
import { characterTwips, textWidthTwips } from '../layout/lineBreaks';
import { escapeXml } from './xml';

/** Characters that Word sets in the Latin font unless told they are East Asian (the hint). */
const AMBIGUOUS = /[“”‘’—…·]+/g;
const JC = { left: 'left', center: 'center', right: 'right', justify: 'both' } as const;
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Blocks written between two yields to the event loop, so that a server exporting a huge document still answers. */
const BLOCKS_PER_SLICE = 2000;

const attribute = (value: string | number) => `"${escapeXml(String(value))}"`;

/**
 * The `.docx` of the given reports: by default the whole document (a compilation's title and
 * contents, then each report from a new page), or one report alone.
 */
export async function writeDocx(layout: LayoutDocument, reports: readonly LayoutReport[] = layout.reports): Promise<Uint8Array> {
  const { page } = layout;
  const whole = reports === layout.reports;
  const sections = whole && layout.front ? [layout.front, ...reports] : reports;
  const writer = new BodyWriter(page);
  const body: string[] = [];
  let written = 0;
  for (const [index, report] of sections.entries()) {
    for (const [at, block] of report.blocks.entries()) {
      body.push(writer.block(block, index > 0 && at === 0));
      if (++written % BLOCKS_PER_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  }
  if (body.length === 0) body.push(writer.paragraph({ kind: 'paragraph', role: 'blank', runs: [], align: 'left', firstLineChars: 0, leftChars: 0, rightChars: 0, line: 0, keepNext: false }, false));
  const title = whole ? layout.title : reports[0]?.title ?? '';
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(PACKAGE_RELATIONSHIPS),
    'docProps/core.xml': strToU8(coreProperties(title)),
    'word/document.xml': strToU8(`${DECLARATION}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body.join('')}${sectionProperties(page)}</w:body></w:document>`),
    'word/_rels/document.xml.rels': strToU8(DOCUMENT_RELATIONSHIPS),
    'word/styles.xml': strToU8(styles(page)),
    'word/settings.xml': strToU8(SETTINGS),
    'word/fontTable.xml': strToU8(fontTable(page)),
    'word/footer1.xml': strToU8(pageNumberFooter(page, 'right', 1)),
    'word/footer2.xml': strToU8(pageNumberFooter(page, 'left', 2)),
  });
}

/** Paragraphs and tables as WordprocessingML, the properties of each kind made once. */
class BodyWriter {
  private readonly runProperties = new Map<string, string>();
  private readonly paragraphProperties = new Map<string, string>();

  constructor(private readonly page: LayoutPage) {}

  block(block: LayoutBlock, newPage: boolean): string {
    return block.kind === 'table' ? this.table(block) : this.paragraph(block, newPage);
  }

  paragraph(paragraph: LayoutParagraph, newPage: boolean): string {
    const { page } = this;
    const size = paragraph.role === 'title' ? page.sizes.title : page.sizes.body;
    let xml = `<w:p>${this.paragraphPropertiesOf(paragraph, newPage)}`;
    for (const run of paragraph.runs) xml += this.runs(run.text, run.font, run.bold, size, run.font !== 'title');
    if (paragraph.pageNumber !== undefined) xml += `<w:r>${this.runPropertiesOf('body', false, size, true, false)}<w:tab/></w:r>${this.runs(paragraph.pageNumber, 'body', false, size, true)}`;
    return `${xml}</w:p>`;
  }

  private paragraphPropertiesOf(paragraph: LayoutParagraph, newPage: boolean): string {
    const key = `${paragraph.role}|${paragraph.align}|${paragraph.firstLineChars}|${paragraph.leftChars}|${paragraph.rightChars}|${paragraph.keepNext}|${paragraph.outlineLevel}|${paragraph.pageNumber !== undefined}|${newPage}`;
    let properties = this.paragraphProperties.get(key);
    if (properties === undefined) {
      const { page } = this;
      const width = characterTwips(page);
      // Word reads the first-line indent in characters; LibreOffice, which ignores that, the same in twips.
      // Left and right indents in twips only: the signature and date are placed to the twip.
      const indent = [
        paragraph.leftChars > 0 ? `w:left="${Math.round(paragraph.leftChars * width)}"` : '',
        paragraph.rightChars > 0 ? `w:right="${Math.round(paragraph.rightChars * width)}"` : '',
        `w:firstLine="${Math.round(paragraph.firstLineChars * width)}"`,
        paragraph.firstLineChars > 0 ? `w:firstLineChars="${Math.round(paragraph.firstLineChars * 100)}"` : '',
      ].filter((part) => part.length > 0).join(' ');
      properties = '<w:pPr>'
        + (paragraph.keepNext ? '<w:keepNext/><w:keepLines/>' : '')
        + (newPage ? '<w:pageBreakBefore/>' : '')
        + '<w:widowControl w:val="0"/>'
        + (paragraph.pageNumber !== undefined ? `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${textWidthTwips(page)}"/></w:tabs>` : '')
        + `<w:spacing w:before="0" w:after="0" w:line="${page.linePitch}" w:lineRule="exact"/>`
        + `<w:ind ${indent}/><w:jc w:val="${JC[paragraph.align]}"/>`
        + (paragraph.outlineLevel !== undefined ? `<w:outlineLvl w:val="${paragraph.outlineLevel}"/>` : '')
        + '</w:pPr>';
      this.paragraphProperties.set(key, properties);
    }
    return properties;
  }

  /** A run split at line breaks, and where quotation marks and dashes need the East Asian hint. */
  private runs(text: string, role: FontRole, bold: boolean, size: number, condensed: boolean): string {
    if (text.includes('\n')) {
      const lineBreak = `<w:r>${this.runPropertiesOf(role, bold, size, condensed, false)}<w:br/></w:r>`;
      return text.split('\n').map((line) => this.runs(line, role, bold, size, condensed)).join(lineBreak);
    }
    let xml = '';
    let at = 0;
    for (const match of text.matchAll(AMBIGUOUS)) {
      if (match.index > at) xml += this.run(text.slice(at, match.index), role, bold, size, condensed, false);
      xml += this.run(match[0], role, bold, size, condensed, true);
      at = match.index + match[0].length;
    }
    if (at < text.length) xml += this.run(text.slice(at), role, bold, size, condensed, false);
    return xml;
  }

  private run(text: string, role: FontRole, bold: boolean, size: number, condensed: boolean, hint: boolean): string {
    return `<w:r>${this.runPropertiesOf(role, bold, size, condensed, hint)}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
  }

  private runPropertiesOf(role: FontRole, bold: boolean, size: number, condensed: boolean, hint: boolean): string {
    const key = `${role}|${bold}|${size}|${condensed}|${hint}`;
    let properties = this.runProperties.get(key);
    if (properties === undefined) {
      const { page } = this;
      properties = `<w:rPr>${fonts(page.fonts[role], page.latinFont, hint)}${bold ? '<w:b/><w:bCs/>' : ''}`
        + (condensed && page.characterSpacing !== 0 ? `<w:spacing w:val="${page.characterSpacing}"/>` : '')
        + `<w:sz w:val="${Math.round(size * 2)}"/><w:szCs w:val="${Math.round(size * 2)}"/><w:lang w:val="zh-CN" w:eastAsia="zh-CN"/></w:rPr>`;
      this.runProperties.set(key, properties);
    }
    return properties;
  }

  /**
   * A table across the text block: fixed columns, merged cells (`gridSpan`, `vMerge`), header rows
   * repeated on each page (`tblHeader`), rows that never split (`cantSplit`) and at least as high as
   * the layout measured, the text centred in its cell at the table's size and pitch.
   */
  table(table: LayoutTable): string {
    const { page } = this;
    const margin = page.table.cellMargin;
    const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
    let xml = `<w:tbl><w:tblPr><w:tblW w:w="${table.columns.reduce((sum, width) => sum + width, 0)}" w:type="dxa"/><w:jc w:val="center"/>`
      + `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders><w:tblLayout w:type="fixed"/>`
      + `<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="${margin}" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="${margin}" w:type="dxa"/></w:tblCellMar>`
      + `<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>${table.columns.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`;
    // No mark hangs past a cell's edge (overflowPunct off); the text keeps to the table's pitch, grid or none.
    const cellParagraph = (text: string, align: 'left' | 'center') => `<w:p><w:pPr><w:widowControl w:val="0"/><w:overflowPunct w:val="0"/><w:snapToGrid w:val="0"/>`
      + `<w:spacing w:before="0" w:after="0" w:line="${table.linePitch}" w:lineRule="exact"/><w:ind w:firstLine="0"/><w:jc w:val="${align}"/></w:pPr>`
      + `${text.length > 0 ? this.runs(text, 'body', false, table.size, false) : ''}</w:p>`;
    const cellProperties = (width: number, columns: number, merge: string) => `<w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>`
      + `${columns > 1 ? `<w:gridSpan w:val="${columns}"/>` : ''}${merge}<w:vAlign w:val="center"/></w:tcPr>`;
    // Cells merged down from a row above: the grid columns they cover, and the row after their last.
    const merged = new Map<number, { readonly columns: number; readonly end: number }>();
    table.rows.forEach((row, index) => {
      xml += `<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="${row.height}" w:hRule="atLeast"/>${index < table.headerRows ? '<w:tblHeader/>' : ''}</w:trPr>`;
      const starting = new Map(row.cells.map((cell) => [cell.column, cell]));
      for (let column = 0; column < table.columns.length;) {
        const above = merged.get(column);
        const cell = starting.get(column);
        const columns = above && above.end > index ? above.columns : cell?.columns ?? 1;
        const width = table.columns.slice(column, column + columns).reduce((sum, each) => sum + each, 0);
        if (above && above.end > index) {
          xml += `<w:tc>${cellProperties(width, columns, '<w:vMerge/>')}${cellParagraph('', 'center')}</w:tc>`;
        } else {
          if (cell && cell.rows > 1) merged.set(column, { columns, end: index + cell.rows });
          xml += `<w:tc>${cellProperties(width, columns, cell && cell.rows > 1 ? '<w:vMerge w:val="restart"/>' : '')}${cellParagraph(cell?.text ?? '', cell?.align ?? 'center')}</w:tc>`;
        }
        column += columns;
      }
      xml += '</w:tr>';
    });
    return `${xml}</w:tbl>`;
  }
}

function fonts(eastAsia: string, latin: string, hint: boolean): string {
  return `<w:rFonts w:ascii=${attribute(latin)} w:hAnsi=${attribute(latin)} w:eastAsia=${attribute(eastAsia)} w:cs=${attribute(latin)}${hint ? ' w:hint="eastAsia"' : ''}/>`;
}

function sectionProperties(page: LayoutPage): string {
  const { margin } = page;
  const grid = page.documentGrid
    ? `<w:docGrid w:type="linesAndChars" w:linePitch="${page.linePitch}" w:charSpace="${gridCharacterSpace(page)}"/>`
    : `<w:docGrid w:type="default" w:linePitch="${page.linePitch}"/>`;
  return `<w:sectPr><w:footerReference w:type="default" r:id="rIdFooterOdd"/><w:footerReference w:type="even" r:id="rIdFooterEven"/>`
    + `<w:pgSz w:w="${page.width}" w:h="${page.height}"/>`
    + `<w:pgMar w:top="${margin.top}" w:right="${margin.right}" w:bottom="${margin.bottom}" w:left="${margin.left}" w:header="${margin.header}" w:footer="${margin.footer}" w:gutter="0"/>`
    + `<w:pgNumType w:start="1"/><w:cols w:space="425"/>${grid}</w:sectPr>`;
}

/** `w:charSpace`, in 1/4096 pt beyond the font size, for 28 characters across the text block. */
function gridCharacterSpace(page: LayoutPage): number {
  return Math.round((textWidthTwips(page) / page.charactersPerLine / 20 - page.sizes.body) * 4096);
}

/** `— N —` in 4号 half-width 宋体, one character in from the right (odd pages) or the left (even); the number shown until a viewer updates it. */
function pageNumberFooter(page: LayoutPage, side: 'left' | 'right', shown: number): string {
  const font = page.pageNumberFont;
  const size = page.sizes.pageNumber * 2;
  const inset = page.sizes.pageNumber * 20;
  const properties = `<w:rPr>${fonts(font, font, false)}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/><w:lang w:val="zh-CN" w:eastAsia="zh-CN"/></w:rPr>`;
  const run = (content: string) => `<w:r>${properties}${content}</w:r>`;
  return `${DECLARATION}<w:ftr xmlns:w="${W}" xmlns:r="${R}"><w:p><w:pPr><w:widowControl w:val="0"/>`
    + `<w:spacing w:before="0" w:after="0" w:line="${page.linePitch}" w:lineRule="exact"/><w:ind w:${side}="${inset}"/><w:jc w:val="${side}"/></w:pPr>`
    + run('<w:t xml:space="preserve">— </w:t>') + run('<w:fldChar w:fldCharType="begin"/>') + run('<w:instrText xml:space="preserve"> PAGE </w:instrText>')
    + run('<w:fldChar w:fldCharType="separate"/>') + run(`<w:t>${shown}</w:t>`) + run('<w:fldChar w:fldCharType="end"/>') + run('<w:t xml:space="preserve"> —</w:t>')
    + '</w:p></w:ftr>';
}

/** The defaults every paragraph and run starts from (the body's), the Normal style, and no other. */
function styles(page: LayoutPage): string {
  const size = page.sizes.body * 2;
  return `${DECLARATION}<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr>${fonts(page.fonts.body, page.latinFont, false)}`
    + `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/><w:lang w:val="zh-CN" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>`
    + `<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>`
    + `<w:spacing w:before="0" w:after="0" w:line="${page.linePitch}" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>`
    + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
    + '<w:pPr><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/></w:pPr></w:style></w:styles>';
}

interface FontEntry { readonly altName?: string; readonly panose?: string; readonly charset?: string; readonly family?: string; readonly pitch?: string }

/** Every font the document names, with what Word and WPS need to substitute it (SPEC 7). */
function fontTable(page: LayoutPage): string {
  const known = gongwen.fontTable as Readonly<Record<string, FontEntry>>;
  const names = [...new Set([...Object.values(page.fonts), page.pageNumberFont, page.latinFont])];
  const entries = names.map((name) => {
    // A font chosen in the settings that the table does not know: a Chinese font, its family left to Word.
    const entry = known[name] ?? {};
    return `<w:font w:name=${attribute(name)}>${entry.altName ? `<w:altName w:val=${attribute(entry.altName)}/>` : ''}`
      + `${entry.panose ? `<w:panose1 w:val="${entry.panose}"/>` : ''}<w:charset w:val="${entry.charset ?? '86'}"/>`
      + `<w:family w:val="${entry.family ?? 'auto'}"/><w:pitch w:val="${entry.pitch ?? 'variable'}"/></w:font>`;
  });
  return `${DECLARATION}<w:fonts xmlns:w="${W}">${entries.join('')}</w:fonts>`;
}

function coreProperties(title: string): string {
  return `${DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">`
    + `<dc:title>${escapeXml(title)}</dc:title><dc:description>GB/T 9704-2012</dc:description></cp:coreProperties>`;
}

const SETTINGS = `${DECLARATION}<w:settings xmlns:w="${W}"><w:evenAndOddHeaders/><w:defaultTabStop w:val="420"/>`
  + '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>';

const CONTENT_TYPES = `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
  + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
  + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
  + '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
  + '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
  + '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
  + '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
  + '<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
  + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>';

const PACKAGE_RELATIONSHIPS = `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
  + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
  + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>';

const DOCUMENT_RELATIONSHIPS = `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
  + '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
  + '<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
  + '<Relationship Id="rIdFonts" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>'
  + '<Relationship Id="rIdFooterOdd" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
  + '<Relationship Id="rIdFooterEven" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/></Relationships>';
