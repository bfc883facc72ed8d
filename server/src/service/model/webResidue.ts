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
import { firstNonBlank, isBlank, isHan, withoutBlanks } from './text';
import { readTitle } from './titles';

/** Chrome lines are short: a longer line is a paragraph, whatever it begins with. */
export const MAX_CHROME_LINE = 120;

/** Advertisements of material-sharing sites and injected spam: a line holding one of these is residue at any length. */
export const ADVERTISEMENT_FRAGMENTS: readonly string[] = chrome.advertisements;
/** Essay sites that stamp their name and address into the text (`公文汇 www.….com`). */
export const WATERMARK_SITES: readonly string[] = chrome.watermarks;

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
const DATE_START = /^\d{4}[-/.年]/;
/** Marks of a sentence: no chrome line but a known phrase holds them. */
const SENTENCE_MARKS = new CharSet('。；;');

const LABELS = [...chrome.labels].sort((a, b) => b.length - a.length);
/** First characters of the phrases, in both scripts. */
const PHRASE_STARTS = new CharSet(withTraditionalForms(chrome.phrases.map((phrase) => phrase[0]!).join('')));
const CONTROLS = new Set(chrome.controls);
const MENUS = new Set(chrome.menus);
const HOMES = new Set(chrome.homes);
/** The leaders of a list of links to other pages (`• [XX省…情况报告]`). */
const LINK_LEADERS = new CharSet('•·●◆■▪►▶◇[【');
/** A flipbook's page marker: `Page 8`, `Page 8 - …` (the document's name after it), `P. 8`. */
const FLIPBOOK_PAGE = /^(?:page|p\.?)\d{1,4}(?:[-–—:：|].*)?$/;
/** A web address at the end of a line: `www.…` or `http(s)://…`. */
const WEB_ADDRESS = /(?:https?:\/\/|www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[!-~]*)?$/;
/** A link's address after its text: `[上一篇](https://…)`. */
const LINK_TARGETS = /\]\([^)]*\)/g;
/** A page number a PDF's footer left in the text: `— 3 —`, `- 12 -`, `第3页 共10页` (WPS's), `共10页 第3页`, `Page 3 of 10`. */
const PAGE_NUMBER = /^[-—–－~]+\d{1,4}[-—–－~]+$|^第\d{1,4}页(?:[,，/]?共\d{1,4}页)?$|^共\d{1,4}页[,，/]?第\d{1,4}页$|^page\d{1,4}of\d{1,4}$/;
/** The rule under a converted table's header: `| --- | :---: |`. */
const TABLE_RULE = /^(?=.*\|)(?=.*---)[|｜:\- \t]+$/;

/** Whether a line is the rule a converter writes under a table's header (`| --- | --- |`): chrome where the table is (see `analyze.ts`). */
export function isTableRule(text: string): boolean {
  return TABLE_RULE.test(text);
}
/** A site's name before its address or its clock is at most this long. */
const MAX_SITE_NAME = 20;

/** First characters a chrome line can start with (after its leaders), in both scripts: most lines are ruled out by their first character. */
const STARTS = new CharSet(withTraditionalForms([...chrome.labels, ...chrome.controls, ...chrome.menus, ...chrome.menuPrefixes, ...chrome.phrases, ...chrome.homes]
  .map((word) => word[0]! + word[0]!.toUpperCase()).join('') + '0123456789pP第共－'));

/**
 * Whether a line could be chrome, judged by its first character after blanks and leaders, a leader
 * of a list of links, or its end: a site's clock (`星期二`, `16:37`) or address (`www.….com`).
 */
export function mayBeChrome(text: string, indent: number, end = text.length): boolean {
  let start = indent;
  while (start < end && (LEADERS.at(text, start) || isBlank(text.charCodeAt(start)))) start++;
  return start >= end || STARTS.at(text, start) || (start > indent && LINK_LEADERS.at(text, indent)) || endsLikeClock(text, end) || endsLikeAddress(text, end);
}

/** `…星期二`, `…周五`, `…16:37`. */
function endsLikeClock(text: string, end: number): boolean {
  const last = text[end - 1]!;
  if ('一二三四五六日天'.includes(last)) return text[end - 2] === '周' || text.startsWith('星期', end - 3) || text.startsWith('礼拜', end - 3);
  return /\d:\d\d$/.test(text.slice(Math.max(0, end - 4), end));
}

/** `….com`, `….cn`, `….net`: an address closes the line. */
function endsLikeAddress(text: string, end: number): boolean {
  return /\.[a-zA-Z]{2,4}\/?$/.test(text.slice(Math.max(0, end - 6), end));
}

/** Whether a line (`text` without its indent) is a page number a PDF's footer left (`— 3 —`). */
export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(withoutBlanks(toSimplified(text).toLowerCase()));
}

