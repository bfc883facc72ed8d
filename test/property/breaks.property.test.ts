/**
 * Fix-all and the line breaks of a text (issue 23): it never joins two lines (it deletes whole lines
 * or changes text within one), and the only breaks it puts in stand where a copy lost one — after a
 * sentence's end, before a heading's marker or a title that follows blanks, after a heading or a title
 * the body ran on after — never inside a sentence (`现将我局2022年法治政府建设情况报告如下：` stays one line).
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { TextEdit } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service/languageService';
import { readMarker } from '../../server/src/service/model/markers';
import { withoutBlanks } from '../../server/src/service/model/text';
import { readTitle } from '../../server/src/service/model/titles';
import { sourceOf } from '../helpers/documents';
import { reportLine } from '../helpers/arbitraries';

/** Sentences that name a report, and lines that lost their breaks, as copies hold them. */
const runOnPieces = fc.constantFrom(
  '现将我局2022年法治政府建设情况报告如下：', '如对本年度报告有疑问，请与办公室联系。', '对照“2021年度法治政府建设情况报告”中提出的问题，已全部整改。',
  '按照《关于做好2022年度法治政府建设年度报告工作的通知》要求，现将有关情况报告如下：', '本年报根据《中华人民共和国政府信息公开条例》编制。',
  '2023年，我局取得新成效。一、坚持党的领导（一）强化理论武装。二、存在的不足和原因 一是学习不够。', 'XX局2023年法治政府建设年度报告 一、主要举措和成效（一）依法行政。',
  'XX局2023年法治政府建设年度报告2023年，我局坚持依法行政。', '无障碍 关怀版 XX局2023年法治政府建设年度报告 2023年，我局依法行政。',
  '一、存在的不足和原因 2023年以来，我局', '（三）党政主要负责人履行第一责任人职责情况。区委书记带头。', '我局2023年法治政府建设年度报告已按时报送。',
  '公文汇 www.gongwenhui.net', '一、主要举措和成效公文汇 www.gongwenhui.net', '，', '。', ' ', '我局', '依法行政',
);
const copyLine = fc.array(runOnPieces, { minLength: 1, maxLength: 5 }).map((pieces) => pieces.join(''));
const copyText = fc.array(fc.tuple(fc.oneof({ arbitrary: copyLine, weight: 2 }, { arbitrary: reportLine, weight: 1 }), fc.constantFrom('\n', '\r\n')), { maxLength: 25 })
  .map((lines) => lines.map(([line, end]) => line + end).join(''));

const service = createLanguageService();
let version = 0;
const SENTENCE_END = /[。！？；：!?;:]$/;
const BLANKS = /^[ \t\u3000\u00a0]+$/;
const BODY_YEAR = /^\d{4}年/;

/** Whether a line ends at `index`: LF, CR, or the CR of a CRLF (the model's line breaks). */
function breaksAt(text: string, index: number): boolean {
  return text[index] === '\n' || (text[index] === '\r' && text[index + 1] !== '\n');
}

/** Offsets of the line starts of a text. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) if (breaksAt(text, index)) starts.push(index + 1);
  return starts;
}

/** The text with the edits applied, each character labelled with the line it came from (-1 inserted, or a blank). */
function applyLabelled(text: string, edits: readonly TextEdit[]): { readonly text: string; readonly labels: number[] } {
  const starts = lineStarts(text);
  const labels: number[] = [];
  let line = 0;
  for (let index = 0; index < text.length; index++) {
    while (line + 1 < starts.length && starts[line + 1]! <= index) line++;
    labels.push(/\s|\u3000/.test(text[index]!) ? -1 : line);
  }
  let result = text;
  const offset = (position: { line: number; character: number }) => starts[position.line]! + position.character;
  for (const edit of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    const [from, to] = [offset(edit.range.start), offset(edit.range.end)];
    result = result.slice(0, from) + edit.newText + result.slice(to);
    labels.splice(from, to - from, ...new Array<number>(edit.newText.length).fill(-1));
  }
  return { text: result, labels };
}

