import { MessageCache } from '../l10n';
import { lostBreaks } from '../model/lostBreaks';
import type { Check } from './types';

const WORDS = {
  description: { 'zh-cn': '标题和正文连在一行里（复制时丢了换行）', en: 'A title or heading run on inside a line (the copy lost its line breaks)' },
  fix: { 'zh-cn': '在标题前后换行', en: 'Put the title on a line of its own' },
  heading: { 'zh-cn': '标题“{marker}”连在上一段后面：复制时丢了换行', en: 'Heading "{marker}" runs on after the text before it: the copy lost a line break' },
  body: { 'zh-cn': '标题“{marker}”后面接着正文：复制时丢了换行', en: 'The body runs on after heading "{marker}": the copy lost a line break' },
  title: { 'zh-cn': '报告标题连在其他文字中间：复制时丢了换行', en: 'The report title runs on inside other text: the copy lost its line breaks' },
};

export const lineBreak: Check = {
  id: 'line-break',
  kind: 'structure',
  description: WORDS.description,
  defaultSeverity: 'warning',
  fix: WORDS.fix,
  run({ document, locale }) {
    const messages = new MessageCache(locale);
    const fixTitle = WORDS.fix[locale];
    return lostBreaks(document).map((lost) => ({
      range: lost.range,
      message: lost.marker === undefined ? WORDS.title[locale] : messages.format(lost.runOn ? WORDS.heading : WORDS.body, { marker: lost.marker }),
      fix: { title: fixTitle, edits: lost.edits, safe: true },
    }));
  },
};
