import { strict as assert } from 'node:assert';
import { formatMarker, readHeadingTitle, readMarker } from '../../server/src/service/model/markers';

/** The marker at the start of `text` as [level, value, marker text, delimiter], or undefined. */
function markerOf(text: string) {
  const marker = readMarker(text, 0);
  return marker && [marker.level, marker.value, text.slice(marker.start, marker.end), marker.delimiter];
}

describe('heading markers (SPEC 2.2)', () => {
  it('reads level 1 with every delimiter variant', () => {
    assert.deepEqual(markerOf('一、总体情况'), [1, 1, '一、', '、']);
    assert.deepEqual(markerOf('十二．其他'), [1, 12, '十二．', '．']);
    assert.deepEqual(markerOf('三.工作'), [1, 3, '三.', '.']);
    assert.deepEqual(markerOf('四，工作'), [1, 4, '四，', '，']);
    assert.deepEqual(markerOf('五,工作'), [1, 5, '五,', ',']);
    assert.deepEqual(markerOf('六)工作'), [1, 6, '六)', ')']);
    assert.deepEqual(markerOf('九十九、最后'), [1, 99, '九十九、', '、']);
  });

  it('reads level 2 with full-width, half-width and mixed brackets', () => {
    assert.deepEqual(markerOf('（一）加强领导'), [2, 1, '（一）', '']);
    assert.deepEqual(markerOf('(二)加强领导'), [2, 2, '(二)', '']);
    assert.deepEqual(markerOf('（三)加强领导'), [2, 3, '（三)', '']);
    assert.deepEqual(markerOf('(十一）加强领导'), [2, 11, '(十一）', '']);
    assert.deepEqual(markerOf('（四）、加强领导'), [2, 4, '（四）、', '、']);
    assert.deepEqual(markerOf('（五）.加强领导'), [2, 5, '（五）.', '.']);
  });

  it('reads level 3 but not decimals or numbers followed by a space', () => {
    assert.deepEqual(markerOf('1.推进登记便利化'), [3, 1, '1.', '.']);
    assert.deepEqual(markerOf('12、推进'), [3, 12, '12、', '、']);
    assert.deepEqual(markerOf('3．推进'), [3, 3, '3．', '．']);
    assert.deepEqual(markerOf('4，推进'), [3, 4, '4，', '，']);
    assert.deepEqual(markerOf('4. 加强规范性文件'), [3, 4, '4.', '.']);
    assert.equal(markerOf('1.5万人次参加'), undefined);
    assert.equal(markerOf('2021 年以来'), undefined);
    assert.equal(markerOf('2023年，我局'), undefined);
    assert.equal(markerOf('3、4月份开展'), undefined);
    assert.equal(markerOf('123.五'), undefined);
    assert.equal(markerOf('0.工作'), undefined);
  });

  it('reads level 4 and level 5', () => {
    assert.deepEqual(markerOf('（1）建立台账'), [4, 1, '（1）', '']);
    assert.deepEqual(markerOf('(2)建立台账'), [4, 2, '(2)', '']);
    assert.deepEqual(markerOf('(3）、建立台账'), [4, 3, '(3）、', '、']);
    assert.deepEqual(markerOf('①建立台账'), [5, 1, '①', '']);
    assert.deepEqual(markerOf('⑳建立台账'), [5, 20, '⑳', '']);
    assert.deepEqual(markerOf('②、建立台账'), [5, 2, '②、', '、']);
  });

  it('does not take words or inline enumerations for headings', () => {
    for (const text of ['一是压缩时限', '一年来，我局', '一些问题', '第一，加强', '十分重要', '（2021-2025年）', '（一', '一二三、', '', '无']) {
      assert.equal(markerOf(text), undefined, text);
    }
  });

  it('finds the marker after indentation only where told', () => {
    const text = '\u3000\u3000（三）打好执法“组合拳”';
    assert.equal(readMarker(text, 0), undefined);
    assert.deepEqual(readMarker(text, 2), {
      level: 2, value: 3, start: 2, end: 5, numeralStart: 3, numeralEnd: 4, openBracket: '（', closeBracket: '）', delimiter: '',
    });
  });

  it('writes canonical markers', () => {
    assert.deepEqual([formatMarker(1, 11), formatMarker(2, 3), formatMarker(3, 10), formatMarker(4, 2), formatMarker(5, 4)],
      ['十一、', '（三）', '10.', '（2）', '④']);
  });

  it('cuts run-in titles at the first 。 and keeps standalone titles whole', () => {
    const titleSentence = '1.推进市场主体登记便利化。一是压缩……';
    assert.deepEqual(readHeadingTitle(titleSentence, 2), { start: 2, end: 13, titleSentence: true });
    assert.equal(titleSentence.slice(2, 13), '推进市场主体登记便利化');
    assert.deepEqual(readHeadingTitle('八、其他需要报告的情况。  ', 2), { start: 2, end: 12, titleSentence: false });
    assert.deepEqual(readHeadingTitle('（四）', 3), { start: 3, end: 3, titleSentence: false });
    assert.deepEqual(readHeadingTitle('1. 加强组织领导 ', 2), { start: 3, end: 9, titleSentence: false });
  });
});

describe('canonical markers beyond their range', () => {
  it('fall back to Arabic digits instead of failing', () => {
    assert.deepEqual([formatMarker(1, 100), formatMarker(2, 1001), formatMarker(5, 21), formatMarker(1, 0)], ['100、', '（1001）', '（21）', '0、']);
  });
});
