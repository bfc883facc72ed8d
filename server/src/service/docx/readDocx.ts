/**
 * The Word reader: a `.docx` (bytes) as the plain text a writer would type (SPEC 2) — what Word
 * shows with tracked changes accepted, every paragraph a line, Word's automatic numbers written
 * out (`一、` `（一）` `1.` as typed; other labels followed by the tab or blank Word draws), soft
 * breaks as line breaks, tabs kept, table rows as lines of cells between bars (`| 项目 | 数量 |`, merged cells keeping the columns), a field's
 * displayed text, symbol-font characters as their Unicode look-alikes; a table of contents as a
 * `目录` line and its entries with their page numbers; headings styled without a number numbered as
 * 公文 headings where their level has none. Deleted revisions, hidden text, footnotes, comments,
 * headers, footers and drawings are left out. A blank line follows the title (the centred or
 * Title-styled paragraphs at the top) and stands before the right-aligned signature and date.
 *
 * The package is read as OPC says: the main part through `_rels/.rels`, its numbering and styles
 * through the main part's relationships; every part inflated with a bound (see `zip.ts`).
 */
import { formatMarker, HeadingLevel, readMarker } from '../model/markers';
import { toSimplified } from '../model/simplified';
import { readTitle } from '../model/titles';
import { withoutBlanks } from '../model/text';
import { DocxError } from './errors';
import { NumberingCounters, NumberLabel, decimalNumber, isOn, levelIndex, readNumbering } from './numbering';
import { symbolCharacter, symbolText } from './symbols';
import { XmlEvent, scanXml } from './xml';
import { ZipEntry, readZipEntries, readZipEntry } from './zip';

export { DocxError } from './errors';

/** No report comes near these; a zip bomb would. */
const MAX_DOCX_BYTES = 64 * 1024 * 1024;
/** An XML part of a long report is a few megabytes; a part claiming more is refused before it is inflated. */
export const MAX_PART_BYTES = 32 * 1024 * 1024;
/** The imported text: far beyond any report or 汇编 (a few million characters), well below what would strain the editor. */
const MAX_TEXT_LENGTH = 16 * 1024 * 1024;
const DEFAULT_MAIN_PART = 'word/document.xml';
/** Drawings, text boxes and embedded objects hold paragraphs of their own: not the report's text; nor is a ruby's phonetic guide (`w:rt`). */
const SKIPPED = new Set(['w:drawing', 'w:pict', 'w:object', 'w:rt']);
/** The branches of Markup Compatibility's alternate content: Word shows the first choice (every one it writes is one Word reads), else the fallback. */
const ALTERNATIVES = new Set(['mc:Choice', 'mc:Fallback']);
/** Revisions keep the properties a paragraph, run, table or section had before: Word shows the current ones. */
const PREVIOUS_PROPERTIES = /^w:(?:rPr|pPr|sectPr|tblPr|tblPrEx|trPr|tcPr|tblGrid|numbering)Change$/;
const RELATIONSHIP_TYPES = { officeDocument: '/officeDocument', numbering: '/numbering', styles: '/styles' } as const;

export function readDocx(bytes: Uint8Array): string {
  if (bytes.length > MAX_DOCX_BYTES) throw new DocxError('tooLarge');
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new DocxError('notZip');
  const entries = readZipEntries(bytes);
  const partBytes = (name: string | undefined): Uint8Array | undefined => {
    const entry = name === undefined ? undefined : findEntry(entries, name);
    return entry === undefined ? undefined : readZipEntry(bytes, entry, MAX_PART_BYTES);
  };
  const mainName = relationshipTargets(partBytes('_rels/.rels'), '_rels/.rels', '', RELATIONSHIP_TYPES.officeDocument)[0] ?? DEFAULT_MAIN_PART;
  const main = partBytes(mainName);
  if (main === undefined) throw new DocxError('notWord');
  const folder = mainName.includes('/') ? mainName.slice(0, mainName.lastIndexOf('/') + 1) : '';
  const mainRelationshipsName = `${folder}_rels/${mainName.slice(folder.length)}.rels`;
  const mainRelationships = partBytes(mainRelationshipsName);
  const related = (type: string, fallback: string) => mainRelationships === undefined
    ? folder + fallback
    : relationshipTargets(mainRelationships, mainRelationshipsName, folder, type)[0];
  const stylesName = related(RELATIONSHIP_TYPES.styles, 'styles.xml');
  const numberingName = related(RELATIONSHIP_TYPES.numbering, 'numbering.xml');
  const styles = readStyles(partBytes(stylesName), stylesName ?? '');
  const counters = new NumberingCounters(readNumbering(partBytes(numberingName), numberingName ?? ''));
  const body = readBody(main, mainName, styles, counters);
  const text = linesOf(withStyledHeadings(body.paragraphs));
  if (text.length === 0 && body.hasText) throw new DocxError('noText', mainName);
  return text;
}

