/**
 * The Word reader: a `.docx` (bytes) as the plain text a writer would type (SPEC 2) — every
 * paragraph a line, Word's automatic numbers written out as markers (`一、` `（一）` `1.`), soft
 * breaks as line breaks, tabs kept, table rows as lines of ` | `-separated cells, a field's
 * displayed text; deleted revisions, hidden text, footnotes, comments, headers and footers left
 * out. A blank line follows the title (the centred paragraphs at the top) and stands before the
 * right-aligned signature and date at the end.
 */
import { Unzipped, unzipSync } from 'fflate';
import { NumberingCounters, readNumbering } from './numbering';
import { scanXml } from './xml';

export class DocxError extends Error {
  constructor(readonly reason: 'notZip' | 'notWord' | 'tooLarge') {
    super(reason);
  }
}

/** No report comes near these; a zip bomb would. */
const MAX_DOCX_BYTES = 64 * 1024 * 1024;
const MAX_PART_BYTES = 256 * 1024 * 1024;
const PARTS = new Set(['word/document.xml', 'word/numbering.xml', 'word/styles.xml']);
const SKIPPED = new Set(['w:drawing', 'w:pict', 'w:object', 'mc:AlternateContent']);

interface StyleNumbering {
  readonly numId?: string;
  readonly ilvl?: number;
  readonly basedOn?: string;
  readonly jc?: string;
}

/** Paragraph styles: the numbering and alignment they give, and the style they are based on. */
function readStyles(xml: string | undefined): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  if (xml === undefined) return styles;
  let current: { id: string; numId?: string; ilvl?: number; basedOn?: string; jc?: string } | undefined;
  let inParagraphProperties = false;
  scanXml(xml, (event) => {
    if (event.kind === 'open') {
      const value = event.attributes['w:val'];
      if (event.name === 'w:style') current = event.attributes['w:type'] === 'paragraph' ? { id: event.attributes['w:styleId'] ?? '' } : undefined;
      else if (!current) return;
      else if (event.name === 'w:pPr') inParagraphProperties = true;
      else if (event.name === 'w:basedOn') current.basedOn = value;
      else if (event.name === 'w:numId' && inParagraphProperties) current.numId = value;
      else if (event.name === 'w:ilvl' && inParagraphProperties) current.ilvl = Number(value) || 0;
      else if (event.name === 'w:jc' && inParagraphProperties) current.jc = value;
    } else if (event.kind === 'close') {
      if (event.name === 'w:pPr') inParagraphProperties = false;
      if (event.name === 'w:style' && current) {
        styles.set(current.id, current);
        current = undefined;
      }
    }
  });
  return styles;
}

/** A style's property, looked for along its `basedOn` chain. */
function inherited<K extends keyof StyleNumbering>(styles: ReadonlyMap<string, StyleNumbering>, id: string | undefined, key: K): StyleNumbering[K] | undefined {
  for (let depth = 0, style = id === undefined ? undefined : styles.get(id); style && depth < 20; depth++, style = style.basedOn === undefined ? undefined : styles.get(style.basedOn)) {
    if (style[key] !== undefined) return style[key];
  }
  return undefined;
}

interface Paragraph {
  text: string;
  align?: string;
  /** A paragraph that is a table row. */
  row?: boolean;
}

export function readDocx(bytes: Uint8Array): string {
  if (bytes.length > MAX_DOCX_BYTES) throw new DocxError('tooLarge');
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new DocxError('notZip');
  let parts: Unzipped;
  try {
    parts = unzipSync(bytes, { filter: (file) => PARTS.has(file.name) && file.originalSize <= MAX_PART_BYTES });
  } catch {
    throw new DocxError('notZip');
  }
  const decoder = new TextDecoder('utf-8');
  const part = (name: string) => (parts[name] ? decoder.decode(parts[name]) : undefined);
  const document = part('word/document.xml');
  if (document === undefined) throw new DocxError('notWord');
  const styles = readStyles(part('word/styles.xml'));
  const counters = new NumberingCounters(readNumbering(part('word/numbering.xml')));
  return linesOf(paragraphsOf(document, styles, counters));
}

