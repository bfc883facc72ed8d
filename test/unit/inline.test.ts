import { strict as assert } from 'node:assert';
import { scanInline } from '../../server/src/service/model/inline';

const marks = (text: string) => scanInline(text).marks.map((mark) => `${mark.kind}:${text.slice(mark.start, mark.end)}`);

describe('inline scan', () => {
  it('finds nothing past the ends of a line', () => {
    for (const text of ['（', '【', '(', 'X', '某', '〇', '#', '##', '是', '_', '*', '开会（', '截至X', '##abc', '一是']) {
      const expected = text === '一是' ? ['enumerator:一'] : [];
      assert.deepEqual(marks(text), expected, JSON.stringify(text));
    }
  });

  it('reads placeholder runs whole, years and units included', () => {
    assert.deepEqual(marks('20XX年X月X日，XX县××镇ＸＸ村'), ['placeholder:20XX年X月X日', 'placeholder:XX', 'placeholder:××', 'placeholder:ＸＸ']);
    assert.deepEqual(marks('〇〇局，二〇〇九年，○○○'), ['placeholder:〇〇', 'placeholder:○○○']);
    assert.deepEqual(marks('【待补充】【此处填写单位名称】【注意】（待定）（ ）【】( )'),
      ['placeholder:【待补充】', 'placeholder:【此处填写单位名称】', 'placeholder:（待定）', 'placeholder:（ ）', 'placeholder:【】', 'placeholder:( )']);
    assert.deepEqual(marks('【待补充的内容非常非常非常非常长长长长长长长长长】'), []);
    // A line that is only `（）` is a heading marker being typed, the editor having closed the bracket.
    assert.deepEqual(marks('（）'), []);
    assert.deepEqual(marks('\u3000（ ）'), []);
    assert.deepEqual(marks('【】'), ['placeholder:【】']);
    // 某 before a unit, in either script; 某些 and 某种 are words.
    assert.deepEqual(marks('某县某镇某局某单位某縣，某些方面、某种程度'), ['placeholder:某县', 'placeholder:某镇', 'placeholder:某局', 'placeholder:某单位', 'placeholder:某縣']);
    // An ordinal or a number with its digits left out; 3x3 and 3×3 multiply.
    assert.deepEqual(marks('第x次会议，编号x013，202x年，3x3篮球，3×3米'), ['placeholder:x', 'placeholder:x013', 'placeholder:202x年']);
    // A single * or _ stands for a character between Chinese ones; in a formula it is not one.
    assert.deepEqual(marks('张*同志、李_、a*b、2*3'), ['placeholder:*']);
    assert.deepEqual(marks('共（）件'), ['placeholder:（）']);
  });

  it('reads scraper markers, substitutes and enumerators', () => {
    assert.deepEqual(marks('法治##paidbegin##责任#1 ##a## ##'), ['scraper:##paidbegin##']);
    assert.deepEqual(marks('D组、入D、共产D、市ZF'), ['substitute:D', 'substitute:D', 'substitute:D', 'substitute:ZF']);
    assert.deepEqual(marks('DNA和CD机，ZFC公理'), []);
    // A D among other letters is one of a list; after 第 or 方案 it names a group or a plan; 的 alone says nothing.
    assert.deepEqual(marks('分为A组、B组、C组、D组；第D组；方案D的要求；Plan D的内容'), []);
    assert.deepEqual(marks('学习D的二十大精神'), ['substitute:D']);
    assert.deepEqual(scanInline('一是学；十二是用；统一是；二十一是').marks, [
      { kind: 'enumerator', start: 0, end: 1, value: 1 },
      { kind: 'enumerator', start: 4, end: 6, value: 12 },
      { kind: 'enumerator', start: 13, end: 16, value: 21 },
    ]);
  });

  it('flags a line advertising a material site', () => {
    assert.equal(scanInline('【哒哒素材库】——会员群+网盘群同步每日更新').advertisement, true);
    assert.equal(scanInline('欢迎加入“哒哒素材库SVIP会员”').advertisement, true);
    assert.equal(scanInline('素材丰富，网站建设').advertisement, false);
    // 素材库 is a word reports use: alone it advertises nothing.
    assert.equal(scanInline('建立全县普法宣传素材库，收录典型案例').advertisement, false);
  });
});
