/**
 * Hostile Word files, built here from bytes: zips that lie about their sizes, numbering bombs, odd
 * namespaces, prefixes and encodings, a main part elsewhere, markup in attribute values, DTDs. Each
 * ends with a correct import or a one-line message and status 2, and the work it takes is bounded
 * (a deflate stream that turns corrupt past the point a bounded reader stops at proves it stopped).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { importFile } from '../server/src/cli/import';
import { CliIo } from '../server/src/cli/io';
import { DocxError, docxErrorMessage } from '../server/src/service/docx/errors';
import { ImportDocxRequest } from '../server/src/protocol';
import { MAX_PART_BYTES, readDocx } from '../server/src/service/docx/readDocx';
import { strToU8, zipSync } from 'fflate';
import { LspClient } from './helpers/lspClient';
import { tempFolder } from './helpers/tempFolders';
import { WORDPROCESSING, level, numbered, paragraph, relationships, wordDocument, wordPackage, wordParts } from './helpers/wordDocument';

const CLI = join(__dirname, '..', 'dist', 'cli.js');

/** Deflate data written bit by bit: fixed-Huffman blocks of runs of zeros, byte-aligned by empty stored blocks. */
class DeflateWriter {
  private readonly bytes: number[] = [];
  private bits = 0;
  private count = 0;

  /** `count` bits of `value`, least significant first (block headers, extra bits). */
  write(value: number, count: number): this {
    for (let index = 0; index < count; index++) this.pushBit((value >> index) & 1);
    return this;
  }

  /** A Huffman code, most significant bit first. */
  code(value: number, length: number): this {
    for (let index = length - 1; index >= 0; index--) this.pushBit((value >> index) & 1);
    return this;
  }

  /** A fixed-Huffman block: a literal zero first (if asked), then `runs` copies of 258 bytes at distance 1; then an empty stored block to align. */
  zeroBlock(runs: number, literal: boolean): this {
    this.write(0, 1).write(1, 2);
    if (literal) this.code(0x30, 8);
    for (let run = 0; run < runs; run++) this.code(0xc5, 8).code(0, 5);
    this.code(0, 7);
    this.write(0, 3).align();
    this.bytes.push(0, 0, 0xff, 0xff);
    return this;
  }

  private pushBit(bit: number): void {
    this.bits |= bit << this.count;
    if (++this.count === 8) this.align();
  }

  private align(): void {
    if (this.count === 0) return;
    this.bytes.push(this.bits);
    this.bits = 0;
    this.count = 0;
  }

  done(): Uint8Array {
    this.align();
    return Uint8Array.from(this.bytes);
  }
}

const RUNS_PER_BLOCK = 1000;
/** What one zero block inflates to. */
const BLOCK_OUTPUT = RUNS_PER_BLOCK * 258;

/**
 * A deflate stream of `blocks` blocks of zeros (each 258,000 bytes), then an invalid block: an
 * inflater that gets that far fails with a damaged-data error instead of stopping for size.
 */
function zerosThenCorrupt(blocks: number): Uint8Array {
  const first = new DeflateWriter().zeroBlock(RUNS_PER_BLOCK, true).done();
  const next = new DeflateWriter().zeroBlock(RUNS_PER_BLOCK, false).done();
  const stream = new Uint8Array(first.length + next.length * (blocks - 1) + 1);
  stream.set(first, 0);
  for (let block = 1; block < blocks; block++) stream.set(next, first.length + next.length * (block - 1));
  // BFINAL 0, BTYPE 11: a reserved block type.
  stream[stream.length - 1] = 0b110;
  return stream;
}

