/** Applying edits and fixes the way an editor does. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Settings } from '../../server/src/service/settings';
import type { CheckId, Finding } from '../../server/src/service/checks/types';
import { createLanguageService } from '../../server/src/service/languageService';
import { sourceOf } from './documents';

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///apply', 'fazhi-report', 0, text), [...edits]);
}

const service = createLanguageService();
let version = 0;

export function findingsOf(text: string, settings?: Settings): readonly Finding[] {
  return service.getFindings(sourceOf(text, 'file:///fixes', ++version), settings);
}

/** Applies the first offered fix of a check, again and again, as a user clicking quick fixes would. */
export function applyFixesOneByOne(text: string, code: CheckId, settings?: Settings, maxRounds = 50): { text: string; rounds: number } {
  let current = text;
  for (let rounds = 0; rounds < maxRounds; rounds++) {
    const fix = findingsOf(current, settings).find((finding) => finding.code === code && finding.fix && finding.fix.edits.length > 0)?.fix;
    if (!fix) return { text: current, rounds };
    current = applyEdits(current, fix.edits);
  }
  throw new Error(`fixes of ${code} did not settle after ${maxRounds} rounds`);
}

/** Applies "fix all" in rounds until it offers nothing more. */
export function applyFixAll(text: string, settings?: Settings, maxRounds = 10): { text: string; rounds: number } {
  let current = text;
  for (let rounds = 0; rounds < maxRounds; rounds++) {
    const edits = service.getFixAllEdits(sourceOf(current, 'file:///fixes', ++version), settings);
    if (edits.length === 0) return { text: current, rounds };
    current = applyEdits(current, edits);
  }
  throw new Error(`fix all did not settle after ${maxRounds} rounds`);
}
