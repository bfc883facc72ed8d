/**
 * The 公文 layout description (SPEC 7) of each seed, reviewed by hand as text, and the Word XML the
 * writer makes of it: page, margins, pitch, fonts per role, indents, footers, settings.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { parseSettings } from '../server/src/service/checks/settings';
import type { LayoutBlock, LayoutDocument } from '../server/src/service/layout/layout';
import { createLanguageService } from '../server/src/service/languageService';
import { FIXTURES, seeds, sourceOf } from './helpers/documents';

const service = createLanguageService();

/** One line a block: role, level, alignment, indents in characters, fonts of its runs, and its text cut short. */
function layoutText(layout: LayoutDocument): string {
  const block = (item: LayoutBlock) => {
    if (item.kind === 'table') return `table ${item.rows.length}×${item.columns.length} header=${item.headerRows} ${item.size}pt @${item.line + 1}`;
    const runs = item.runs.map((run) => `${run.font}${run.bold ? '+b' : ''}:${run.text.length > 24 ? `${run.text.slice(0, 24)}…` : run.text}`.replace(/\n/g, ' / ')).join(' | ');
    const indents = `first=${item.firstLineChars}${item.leftChars ? ` left=${item.leftChars}` : ''}${item.rightChars ? ` right=${item.rightChars}` : ''}`;
    return `${item.role}${item.level ? item.level : ''} ${item.align} ${indents}${item.keepNext ? ' keep' : ''} @${item.line + 1} ${runs}`;
  };
  const front = layout.front ? [`front: ${layout.title}`, ...layout.front.blocks.map((item) => `${block(item)}${item.kind === 'paragraph' && item.pageNumber ? ` … ${item.pageNumber}` : ''}`)] : [];
  return [...front, ...layout.reports.map((report, index) => [`report ${index + 1}: ${report.title}`, ...report.blocks.map(block)].join('\n'))].join('\n') + '\n';
}

describe('layout description of the seeds', () => {
  for (const [name, text] of seeds()) {
    it(name, () => {
      const actual = layoutText(service.getLayout(sourceOf(text, `file:///${name}`)));
      const path = join(FIXTURES, 'expected', name.replace(/\.txt$/, '.layout.txt'));
      if (process.env.UPDATE_EXPECTED === '1' || !existsSync(path)) writeFileSync(path, actual);
      assert.equal(actual, readFileSync(path, 'utf8'));
    });
  }
});

/** The parts of an exported `.docx`, as text. */
async function exportedXml(text: string, settings?: unknown): Promise<Record<string, string>> {
  const [file] = await service.exportDocx(sourceOf(text), settings === undefined ? undefined : parseSettings(settings), false, 'x');
  return Object.fromEntries(Object.entries(unzipSync(file!.data)).map(([path, data]) => [path, strFromU8(data)]));
}

const REPORT = [
  '城关区司法局',
  '2023年法治政府建设年度报告',
  '区委、区政府：',
  '2023年，我局坚持以“习近平法治思想”为指导——取得新成效。',
  '一、主要举措和成效',
  '（一）强化理论武装。全年开展集中学习12次。',
  '1.健全制度',
  '二、存在的不足和原因',
  '项目\t数量',
  '案件\t38',
  '城关区司法局',
  '2024年1月15日',
].join('\n');

