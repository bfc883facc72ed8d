import { strict as assert } from 'node:assert';
import { formatChineseNumeral, formatCircledNumber, parseChineseNumeral } from '../../server/src/service/model/numerals';

describe('Chinese numerals', () => {
  it('reads every numeral from 一 to 九十九 and writes it back', () => {
    for (let value = 1; value <= 99; value++) {
      const numeral = formatChineseNumeral(value);
      assert.equal(parseChineseNumeral(numeral), value, numeral);
    }
  });

  it('writes tens the way headings do', () => {
    assert.deepEqual([10, 11, 20, 21, 99].map(formatChineseNumeral), ['十', '十一', '二十', '二十一', '九十九']);
  });

  it('rejects malformed numerals', () => {
    for (const numeral of ['', '一十', '十十', '一二', '二十十', '百', '一百', '二十一二', '〇']) {
      assert.equal(parseChineseNumeral(numeral), undefined, numeral);
    }
  });

  it('refuses values it cannot write', () => {
    assert.throws(() => formatChineseNumeral(0), RangeError);
    assert.throws(() => formatChineseNumeral(100), RangeError);
    assert.equal(formatCircledNumber(20), '⑳');
    assert.throws(() => formatCircledNumber(21), RangeError);
  });
});