/** Whether a short line that has no heading marker (`text` without its indent) is page chrome. */
export function isChromeLine(text: string): boolean {
  // Most lines looked at are sentences: out before any copying, unless a known phrase could start them.
  if (SENTENCE_MARKS.occursIn(text, 0, text.length) && !PHRASE_STARTS.at(text, firstNonBlank(text))) return false;
  // A link's address (`[返回顶部](#top)`) says nothing of what the link is.
  const simplified = toSimplified(text).toLowerCase().replace(LINK_TARGETS, ']');
  if (PAGE_NUMBER.test(withoutBlanks(simplified))) return true;
  let start = 0;
  while (start < simplified.length && (LEADERS.at(simplified, start) || isBlank(simplified.charCodeAt(start)))) start++;
  const body = simplified.slice(start);
  const compact = withoutBlanks(body);
  if (compact.length === 0) return false;
  if (chrome.phrases.some((phrase) => compact.startsWith(phrase))) return true;
  if (SENTENCE_MARKS.occursIn(compact, 0, compact.length)) return false;
  return isLabelLine(compact) || isClockLine(compact) || isBreadcrumb(compact) || isControlRow(body) || FLIPBOOK_PAGE.test(compact)
    || isSiteAddress(compact) || (start > 0 && LINK_LEADERS.at(simplified, firstNonBlank(simplified)) && isLink(compact));
}

/** A metadata label with its value left for the next line (`发文时间:`, `- 成文时间:`, `索引号：`). */
export function isLabelWithoutValue(text: string): boolean {
  let start = 0;
  const simplified = toSimplified(text).toLowerCase();
  while (start < simplified.length && (LEADERS.at(simplified, start) || isBlank(simplified.charCodeAt(start)))) start++;
  return VALUE_LABELS.has(withoutBlanks(simplified.slice(start)).replace(/[：:|｜\]】]+$/, ''));
}

const VALUE_LABELS = new Set(chrome.valueLabels);

/** A site's name and address and nothing else (`公文汇 www.….com`): its watermark, or its header. */
function isSiteAddress(compact: string): boolean {
  const address = WEB_ADDRESS.exec(compact);
  if (!address || address.index === 0 || address.index > MAX_SITE_NAME) return false;
  for (let index = 0; index < address.index; index++) if (!isHan(compact.charCodeAt(index))) return false;
  return true;
}

/** An item of a list of links to other reports (`• [XX省政府发布2018年度法治政府建设情况报告]`, `[…报告](…)`). */
function isLink(compact: string): boolean {
  const text = compact.replace(/^[[【]/, '').replace(/\(.*\)$/, '').replace(/[\]】]$/, '');
  return readTitle(text) !== undefined;
}

/** `发布时间：2024-01-31`, `[ 索引号 ]`, `| 索引号 | … |`, `分享到:`, `当前位置：首页 > …`. */
function isLabelLine(compact: string): boolean {
  const label = LABELS.find((candidate) => compact.startsWith(candidate));
  return label !== undefined && (compact.length === label.length || AFTER_LABEL.at(compact, label.length));
}

/**
 * `2024-01-31 16:37`, `2024年1月31日 星期三`, a time stamp followed by a label (`2024-01-31 16:37 来源：…`),
 * and a site's header with its name before its clock (`XX区人民政府 2019年12月3日星期二`).
 */
function isClockLine(text: string): boolean {
  let compact = text.replace(TODAY, '');
  let name = 0;
  while (name < compact.length && name <= MAX_SITE_NAME && isHan(compact.charCodeAt(name))) name++;
  if (name > 0 && name <= MAX_SITE_NAME) compact = compact.slice(name);
  const clock = CLOCK.exec(compact);
  if (!clock || !HAS_TIME_OR_WEEKDAY.test(clock[0])) return false;
  // After words, a time alone is a sentence's (`会议于8:30`, what `……等8:30` leaves): a site's header gives its date.
  if (name > 0 && !DATE_START.test(clock[0])) return false;
  const rest = compact.slice(clock[0].length);
  return rest.length === 0 || isLabelLine(rest) || chrome.clockTails.some((tail) => rest.startsWith(tail));
}

/** `首页 > 政务公开 > 法治政府建设`, `首页 | 新闻中心 | 政务公开`. */
function isBreadcrumb(compact: string): boolean {
  const steps = compact.split(CRUMB_SEPARATORS);
  return steps.length >= 2 && HOMES.has(steps[0]!);
}

/**
 * `无障碍 关怀版`, `【打印】【关闭】`, `大 中 小`: every part a button (single characters only in a row of
 * them); `政务公开 | 政务服务 | 走进XX`: a site's menu, its entries and buttons (two at least).
 */
function isControlRow(body: string): boolean {
  const parts = body.split(CONTROL_SEPARATORS).filter((part) => part.length > 0);
  if (parts.length === 0) return false;
  if (parts.every((part) => CONTROLS.has(part))) return parts.length >= 2 || parts[0]!.length >= 2;
  return parts.length >= 2 && parts.every((part) => CONTROLS.has(part) || isMenuEntry(part));
}

function isMenuEntry(part: string): boolean {
  return MENUS.has(part) || (part.length <= MAX_MENU_ENTRY && chrome.menuPrefixes.some((prefix) => part.startsWith(prefix) && part.length > prefix.length));
}

/** A menu entry named after the place (`走进XX`) is this long at most. */
const MAX_MENU_ENTRY = 6;
