/**
 * Just enough XML for WordprocessingML: a linear scan of a part into start tags (with their
 * attributes), end tags and text, entities decoded. No DTDs or namespaces resolved — Word's
 * parts use fixed prefixes (`w:`), which is how they are matched.
 */

export type XmlEvent =
  | { readonly kind: 'open'; readonly name: string; readonly attributes: Readonly<Record<string, string>>; readonly selfClosing: boolean }
  | { readonly kind: 'close'; readonly name: string }
  | { readonly kind: 'text'; readonly text: string };

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (entity, name: string) => {
    if (name.startsWith('#x')) return safeCodePoint(parseInt(name.slice(2), 16)) ?? entity;
    if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10)) ?? entity;
    return ENTITIES[name] ?? entity;
  });
}

function safeCodePoint(code: number): string | undefined {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributesOf(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (source.length === 0) return attributes;
  for (const match of source.matchAll(ATTRIBUTE)) attributes[match[1]!] = decodeEntities(match[2] ?? match[3] ?? '');
  return attributes;
}

/** Calls `visit` for every tag and text of `xml`, in order; comments, declarations and processing instructions are skipped. */
export function scanXml(xml: string, visit: (event: XmlEvent) => void): void {
  let at = 0;
  while (at < xml.length) {
    const open = xml.indexOf('<', at);
    if (open < 0) {
      visit({ kind: 'text', text: decodeEntities(xml.slice(at)) });
      return;
    }
    if (open > at) visit({ kind: 'text', text: decodeEntities(xml.slice(at, open)) });
    if (xml.startsWith('<!--', open)) {
      const end = xml.indexOf('-->', open + 4);
      at = end < 0 ? xml.length : end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', open)) {
      const end = xml.indexOf(']]>', open + 9);
      visit({ kind: 'text', text: xml.slice(open + 9, end < 0 ? xml.length : end) });
      at = end < 0 ? xml.length : end + 3;
      continue;
    }
    const close = xml.indexOf('>', open + 1);
    if (close < 0) return;
    const tag = xml.slice(open + 1, close);
    at = close + 1;
    if (tag.startsWith('?') || tag.startsWith('!')) continue;
    if (tag.startsWith('/')) {
      visit({ kind: 'close', name: tag.slice(1).trim() });
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const space = body.search(/\s/);
    const name = space < 0 ? body : body.slice(0, space);
    visit({ kind: 'open', name, attributes: space < 0 ? {} : attributesOf(body.slice(space)), selfClosing });
    if (selfClosing) visit({ kind: 'close', name });
  }
}
