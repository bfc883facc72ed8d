/** The limit on diagnostics per document (`fazhiReport.maxNumberOfProblems`): which are kept, and the notice of the rest. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { DEFAULT_SETTINGS, Settings, parseSettings } from '../../server/src/service/settings';
import { createLanguageService } from '../../server/src/service/languageService';
import { FIXTURES, sourceOf } from '../helpers/documents';

// 16 findings: 13 warnings, an info at 0:0 (missing-section), a hint at 19:20 and an info at 22:0 (date-format).
const SAMPLE = sourceOf(readFileSync(join(FIXTURES, 'sample', 'sample-report.fzbg'), 'utf8'));
const ALL_CODES = [
  'missing-section', 'placeholder', 'placeholder', 'placeholder', 'numbering-punctuation', 'bracket-width', 'placeholder', 'placeholder',
  'numbering-sequence', 'inline-enumeration', 'substitute-character', 'section-year', 'heading-punctuation', 'web-residue', 'placeholder', 'date-format',
];

const service = createLanguageService({ locale: 'zh-cn' });
const codesUnder = (settings: Partial<Settings>) => service.getDiagnostics(SAMPLE, { ...DEFAULT_SETTINGS, ...settings }).map((diagnostic) => diagnostic.code);

describe('the limit on problems per document', () => {
  it('sends every finding when they fit, or when the limit is 0', () => {
    assert.deepEqual(codesUnder({}), ALL_CODES);
    assert.deepEqual(codesUnder({ maxNumberOfProblems: 16 }), ALL_CODES);
    assert.deepEqual(codesUnder({ maxNumberOfProblems: 0 }), ALL_CODES);
  });

  it('keeps the most severe in document order, one place left for a notice at the top', () => {
    // The 13 warnings and the first info make 14; the hint and the later info are left out.
    assert.deepEqual(codesUnder({ maxNumberOfProblems: 15 }), [
      'problems-limited', ...ALL_CODES.filter((code) => code !== 'heading-punctuation' && code !== 'date-format'),
    ]);
    const [notice] = service.getDiagnostics(SAMPLE, { ...DEFAULT_SETTINGS, maxNumberOfProblems: 15 });
    assert.deepEqual(notice, {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      code: 'problems-limited',
      source: '法治报告助手',
      message: '本文档共有 16 个问题，这里只列出最严重的 14 个（上限由设置 fazhiReport.maxNumberOfProblems 决定，0 表示不限）；命令行检查器列出全部',
    });
  });

  it('lets an error at the end of the document in before the warnings above it', () => {
    const diagnostics = service.getDiagnostics(SAMPLE, { ...DEFAULT_SETTINGS, severities: { 'date-format': 'error' }, maxNumberOfProblems: 3 });
    assert.deepEqual(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line, diagnostic.severity]), [
      ['problems-limited', 0, DiagnosticSeverity.Information],
      ['placeholder', 0, DiagnosticSeverity.Warning],
      ['date-format', 22, DiagnosticSeverity.Error],
    ]);
  });

  it('sends only the notice under a limit of 1, in the user\'s language', () => {
    const english = createLanguageService({ locale: 'en' }).getDiagnostics(SAMPLE, { ...DEFAULT_SETTINGS, maxNumberOfProblems: 1 });
    assert.deepEqual(english.map((diagnostic) => [diagnostic.code, diagnostic.message]), [[
      'problems-limited',
      'The document has 16 problems; only the 0 most severe are listed (the limit is the setting fazhiReport.maxNumberOfProblems, 0 for none); the command line lists them all',
    ]]);
  });

  it('keeps the findings themselves whole: hover, quick fixes and "fix all" still see every one', () => {
    const settings = { ...DEFAULT_SETTINGS, maxNumberOfProblems: 2 };
    assert.equal(service.getFindings(SAMPLE, settings).length, 16);
    assert.equal(service.getFixAllEdits(SAMPLE, settings).length, service.getFixAllEdits(SAMPLE).length);
  });

  it('reads the setting as a whole number from 0 up, else the default of 1000', () => {
    assert.equal(DEFAULT_SETTINGS.maxNumberOfProblems, 1000);
    assert.equal(parseSettings({ maxNumberOfProblems: 0 }).maxNumberOfProblems, 0);
    assert.equal(parseSettings({ maxNumberOfProblems: 250 }).maxNumberOfProblems, 250);
    for (const malformed of [-1, 2.5, '300', null, Number.POSITIVE_INFINITY]) {
      assert.equal(parseSettings({ maxNumberOfProblems: malformed }).maxNumberOfProblems, 1000, String(malformed));
    }
  });
});
