/**
 * The service's own words in Chinese and English. Chinese is the default; English is used when the
 * editor's display language is English (the LSP `locale`, or the CLI's `--locale`).
 */
export type Locale = 'zh-cn' | 'en';

/** Whatever the client sent: only a tag starting with `en` chooses English. */
export function resolveLocale(tag: unknown): Locale {
  return typeof tag === 'string' && tag.toLowerCase().startsWith('en') ? 'en' : 'zh-cn';
}

export type Message = Readonly<Record<Locale, string>>;

/** Templates split once into literal parts (even indexes) and slot names (odd indexes): messages are made per finding. */
const compiled = new Map<string, string[]>();

/** Fills `{name}` slots of a message in the given locale. */
export function format(message: Message, locale: Locale, values: Readonly<Record<string, string | number>> = {}): string {
  const template = message[locale];
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  if (parts.length === 1) return parts[0]!;
  // Joined rather than concatenated: one flat string, where `+` would leave a tree of pieces for
  // every message to be kept, and copied again when it is sent.
  const filled = parts.slice();
  for (let index = 1; index < filled.length; index += 2) {
    const name = filled[index]!;
    filled[index] = name in values ? String(values[name]) : `{${name}}`;
  }
  return filled.join('');
}

/**
 * The messages of one check run, each distinct text made once and shared: a degenerate document
 * (thousands of repeated numbers, placeholders or chrome lines) repeats the same few messages.
 */
export class MessageCache {
  /** Per message, the texts made, by their values (one value: the value itself, as the key). */
  private readonly made = new Map<Message, Map<string, string>>();

  constructor(readonly locale: Locale) {}

  format(message: Message, values: Readonly<Record<string, string | number>> = {}): string {
    let byValues = this.made.get(message);
    if (!byValues) this.made.set(message, (byValues = new Map()));
    let key: string | undefined;
    for (const name in values) key = key === undefined ? String(values[name]) : `${key}\u0000${values[name]}`;
    key ??= '';
    let text = byValues.get(key);
    if (text === undefined) {
      text = format(message, this.locale, values);
      byValues.set(key, text);
    }
    return text;
  }
}

export const OUTLINE_WORDS = {
  untitledReport: { 'zh-cn': '（无标题报告）', en: '(untitled report)' },
  tableRows: { 'zh-cn': '{count}行', en: '{count} rows' },
} satisfies Record<string, Message>;
