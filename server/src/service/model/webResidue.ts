/**
 * Page chrome and scraper output that drafters paste along with a report copied off a web site.
 * Chrome is recognised by the shape of a chrome line — a known label with its value, a row of
 * buttons, a clock, a breadcrumb — never by a word that real sentences also use; the words are data
 * (`data/chrome.json`), matched on the simplified form so that traditional pages are read too.
 * Headings are never chrome: the caller looks at a line only when it has no heading marker.
 */
import chrome from '../data/chrome.json';
import { CharSet } from './chars';
import { toSimplified, withTraditionalForms } from './simplified';
import { firstNonBlank, isBlank, withoutBlanks } from './text';

/** Chrome lines are short: a longer line is a paragraph, whatever it begins with. */
export const MAX_CHROME_LINE = 120;

/** Advertisements of material-sharing sites: a line holding one of these is residue at any length. */
export const ADVERTISEMENT_FRAGMENTS: readonly string[] = chrome.advertisements;

/** Bullets, brackets and bars that portals put before metadata and buttons (`• 来源:` `[ 索引号 ]` `| 索引号 |` `- 索 引 号:`). */
const LEADERS = new CharSet('•·●◆■▪◇○◎*-–—|｜[【(（<〈「');
/** What may follow a label: its colon, or the bar or bracket that closes its cell. */
const AFTER_LABEL = new CharSet('：:|｜]】)）>＞');
/** What separates the buttons of a row. */
const CONTROL_SEPARATORS = /[\s|｜/\\·•●【】[\]()（）<>＞《》〈〉「」:：,，、]+/;
/** The steps of a breadcrumb (`首页 > 政务公开 > …`) or of a menu (`首页 | 新闻中心 | …`). */
const CRUMB_SEPARATORS = /[>＞›»→|｜]/;
/** A site clock's opening words. */
const TODAY = /^今天是[：:]?/;
/** A clock or a publication time stamp: a date with a time or a weekday (a bare date is a signature's). */
const CLOCK = /^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:(?:星期|周|礼拜)[一二三四五六日天])?(?:\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?)/;
const HAS_TIME_OR_WEEKDAY = /\d:\d{2}|星期|周[一二三四五六日天]|礼拜/;
/** Marks of a sentence: no chrome line but a known phrase holds them. */
const SENTENCE_MARKS = new CharSet('。；;');

const LABELS = [...chrome.labels].sort((a, b) => b.length - a.length);
/** First characters of the phrases, in both scripts. */
const PHRASE_STARTS = new CharSet(withTraditionalForms(chrome.phrases.map((phrase) => phrase[0]!).join('')));
const CONTROLS = new Set(chrome.controls);
const HOMES = new Set(chrome.homes);

/** First characters a chrome line can start with (after its leaders), in both scripts: most lines are ruled out by their first character. */
const STARTS = new CharSet(withTraditionalForms([...chrome.labels, ...chrome.controls, ...chrome.phrases, ...chrome.homes]
  .map((word) => word[0]! + word[0]!.toUpperCase()).join('') + '0123456789'));

/** Whether a line could be chrome, judged by its first character after blanks and leaders. */
export function mayBeChrome(text: string, indent: number): boolean {
  let start = indent;
  while (start < text.length && (LEADERS.at(text, start) || isBlank(text.charCodeAt(start)))) start++;
  return STARTS.at(text, start);
}

/** Whether a short line that has no heading marker (`text` without its indent) is page chrome. */
export function isChromeLine(text: string): boolean {
  // Most lines looked at are sentences: out before any copying, unless a known phrase could start them.
  if (SENTENCE_MARKS.occursIn(text, 0, text.length) && !PHRASE_STARTS.at(text, firstNonBlank(text))) return false;
  const simplified = toSimplified(text).toLowerCase();
  let start = 0;
  while (start < simplified.length && (LEADERS.at(simplified, start) || isBlank(simplified.charCodeAt(start)))) start++;
  const body = simplified.slice(start);
  const compact = withoutBlanks(body);
  if (compact.length === 0) return false;
  if (chrome.phrases.some((phrase) => compact.startsWith(phrase))) return true;
  if (SENTENCE_MARKS.occursIn(compact, 0, compact.length)) return false;
  return isLabelLine(compact) || isClockLine(compact) || isBreadcrumb(compact) || isControlRow(body);
}

/** `发布时间：2024-01-31`, `[ 索引号 ]`, `| 索引号 | … |`, `分享到:`, `当前位置：首页 > …`. */
function isLabelLine(compact: string): boolean {
  const label = LABELS.find((candidate) => compact.startsWith(candidate));
  return label !== undefined && (compact.length === label.length || AFTER_LABEL.at(compact, label.length));
}

/** `2024-01-31 16:37`, `2024年1月31日 星期三`, and a time stamp followed by a label (`2024-01-31 16:37 来源：…`). */
function isClockLine(text: string): boolean {
  const compact = text.replace(TODAY, '');
  const clock = CLOCK.exec(compact);
  if (!clock || !HAS_TIME_OR_WEEKDAY.test(clock[0])) return false;
  const rest = compact.slice(clock[0].length);
  return rest.length === 0 || isLabelLine(rest);
}

/** `首页 > 政务公开 > 法治政府建设`, `首页 | 新闻中心 | 政务公开`. */
function isBreadcrumb(compact: string): boolean {
  const steps = compact.split(CRUMB_SEPARATORS);
  return steps.length >= 2 && HOMES.has(steps[0]!);
}

/** `无障碍 关怀版`, `【打印】【关闭】`, `大 中 小`: every part a button (single characters only in a row of them). */
function isControlRow(body: string): boolean {
  const parts = body.split(CONTROL_SEPARATORS).filter((part) => part.length > 0);
  if (parts.length === 0 || !parts.every((part) => CONTROLS.has(part))) return false;
  return parts.length >= 2 || parts[0]!.length >= 2;
}