describe('Word XML of the export', () => {
  let xml: Record<string, string>;
  before(async () => {
    xml = await exportedXml(REPORT);
  });

  it('A4, the GB/T 9704 margins, no document grid, odd and even footers', () => {
    const document = xml['word/document.xml']!;
    assert.match(document, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(document, /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="1389" w:gutter="0"\/>/);
    assert.match(document, /<w:docGrid w:type="default" w:linePitch="579"\/>/);
    assert.match(document, /<w:footerReference w:type="default"[^>]*\/><w:footerReference w:type="even"/);
    assert.match(xml['word/settings.xml']!, /<w:evenAndOddHeaders\/>/);
  });

  it('every paragraph outside the tables at exactly 28.95 pt with nothing before or after, and no widow control', () => {
    const paragraphs = xml['word/document.xml']!.replace(/<w:tbl>.*?<\/w:tbl>/g, '').match(/<w:p>.*?<\/w:p>/g)!;
    assert.ok(paragraphs.length >= 11);
    for (const paragraph of paragraphs) {
      assert.match(paragraph, /<w:spacing w:before="0" w:after="0" w:line="579" w:lineRule="exact"\/>/);
      assert.match(paragraph, /<w:widowControl w:val="0"\/>/);
    }
  });

  it('fonts by role on every run, Latin in Times New Roman, zh-CN, condensed body, the East Asian hint on quotes and dashes', () => {
    const runs = xml['word/document.xml']!.match(/<w:r>.*?<\/w:r>/g)!;
    const fontOf = (text: string) => runs.find((run) => run.includes(`>${text}<`))?.match(/w:eastAsia="([^"]+)"/)?.[1];
    assert.equal(fontOf('2023年法治政府建设年度报告'), '方正小标宋简体');
    assert.equal(fontOf('一、主要举措和成效'), '黑体');
    assert.equal(fontOf('（一）强化理论武装。'), '楷体_GB2312');
    assert.equal(fontOf('全年开展集中学习12次。'), '仿宋_GB2312');
    assert.equal(fontOf('1.健全制度'), '仿宋_GB2312');
    for (const run of runs) {
      assert.match(run, /w:ascii="Times New Roman"/);
      assert.match(run, /<w:lang w:val="zh-CN" w:eastAsia="zh-CN"\/>/);
      assert.ok(!/Theme/.test(run), 'no theme fonts');
    }
    const quote = runs.find((run) => run.includes('>“<'))!;
    assert.match(quote, /w:hint="eastAsia"/);
    assert.match(runs.find((run) => run.includes('>——<'))!, /w:hint="eastAsia"/);
    assert.ok(!/w:hint/.test(runs.find((run) => run.includes('>为指导<'))!));
    assert.match(runs.find((run) => run.includes('>为指导<'))!, /<w:spacing w:val="-5"\/><w:sz w:val="32"\/>/);
    assert.match(runs.find((run) => run.includes('>2023年法治政府建设年度报告<'))!, /<w:sz w:val="44"\/>/);
  });

  it('indents: two characters on body and headings, none on the title, addressee, signature, date and table cells', () => {
    const paragraphs = xml['word/document.xml']!.match(/<w:p>.*?<\/w:p>/g)!;
    const properties = (text: string, which = 0) => {
      const paragraph = paragraphs.filter((candidate) => candidate.includes(`>${text}`)).at(which)!;
      return `${paragraph.match(/<w:ind [^>]*\/>/)![0]} ${paragraph.match(/<w:jc w:val="(\w+)"/)![1]}`;
    };
    assert.equal(properties('2023年法治政府建设年度报告'), '<w:ind w:firstLine="0"/> center');
    assert.equal(properties('城关区司法局'), '<w:ind w:firstLine="0"/> center');
    assert.equal(properties('区委、区政府：'), '<w:ind w:firstLine="0"/> left');
    assert.equal(properties('一、主要举措和成效'), '<w:ind w:firstLine="630" w:firstLineChars="200"/> both');
    assert.equal(properties('2023年，我局'), '<w:ind w:firstLine="630" w:firstLineChars="200"/> both');
    // Unsealed: the date (6.56 characters) would start two characters right of the issuer's start (6 characters) and
    // end past two characters from the right: it ends there, and the issuer starts two characters left of it (§7.3.5.2).
    // Both are placed by where they start, a left indent, so that no spacing around digits moves the date.
    assert.equal(properties('城关区司法局', -1), '<w:ind w:left="5494" w:firstLine="0"/> left');
    assert.equal(properties('2024年1月15日'), '<w:ind w:left="6124" w:firstLine="0"/> left');
    const table = xml['word/document.xml']!.match(/<w:tbl>.*<\/w:tbl>/)![0];
    assert.equal(table.match(/<w:tr>/g)!.length, 2);
    assert.match(table, /<w:jc w:val="center"\/>/);
    assert.ok(!table.includes('firstLineChars'));
  });

  it('page numbers `— N —` in 4号 宋体, right on odd pages and left on even ones, one character in', () => {
    const footers = Object.entries(xml).filter(([path]) => /word\/footer\d\.xml/.test(path)).map(([, content]) => content);
    const right = footers.find((footer) => footer.includes('w:val="right"'))!;
    const left = footers.find((footer) => footer.includes('w:val="left"'))!;
    for (const footer of [right, left]) {
      // A cached number in the field, for viewers that do not update fields.
      assert.match(footer, /<w:t xml:space="preserve">— <\/w:t>.*<w:instrText xml:space="preserve"> PAGE <\/w:instrText>.*<w:fldChar w:fldCharType="separate"\/><\/w:r><w:r>.*<w:t>\d<\/w:t>.*<w:t xml:space="preserve"> —<\/w:t>/);
      assert.match(footer, /w:eastAsia="宋体"/);
      assert.match(footer, /<w:sz w:val="28"\/>/);
    }
    assert.match(right, /<w:ind w:right="280"\/>/);
    assert.match(left, /<w:ind w:left="280"\/>/);
  });

  it('follows the settings: system fonts, level 3 in bold, sealed, the document grid', async () => {
    const chosen = await exportedXml(REPORT, { export: { fontPreset: 'system', level3Bold: true, sealed: true, documentGrid: true, fonts: { body: '仿宋体' } } });
    const document = chosen['word/document.xml']!;
    assert.match(document, /w:eastAsia="黑体"[^]*一、主要举措和成效/);
    assert.match(document, /<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"\/><w:b\/>/);
    assert.match(document, /<w:b\/><w:bCs\/><w:spacing w:val="-5"\/><w:sz w:val="32"\/><w:szCs w:val="32"\/><w:lang w:val="zh-CN" w:eastAsia="zh-CN"\/><\/w:rPr><w:t xml:space="preserve">1\.健全制度/);
    assert.match(document, /w:eastAsia="仿宋体"/);
    // 28 characters across 156 mm: 15.795 pt each, 0.205 pt (841/4096) less than the font size.
    assert.match(document, /<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-841"\/>/);
    // Sealed: the date four characters from the right (starting at 28 - 4 - 6.56 characters), the issuer centred over it.
    assert.match(document, /<w:ind w:left="5494" w:firstLine="0"\/><w:jc w:val="left"\/><\/w:pPr><w:r><w:rPr>[^<]*<w:rFonts[^>]*\/><w:spacing w:val="-5"\/><w:sz w:val="32"\/><w:szCs w:val="32"\/><w:lang w:val="zh-CN" w:eastAsia="zh-CN"\/><\/w:rPr><w:t xml:space="preserve">2024年1月15日/);
    assert.match(document, /<w:ind w:left="5582" w:firstLine="0"\/><w:jc w:val="left"\/><\/w:pPr><w:r><w:rPr>[^<]*<w:rFonts[^>]*\/><w:spacing w:val="-5"\/><w:sz w:val="32"\/><w:szCs w:val="32"\/><w:lang w:val="zh-CN" w:eastAsia="zh-CN"\/><\/w:rPr><w:t xml:space="preserve">城关区司法局<\/w:t><\/w:r><\/w:p><w:p>[^]*2024年1月15日/);
  });

  it('lists every font in the font table with what Word and WPS need to substitute it', () => {
    const fonts = xml['word/fontTable.xml']!;
    const entry = (name: string) => fonts.match(new RegExp(`<w:font w:name="${name}">.*?</w:font>`))?.[0];
    assert.equal(entry('仿宋_GB2312'), '<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:panose1 w:val="02010609030101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>');
    assert.equal(entry('楷体_GB2312'), '<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/><w:panose1 w:val="02010609030101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>');
    // 方正小标宋简体 described as 宋体, so that a PC without it falls back to a 宋体 face.
    assert.equal(entry('方正小标宋简体'), '<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/><w:panose1 w:val="02010600030101010101"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>');
    assert.match(entry('黑体')!, /<w:altName w:val="SimHei"\/><w:panose1 w:val="02010609060101010101"\/>/);
    assert.match(entry('宋体')!, /<w:altName w:val="SimSun"\/>/);
    assert.match(entry('Times New Roman')!, /<w:panose1 w:val="02020603050405020304"\/><w:charset w:val="00"\/><w:family w:val="roman"\/>/);
    assert.equal(fonts.match(/<w:font /g)!.length, 6);
  });

  it('gives titles and headings their outline level, and leaves out themes, unused styles and automatic spacing around digits', () => {
    const document = xml['word/document.xml']!;
    const levelOf = (text: string) => document.match(new RegExp(`<w:p><w:pPr>(?:(?!</w:pPr>).)*<w:outlineLvl w:val="(\\d)"/></w:pPr>(?:(?!</w:p>).)*>${text}<`))?.[1];
    assert.deepEqual(['2023年法治政府建设年度报告', '一、主要举措和成效', '（一）强化理论武装。', '1.健全制度', '全年开展集中学习12次。'].map(levelOf), ['0', '1', '2', '3', '2']);
    assert.equal(levelOf('2023年，我局坚持以'), undefined);
    assert.deepEqual(Object.keys(xml).sort(), ['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'word/_rels/document.xml.rels', 'word/document.xml', 'word/fontTable.xml', 'word/footer1.xml', 'word/footer2.xml', 'word/settings.xml', 'word/styles.xml']);
    const styles = xml['word/styles.xml']!;
    assert.deepEqual([...styles.matchAll(/w:styleId="(\w+)"/g)].map((match) => match[1]), ['Normal']);
    assert.ok(!/Theme|等线|Calibri|Cambria/.test(Object.values(xml).join('')));
    assert.match(styles, /<w:pPrDefault><w:pPr><w:widowControl w:val="0"\/><w:autoSpaceDE w:val="0"\/><w:autoSpaceDN w:val="0"\/>/);
    // A heading is kept whole with the paragraph after it; a body paragraph is not.
    assert.match(document, /<w:p><w:pPr><w:keepNext\/><w:keepLines\/>(?:(?!<\/w:p>).)*>一、主要举措和成效</);
    assert.doesNotMatch(document, /<w:p><w:pPr><w:keepNext\/>(?:(?!<\/w:p>).)*>2023年，我局坚持以</);
  });
});

/** Every part of an exported `.docx` parsed by an XML 1.0 parser: the first error, or undefined. */
function xmlErrors(data: Uint8Array): string | undefined {
  for (const [path, bytes] of Object.entries(unzipSync(data))) {
    const parser = new SaxesParser({ xmlns: true });
    let error: string | undefined;
    parser.on('error', (found) => { error ??= found.message; });
    try {
      parser.write(strFromU8(bytes)).close();
    } catch (thrown) {
      error ??= String(thrown);
    }
    if (error) return `${path}: ${error}`;
  }
  return undefined;
}

describe('Word XML for any text', () => {
  it('is well-formed XML in every part, whatever the text and the font names hold', async () => {
    // Characters from the whole code-point range, lone surrogates and XML's forbidden ones among them.
    const character = fc.oneof(
      fc.integer({ min: 0, max: 0x10ffff }).map((code) => (code >= 0xd800 && code <= 0xdfff ? String.fromCharCode(code) : String.fromCodePoint(code))),
      fc.constantFrom('\u0000', '\u0008', '\u000b', '\u000c', '\u001f', '\ufffe', '\uffff', '\ud800', '\udfff', '<', '&', '"', "'", ']]>', '\t', '|', '一、', '（一）', '\n'),
    );
    const text = fc.array(character, { maxLength: 120 }).map((chars) => chars.join(''));
    await fc.assert(fc.asyncProperty(text, text, fc.constantFrom('', '<&"\'>', '仿宋\ufffe'), async (body, heading, font) => {
      const report = `县司法局2023年法治政府建设年度报告\n一、${heading}\n${body}\n项目\t${body.slice(0, 9)}\n案件\t38\n县司法局\n2024年1月15日`;
      const settings = font === '' ? undefined : parseSettings({ export: { fonts: { body: font, title: font } } });
      const [file] = await service.exportDocx(sourceOf(report), settings, false, 'x');
      assert.equal(xmlErrors(file!.data), undefined);
    }), { numRuns: 150 });
  });

  it('leaves out U+FFFE, U+FFFF, control characters and lone surrogates, and escapes font names', async () => {
    const settings = parseSettings({ export: { fonts: { body: 'A<&"\'>B' } } });
    const [file] = await service.exportDocx(sourceOf('县司法局2023年法治政府建设年度报告\n甲\ufffe乙\uffff丙\u0001丁\ud800戊'), settings, false, 'x');
    const parts = Object.fromEntries(Object.entries(unzipSync(file!.data)).map(([path, data]) => [path, strFromU8(data)]));
    assert.match(parts['word/document.xml']!, />甲乙丙丁戊</);
    assert.match(parts['word/document.xml']!, /w:eastAsia="A&lt;&amp;&quot;&apos;&gt;B"/);
    assert.match(parts['word/fontTable.xml']!, /<w:font w:name="A&lt;&amp;&quot;&apos;&gt;B"><w:charset w:val="86"\/>/);
    assert.equal(xmlErrors(file!.data), undefined);
  });
});
