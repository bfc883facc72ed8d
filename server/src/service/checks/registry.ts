/** Every check, in the order SPEC 3.1 and 3.2 list them (line-break beside web-residue, the 信息公开 checks after the structure checks): the one place settings, docs and tests come from. */
import { bracketWidth } from './bracketWidth';
import { compatibilityForm } from './compatibilityForm';
import { confusableWord } from './confusableWord';
import { dateFormat } from './dateFormat';
import { doubledCharacter } from './doubledCharacter';
import { ellipsisDash } from './ellipsisDash';
import { fixedExpression } from './fixedExpression';
import { fullwidthAlnum } from './fullwidthAlnum';
import { headingPunctuation } from './headingPunctuation';
import { inlineEnumeration } from './inlineEnumeration';
import { levelSkip } from './levelSkip';
import { lineBreak } from './lineBreak';
import { missingSection } from './missingSection';
import { missingTitle } from './missingTitle';
import { numberingPunctuation } from './numberingPunctuation';
import { numberForm } from './numberForm';
import { numberingSequence } from './numberingSequence';
import { placeholder } from './placeholder';
import { punctuationWidth } from './punctuationWidth';
import { quoteStyle } from './quoteStyle';
import { repeatedPunctuation } from './repeatedPunctuation';
import { reportPeriod } from './reportPeriod';
import { sectionCount } from './sectionCount';
import { sectionOrder } from './sectionOrder';
import { sectionYear } from './sectionYear';
import { staleYear } from './staleYear';
import { statedTotal } from './statedTotal';
import { straySpace } from './straySpace';
import { substituteCharacter } from './substituteCharacter';
import { tableShape } from './tableShape';
import { tableSum } from './tableSum';
import { TextScanner } from './text/scan';
import { isTextCheck } from './text/textCheck';
import type { Check, CheckId } from './types';
import { tocMismatch } from './tocMismatch';
import { unpairedMark } from './unpairedMark';
import { webResidue } from './webResidue';
import { wordUsage } from './wordUsage';

export const CHECKS: readonly Check[] = [
  numberingSequence, numberingPunctuation, bracketWidth, levelSkip, headingPunctuation, inlineEnumeration,
  missingSection, sectionYear, placeholder, substituteCharacter, webResidue, lineBreak, missingTitle, dateFormat, tocMismatch,
  sectionCount, sectionOrder, reportPeriod, tableSum, tableShape, statedTotal,
  punctuationWidth, quoteStyle, unpairedMark, repeatedPunctuation, ellipsisDash, straySpace, fullwidthAlnum, compatibilityForm, wordUsage, confusableWord, doubledCharacter, fixedExpression,
  numberForm, staleYear,
];

/** The checks' ids, in the registry's order. */
export const CHECK_IDS: readonly CheckId[] = CHECKS.map((check) => check.id);

/** The proofreading checks' ids (SPEC 3.2): they read the wording of paragraphs, where the others read the structure. */
export const PROOFREADING_CHECK_IDS: readonly CheckId[] = CHECKS.filter((check) => check.kind === 'proofreading').map((check) => check.id);

export const CHECKS_BY_ID: ReadonlyMap<CheckId, Check> = new Map(CHECKS.map((check) => [check.id, check]));

/** One scan over the characters for all the text checks, with its trigger table built from theirs. */
export const TEXT_SCANNER = new TextScanner(CHECKS.filter(isTextCheck));
