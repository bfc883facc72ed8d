/**
 * The code's one formatting rule, checked here rather than by a formatter: no line longer than
 * MAX_LINE characters, not counting the contents of string literals (messages and word lists in
 * Chinese are written whole).
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const FOLDERS = ['server/src', 'server/tools', 'client/src', 'test'];
const MAX_LINE = 200;

/** A line with the contents of its one-line string literals (quotes and template literals) left out. */
export function withoutStrings(line: string): string {
  return line.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

function typeScriptFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : typeScriptFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('code style', () => {
  it('leaves out string contents when measuring a line', () => {
    assert.equal(withoutStrings("const a = { 'zh-cn': '一二三', en: \"it's\" };"), "const a = { '': '', en: '' };");
    assert.equal(withoutStrings('`a${b}c` + \'d\\\'e\''), "'' + ''");
  });

  it(`has no line longer than ${MAX_LINE} characters outside string literals`, () => {
    const long: string[] = [];
    for (const folder of FOLDERS) {
      for (const file of typeScriptFiles(join(ROOT, folder))) {
        readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
          const length = withoutStrings(line).length;
          if (length > MAX_LINE) long.push(`${relative(ROOT, file)}:${index + 1} (${length})`);
        });
      }
    }
    assert.deepEqual(long, []);
  });
});