/** A zip whose `word/document.xml` holds the raw deflate `data` and declares that it inflates to `declaredSize` bytes. */
function documentDeclaring(data: Uint8Array, declaredSize: number): Uint8Array {
  const files: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const [name, text] of Object.entries(wordParts({ body: '' }))) files[name] = [strToU8(text), { level: 0 }];
  files['word/document.xml'] = [data, { level: 0 }];
  const bytes = zipSync(files);
  // Stored as it is, then marked deflated and of the declared size in the local and central headers.
  const view = new DataView(bytes.buffer);
  const name = strToU8('word/document.xml');
  const named = (at: number) => name.every((byte, index) => bytes[at + index] === byte);
  for (let at = 0; at + 46 < bytes.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && named(at + 30)) {
      view.setUint16(at + 8, 8, true);
      view.setUint32(at + 22, declaredSize, true);
    } else if (signature === 0x02014b50 && named(at + 46)) {
      view.setUint16(at + 10, 8, true);
      view.setUint32(at + 24, declaredSize, true);
    }
  }
  return bytes;
}

const STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** A document whose main part is `xml`, the rest as Word writes it. */
function withDocumentXml(xml: string | Uint8Array, more: Record<string, string | Uint8Array> = {}): Uint8Array {
  return wordPackage({ ...wordParts({ body: '' }), 'word/document.xml': xml, ...more });
}

/** Two headings numbered by a list, a title and a paragraph, with WordprocessingML bound as `bind` says (`xmlns:x="…"` and prefix `x:`, or the default namespace with prefix ''). */
function boundAs(namespace: string, prefix: string, unprefixedAttributes = false): Uint8Array {
  const p = prefix ? `${prefix}:` : '';
  const a = unprefixedAttributes ? '' : p;
  const declaration = prefix ? `xmlns:${prefix}="${namespace}"` : `xmlns="${namespace}"`;
  const body = `<${p}p><${p}pPr><${p}jc ${a}val="center"/></${p}pPr><${p}r><${p}t>县司法局2023年法治政府建设年度报告</${p}t></${p}r></${p}p>`
    + `<${p}p><${p}pPr><${p}numPr><${p}ilvl ${a}val="0"/><${p}numId ${a}val="1"/></${p}numPr></${p}pPr><${p}r><${p}t>主要举措和成效</${p}t></${p}r></${p}p>`
    + `<${p}p><${p}r><${p}t xml:space="preserve">全年办结</${p}t></${p}r><${p}r><${p}tab/><${p}t>96件。</${p}t></${p}r></${p}p>`
    + `<${p}p><${p}pPr><${p}numPr><${p}ilvl ${a}val="0"/><${p}numId ${a}val="1"/></${p}numPr></${p}pPr><${p}r><${p}t>存在的不足</${p}t></${p}r></${p}p>`;
  const numbering = `${DECLARATION}<${p}numbering ${declaration}><${p}abstractNum ${a}abstractNumId="0"><${p}lvl ${a}ilvl="0"><${p}start ${a}val="1"/><${p}numFmt ${a}val="chineseCounting"/><${p}lvlText ${a}val="%1、"/></${p}lvl></${p}abstractNum><${p}num ${a}numId="1"><${p}abstractNumId ${a}val="0"/></${p}num></${p}numbering>`;
  return withDocumentXml(`${DECLARATION}<${p}document ${declaration}><${p}body>${body}</${p}body></${p}document>`,
    { 'word/numbering.xml': numbering, 'word/_rels/document.xml.rels': relationships(['numbering', 'numbering.xml']) });
}
const BOUND_TEXT = '县司法局2023年法治政府建设年度报告\n\n一、主要举措和成效\n全年办结\t96件。\n二、存在的不足\n';

const ENCODED_BODY = [paragraph('县司法局2023年法治政府建设年度报告', '<w:jc w:val="center"/>'), paragraph('一、主要举措和成效'), paragraph('（一）强化“关键少数”学法用法')].join('');

/** The same paragraphs with the document part in `encoding`, as its XML declaration says (`declared`), with a byte-order mark or not. */
function encoded(encoding: string, bom: boolean, declared: string): Uint8Array {
  const xml = wordParts({ body: ENCODED_BODY })['word/document.xml']!.replace('encoding="UTF-8"', `encoding="${declared}"`);
  return withDocumentXml(new Uint8Array(iconv.encode(xml, encoding, { addBOM: bom })));
}
const ENCODED_TEXT = '县司法局2023年法治政府建设年度报告\n\n一、主要举措和成效\n（一）强化“关键少数”学法用法\n';

