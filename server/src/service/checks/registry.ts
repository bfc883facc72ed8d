/** Every check, in the order SPEC 3 lists them (line-break beside web-residue): the one place settings, docs and tests come from. */
import { bracketWidth } from './bracketWidth';
import { dateFormat } from './dateFormat';
import { headingPunctuation } from './headingPunctuation';
import { inlineEnumeration } from './inlineEnumeration';
import { levelSkip } from './levelSkip';
import { lineBreak } from './lineBreak';
import { missingSection } from './missingSection';
import { missingTitle } from './missingTitle';
import { numberingPunctuation } from './numberingPunctuation';
import { numberingSequence } from './numberingSequence';
import { placeholder } from './placeholder';
import { sectionYear } from './sectionYear';
import { substituteCharacter } from './substituteCharacter';
import type { Check } from './types';
import { tocMismatch } from './tocMismatch';
import { webResidue } from './webResidue';

export const CHECKS: readonly Check[] = [
  numberingSequence, numberingPunctuation, bracketWidth, levelSkip, headingPunctuation, inlineEnumeration,
  missingSection, sectionYear, placeholder, substituteCharacter, webResidue, lineBreak, missingTitle, dateFormat, tocMismatch,
];
