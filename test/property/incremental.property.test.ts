/**
 * A service that keeps one document open through a sequence of edits (each version made from the one
 * before, as keystrokes, pastes and deleted lines make them) finds exactly what a fresh service finds
 * in the same text: the findings a line keeps from the version before, moved with it, are the ones
 * it would get afresh. 250 sequences of 40 edits: 10,000 edits in all.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { DEFAULT_SETTINGS, parseSettings } from '../../server/src/service/settings';
import type { Finding } from '../../server/src/service/checks/types';
import { createLanguageService } from '../../server/src/service/languageService';
import { reportLine, reportText } from '../helpers/arbitraries';
import { sourceOf } from '../helpers/documents';

/** The settings an edit is checked under: changing them between versions must not keep findings made under others. */
const SETTINGS = [DEFAULT_SETTINGS, parseSettings({ messageLanguage: 'en' }), parseSettings({ allowedWords: ['重点', '台帐', 'LED'] })];

/** At a place (a fraction of the text), delete some characters and insert a piece: a keystroke, a pasted line, a line break, a deleted line. */
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 2 }, { arbitrary: fc.integer({ min: 4, max: 40 }), weight: 1 }),
  insert: fc.oneof(
    { arbitrary: fc.constantFrom('', '法', ',', '，', '“', '”', '(', ')', ' ', '的', '。', '…', '2', '２'), weight: 4 },
    { arbitrary: fc.constantFrom('\n', '\r\n', '\r'), weight: 2 },
    { arbitrary: reportLine.map((line) => `${line}\n`), weight: 1 },
  ),
  settings: fc.constantFrom(0, 0, 0, 1, 2),
});

/** What a finding says, its fix's edits worked out. */
function plain(findings: readonly Finding[]) {
  return findings.map((finding) => ({ ...finding, fix: finding.fix && { title: finding.fix.title, safe: finding.fix.safe, edits: finding.fix.edits } }));
}

describe('incremental findings (fast-check)', () => {
  it('after every edit of a sequence, the findings equal a fresh analysis of the text', () => {
    const kept = createLanguageService({ locale: 'zh-cn' });
    let document = 0;
    fc.assert(fc.property(reportText, fc.array(edit, { minLength: 40, maxLength: 40 }), (start, edits) => {
      const uri = `file:///incremental-${++document}.fzbg`;
      let text = start;
      kept.getFindings(sourceOf(text, uri, 0));
      edits.forEach(({ at, remove, insert, settings }, index) => {
        const offset = Math.floor(at * text.length);
        text = text.slice(0, offset) + insert + text.slice(offset + remove);
        const chosen = SETTINGS[settings]!;
        const fresh = createLanguageService({ locale: 'zh-cn' }).getFindings(sourceOf(text, uri, 1), chosen);
        assert.deepEqual(plain(kept.getFindings(sourceOf(text, uri, index + 1), chosen)), plain(fresh), `after edit ${index + 1}: ${JSON.stringify(text)}`);
      });
      kept.forget(uri);
    }), { numRuns: 250 });
  });
});