/** Numbering whose values are outside anything Word accepts. */
function numberingBomb(levels: string, paragraphs: string): Uint8Array {
  return wordDocument({ body: paragraphs, numbering: `<w:abstractNum w:abstractNumId="0">${levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` });
}

type Outcome = string | DocxError['reason'];

const HOSTILE: Record<string, { bytes: () => Uint8Array; outcome: Outcome }> = {
  'sizes that lie: 1,000 bytes declared, 16 MB of zeros inside': { bytes: () => documentDeclaring(zerosThenCorrupt(64), 1000), outcome: 'tooLarge' },
  'sizes that lie: the cap declared, 66 MB inside': { bytes: () => documentDeclaring(zerosThenCorrupt(256), MAX_PART_BYTES), outcome: 'tooLarge' },
  'a part declaring 2 GB': { bytes: () => documentDeclaring(zerosThenCorrupt(2), 0x7fffffff), outcome: 'tooLarge' },
  'a part declaring a Zip64 size': { bytes: () => documentDeclaring(zerosThenCorrupt(2), 0xffffffff), outcome: 'tooLarge' },
  'damaged deflate data': { bytes: () => documentDeclaring(zerosThenCorrupt(1), 2 * BLOCK_OUTPUT), outcome: 'broken' },
  'billion laughs': {
    bytes: () => withDocumentXml(`${DECLARATION}<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]><w:document xmlns:w="${WORDPROCESSING}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`),
    outcome: 'broken',
  },
  'an external entity': {
    bytes: () => withDocumentXml(`${DECLARATION}<!DOCTYPE d [<!ENTITY secret SYSTEM "file:///etc/passwd">]><w:document xmlns:w="${WORDPROCESSING}"><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>`),
    outcome: 'broken',
  },
  'an undefined entity': { bytes: () => withDocumentXml(`<w:document xmlns:w="${WORDPROCESSING}"><w:body><w:p><w:r><w:t>全年&nbsp;办结</w:t></w:r></w:p></w:body></w:document>`), outcome: 'broken' },
  'XML cut short': { bytes: () => wordDocument({ body: '<w:p><w:r><w:t>未闭合' }), outcome: 'broken' },
  'WordprocessingML bound to the prefix x': { bytes: () => boundAs(WORDPROCESSING, 'x'), outcome: BOUND_TEXT },
  'WordprocessingML as the default namespace': { bytes: () => boundAs(WORDPROCESSING, ''), outcome: BOUND_TEXT },
  'the default namespace with unprefixed attributes': { bytes: () => boundAs(WORDPROCESSING, '', true), outcome: BOUND_TEXT },
  'Strict Open XML': { bytes: () => boundAs(STRICT, 'w'), outcome: BOUND_TEXT },
  'w: bound to an unknown namespace': { bytes: () => boundAs('urn:not-word', 'w'), outcome: 'noText' },
  'UTF-16LE with a byte-order mark': { bytes: () => encoded('utf-16le', true, 'UTF-16'), outcome: ENCODED_TEXT },
  'UTF-16BE with a byte-order mark': { bytes: () => encoded('utf-16be', true, 'UTF-16'), outcome: ENCODED_TEXT },
  'UTF-16LE without a byte-order mark': { bytes: () => encoded('utf-16le', false, 'UTF-16'), outcome: ENCODED_TEXT },
  'UTF-8 with a byte-order mark': { bytes: () => encoded('utf-8', true, 'UTF-8'), outcome: ENCODED_TEXT },
  'a GBK part': { bytes: () => encoded('gbk', false, 'GBK'), outcome: ENCODED_TEXT },
  'a GB2312 part': { bytes: () => encoded('gbk', false, 'gb2312'), outcome: ENCODED_TEXT },
  'a GB18030 part': { bytes: () => encoded('gb18030', false, 'GB18030'), outcome: ENCODED_TEXT },
  'an encoding no one knows': { bytes: () => encoded('utf-8', false, 'x-unheard-of'), outcome: 'broken' },
  'the main part elsewhere, numbering through its relationships': {
    bytes: () => {
      const parts = wordParts({ body: [numbered('主要举措和成效', 1, 0), numbered('强化理论武装', 1, 1)].join(''), numbering: `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、')}${level(1, 'chineseCounting', '（%2）')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` });
      return wordPackage({
        '[Content_Types].xml': parts['[Content_Types].xml']!,
        '_rels/.rels': relationships(['officeDocument', '/content/main.xml']),
        'content/main.xml': parts['word/document.xml']!,
        'content/_rels/main.xml.rels': relationships(['numbering', '../lists/list%20one.xml']),
        'lists/list one.xml': parts['word/numbering.xml']!,
        // A decoy where the reader used to look.
        'word/document.xml': parts['word/document.xml']!.replace('主要举措和成效', '诱饵'),
      });
    },
    outcome: '一、主要举措和成效\n（一）强化理论武装\n',
  },
  'a main part the relationships name but the zip lacks': { bytes: () => wordPackage({ '_rels/.rels': relationships(['officeDocument', 'word/missing.xml']), 'word/document.xml': '<x/>' }), outcome: 'notWord' },
  'no package relationships at all': {
    bytes: () => wordPackage({ 'word/document.xml': wordParts({ body: paragraph('一、主要举措和成效') })['word/document.xml']! }),
    outcome: '一、主要举措和成效\n',
  },
  'markup inside attribute values': {
    bytes: () => wordDocument({ body: `<w:p w:rsidR="a>b&gt;c"><w:pPr><w:pStyle w:val="x>1"/></w:pPr><w:r w:rsidRPr='"quoted>"'><w:t xml:space="preserve">正文一</w:t></w:r></w:p><w:p><w:r><w:t>正文二&lt;w:t&gt;</w:t></w:r></w:p>` }),
    outcome: '正文一\n正文二<w:t>\n',
  },
  'lowerLetter numbering from 200,000,000': {
    bytes: () => numberingBomb(level(0, 'lowerLetter', '%1.', 200_000_000), numbered('甲项', 1, 0) + numbered('乙项', 1, 0)),
    outcome: 'g.\t甲项\nh.\t乙项\n',
  },
  'upperLetter from −100, decimal from 1e11 and 1e308, level 1.5, 99 and −3': {
    bytes: () => numberingBomb(level(0, 'upperLetter', '%1)', -100) + '<w:lvl w:ilvl="1"><w:start w:val="100000000000"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1e308"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3、"/></w:lvl>',
      [numbered('甲', 1, 0), numbered('乙', 1, 1), numbered('丙', 1, 2), '<w:p><w:pPr><w:numPr><w:ilvl w:val="1.5"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>丁</w:t></w:r></w:p>',
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="99"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>戊</w:t></w:r></w:p>', '<w:p><w:pPr><w:numPr><w:ilvl w:val="-3"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>己</w:t></w:r></w:p>'].join('')),
    outcome: '0)\t甲\n32767.\t乙\n0、\t丙\nA)\t丁\n戊\nB)\t己\n',
  },
  'labels of 255 characters on 200,000 empty paragraphs (51 million characters)': {
    bytes: () => numberingBomb(level(0, 'upperRoman', '%1'.repeat(32), 3888), '<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:p>'.repeat(200_000)),
    outcome: 'tooLarge',
  },
  'a paragraph of 200,000 soft breaks': { bytes: () => wordDocument({ body: `<w:p><w:r><w:t>a</w:t>${'<w:br/><w:t>a</w:t>'.repeat(200_000)}</w:r></w:p>` }), outcome: 'a\n'.repeat(200_001) },
  '200,000 blanks inside a line': {
    bytes: () => wordDocument({ body: `<w:p><w:r><w:t xml:space="preserve">${' '.repeat(100_000)}x${' '.repeat(100_000)}</w:t></w:r></w:p>` }),
    outcome: `${' '.repeat(100_000)}x\n`,
  },
  // Each cell spanning 63 columns would give 63 cells: 600,000 of them in a part of 30 MB, 100 KB zipped.
  'a row of 600,000 cells each spanning 63 columns': {
    bytes: () => wordDocument({ body: `<w:tbl><w:tr>${'<w:tc><w:tcPr><w:gridSpan w:val="63"/></w:tcPr></w:tc>'.repeat(600_000)}</w:tr><w:tr><w:tc/><w:tc/></w:tr></w:tbl>` }),
    outcome: 'tooLarge',
  },
  '300,000 rows starting and ending 63 columns short': {
    bytes: () => wordDocument({ body: `<w:tbl>${'<w:tr><w:trPr><w:gridBefore w:val="63"/><w:gridAfter w:val="63"/></w:trPr><w:tc/><w:tc/></w:tr>'.repeat(300_000)}</w:tbl>` }),
    outcome: 'tooLarge',
  },
  'a span of 10^15 columns, and a negative one': {
    bytes: () => wordDocument({ body: '<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="999999999999999"/></w:tcPr><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val="-5"/></w:tcPr><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' }),
    outcome: `| 甲 |${' |'.repeat(62)} 乙 |\n`,
  },
  // Namespaces resolved by walking up the open elements made this quadratic: 20,000 levels took 25 s.
  'content controls nested 200,000 deep': {
    bytes: () => wordDocument({ body: `${'<w:sdt><w:sdtContent>'.repeat(200_000)}<w:p><w:r><w:t>正文</w:t></w:r></w:p>${'</w:sdtContent></w:sdt>'.repeat(200_000)}` }),
    outcome: '正文\n',
  },
  'a namespace declared on each of 100,000 nested elements, the innermost rebinding w:': {
    bytes: () => wordDocument({ body: `<w:p>${Array.from({ length: 100_000 }, (_, index) => `<w:customXml xmlns:n${index}="urn:n${index}">`).join('')}<x:r xmlns:x="${WORDPROCESSING}"><x:t>深处</x:t></x:r>${'</w:customXml>'.repeat(100_000)}<w:r><w:t>之后</w:t></w:r></w:p>` }),
    outcome: '深处之后\n',
  },
  // Each table of one column gives its paragraphs to the cell around it: copied at every level, 20,000 levels took 32 s.
  'one-cell tables nested 20,000 deep, a paragraph in each': {
    bytes: () => wordDocument({ body: `${'<w:tbl><w:tr><w:tc><w:p><w:r><w:t>层</w:t></w:r></w:p>'.repeat(20_000)}${'</w:tc></w:tr></w:tbl>'.repeat(20_000)}` }),
    outcome: '层\n'.repeat(20_000),
  },
  // An OA system's document: the body is an HTML chunk Word imports when it opens the file (w:altChunk), none of it WordprocessingML.
  'a body that is only an embedded HTML chunk (altChunk)': {
    bytes: () => {
      const parts = wordParts({ body: '<w:altChunk r:id="htmlChunk"/>' });
      return wordPackage({
        ...parts,
        'word/_rels/document.xml.rels': relationships(['aFChunk', 'afchunk.htm']).replace('rId1', 'htmlChunk'),
        'word/afchunk.htm': '<html><body><p>XX县2023年法治政府建设年度报告</p><p>一、主要工作</p></body></html>',
      });
    },
    outcome: 'noText',
  },
  'Roman numerals from 32767': {
    bytes: () => numberingBomb(level(0, 'upperRoman', '%1.', 99_999), numbered('甲', 1, 0)),
    outcome: 'MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMDCCLXVII.\t甲\n',
  },
};

function outcomeOf(bytes: Uint8Array): Outcome {
  try {
    return readDocx(bytes);
  } catch (error) {
    if (error instanceof DocxError) return error.reason;
    throw error;
  }
}

describe('hostile Word files', () => {
  for (const [what, { bytes, outcome }] of Object.entries(HOSTILE)) {
    it(`${what}: ${outcome.includes('\n') ? 'read as Word shows it' : outcome}`, () => assert.equal(outcomeOf(bytes()), outcome));
  }

  it('bounds the text a numbering bomb can make: a 10,000-placeholder level text on 20,000 paragraphs', () => {
    const paragraphs = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:p>'.repeat(20_000);
    const bytes = numberingBomb(level(0, 'lowerLetter', '%1'.repeat(10_000), 32_000), paragraphs);
    assert.ok(bytes.length < 20_000, `${bytes.length} bytes`);
    const text = readDocx(bytes);
    const lines = text.split('\n');
    assert.equal(lines.length, 20_001);
    // The level text is cut at 64 characters (32 placeholders); 32,000 in letters is t.
    assert.equal(lines[0], 't'.repeat(32));
  });

  it('the CLI ends every hostile file with one line and status 2, or the text and status 0', function () {
    // 35 processes, some reading 200,000 paragraphs: no timing is asserted, but a loaded machine needs the time.
    this.timeout(180_000);
    const folder = tempFolder('fazhi-hostile-docx-');
    for (const [index, { bytes, outcome }] of Object.values(HOSTILE).entries()) {
      const file = join(folder, `${index}.docx`);
      writeFileSync(file, bytes());
      const run = spawnSync(process.execPath, [CLI, 'import', file], { encoding: 'utf8', maxBuffer: 1 << 26 });
      if (outcome.includes('\n')) {
        assert.deepEqual([run.status, run.stdout, run.stderr], [0, outcome, ''], file);
      } else {
        assert.equal(run.status, 2, `${file}: ${run.stderr}`);
        assert.equal(run.stdout, '');
        assert.match(run.stderr, /^fazhi-report: “[^\n]*\n$/, file);
      }
    }
  });

  it('says what is wrong in one line, a part too large included, and never shows a stack trace', () => {
    const io = (bytes: Uint8Array) => {
      const err: string[] = [];
      const cli = { readBytes: () => bytes, stdout: () => undefined, stderr: (text: string) => void err.push(text) } as unknown as CliIo;
      return { cli, err };
    };
    const message = (bytes: Uint8Array) => {
      const { cli, err } = io(bytes);
      assert.equal(importFile('a.docx', undefined, false, 'zh-cn', cli, String), 2);
      return err.join('');
    };
    assert.equal(message(documentDeclaring(zerosThenCorrupt(2), 0x7fffffff)), 'fazhi-report: “a.docx”太大，不像是一篇报告（word/document.xml）\n');
    assert.equal(message(boundAs('urn:not-word', 'w')), 'fazhi-report: “a.docx”中有文字，却读不出正文（word/document.xml）：文字不在 Word 正文的段落里\n');
    assert.match(message(HOSTILE['billion laughs']!.bytes()), /^fazhi-report: “a\.docx”已损坏，无法读取（word\/document\.xml：DTD）\n$/);
    const unexpected = new RangeError('Invalid array length\n    at readBody (readDocx.ts:1:1)');
    assert.equal(docxErrorMessage(unexpected, 'a.docx', 'en'), 'could not read "a.docx": Invalid array length');
  });

  it('over LSP: a precise message for each hostile file, and the server goes on answering', async () => {
    const client = new LspClient();
    await client.initialize({ locale: 'zh-cn' });
    const send = (bytes: Uint8Array) => client.connection.sendRequest(ImportDocxRequest.method, { data: Buffer.from(bytes).toString('base64'), name: '报告.docx' });
    try {
      assert.deepEqual(await send(documentDeclaring(zerosThenCorrupt(64), 1000)), { error: 'tooLarge', message: '“报告.docx”太大，不像是一篇报告（word/document.xml）' });
      assert.deepEqual(await send(HOSTILE['an undefined entity']!.bytes()), { error: 'broken', message: '“报告.docx”已损坏，无法读取（word/document.xml：1:114: undefined entity.）' });
      assert.deepEqual(await send(HOSTILE['lowerLetter numbering from 200,000,000']!.bytes()), { text: 'g.\t甲项\nh.\t乙项\n' });
      assert.deepEqual(await send(new Uint8Array([1, 2, 3])), { error: 'notZip', message: '“报告.docx”不是 Word 文档（.docx）' });
      // The extension's fazhiReport.messageLanguage chooses the words.
      assert.deepEqual(await client.connection.sendRequest(ImportDocxRequest.method, { data: '', name: 'a.docx', messageLanguage: 'en' }), { error: 'notZip', message: '"a.docx" is not a Word document (.docx)' });
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });
});
