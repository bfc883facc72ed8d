/**
 * The profiles, one data file each in `data/profiles/`, and how a report chooses its own: by the
 * words of its title (SPEC 2.5). The first profile is the default, for titles no other one claims
 * and for untitled reports. A third report type is a third data file added to PROFILES.
 */
import fazhi from '../data/profiles/fazhi.json';
import xinxi from '../data/profiles/xinxi.json';
import type { SectionProfile } from './profile';

export const PROFILES: readonly SectionProfile[] = [fazhi as SectionProfile, xinxi as SectionProfile];

export const DEFAULT_PROFILE: SectionProfile = PROFILES[0]!;

/** The profile of a report with this title (in simplified characters), or the default one. */
export function profileForTitle(titleKey: string | undefined): SectionProfile {
  if (titleKey === undefined) return DEFAULT_PROFILE;
  return PROFILES.find((profile) => profile.titleKeywords.some((keyword) => titleKey.includes(keyword))) ?? DEFAULT_PROFILE;
}
