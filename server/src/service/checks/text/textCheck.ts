/**
 * What a text check (SPEC 3.2) is: a check that reads the wording of lines. Beside what every check
 * has, it declares the characters it wants to look at (its triggers) and a handler called at them;
 * one scan over each line's characters serves every text check (see `scan.ts`). Adding one is a
 * module defining it and a line in the registry.
 */
import type { CharSet } from '../../model/chars';
import type { LineInfo } from '../../model/lineInfo';
import type { Check, CheckContext, LineMark, TextMark } from '../types';
import type { Pairs } from './pairs';

/** The state of the scan of one line, passed to every handler. */
export interface LineScan {
  readonly line: LineInfo;
  readonly text: string;
  /** Where the wording starts (after a heading's marker) and ends (after its last non-blank character). */
  readonly from: number;
  readonly end: number;
  /** The quotation marks and brackets open at the current character, and what the current one closed. */
  readonly pairs: Pairs;
  /** `compute(scan, at)`, worked out once for all the checks that ask for it at `at`. */
  shared<T>(compute: (scan: LineScan, at: number) => T, at: number): T;
  /** `compute(scan)`, worked out once per line for all the checks that ask for it. */
  ofLine<T>(compute: (scan: LineScan) => T): T;
}

/** Characters a handler is called at; when the next character is one of `unlessNext`, the call would find nothing and is skipped. */
export interface Trigger {
  readonly chars: string;
  readonly unlessNext?: CharSet;
}

/** A check's handler over the lines of one scan. Its state is its own, started afresh on each line. */
export interface LineHandler {
  startLine?(scan: LineScan): void;
  /**
   * Looks at the line at `at`, one of the check's triggers, and returns the index of the last
   * character it took in (at least `at`): it is called next at a trigger after that one.
   */
  at(scan: LineScan, at: number): number;
  /** After the line's last character: what depends on all of it (marks left unpaired). */
  endLine?(scan: LineScan): void;
}

export interface TextScanning<M extends TextMark> {
  readonly triggers: readonly Trigger[];
  /** A handler for the lines of one scan, reporting its marks to `report`. */
  handler(report: (mark: M) => void): LineHandler;
  /** Its marks' fixes rewrite their whole span (a fixed expression): marks of checks that yield to them are dropped there. */
  readonly rewrites?: boolean;
  /** Its marks inside a rewritten span are part of that rewrite (`yieldsToRewrites`): dropped. */
  readonly yieldsToRewrites?: boolean;
}

export interface TextCheck<M extends TextMark = TextMark> extends Check {
  readonly scan: TextScanning<M>;
}

export function isTextCheck(check: Check): check is TextCheck {
  return 'scan' in check;
}

/** The marks `check` found in the document's lines, in document order. */
export function marksOf<M extends TextMark>(context: CheckContext, check: TextCheck<M>): readonly LineMark<M>[] {
  return context.textMarks(check.id) as readonly LineMark<M>[];
}
