/**
 * The report skeleton and the signature block, offered as completion snippets with their years and
 * date worked out from today: a report is drafted in the winter after its year, so from January to
 * April it reports on last year, and otherwise on this one; its plans are for the year after; the
 * signature is dated today, in GB/T 9704 form (no leading zeros).
 */
import { SectionProfile, topicTables } from '../profiles/schema';
import { DEFAULT_PROFILE } from '../profiles/registry';
import { skeletonHeading } from '../editing/sectionInsertion';
import type { Locale } from '../l10n';

/** The last month of the drafting season: reports are due by 1 March (departments) and 1 April (governments). */
const LAST_DRAFTING_MONTH = 4;

/** The year a report drafted on `today` is about. */
export function reportYearOn(today: Date): number {
  return today.getMonth() + 1 <= LAST_DRAFTING_MONTH ? today.getFullYear() - 1 : today.getFullYear();
}

/** A date as GB/T 9704 writes it: `2024年3月5日`. */
export function documentDate(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}

/** Text that a snippet shows as is (`$`, `}` and `\` are snippet syntax). */
function literal(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/** Numbered tab stops, in the order the writer fills them in. */
class TabStops {
  private next = 1;
  stop(defaultText: string): string {
    return `\${${this.next++}:${literal(defaultText)}}`;
  }
}

export const SIGNATURE_PREFIXES = ['lk', 'luokuan', '落款'];

/** The signature block: the issuing body and today's date. */
export function signatureSnippet(today: Date): string {
  const stops = new TabStops();
  return `${stops.stop('XX市XX局')}\n${stops.stop(documentDate(today))}\n$0`;
}

/** A skeleton text of the profile's data: `{year}` filled in, each `[[text]]` a tab stop. */
function fillIn(text: string, year: number, stops: TabStops): string {
  return text.split(/\[\[(.*?)\]\]/).map((part, index) => (index % 2 === 1 ? stops.stop(part) : literal(part.replaceAll('{year}', String(year))))).join('');
}

/**
 * The whole report: title with the report year, addressee, opening with its formula, the profile's
 * required parts numbered `一、`…, each with a line to fill in or its tables, then the signature and the date.
 */
export function reportSnippet(today: Date, locale: Locale, profile: SectionProfile = DEFAULT_PROFILE): string {
  const year = reportYearOn(today);
  const stops = new TabStops();
  const { skeleton } = profile;
  const issuer = stops.stop('XX市XX局');
  const lines = [`${issuer}${year}年${literal(skeleton.subject)}`, ''];
  if (skeleton.addressee !== undefined) lines.push(`${fillIn(skeleton.addressee, year, stops)}：`);
  lines.push(fillIn(skeleton.opening, year, stops));
  profile.topics.forEach((topic, index) => {
    lines.push(literal(skeletonHeading(1, index + 1, topic, year, locale)));
    const tables = topicTables(profile, topic);
    if (tables.length === 0) lines.push(stops.stop(topic.skeletonBody ?? '【待补充】'));
    else lines.push(...tables.map(literal));
  });
  lines.push('', `\${1}`, stops.stop(documentDate(today)), '$0');
  return lines.join('\n');
}
