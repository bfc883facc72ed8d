import { readFileSync } from 'node:fs';
import { applyFixAll } from './helpers/apply';
const r = applyFixAll(readFileSync(process.argv[2]!, 'utf8'));
console.log(r.rounds); console.log(r.text);
