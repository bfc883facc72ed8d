/**
 * The profiles, one data file each in `data/profiles/`, and how a report chooses its own (SPEC 2.5): by
 * the words of its title, else by its content. The first profile is the default, for titles and
 * contents no other one claims. A third report type is a third data file added to PROFILES.
 */
import fazhi from '../data/profiles/fazhi.json';
import xinxi from '../data/profiles/xinxi.json';
import type { SectionProfile } from './schema';
import { toSimplified } from '../model/simplified';
import { loadProfile } from './validate';

export const PROFILES: readonly SectionProfile[] = [fazhi, xinxi].map(loadProfile);

export const DEFAULT_PROFILE: SectionProfile = PROFILES[0]!;

/** The profile a title (in simplified characters) names, if any. */
export function profileNamedByTitle(titleKey: string | undefined): SectionProfile | undefined {
  if (titleKey === undefined) return undefined;
  return PROFILES.find((profile) => profile.titleKeywords.some((keyword) => titleKey.includes(keyword)));
}

/** The profile of a report with this title (in simplified characters), or the default one. */
export function profileForTitle(titleKey: string | undefined): SectionProfile {
  return profileNamedByTitle(titleKey) ?? DEFAULT_PROFILE;
}

/** The profiles a report's content can choose. */
const SIGNALLING = PROFILES.filter((profile) => profile.contentSignals);

/** The profile a top-level heading's title names by its words (`主动公开政府信息情况`), if any. */
export function profileNamedByHeading(title: string): SectionProfile | undefined {
  return SIGNALLING.find((profile) => profile.contentSignals!.headings.some((words) => title.includes(words)));
}

/** The profile a line of a report's opening names (`本年报根据《中华人民共和国政府信息公开条例》…编制`), if any. */
export function profileNamedByOpening(text: string): SectionProfile | undefined {
  const names = (line: string) => SIGNALLING.find((profile) => profile.contentSignals!.opening.some((words) => words.every((word) => line.includes(word))));
  // Most opening lines name none, in either script: the simplified form is made only for the few short ones that might.
  return names(text) ?? (text.length <= MAX_OPENING_LINE && text.includes('公') ? names(toSimplified(text)) : undefined);
}

/** Longer lines of an opening are not looked at in traditional characters. */
const MAX_OPENING_LINE = 1000;
