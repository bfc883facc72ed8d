/**
 * The Word writer: a layout description (`layout/layout.ts`) as the bytes of a `.docx` in the
 * GB/T 9704 layout, its WordprocessingML written directly (a string a paragraph), zipped with
 * fflate. Each kind of paragraph has its style (公文正文, 公文一级标题 …) naming its fonts (East
 * Asian, Latin), size, condensed spacing and language over a Normal style and defaults of the
 * document's own, at the exact 28.95 pt pitch, so that nothing depends on Word's defaults; a
 * paragraph or run writes only what differs from its style, which keeps a document of many short
 * paragraphs small (one of headings only was 73 MB of XML a megabyte of text with every property
 * on every run). Markers are text, never Word numbering.
 * For Word and WPS on a PC without the 公文 fonts: each font in the font table with its alternative
 * name, panose, character set and family; an outline level on titles and headings; no theme and no
 * style but the defaults; automatic spacing between Chinese and Latin text off; a cached value in
 * the page-number field. Every text and attribute passes through one escape.
 */
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import gongwen from '../data/gongwen.json';
import type { FontRole, LayoutBlock, LayoutDocument, LayoutPage, LayoutParagraph, LayoutReport, LayoutTable } from '../layout/description';
import { characterTwips, textWidthTwips } from '../layout/lineBreaks';
import { escapeXml } from './xml';

const JC = { left: 'left', center: 'center', right: 'right', justify: 'both' } as const;
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Blocks written between two yields to the event loop, so that a server exporting a huge document still answers. */
const BLOCKS_PER_SLICE = 1000;
/** The fastest deflate: XML compresses well at any level, and a huge document is written in a fraction of the time. */
const DEFLATE_LEVEL = 1;

const attribute = (value: string | number) => `"${escapeXml(String(value))}"`;

/**
 * The `.docx` of the given reports: by default the whole document (a compilation's title and
 * contents, then each report from a new page), or one report alone. The body is deflated as it is
 * written, a slice of blocks at a time, between which a server exporting a huge document answers
 * other requests; no part is ever one string of the whole document.
 */
