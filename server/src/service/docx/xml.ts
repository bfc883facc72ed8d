/**
 * The XML of a package part, read with saxes (a strict, namespace-aware streaming parser): bytes
 * decoded by their byte-order mark or XML declaration (UTF-8, UTF-16, GBK/GB18030 …), then start
 * tags, end tags and text in order. Elements and attributes are named by namespace URI, not by the
 * prefix a producer chose: WordprocessingML (transitional or strict) becomes `w:`, whatever prefix
 * or default namespace the part binds it to. A part that is not well-formed, or that declares a DTD
 * (which OPC forbids, and which is how entity bombs start), is `broken`: nothing is ever expanded.
 */
import { SaxesParser } from 'saxes';
import { DocxError } from './errors';

export type XmlEvent =
  | { readonly kind: 'open'; readonly name: string; readonly attributes: Readonly<Record<string, string>>; readonly selfClosing: boolean }
  | { readonly kind: 'close'; readonly name: string; readonly selfClosing: boolean }
  | { readonly kind: 'text'; readonly text: string };

/** Namespaces by the short names the reader uses for them; any other is written `{uri}local`. */
const PREFIXES: ReadonlyMap<string, string> = new Map([
  ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'w'],
  ['http://purl.oclc.org/ooxml/wordprocessingml/main', 'w'],
  ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'r'],
  ['http://purl.oclc.org/ooxml/officeDocument/relationships', 'r'],
  ['http://schemas.openxmlformats.org/markup-compatibility/2006', 'mc'],
  ['http://www.w3.org/XML/1998/namespace', 'xml'],
  ['http://schemas.openxmlformats.org/package/2006/relationships', 'rel'],
]);
const XMLNS = 'http://www.w3.org/2000/xmlns/';

/** Qualified names made once per namespace and local name: a part names the same few hundred elements over and over. */
const NAMES = new Map<string, Map<string, string>>();

function qualified(uri: string, local: string): string {
  if (uri === '') return local;
  let names = NAMES.get(uri);
  if (!names) {
    // A part could invent namespaces without end: beyond a few, names are not kept.
    if (NAMES.size > 64) return nameOf(uri, local);
    NAMES.set(uri, names = new Map());
  }
  let name = names.get(local);
  if (name === undefined && names.size < 4096) names.set(local, name = nameOf(uri, local));
  return name ?? nameOf(uri, local);
}

function nameOf(uri: string, local: string): string {
  const prefix = PREFIXES.get(uri);
  return prefix === undefined ? `{${uri}}${local}` : `${prefix}:${local}`;
}

/**
 * Calls `visit` for every start tag, end tag and text of a part, in order (a self-closing element
 * gives both tags); comments and processing instructions are skipped. On a WordprocessingML element
 * an attribute without a prefix is read as the WordprocessingML one when that is absent (a part
 * that binds the namespace as default and writes `val=`).
 */
export function scanXml(bytes: Uint8Array, part: string, visit: (event: XmlEvent) => void): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => {
    throw new DocxError('broken', part, error.message);
  });
  parser.on('doctype', () => {
    throw new DocxError('broken', part, 'DTD');
  });
  parser.on('opentag', (tag) => {
    const name = qualified(tag.uri, tag.local);
    const attributes: Record<string, string> = {};
    const unprefixed: [string, string][] = [];
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.uri === XMLNS || attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
      if (attribute.uri === '' && name.startsWith('w:')) unprefixed.push([attribute.local, attribute.value]);
      else attributes[qualified(attribute.uri, attribute.local)] = attribute.value;
    }
    for (const [local, value] of unprefixed) attributes[`w:${local}`] ??= value;
    visit({ kind: 'open', name, attributes, selfClosing: tag.isSelfClosing });
  });
  parser.on('closetag', (tag) => visit({ kind: 'close', name: qualified(tag.uri, tag.local), selfClosing: tag.isSelfClosing }));
  parser.on('text', (text) => visit({ kind: 'text', text }));
  parser.on('cdata', (text) => visit({ kind: 'text', text }));
  parser.write(decodeXml(bytes, part)).close();
}

/** A part's text: by its byte-order mark, else by the encoding its XML declaration names, else UTF-8. */
export function decodeXml(bytes: Uint8Array, part: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] === 0x3f && bytes[3] === 0)) return new TextDecoder('utf-16le').decode(bytes);
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0 && bytes[3] === 0x3f)) return new TextDecoder('utf-16be').decode(bytes);
  const declaration = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*(["'])([A-Za-z][\w.:-]*)\1/.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 256)));
  const label = declaration?.[2] ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    throw new DocxError('broken', part, `encoding="${label}"`);
  }
}

/**
 * Characters XML 1.0 does not allow anywhere (C0 controls but tab, line feed and carriage return;
 * U+FFFE and U+FFFF; a surrogate without its pair): a part holding one is not XML, and Word and
 * LibreOffice refuse the file.
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const MARKUP = /[&<>"']/g;
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/;

/** Text as it may stand in XML, in an element or an attribute value: forbidden characters left out, markup escaped. */
export function escapeXml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(NOT_XML, '').replace(MARKUP, (char) => ESCAPES[char]!);
}