/** The paragraphs of `word/document.xml`, each with its number written out, and table rows as paragraphs of cells. */
function paragraphsOf(xml: string, styles: ReadonlyMap<string, StyleNumbering>, counters: NumberingCounters): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let paragraph: { text: string; style?: string; numId?: string; ilvl?: number; align?: string; inProperties: boolean } | undefined;
  /** Nesting of what is skipped: deleted text, hidden runs' text, field instructions. */
  let deleted = 0;
  let inText = false;
  let hidden = false;
  let inRunProperties = false;
  // Complex fields: the instruction (between begin and separate) is not shown, the result is.
  let fieldDepth = 0;
  let fieldShowing = true;
  // Tables, perhaps nested: the cells of the row being read.
  const rows: string[][] = [];
  let cell: string[] | undefined;
  const cellStack: (string[] | undefined)[] = [];
  const finishParagraph = () => {
    if (!paragraph) return;
    const styleNumId = paragraph.numId ?? inherited(styles, paragraph.style, 'numId');
    const ilvl = paragraph.ilvl ?? inherited(styles, paragraph.style, 'ilvl') ?? 0;
    const number = styleNumId === undefined ? undefined : counters.next(styleNumId, ilvl);
    // A number is written before the text, as a writer types it; Word puts a tab or a blank after some: not in a 公文 marker.
    const text = (number ?? '') + paragraph.text;
    const align = paragraph.align ?? inherited(styles, paragraph.style, 'jc');
    if (cell) cell.push(text);
    else paragraphs.push({ text, align });
    paragraph = undefined;
  };
  // Drawings, text boxes and embedded objects hold paragraphs of their own: not the report's text.
  let skipped = 0;
  let selfClosingSkip = false;
  scanXml(xml, (event) => {
    if (event.kind !== 'text' && SKIPPED.has(event.name)) {
      // A self-closing element is reported as an opening and a closing: it skips nothing.
      if (event.kind === 'open') selfClosingSkip = event.selfClosing;
      if (!selfClosingSkip) skipped = Math.max(0, skipped + (event.kind === 'open' ? 1 : -1));
      return;
    }
    if (skipped > 0) return;
    if (event.kind === 'open') {
      const value = event.attributes['w:val'];
      switch (event.name) {
        case 'w:p': paragraph = { text: '', inProperties: false }; break;
        case 'w:pPr': if (paragraph) paragraph.inProperties = true; break;
        case 'w:pStyle': if (paragraph?.inProperties) paragraph.style = value; break;
        case 'w:numId': if (paragraph?.inProperties) paragraph.numId = value; break;
        case 'w:ilvl': if (paragraph?.inProperties) paragraph.ilvl = Number(value) || 0; break;
        case 'w:jc': if (paragraph?.inProperties && !inRunProperties) paragraph.align = value; break;
        case 'w:rPr': inRunProperties = true; break;
        case 'w:vanish': if (inRunProperties && !paragraph?.inProperties) hidden = value !== '0' && value !== 'false'; break;
        case 'w:r': hidden = false; break;
        case 'w:del': case 'w:moveFrom': deleted++; break;
        case 'w:t': inText = !event.selfClosing; break;
        case 'w:tab': if (paragraph && !paragraph.inProperties && visible()) paragraph.text += '\t'; break;
        case 'w:br': case 'w:cr':
          // A page or column break is no line of text; a soft break is.
          if (paragraph && visible() && (event.attributes['w:type'] === undefined || event.attributes['w:type'] === 'textWrapping')) paragraph.text += '\n';
          break;
        case 'w:noBreakHyphen': if (paragraph && visible()) paragraph.text += '-'; break;
        case 'w:fldChar': {
          const type = event.attributes['w:fldCharType'];
          if (type === 'begin') {
            fieldDepth++;
            fieldShowing = false;
          } else if (type === 'separate') {
            fieldShowing = true;
          } else if (type === 'end') {
            fieldDepth = Math.max(0, fieldDepth - 1);
            fieldShowing = true;
          }
          break;
        }
        case 'w:tbl': cellStack.push(cell); cell = undefined; break;
        case 'w:tr': rows.push([]); break;
        case 'w:tc': cell = []; break;
      }
    } else if (event.kind === 'close') {
      switch (event.name) {
        case 'w:pPr': if (paragraph) paragraph.inProperties = false; break;
        case 'w:rPr': inRunProperties = false; break;
        case 'w:t': inText = false; break;
        case 'w:del': case 'w:moveFrom': deleted = Math.max(0, deleted - 1); break;
        case 'w:p': finishParagraph(); break;
        case 'w:tc':
          if (cell) rows[rows.length - 1]?.push(cell.join(' ').replace(/\n/g, ' ').trim());
          cell = undefined;
          break;
        case 'w:tr': {
          const row = rows.pop();
          if (row) paragraphs.push({ text: row.join(' | '), row: true });
          break;
        }
        case 'w:tbl': cell = cellStack.pop(); break;
      }
    } else if (inText && paragraph && visible()) {
      paragraph.text += event.text;
    }
  });
  return paragraphs;

  function visible(): boolean {
    return deleted === 0 && !hidden && (fieldDepth === 0 || fieldShowing);
  }
}

/**
 * The lines of the text: a blank line after the centred paragraphs at the top (the title) and
 * before the right-aligned ones at the end (the signature and date); empty paragraphs run
 * together into one blank line, none at either end.
 */
function linesOf(paragraphs: readonly Paragraph[]): string {
  const lines: string[] = [];
  const blank = () => {
    if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
  };
  const firstContent = paragraphs.findIndex((paragraph) => paragraph.text.trim().length > 0);
  let titleEnd = firstContent;
  while (titleEnd >= 0 && titleEnd < paragraphs.length && paragraphs[titleEnd]!.align === 'center' && paragraphs[titleEnd]!.text.trim().length > 0) titleEnd++;
  let signatureStart = paragraphs.length;
  while (signatureStart > 0 && (paragraphs[signatureStart - 1]!.text.trim().length === 0 || isRight(paragraphs[signatureStart - 1]!.align))) signatureStart--;
  paragraphs.forEach((paragraph, index) => {
    if (index === signatureStart && signatureStart < paragraphs.length) blank();
    const text = paragraph.text.replace(/[ \t\u3000]+$/gm, '');
    if (text.trim().length === 0) blank();
    else lines.push(...text.split('\n'));
    if (index === titleEnd - 1 && titleEnd > firstContent) blank();
  });
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function isRight(align: string | undefined): boolean {
  return align === 'right' || align === 'end';
}
