/**
 * Page chrome and scraper output that drafters paste along with a report copied off a web site.
 * Kept as data so that new portals' chrome can be added without touching the matching code.
 */
import { CharSet } from './chars';
import { isBlank } from './text';


/** Whole lines that are chrome when, blanks and bullets removed, they equal or start with these. */
export const RESIDUE_LINE_PREFIXES: readonly string[] = [
  '无障碍', '关怀版', '长者版', '适老版', '网站支持ipv6', '您现在所在的位置', '您当前所在位置', '您的位置',
  '当前位置', '分享到', '【字体', '字体：', '字体:', '字号：', '字号:', '【打印', '打印本页', '关闭窗口',
  '扫一扫在手机打开当前页', '扫一扫在手机上查看当前页', '您访问的链接即将离开', '来源：', '来源:', '信息来源',
  '发布机构', '发布时间', '发布日期', '浏览次数', '阅读次数', '访问量', '责任编辑', '关联稿件', '相关附件',
  '相关链接', '相关文章', '上一篇', '下一篇', '返回顶部', '【哒哒',
];

/**
 * A line holding one of these anywhere is an advertisement from a material-sharing site (found by
 * the inline scan, which looks at every character once anyway).
 */
export const RESIDUE_LINE_FRAGMENTS: readonly string[] = ['素材库', '添加客服', '代笔客服', 'svip会员', '网盘群'];

/** Prefix matches only count on short lines: a long line is a paragraph, whatever it begins with. */
export const MAX_RESIDUE_PREFIX_LINE = 120;

/** Bullets that portals put before metadata lines (`• 来源: …`). */
const BULLETS = new CharSet('•·●◆■▪◇○-*');

/** `2024-01-31 16:37`, a publication time stamp, once blanks are removed. */
const TIME_STAMP = /^\d{4}-\d{1,2}-\d{1,2}\d{1,2}:\d{2}(?::\d{2})?$/;

/** First characters of the prefixes: most lines are ruled out by their first character. */
const PREFIX_STARTS = new CharSet(RESIDUE_LINE_PREFIXES.map((prefix) => prefix[0]!).join(''));

/** Whether a line could be chrome, judged by its first character after blanks and bullets. */
export function mayBeChrome(text: string, indent: number): boolean {
  let start = indent;
  while (start < text.length && (BULLETS.at(text, start) || isBlank(text.charCodeAt(start)))) start++;
  const code = text.charCodeAt(start);
  return (code >= 0x30 && code <= 0x39) || PREFIX_STARTS.at(text, start);
}

/** Whether a short line, without its blanks, is page chrome. */
export function isChromeLine(compact: string): boolean {
  const start = BULLETS.runEnd(compact, 0);
  const code = compact.charCodeAt(start);
  if (code >= 0x30 && code <= 0x39) return TIME_STAMP.test(compact.slice(start));
  if (!PREFIX_STARTS.at(compact, start)) return false;
  const body = (start === 0 ? compact : compact.slice(start)).toLowerCase();
  return RESIDUE_LINE_PREFIXES.some((prefix) => body.startsWith(prefix));
}