describe('fix-all and line breaks (fast-check)', () => {
  it('never joins two lines that were separate', () => {
    fc.assert(fc.property(copyText, (text) => {
      const edits = service.getFixAllEdits(sourceOf(text, 'file:///breaks', ++version));
      const { text: fixed, labels } = applyLabelled(text, edits);
      let sources = new Set<number>();
      for (let index = 0; index <= fixed.length; index++) {
        if (index === fixed.length || breaksAt(fixed, index)) {
          assert.ok(sources.size <= 1, `a line of the fixed text holds text of lines ${[...sources].join(', ')}: ${JSON.stringify(fixed)}`);
          sources = new Set();
        } else if (labels[index]! >= 0) {
          sources.add(labels[index]!);
        }
      }
    }), { numRuns: 300 });
  });

  it('never splits a sentence: a break it puts in follows a sentence\'s end, precedes a marker, or follows a heading or title the body ran on after', () => {
    fc.assert(fc.property(copyText, (text) => {
      const lines = text.split(/\r\n|\r|\n/);
      const edits = service.getFixAllEdits(sourceOf(text, 'file:///breaks', ++version));
      for (const edit of edits) {
        if (!/[\r\n]/.test(edit.newText)) continue;
        const line = lines[edit.range.start.line]!;
        assert.equal(edit.range.end.line, edit.range.start.line);
        const removed = line.slice(edit.range.start.character, edit.range.end.character);
        // The line before the break as the other edits leave it: from the break before it, page chrome before a title deleted.
        const earlier = edits.filter((other) => other !== edit && other.range.start.line === edit.range.start.line && other.range.end.character <= edit.range.start.character);
        let from = 0;
        for (const other of earlier) if (/[\r\n]/.test(other.newText)) from = Math.max(from, other.range.end.character);
        let before = '';
        for (let at = from; at < edit.range.start.character; at++) {
          if (!earlier.some((other) => other.newText === '' && other.range.start.character <= at && at < other.range.end.character)) before += line[at];
        }
        before = before.trimEnd();
        // The sentence the break would end: from the last sentence end before it.
        const sentence = before.slice(Math.max(...[...'。！？；：!?;:'].map((mark) => before.lastIndexOf(mark))) + 1).trim();
        const after = line.slice(edit.range.end.character).trimStart();
        const blanks = removed.length > 0 && BLANKS.test(removed);
        const allowed = before === '' || after === '' || SENTENCE_END.test(before) || readMarker(after, 0) !== undefined
          || (blanks && (readMarker(before.trimStart(), 0) !== undefined || readTitle(after.split(/[ \t\u3000]/)[0]!) !== undefined))
          || ((blanks || BODY_YEAR.test(after)) && readTitle(withoutBlanks(sentence)) !== undefined);
        assert.ok(allowed, `a break inside a sentence: ${JSON.stringify(before)} | ${JSON.stringify(after)}`);
      }
    }), { numRuns: 300 });
  });

  it('breaks after a heading whose title holds a time (`一、8:30…  正文`), a counterexample of the property itself', () => {
    const text = '一、8:30八五普法  一一一一一一一一一一\n';
    const breaks = service.getFixAllEdits(sourceOf(text, 'file:///breaks', ++version)).filter((edit) => edit.newText.includes('\n'));
    assert.deepEqual(breaks.map((edit) => [edit.range.start.character, edit.range.end.character]), [[10, 12]]);
  });

  it('keeps an opening formula that names the report whole (the counterexample of issue 23)', () => {
    const text = 'XX局2023年法治政府建设年度报告\n2022年，我局依法行政。现将我局2022年法治政府建设情况报告如下：\n一、主要举措和成效\n';
    assert.deepEqual(service.getFixAllEdits(sourceOf(text, 'file:///breaks', ++version)), []);
  });
});
