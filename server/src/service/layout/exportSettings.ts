/**
 * The settings of the 公文 layout (`fazhiReport.export.*`): which fonts, level-3 headings in bold,
 * the sealed signature layout, and Word's document grid. Read from whatever the client or the
 * command line sends, never trusted to be well-formed.
 */
import type { FontRole } from './description';

export type FontPreset = 'standard' | 'system';

export interface ExportSettings {
  /** 国标常用 (仿宋_GB2312, 楷体_GB2312, 黑体, 方正小标宋简体) or 系统自带 (仿宋, 楷体, 黑体, 宋体). */
  readonly fontPreset: FontPreset;
  /** Font names chosen per role over the preset's. */
  readonly fonts: Readonly<Partial<Record<FontRole, string>>>;
  readonly level3Bold: boolean;
  /** The signature of a sealed document (date four characters from the right, signature centred over it). */
  readonly sealed: boolean;
  /** Word's document grid of 22 lines × 28 characters (off: the pitch and condensed characters do it). */
  readonly documentGrid: boolean;
}

export const DEFAULT_EXPORT_SETTINGS: ExportSettings = { fontPreset: 'standard', fonts: {}, level3Bold: false, sealed: false, documentGrid: false };

const FONT_ROLES: readonly FontRole[] = ['title', 'body', 'heading1', 'heading2'];

export function parseExportSettings(section: unknown): ExportSettings {
  if (typeof section !== 'object' || section === null) return DEFAULT_EXPORT_SETTINGS;
  const { fontPreset, fonts, level3Bold, sealed, documentGrid } = section as Record<string, unknown>;
  const chosenFonts: Partial<Record<FontRole, string>> = {};
  if (typeof fonts === 'object' && fonts !== null) {
    for (const role of FONT_ROLES) {
      const name = (fonts as Record<string, unknown>)[role];
      if (typeof name === 'string' && name.trim().length > 0 && name.length <= 100) chosenFonts[role] = name.trim();
    }
  }
  return {
    fontPreset: fontPreset === 'system' ? 'system' : 'standard',
    fonts: chosenFonts,
    level3Bold: level3Bold === true,
    sealed: sealed === true,
    documentGrid: documentGrid === true,
  };
}
