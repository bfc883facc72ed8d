import { readFileSync } from 'node:fs';
import { createLanguageService } from '../server/src/service/languageService';
import { outlineText } from '../server/src/cli/outlineText';
import { findingsText } from './helpers/findings';
const s = createLanguageService();
for (const f of process.argv.slice(2)) {
  const text = readFileSync(f, 'utf8');
  const src = { uri: f, version: 1, getText: () => text };
  console.log(outlineText(s.getOutline(src)));
  console.log(findingsText(s.getFindings(src)));
}