/** A part by name: as written, or percent-decoded (part names are URIs), ignoring case. */
function findEntry(entries: ReadonlyMap<string, ZipEntry>, name: string): ZipEntry | undefined {
  const key = name.toLowerCase();
  const found = entries.get(key);
  if (found) return found;
  try {
    return entries.get(decodeURIComponent(key));
  } catch {
    return undefined;
  }
}

/** The internal targets of a relationships part's relationships whose type ends with `type`, as part names. */
function relationshipTargets(bytes: Uint8Array | undefined, part: string, folder: string, type: string): string[] {
  if (bytes === undefined) return [];
  const targets: string[] = [];
  scanXml(bytes, part, (event) => {
    if (event.kind !== 'open' || event.name !== 'rel:Relationship') return;
    const { Type: relationType, Target: target, TargetMode: mode } = event.attributes;
    if (relationType?.endsWith(type) && target !== undefined && mode !== 'External') targets.push(partName(folder, target));
  });
  return targets;
}

/** A relationship's target resolved against the folder of its source part, without `.` and `..`. */
function partName(folder: string, target: string): string {
  const segments: string[] = [];
  for (const segment of (target.startsWith('/') ? target : folder + target).split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

interface Style {
  readonly name?: string;
  readonly numId?: string;
  readonly ilvl?: number;
  readonly basedOn?: string;
  readonly jc?: string;
  readonly outlineLevel?: number;
}

interface Styles {
  readonly byId: ReadonlyMap<string, Style>;
  /** The style of paragraphs that name none (Normal). */
  readonly defaultId?: string;
}

const HEADING_STYLE = /^(?:heading|标题)\s*([1-9])$/i;
const TITLE_STYLE = /^(?:title|标题)$/i;
const CONTENTS_STYLE = /^(?:toc|目录)\s*[1-9]$/i;
/** Word's outline level 9 is body text. */
const BODY_TEXT_LEVEL = 9;

/** Paragraph styles: their names, the numbering, alignment and outline level they give, and the style they are based on. */
function readStyles(bytes: Uint8Array | undefined, part: string): Styles {
  const byId = new Map<string, Style>();
  let defaultId: string | undefined;
  if (bytes === undefined) return { byId };
  let current: ({ id: string } & { -readonly [K in keyof Style]: Style[K] }) | undefined;
  let inParagraphProperties = false;
  let ignored = 0;
  scanXml(bytes, part, (event) => {
    if (event.kind === 'text') return;
    if (PREVIOUS_PROPERTIES.test(event.name)) {
      ignored += event.kind === 'open' ? 1 : -1;
      return;
    }
    if (ignored > 0) return;
    if (event.kind === 'open') {
      const value = event.attributes['w:val'];
      if (event.name === 'w:style') {
        current = event.attributes['w:type'] === 'paragraph' ? { id: event.attributes['w:styleId'] ?? '' } : undefined;
        if (current && isOn(event.attributes['w:default']) && event.attributes['w:default'] !== undefined) defaultId ??= current.id;
      } else if (!current) return;
      else if (event.name === 'w:name') current.name = value?.trim();
      else if (event.name === 'w:pPr') inParagraphProperties = true;
      else if (event.name === 'w:basedOn') current.basedOn = value;
      else if (!inParagraphProperties) return;
      else if (event.name === 'w:numId') current.numId = value;
      else if (event.name === 'w:ilvl') current.ilvl = levelIndex(value);
      else if (event.name === 'w:jc') current.jc = value;
      else if (event.name === 'w:outlineLvl') current.outlineLevel = decimalNumber(value);
    } else {
      if (event.name === 'w:pPr') inParagraphProperties = false;
      if (event.name === 'w:style' && current) {
        if (!byId.has(current.id)) byId.set(current.id, current);
        current = undefined;
      }
    }
  });
  return { byId, defaultId };
}

/** A style's property, looked for along its `basedOn` chain. */
function inherited<K extends keyof Style>(styles: Styles, id: string | undefined, key: K): Style[K] | undefined {
  for (let depth = 0, style = id === undefined ? undefined : styles.byId.get(id); style && depth < 20; depth++, style = style.basedOn === undefined ? undefined : styles.byId.get(style.basedOn)) {
    if (style[key] !== undefined) return style[key];
  }
  return undefined;
}

/** The outline level (0–8) a style gives its paragraphs: its own or inherited `outlineLvl`, else its name `heading N`. */
function styleOutlineLevel(styles: Styles, id: string | undefined): number | undefined {
  const level = inherited(styles, id, 'outlineLevel') ?? headingNameLevel(styles, id);
  return level === undefined || level < 0 || level >= BODY_TEXT_LEVEL ? undefined : level;
}

function headingNameLevel(styles: Styles, id: string | undefined): number | undefined {
  const match = HEADING_STYLE.exec(styleName(styles, id));
  return match ? Number(match[1]) - 1 : undefined;
}

function styleName(styles: Styles, id: string | undefined): string {
  return (id === undefined ? undefined : styles.byId.get(id)?.name) ?? '';
}

interface Paragraph {
  text: string;
  align?: string;
  /** A paragraph that is a table row, and its cells' texts. */
  row?: boolean;
  cells?: readonly string[];
  /** An entry of a table of contents (a TOC field's result, a `toc N` style, a contents content control). */
  contents?: boolean;
  /** A styled heading's outline level (0–8), when it is no contents entry. */
  outlineLevel?: number;
  /** The paragraph carries a number: automatic, or typed as a 公文 marker. */
  numbered?: boolean;
  /** Styled `Title`. */
  title?: boolean;
}

/** A table being read: its rows, each a list of cells, each cell its paragraphs. */
interface TableDraft {
  readonly rows: RowDraft[];
  cell?: Paragraph[];
  /** The grid columns the cell being read spans (`w:gridSpan`). */
  cellSpan: number;
}

interface RowDraft {
  /** The row's cells, a merged cell followed by an empty one for each further grid column it spans. */
  readonly cells: (readonly Paragraph[])[];
  /** Its `w:tc` elements: a row of one is a frame around paragraphs. */
  cellElements: number;
  /** Grid columns left empty after its last cell (`w:gridAfter`). */
  after: number;
  deleted: boolean;
}

/** Tables nested deeper than this are read as if their paragraphs stood in the cell around them (no report nests a table in a table in a table). */
const MAX_TABLE_NESTING = 16;
/** Word's tables have at most 63 columns: a span beyond that is no table Word made. */
const MAX_TABLE_COLUMNS = 63;
/** The cell a merged cell leaves in the columns it covers (one shared: a table may claim millions). */
const EMPTY_CELL: readonly Paragraph[] = Object.freeze([]);
/** What an empty cell adds to a row's line (` |`). */
const EMPTY_CELL_LENGTH = 2;

function gridCount(value: string | undefined): number {
  const count = decimalNumber(value) ?? 0;
  return Number.isInteger(count) ? Math.min(Math.max(count, 0), MAX_TABLE_COLUMNS) : 0;
}

/** A table row as a line the text form reads as one (`| 项目 | 数量 |`): bars around and between its cells. */
function tableLine(cells: readonly string[]): string {
  return `|${cells.map((cell) => (cell.length > 0 ? ` ${cell} |` : ' |')).join('')}`;
}

/** A cell's text on one line: its paragraphs joined by blanks, and so the cells of a table inside it (so its row keeps its columns). */
function cellText(paragraphs: readonly Paragraph[]): string {
  return paragraphs.map((paragraph) => paragraph.cells?.join(' ') ?? paragraph.text).join(' ').replace(/\n/g, ' ').trim();
}

interface Body {
  readonly paragraphs: Paragraph[];
  /** Text of the body that Word would show somewhere (in a paragraph, a text box, an unknown namespace). */
  readonly hasText: boolean;
}

/** A complex or simple field open at this point: its instruction so far, and whether its result is being shown. */
interface Field {
  instruction: string;
  showingResult: boolean;
}

interface ParagraphDraft {
  text: string;
  style?: string;
  numId?: string;
  ilvl?: number;
  align?: string;
  outlineLevel?: number;
  /** A TOC field was open, or a contents content control around, while the paragraph was read. */
  inContents: boolean;
  /** Its mark is deleted (or hidden): with the changes accepted it runs into the next paragraph. */
  markRemoved: boolean;
  /** A page or column break after its text so far: a line break if more text follows. */
  breakPending?: boolean;
}

/** The paragraphs of the main part, each with its number written out, and table rows as paragraphs of cells. */
function readBody(bytes: Uint8Array, part: string, styles: Styles, counters: NumberingCounters): Body {
  const paragraphs: Paragraph[] = [];
  let hasText = false;
  /** The text read so far, bounded (a numbering bomb's labels on every empty paragraph). */
  let textLength = 0;
  let paragraph: ParagraphDraft | undefined;
  /** Text of paragraphs whose mark was removed, waiting for the paragraph they run into. */
  let carried = '';
  // Where the reader is inside the paragraph: properties, a run's properties, a run, a text element.
  let inParagraphProperties = false;
  let inRunProperties = false;
  let inText = false;
  let inForeignText = false;
  let inInstruction = false;
  let inRowProperties = false;
  let runHidden = false;
  let runFont: string | undefined;
  let removed = 0;
  /** The depth of the element being read, and of the element whose content is left out (a drawing, previous properties, an alternative not taken). */
  let depth = 0;
  let skippedAt: number | undefined;
  /** Open alternate contents, and whether each has had its branch read. */
  const alternativesTaken: boolean[] = [];
  let inContentControlProperties = 0;
  const fields: Field[] = [];
  /** How many open fields are showing their instruction (then nothing is shown), and how many are TOC fields. */
  let fieldsInInstruction = 0;
  let contentsFields = 0;
  /** Open content controls, and whether each is a table of contents. */
  const contentControls: boolean[] = [];
  let contentsControls = 0;
  // Tables, perhaps nested: each with its rows so far and the paragraphs of the cell being read.
  const tables: TableDraft[] = [];
  /** Tables open beyond the nesting read as tables. */
  let tablesBeyond = 0;
  /** Where a finished paragraph goes: the cell being read, else the body. */
  const destination = (): Paragraph[] => tables[tables.length - 1]?.cell ?? paragraphs;
  /** The table whose rows and cells are being read: none inside a table nested beyond those read as tables. */
  const tableRead = (): TableDraft | undefined => (tablesBeyond > 0 ? undefined : tables[tables.length - 1]);

  const countText = (length: number) => {
    textLength += length;
    if (textLength > MAX_TEXT_LENGTH) throw new DocxError('tooLarge', part);
  };
  /** Empty cells for grid columns a row leaves out or a merged cell covers, counted as the text they make. */
  const emptyCells = (count: number): (readonly Paragraph[])[] => {
    countText(count * EMPTY_CELL_LENGTH);
    return new Array<readonly Paragraph[]>(count).fill(EMPTY_CELL);
  };
  const shown = () => removed === 0 && !runHidden && fieldsInInstruction === 0;
  const append = (text: string) => {
    if (!paragraph || inParagraphProperties || !shown()) return;
    if (paragraph.breakPending) paragraph.text += '\n';
    paragraph.breakPending = false;
    paragraph.text += text;
  };
  const finishParagraph = () => {
    if (!paragraph) return;
    const draft = paragraph;
    paragraph = undefined;
    if (draft.markRemoved) {
      carried += draft.text;
      return;
    }
    const style = draft.style ?? styles.defaultId;
    const numId = draft.numId ?? inherited(styles, style, 'numId');
    const ilvl = draft.ilvl ?? inherited(styles, style, 'ilvl') ?? (numId === undefined ? undefined : counters.levelOfStyle(numId, style)) ?? 0;
    const number = numId === undefined ? undefined : counters.next(numId, ilvl);
    const text = withNumber(number, carried + draft.text);
    carried = '';
    const outlineLevel = draft.outlineLevel ?? styleOutlineLevel(styles, style);
    const name = styleName(styles, style);
    const contents = draft.inContents || CONTENTS_STYLE.test(name);
    countText(text.length);
    destination().push({
      text,
      align: draft.align ?? inherited(styles, style, 'jc'),
      contents,
      outlineLevel: contents || outlineLevel === undefined || outlineLevel >= BODY_TEXT_LEVEL ? undefined : outlineLevel,
      numbered: (number !== undefined && number.label.length > 0) || readMarker(text, 0) !== undefined,
      title: TITLE_STYLE.test(name),
    });
  };

  /** Text carried from a paragraph whose mark was removed, where no paragraph of its table cell or body follows to take it. */
  const flushCarried = () => {
    if (carried.length === 0) return;
    destination().push({ text: carried });
    carried = '';
  };

  scanXml(bytes, part, (event) => {
    if (event.kind === 'text') {
      if ((inText || inForeignText) && removed === 0 && !runHidden && /\S/.test(event.text)) hasText = true;
      if (skippedAt !== undefined) return;
      if (inText) append(symbolText(event.text, runFont));
      const field = fields[fields.length - 1];
      if (inInstruction && removed === 0 && field && !field.showingResult) field.instruction += event.text;
      return;
    }
    const { name } = event;
    const opening = event.kind === 'open' && !event.selfClosing;
    if (name.endsWith('}t') || name === 't') inForeignText = opening;
    if (name === 'w:t') inText = opening;
    if (name === 'w:instrText') inInstruction = opening;
    // Regions left out whole, from their start tag to their end tag.
    if (event.kind === 'open') depth++;
    else depth--;
    if (skippedAt !== undefined) {
      if (event.kind === 'close' && depth < skippedAt) skippedAt = undefined;
      return;
    }
    if (event.kind === 'open' && (PREVIOUS_PROPERTIES.test(name) || SKIPPED.has(name) || (ALTERNATIVES.has(name) && !takeAlternative()))) {
      skippedAt = depth;
      return;
    }
    if (event.kind === 'open') {
      if (inContentControlProperties > 0) {
        if (name === 'w:sdtPr' || name === 'w:sdtEndPr') inContentControlProperties++;
        else if (name === 'w:docPartGallery' && /table of contents/i.test(event.attributes['w:val'] ?? '') && !contentControls[contentControls.length - 1]) {
          contentControls[contentControls.length - 1] = true;
          contentsControls++;
        }
        return;
      }
      openElement(event);
    } else if (inContentControlProperties > 0) {
      if (name === 'w:sdtPr' || name === 'w:sdtEndPr') inContentControlProperties--;
    } else {
      closeElement(name, event.selfClosing);
    }
  });
  finishParagraph();
  flushCarried();
  while (tables.length > 0) finishTable();
  return { paragraphs, hasText };

  /** Whether the alternative opening now is the one to read: the first of its alternate content. */
  function takeAlternative(): boolean {
    const taken = alternativesTaken[alternativesTaken.length - 1];
    if (taken === undefined) return true;
    alternativesTaken[alternativesTaken.length - 1] = true;
    return !taken;
  }

  /**
   * A table's rows as lines of ` | `-separated cells. A table of one column is a frame laid around
   * paragraphs (a web page saved as Word): its paragraphs are read as paragraphs.
   */
  function finishTable(): void {
    const table = tables.pop()!;
    finishCell(table);
    const rows = table.rows.filter((row) => !row.deleted);
    const into = destination();
    if (rows.every((row) => row.cellElements <= 1)) {
      for (const row of rows) for (const cellParagraph of row.cells.flat()) into.push(cellParagraph);
      return;
    }
    for (const row of rows) {
      const cells = [...row.cells, ...emptyCells(row.after)].map(cellText);
      into.push({ text: tableLine(cells), row: true, cells });
    }
  }

  /** The cell being read joins its row, with an empty cell for each further grid column it spans. */
  function finishCell(table: TableDraft): void {
    const row = table.rows[table.rows.length - 1];
    if (table.cell && row) {
      row.cells.push(table.cell, ...emptyCells(table.cellSpan - 1));
      row.cellElements++;
    }
    table.cell = undefined;
  }

  function openElement(event: Extract<XmlEvent, { kind: 'open' }>): void {
    const value = event.attributes['w:val'];
    switch (event.name) {
      case 'w:p':
        finishParagraph();
        paragraph = { text: '', inContents: contentsFields > 0 || contentsControls > 0, markRemoved: false };
        break;
      case 'w:pPr': inParagraphProperties = !event.selfClosing; break;
      case 'w:pStyle': if (paragraph && inParagraphProperties) paragraph.style = value; break;
      case 'w:numId': if (paragraph && inParagraphProperties) paragraph.numId = value; break;
      case 'w:ilvl': if (paragraph && inParagraphProperties) paragraph.ilvl = levelIndex(value); break;
      case 'w:outlineLvl': if (paragraph && inParagraphProperties) paragraph.outlineLevel = decimalNumber(value); break;
      case 'w:jc': if (paragraph && inParagraphProperties && !inRunProperties) paragraph.align = value; break;
      case 'w:rPr': inRunProperties = !event.selfClosing; break;
      case 'w:rFonts': if (inRunProperties && !inParagraphProperties) runFont = event.attributes['w:ascii'] ?? event.attributes['w:hAnsi']; break;
      case 'w:vanish':
        if (inRunProperties && inParagraphProperties) {
          if (paragraph && isOn(value)) paragraph.markRemoved = true;
        } else if (inRunProperties) {
          runHidden = isOn(value);
        }
        break;
      case 'w:r': runHidden = false; runFont = undefined; break;
      case 'w:del': case 'w:moveFrom':
        // Inside a paragraph mark's properties it marks the mark deleted; in a row's, the row; elsewhere it holds what was deleted.
        if (inRunProperties && inParagraphProperties) {
          if (paragraph) paragraph.markRemoved = true;
        } else if (inRowProperties) {
          const row = tableRead()?.rows.at(-1);
          if (row && event.name === 'w:del') row.deleted = true;
        } else if (!event.selfClosing) {
          removed++;
        }
        break;
      case 'w:tab': case 'w:ptab': if (!inParagraphProperties) append('\t'); break;
      case 'w:br': case 'w:cr': {
        // A soft break is a line break; a page or column break parts the lines it stands between (LibreOffice
        // splits the paragraph there), and at either end of the paragraph adds no line.
        const type = event.attributes['w:type'];
        if (type === undefined || type === 'textWrapping') append('\n');
        else if (paragraph && paragraph.text.length > 0 && !inParagraphProperties && shown()) paragraph.breakPending = true;
        break;
      }
      case 'w:noBreakHyphen': append('-'); break;
      case 'w:sym': {
        const code = parseInt(event.attributes['w:char'] ?? '', 16);
        if (Number.isInteger(code) && code > 0 && code <= 0xffff) append(symbolCharacter(code, event.attributes['w:font']) ?? String.fromCharCode(code));
        break;
      }
      case 'w:fldChar': fieldCharacter(event.attributes['w:fldCharType']); break;
      case 'w:fldSimple':
        if (!event.selfClosing) openField({ instruction: event.attributes['w:instr'] ?? '', showingResult: true });
        break;
      // A chunk of HTML, RTF or another document Word imports on opening (OA systems write whole bodies so): text this reader cannot show.
      case 'w:altChunk': hasText = true; break;
      case 'w:sdt': contentControls.push(false); break;
      case 'w:sdtPr': case 'w:sdtEndPr': if (!event.selfClosing) inContentControlProperties = 1; break;
      case 'mc:AlternateContent': if (!event.selfClosing) alternativesTaken.push(false); break;
      case 'w:tbl':
        finishParagraph();
        flushCarried();
        if (tables.length < MAX_TABLE_NESTING) tables.push({ rows: [], cellSpan: 1 });
        else tablesBeyond++;
        break;
      case 'w:tr': tableRead()?.rows.push({ cells: [], cellElements: 0, after: 0, deleted: false }); break;
      case 'w:trPr': inRowProperties = !event.selfClosing; break;
      case 'w:gridBefore': case 'w:gridAfter': {
        const row = inRowProperties ? tableRead()?.rows.at(-1) : undefined;
        if (row && event.name === 'w:gridBefore') row.cells.push(...emptyCells(gridCount(value)));
        else if (row) row.after = gridCount(value);
        break;
      }
      case 'w:gridSpan': {
        const table = tableRead();
        if (table?.cell) table.cellSpan = Math.max(1, gridCount(value));
        break;
      }
      case 'w:tc': {
        const table = tableRead();
        if (table) {
          table.cell = [];
          table.cellSpan = 1;
        }
        break;
      }
    }
    if (paragraph && (contentsFields > 0 || contentsControls > 0)) paragraph.inContents = true;
  }

  function closeElement(name: string, selfClosing: boolean): void {
    switch (name) {
      case 'w:pPr': inParagraphProperties = false; break;
      case 'w:rPr': inRunProperties = false; break;
      case 'w:trPr': inRowProperties = false; break;
      case 'w:del': case 'w:moveFrom': if (!selfClosing && !inParagraphProperties && !inRowProperties) removed = Math.max(0, removed - 1); break;
      case 'w:p': finishParagraph(); break;
      case 'w:fldSimple': closeField(); break;
      case 'w:sdt': if (contentControls.pop()) contentsControls--; break;
      case 'mc:AlternateContent': if (!selfClosing) alternativesTaken.pop(); break;
      case 'w:tc': {
        finishParagraph();
        flushCarried();
        const table = tableRead();
        if (table) finishCell(table);
        break;
      }
      case 'w:tbl':
        if (tablesBeyond > 0) tablesBeyond--;
        else if (tables.length > 0) finishTable();
        break;
    }
  }

  function fieldCharacter(type: string | undefined): void {
    const top = fields[fields.length - 1];
    if (type === 'begin') {
      openField({ instruction: '', showingResult: false });
    } else if (type === 'separate' && top && !top.showingResult) {
      top.showingResult = true;
      fieldsInInstruction--;
      if (isContentsField(top)) contentsFields++;
    } else if (type === 'end') {
      closeField();
    }
  }

  function openField(field: Field): void {
    fields.push(field);
    if (!field.showingResult) fieldsInInstruction++;
    else if (isContentsField(field)) contentsFields++;
  }

  function closeField(): void {
    const field = fields.pop();
    if (!field) return;
    if (!field.showingResult) fieldsInInstruction--;
    else if (isContentsField(field)) contentsFields--;
  }
}

/** A table of contents: Word's `TOC` field (its instruction is read into the innermost field that shows it). */
function isContentsField(field: Field): boolean {
  return /^\s*TOC\b/i.test(field.instruction);
}

/**
 * A paragraph's text after its number, with what Word draws between them: nothing after a 公文
 * marker that the text cannot run into (`一、标题`, as writers type it), else the tab or blank of
 * the level's `w:suff` (`第一章\t研究背景`, `1.\t5万人次`), and nothing where the level says so.
 */
function withNumber(number: NumberLabel | undefined, text: string): string {
  if (number === undefined || number.label.length === 0) return text;
  const { label, suffix } = number;
  if (suffix === 'nothing' || text.length === 0) return label + text;
  const marker = readMarker(label, 0);
  if (marker?.end === label.length && readMarker(label + text, 0)?.end === label.length) return label + text;
  return label + (suffix === 'space' ? ' ' : '\t') + text;
}

/** Text that begins with a number of another kind than a 公文 marker: `第一章`, `1.1`, `IV.`, `a)`. */
const OTHER_NUMBER = /^[\s\u3000]*(?:第[一二三四五六七八九十百零〇两\d０-９]+[章节篇部条编]|[\d０-９]+(?:[.．][\d０-９]+)+|[IVXLC]+[.、．]|[A-Za-z][.、．)）])/;
const MAX_GONGWEN_LEVEL = 5;

/** The title at the top: the centred or Title-styled paragraphs from the first one with text. */
function titleBlock(paragraphs: readonly Paragraph[]): { start: number; end: number } {
  const start = paragraphs.findIndex((paragraph) => paragraph.text.trim().length > 0);
  let end = start;
  while (end >= 0 && end < paragraphs.length && (paragraphs[end]!.align === 'center' || paragraphs[end]!.title) && !paragraphs[end]!.row
    && !paragraphs[end]!.contents && paragraphs[end]!.text.trim().length > 0) end++;
  return { start, end };
}

/**
 * Headings styled as headings (Heading N / 标题 N, an outline level) that carry no number: the text
 * form knows a heading by its 公文 marker alone, so where no styled heading of a level has a number
 * (automatic, typed, or of another kind such as `第一章`), its headings get the markers of the 公文
 * level they stand at (the highest styled level is `一、`, the next `（一）` …, counted as Word
 * would count a list). A level that numbers any of its headings is left as written; titles (the
 * title block, Title-styled, centred, or a report's title) are never numbered.
 */
function withStyledHeadings(paragraphs: Paragraph[]): Paragraph[] {
  const title = titleBlock(paragraphs);
  // Titles are no sections: the title block, Title-styled, centred, or a report's title (a 汇编 styles each report's title as a heading for its contents).
  const isHeading = (paragraph: Paragraph, index: number) => paragraph.outlineLevel !== undefined && !paragraph.row && !paragraph.title
    && paragraph.align !== 'center' && (index < title.start || index >= title.end) && paragraph.text.trim().length > 0
    && readTitle(withoutBlanks(paragraph.text)) === undefined;
  const numberedLevels = new Set<number>();
  let highest = Number.POSITIVE_INFINITY;
  paragraphs.forEach((paragraph, index) => {
    if (!isHeading(paragraph, index)) return;
    highest = Math.min(highest, paragraph.outlineLevel!);
    if (paragraph.numbered || OTHER_NUMBER.test(paragraph.text)) numberedLevels.add(paragraph.outlineLevel!);
  });
  const counts: number[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (!isHeading(paragraph, index)) return;
    const level = paragraph.outlineLevel! - highest + 1;
    counts.length = level + 1;
    counts[level] = (counts[level] ?? 0) + 1;
    if (level > MAX_GONGWEN_LEVEL || numberedLevels.has(paragraph.outlineLevel!)) return;
    paragraph.text = formatMarker(level as HeadingLevel, counts[level]!) + paragraph.text.replace(/^[\s\u3000]+/, '');
    paragraph.numbered = true;
  });
  return paragraphs;
}

