/**
 * The user's settings for the checks (`fazhiReport.checks.<id>`, `fazhiReport.placeholders`), read
 * from whatever the client sends and never trusted to be well-formed.
 */
import { CHECK_IDS, CheckId, CheckSettings, SEVERITIES, SeveritySetting } from './types';

export interface Settings extends CheckSettings {
  /** Severity chosen per check; a check not listed keeps its default. */
  readonly severities: Readonly<Partial<Record<CheckId, SeveritySetting>>>;
}

export const DEFAULT_SETTINGS: Settings = { severities: {}, placeholders: [] };

const SEVERITY_SETTINGS: readonly string[] = [...SEVERITIES, 'off'];

/** Settings from the `fazhiReport` configuration section; anything malformed is ignored. */
export function parseSettings(section: unknown): Settings {
  if (typeof section !== 'object' || section === null) return DEFAULT_SETTINGS;
  const { checks, placeholders } = section as { checks?: unknown; placeholders?: unknown };
  const severities: Partial<Record<CheckId, SeveritySetting>> = {};
  if (typeof checks === 'object' && checks !== null) {
    for (const id of CHECK_IDS) {
      const value = (checks as Record<string, unknown>)[id];
      if (typeof value === 'string' && SEVERITY_SETTINGS.includes(value)) severities[id] = value as SeveritySetting;
    }
  }
  return {
    severities,
    placeholders: Array.isArray(placeholders) ? placeholders.filter((item): item is string => typeof item === 'string') : [],
  };
}
