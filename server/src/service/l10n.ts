/**
 * The service's own words in Chinese and English. Chinese is the default; English is used when the
 * editor's display language is English (the LSP `locale`, or the CLI's `--locale`).
 */
export type Locale = 'zh-cn' | 'en';

export function resolveLocale(tag: string | undefined): Locale {
  return tag !== undefined && tag.toLowerCase().startsWith('en') ? 'en' : 'zh-cn';
}

export type Message = Readonly<Record<Locale, string>>;

/** Fills `{name}` slots of a message in the given locale. */
export function format(message: Message, locale: Locale, values: Readonly<Record<string, string | number>> = {}): string {
  return message[locale].replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

export const OUTLINE_WORDS = {
  untitledReport: { 'zh-cn': '（无标题报告）', en: '(untitled report)' },
} satisfies Record<string, Message>;