function isContentsHeader(text: string): boolean {
  return toSimplified(withoutBlanks(text)) === '目录';
}

/**
 * The lines of the text: a blank line after the title block and before the right-aligned
 * paragraphs at the end (the signature and date); a contents block headed by `目录` (added where the
 * document has none above its entries) and closed by a blank line; empty paragraphs run together
 * into one blank line, none at either end.
 */
function linesOf(paragraphs: readonly Paragraph[]): string {
  const lines: string[] = [];
  const blank = () => {
    if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
  };
  const lastLine = () => {
    for (let index = lines.length - 1; index >= 0; index--) if (lines[index] !== '') return lines[index]!;
    return '';
  };
  const title = titleBlock(paragraphs);
  let signatureStart = paragraphs.length;
  while (signatureStart > 0 && (paragraphs[signatureStart - 1]!.text.trim().length === 0 || isRight(paragraphs[signatureStart - 1]!.align))) signatureStart--;
  let inContents = false;
  paragraphs.forEach((paragraph, index) => {
    if (index === signatureStart && signatureStart < paragraphs.length) blank();
    const text = paragraph.text;
    const entry = paragraph.contents === true && text.trim().length > 0 && !isContentsHeader(text);
    if (entry && !inContents && !isContentsHeader(lastLine())) {
      blank();
      lines.push('目录');
    }
    if (!entry && inContents && text.trim().length > 0) blank();
    if (text.trim().length > 0) inContents = entry;
    if (text.trim().length === 0) blank();
    else for (const line of text.split('\n')) lines.push(withoutTrailingBlanks(line));
    if (index === title.end - 1 && title.end > title.start) blank();
  });
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** A line without the blanks at its end (by a loop: a regex would go back over a long run of blanks inside the line at every start). */
function withoutTrailingBlanks(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t' || line[end - 1] === '\u3000')) end--;
  return end === line.length ? line : line.slice(0, end);
}

function isRight(align: string | undefined): boolean {
  return align === 'right' || align === 'end';
}