export async function writeDocx(layout: LayoutDocument, reports: readonly LayoutReport[] = layout.reports): Promise<Uint8Array> {
  const { page } = layout;
  const whole = reports === layout.reports;
  const sections = whole && layout.front ? [layout.front, ...reports] : reports;
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    chunks.push(data);
  });
  const add = (path: string, xml: string) => {
    const file = new ZipDeflate(path, { level: DEFLATE_LEVEL });
    zip.add(file);
    file.push(strToU8(xml), true);
  };
  const title = whole ? layout.title : reports[0]?.title ?? '';
  add('[Content_Types].xml', CONTENT_TYPES);
  add('_rels/.rels', PACKAGE_RELATIONSHIPS);
  add('docProps/core.xml', coreProperties(title));
  const writer = new BodyWriter(page);
  const document = new ZipDeflate('word/document.xml', { level: DEFLATE_LEVEL });
  zip.add(document);
  let slice = `${DECLARATION}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>`;
  let written = 0;
  for (const [index, report] of sections.entries()) {
    for (const [at, block] of report.blocks.entries()) {
      slice += writer.block(block, index > 0 && at === 0);
      if (++written % BLOCKS_PER_SLICE === 0) {
        document.push(strToU8(slice));
        slice = '';
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  }
  if (written === 0) slice += '<w:p/>';
  document.push(strToU8(`${slice}${sectionProperties(page)}</w:body></w:document>`), true);
  add('word/_rels/document.xml.rels', DOCUMENT_RELATIONSHIPS);
  add('word/styles.xml', styles(page, writer.normal, writer.styles.values()));
  add('word/settings.xml', SETTINGS);
  add('word/fontTable.xml', fontTable(page));
  add('word/footer1.xml', pageNumberFooter(page, 'right', 1));
  add('word/footer2.xml', pageNumberFooter(page, 'left', 2));
  zip.end();
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/**
 * A paragraph style of the export: what the paragraphs of one kind share — alignment, first-line
 * indent, keeping, outline level, the font of their text. A paragraph names its style and writes
 * only what differs, which keeps a document of many short paragraphs small.
 */
interface ParagraphStyle {
  readonly id: string;
  readonly name: string;
  readonly align: LayoutParagraph['align'];
  readonly firstLineChars: number;
  readonly keepNext: boolean;
  readonly outlineLevel?: number;
  readonly font: FontRole;
  readonly bold: boolean;
  readonly size: number;
  readonly condensed: boolean;
  /** A table's text: its own pitch, and no mark hanging out of a cell. */
  readonly linePitch?: number;
}

const LEVEL_NAMES = ['', '一', '二', '三', '四', '五'];

/** Paragraphs and tables as WordprocessingML, each kind of paragraph with its style, the properties of each kind of run made once. */
class BodyWriter {
  private readonly runProperties = new Map<string, string>();
  /** The styles in the order the document first uses them. */
  readonly styles = new Map<string, ParagraphStyle>();

  /** The body text's style: justified, its first line indented two characters. */
  readonly normal: ParagraphStyle;

  constructor(private readonly page: LayoutPage) {
    this.normal = { id: 'Normal', name: 'Normal', align: 'justify', firstLineChars: 2, keepNext: false, font: 'body', bold: false, size: page.sizes.body, condensed: true };
  }

  block(block: LayoutBlock, newPage: boolean): string {
    return block.kind === 'table' ? this.table(block) : this.paragraph(block, newPage);
  }

  /** The style of a paragraph's kind, made from the first paragraph of that kind. */
  private styleOf(paragraph: LayoutParagraph): ParagraphStyle {
    const { role, level } = paragraph;
    // Body text is the Normal style's: its paragraphs name no style.
    if (role === 'body') return this.normal;
    // Short ids (the names are what Word shows): a paragraph names its style in every one of a hundred thousand.
    const kind = role === 'heading' ? `H${level ?? 1}` : role === 'title' ? 'T' : role === 'contents' ? 'C' : 'P';
    let style = this.styles.get(kind);
    if (!style) {
      const first = paragraph.runs[0];
      const name = kind === 'T' ? '公文标题' : kind === 'C' ? '目录标题'
        : kind === 'P' ? '公文顶格' : `公文${LEVEL_NAMES[level ?? 1] ?? level}级标题`;
      style = {
        id: kind, name, align: paragraph.align, firstLineChars: paragraph.firstLineChars, keepNext: paragraph.keepNext,
        outlineLevel: paragraph.outlineLevel, font: first?.font ?? 'body', bold: first?.bold ?? false,
        size: role === 'title' ? this.page.sizes.title : this.page.sizes.body, condensed: role !== 'title',
      };
      this.styles.set(kind, style);
    }
    return style;
  }

  private tableStyle(table: LayoutTable): ParagraphStyle {
    const kind = `Tb${Math.round(table.size * 10)}`;
    let style = this.styles.get(kind);
    if (!style) {
      style = {
        id: kind, name: `表格文字${table.size}磅`, align: 'center', firstLineChars: 0, keepNext: false,
        font: 'body', bold: false, size: table.size, condensed: false, linePitch: table.linePitch,
      };
      this.styles.set(kind, style);
    }
    return style;
  }

  paragraph(paragraph: LayoutParagraph, newPage: boolean): string {
    const style = this.styleOf(paragraph);
    // Most paragraphs are as their style has them: only the style's name, made once.
    if (!newPage && paragraph.keepNext === style.keepNext && paragraph.leftChars === 0 && paragraph.rightChars === 0 && paragraph.pageNumber === undefined
      && paragraph.firstLineChars === style.firstLineChars && paragraph.align === style.align && paragraph.outlineLevel === style.outlineLevel) {
      let xml = style === this.normal ? '<w:p>' : `<w:p><w:pPr><w:pStyle w:val="${style.id}"/></w:pPr>`;
      for (const run of paragraph.runs) xml += this.runs(run.text, run.font, run.bold, style);
      return `${xml}</w:p>`;
    }
    const { page } = this;
    const width = characterTwips(page);
    let properties = style === this.normal ? '' : `<w:pStyle w:val="${style.id}"/>`;
    if (paragraph.keepNext !== style.keepNext) properties += paragraph.keepNext ? '<w:keepNext/><w:keepLines/>' : '<w:keepNext w:val="0"/><w:keepLines w:val="0"/>';
    if (newPage) properties += '<w:pageBreakBefore/>';
    if (paragraph.pageNumber !== undefined) properties += `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${textWidthTwips(page)}"/></w:tabs>`;
    // Left and right indents in twips only: the signature and date are placed to the twip.
    if (paragraph.leftChars > 0 || paragraph.rightChars > 0 || paragraph.firstLineChars !== style.firstLineChars) {
      properties += `<w:ind${paragraph.leftChars > 0 ? ` w:left="${Math.round(paragraph.leftChars * width)}"` : ''}${paragraph.rightChars > 0 ? ` w:right="${Math.round(paragraph.rightChars * width)}"` : ''}`
        + `${firstLineIndent(paragraph.firstLineChars, width)}/>`;
    }
    if (paragraph.align !== style.align) properties += `<w:jc w:val="${JC[paragraph.align]}"/>`;
    if (paragraph.outlineLevel !== style.outlineLevel) properties += `<w:outlineLvl w:val="${paragraph.outlineLevel ?? 9}"/>`;
    let xml = properties.length > 0 ? `<w:p><w:pPr>${properties}</w:pPr>` : '<w:p>';
    for (const run of paragraph.runs) xml += this.runs(run.text, run.font, run.bold, style);
    if (paragraph.pageNumber !== undefined) xml += `<w:r><w:tab/></w:r>${this.runs(paragraph.pageNumber, style.font, style.bold, style)}`;
    return `${xml}</w:p>`;
  }

  /** A run, split at line breaks. */
  private runs(text: string, role: FontRole, bold: boolean, style: ParagraphStyle): string {
    const properties = this.runPropertiesOf(role, bold, style);
    if (!text.includes('\n')) return `<w:r>${properties}${textElement(text)}</w:r>`;
    return text.split('\n').map((line) => `<w:r>${properties}${textElement(line)}</w:r>`).join(`<w:r>${properties}<w:br/></w:r>`);
  }

  /** What a run has of its own over its paragraph's style: another font, or bold. */
  private runPropertiesOf(role: FontRole, bold: boolean, style: ParagraphStyle): string {
    if (role === style.font && bold === style.bold) return '';
    const key = `${style.id}|${role}|${bold}`;
    let properties = this.runProperties.get(key);
    if (properties === undefined) {
      properties = `<w:rPr>${role === style.font ? '' : `<w:rFonts w:eastAsia=${attribute(this.page.fonts[role])}/>`}`
        + `${bold === style.bold ? '' : bold ? '<w:b/><w:bCs/>' : '<w:b w:val="0"/><w:bCs w:val="0"/>'}</w:rPr>`;
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
    const style = this.tableStyle(table);
    const margin = page.table.cellMargin;
    const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
    let xml = `<w:tbl><w:tblPr><w:tblW w:w="${table.columns.reduce((sum, width) => sum + width, 0)}" w:type="dxa"/><w:jc w:val="center"/>`
      + `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders><w:tblLayout w:type="fixed"/>`
      + `<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="${margin}" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="${margin}" w:type="dxa"/></w:tblCellMar>`
      + `<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>${table.columns.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`;
    const cellParagraph = (text: string, align: 'left' | 'center') => `<w:p><w:pPr><w:pStyle w:val="${style.id}"/>${align === style.align ? '' : `<w:jc w:val="${JC[align]}"/>`}</w:pPr>`
      + `${text.length > 0 ? this.runs(text, 'body', false, style) : ''}</w:p>`;
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

/** A run's text; blanks at its ends or side by side kept (`xml:space`). */
function textElement(text: string): string {
  const escaped = escapeXml(text);
  return / $|^ |  |\t/.test(escaped) ? `<w:t xml:space="preserve">${escaped}</w:t>` : `<w:t>${escaped}</w:t>`;
}

/** A first-line indent: Word reads it in characters; LibreOffice, which ignores that, the same in twips. */
function firstLineIndent(chars: number, width: number): string {
  return ` w:firstLine="${Math.round(chars * width)}"${chars > 0 ? ` w:firstLineChars="${Math.round(chars * 100)}"` : ''}`;
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
    + `<w:spacing w:before="0" w:after="0" w:line="${page.linePitch}" w:lineRule="exact"/><w:ind w:${side}="${inset}" w:firstLine="0"/><w:jc w:val="${side}"/></w:pPr>`
    + run('<w:t xml:space="preserve">— </w:t>') + run('<w:fldChar w:fldCharType="begin"/>') + run('<w:instrText xml:space="preserve"> PAGE </w:instrText>')
    + run('<w:fldChar w:fldCharType="separate"/>') + run(`<w:t>${shown}</w:t>`) + run('<w:fldChar w:fldCharType="end"/>') + run('<w:t xml:space="preserve"> —</w:t>')
    + '</w:p></w:ftr>';
}

/**
 * The defaults every paragraph and run starts from and the Normal style, which is the body text's
 * (its fonts by name — quotation marks, dashes and the like in the East Asian one — size, condensed
 * spacing, language, the exact pitch, the first line indented two characters, no widow control, no
 * automatic spacing between Chinese and Latin text), then the styles the document uses, each
 * naming its fonts.
 */
function styles(page: LayoutPage, normal: ParagraphStyle, used: Iterable<ParagraphStyle>): string {
  const width = characterTwips(page);
  const pitch = (linePitch: number) => `<w:spacing w:before="0" w:after="0" w:line="${linePitch}" w:lineRule="exact"/>`;
  const runOf = (style: ParagraphStyle) => `${fonts(page.fonts[style.font], page.latinFont, true)}${style.bold ? '<w:b/><w:bCs/>' : ''}`
    + `<w:spacing w:val="${style.condensed ? page.characterSpacing : 0}"/><w:sz w:val="${Math.round(style.size * 2)}"/><w:szCs w:val="${Math.round(style.size * 2)}"/>`;
  const paragraphOf = (style: ParagraphStyle) => `${style.keepNext ? '<w:keepNext/><w:keepLines/>' : ''}<w:widowControl w:val="0"/>`
    + `${style.linePitch ? '<w:overflowPunct w:val="0"/>' : ''}<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>${style.linePitch ? '<w:snapToGrid w:val="0"/>' : ''}`
    + `${pitch(style.linePitch ?? page.linePitch)}<w:ind${firstLineIndent(style.firstLineChars, width)}/><w:jc w:val="${JC[style.align]}"/>`
    + `${style.outlineLevel !== undefined ? `<w:outlineLvl w:val="${style.outlineLevel}"/>` : ''}`;
  const language = '<w:lang w:val="zh-CN" w:eastAsia="zh-CN" w:bidi="ar-SA"/>';
  const own = [...used].map((style) => `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${style.id}"><w:name w:val="${style.name}"/><w:basedOn w:val="Normal"/><w:qFormat/>`
    + `<w:pPr>${paragraphOf(style)}</w:pPr><w:rPr>${runOf(style)}</w:rPr></w:style>`);
  return `${DECLARATION}<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr>${runOf(normal)}${language}</w:rPr></w:rPrDefault>`
    + `<w:pPrDefault><w:pPr>${paragraphOf(normal)}</w:pPr></w:pPrDefault></w:docDefaults>`
    + `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr>${paragraphOf(normal)}</w:pPr><w:rPr>${runOf(normal)}${language}</w:rPr></w:style>`
    + `${own.join('')}</w:styles>`;
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
