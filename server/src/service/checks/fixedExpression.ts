import { EXPRESSION_ENTRIES } from '../model/textScan';
import { listIssues } from './textFindings';
import type { Check } from './types';

const WORDS = {
  explanation: {
    'zh-cn': '**固定表述**：政治、法律术语和文件名称有固定写法，以原文为准（词表 `data/expressions.json`，出处见下）。“法制审核”等法定术语不报告。',
    en: '**Fixed expression**: political and legal terms and the titles of documents are written as in the original (list `data/expressions.json`, source below). Statutory terms such as 法制审核 are never reported.',
  },
  description: { 'zh-cn': '固定政治、法律表述写错（法制政府→法治政府、“四个意识”不加引号、纲要和法规名称写错；词表见 data/expressions.json）', en: 'Fixed political and legal expressions written wrong (法制政府 → 法治政府, “四个意识” without quotes, names of the 纲要 and laws; the list is data/expressions.json)' },
  fix: { 'zh-cn': '改为规范表述', en: 'Use the fixed expression' },
};

export const fixedExpression: Check = {
  id: 'fixed-expression',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  fix: WORDS.fix,
  run({ document, locale, settings }) {
    return listIssues(document, settings, locale, 'expression', EXPRESSION_ENTRIES);
  },
};
