/** SARIF 2.1.0, the format code-scanning tools read. */
import { CHECKS } from '../service/checks/registry';
import type { Finding } from '../service/checks/types';
import type { Severity } from '../service/severity';
import type { Locale } from '../service/l10n';

const LEVELS: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export interface FileFindings {
  readonly file: string;
  readonly findings: readonly Finding[];
}

/** A path as a SARIF artifact URI: forward slashes, percent-encoded. */
function artifactUri(file: string): string {
  return encodeURI(file.replace(/\\/g, '/'));
}

export function toSarif(results: readonly FileFindings[], version: string, locale: Locale): unknown {
  const ruleIndex = new Map(CHECKS.map((check, index) => [check.id, index]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'fazhi-report',
          fullName: '法治报告助手 (Rule-of-law Report Assistant)',
          version,
          rules: CHECKS.map((check) => ({
            id: check.id,
            shortDescription: { text: check.description[locale] },
            defaultConfiguration: { level: LEVELS[check.defaultSeverity] },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results: results.flatMap(({ file, findings }) => findings.map((finding) => ({
        ruleId: finding.code,
        ruleIndex: ruleIndex.get(finding.code),
        level: LEVELS[finding.severity],
        message: { text: finding.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: artifactUri(file) },
            region: {
              startLine: finding.range.start.line + 1,
              startColumn: finding.range.start.character + 1,
              endLine: finding.range.end.line + 1,
              endColumn: finding.range.end.character + 1,
            },
          },
        }],
      }))),
    }],
  };
}
