/**
 * The user's settings (`fazhiReport.*`): for the checks (`checks.<id>`, `placeholders`,
 * `allowedWords`), the limits, the message language and the export layout, read from whatever the
 * client sends and never trusted to be well-formed.
 */
import { CHECK_IDS } from './checks/registry';
import type { CheckId, CheckSettings } from './checks/types';
import type { Locale } from './l10n';
import { DEFAULT_EXPORT_SETTINGS, ExportSettings, parseExportSettings } from './layout/exportSettings';
import { SEVERITIES, SeveritySetting } from './severity';

export interface Settings extends CheckSettings {
  /** Documents longer than this many characters get their outline but no checks (0: no limit). */
  readonly maxDocumentSize: number;
  /** Diagnostics sent per document, a notice of the rest included (0: no limit). */
  readonly maxNumberOfProblems: number;
  /** `fazhiReport.messageLanguage` when it chooses a language; otherwise the editor's display language applies. */
  readonly messageLanguage?: Locale;
  /** `fazhiReport.export.*`: the 公文 layout of the Word export and the preview. */
  readonly export: ExportSettings;
}

/** About 15 MB of Chinese text: far beyond any real report or compilation. */
export const DEFAULT_MAX_DOCUMENT_SIZE = 5_000_000;

/** VS Code shows at most 1,000 diagnostics per document from one source and drops the rest itself. */
export const DEFAULT_MAX_NUMBER_OF_PROBLEMS = 1000;

export const DEFAULT_SETTINGS: Settings = {
  severities: {}, placeholders: [], allowedWords: [], maxDocumentSize: DEFAULT_MAX_DOCUMENT_SIZE, maxNumberOfProblems: DEFAULT_MAX_NUMBER_OF_PROBLEMS,
  export: DEFAULT_EXPORT_SETTINGS,
};

const SEVERITY_SETTINGS: readonly string[] = [...SEVERITIES, 'off'];

/** Settings from the `fazhiReport` configuration section; anything malformed is ignored. */
export function parseSettings(section: unknown): Settings {
  if (typeof section !== 'object' || section === null) return DEFAULT_SETTINGS;
  const { checks, placeholders, allowedWords, maxDocumentSize, maxNumberOfProblems, messageLanguage, export: layout } = section as Record<string, unknown>;
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.length > 0) : []);
  const severities: Partial<Record<CheckId, SeveritySetting>> = {};
  if (typeof checks === 'object' && checks !== null) {
    for (const id of CHECK_IDS) {
      const value = (checks as Record<string, unknown>)[id];
      if (typeof value === 'string' && SEVERITY_SETTINGS.includes(value)) severities[id] = value as SeveritySetting;
    }
  }
  return {
    severities,
    placeholders: strings(placeholders),
    allowedWords: strings(allowedWords),
    // A length to compare against may be any number from 0 up; a count of diagnostics is whole.
    maxDocumentSize: typeof maxDocumentSize === 'number' && Number.isFinite(maxDocumentSize) && maxDocumentSize >= 0
      ? maxDocumentSize : DEFAULT_MAX_DOCUMENT_SIZE,
    maxNumberOfProblems: Number.isSafeInteger(maxNumberOfProblems) && (maxNumberOfProblems as number) >= 0
      ? maxNumberOfProblems as number : DEFAULT_MAX_NUMBER_OF_PROBLEMS,
    messageLanguage: messageLanguage === 'zh-cn' || messageLanguage === 'en' ? messageLanguage : undefined,
    export: parseExportSettings(layout),
  };
}
