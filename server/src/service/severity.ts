/** How much a finding weighs, as the editor shows it: checks default to one, profiles give one per required part. */
export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
export type Severity = typeof SEVERITIES[number];
export type SeveritySetting = Severity | 'off';
