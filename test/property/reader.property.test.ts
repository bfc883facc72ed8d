/**
 * The Word reader gives back every paragraph's text, whatever characters XML allows it to hold,
 * whatever prefix binds WordprocessingML and whatever encoding the part is in.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { readDocx } from '../../server/src/service/docx/readDocx';
import { WORDPROCESSING, escape, wordPackage, wordParts } from '../helpers/wordDocument';

/** A code point XML 1.0 allows in text, other than line breaks, tabs and the private-use symbol-font range. */
const xmlCharacter = fc.oneof(
  fc.integer({ min: 0x20, max: 0x7e }),
  fc.integer({ min: 0xa0, max: 0xd7ff }),
  fc.integer({ min: 0xf100, max: 0xfffd }),
  fc.integer({ min: 0x10000, max: 0x10ffff }),
  fc.constantFrom(0x3000, 0x4e00, 0x3001, 0xff08, 0x26, 0x3c, 0x3e, 0x22, 0x27),
).map((code) => String.fromCodePoint(code));

/** Paragraph text that begins and ends with a letter (blanks at a line's end are not kept, nor are blank lines). */
const paragraphText = fc.array(xmlCharacter, { maxLength: 30 }).map((characters) => `甲${characters.join('')}乙`);

describe('Word reader (fast-check)', () => {
  it('reads every paragraph back under any prefix or the default namespace, in UTF-8, UTF-16 or GB18030', () => {
    const prefix = fc.constantFrom('w', 'x', 'wordml', '');
    const encoding = fc.constantFrom('utf-8', 'utf-16le', 'utf-16be', 'gb18030');
    fc.assert(fc.property(fc.array(paragraphText, { minLength: 1, maxLength: 8 }), prefix, encoding, (paragraphs, name, charset) => {
      const p = name ? `${name}:` : '';
      const body = paragraphs.map((text) => `<${p}p><${p}r><${p}t xml:space="preserve">${escape(text)}</${p}t></${p}r></${p}p>`).join('');
      const xml = `<?xml version="1.0" encoding="${charset}"?><${p}document ${name ? `xmlns:${name}` : 'xmlns'}="${WORDPROCESSING}"><${p}body>${body}</${p}body></${p}document>`;
      const document = new Uint8Array(iconv.encode(xml, charset, { addBOM: charset.startsWith('utf-16') }));
      const bytes = wordPackage({ ...wordParts({ body: '' }), 'word/document.xml': document });
      assert.equal(readDocx(bytes), `${paragraphs.join('\n')}\n`);
    }), { numRuns: 200 });
  });
});
