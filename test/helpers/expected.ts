/** Expected files reviewed by hand: `UPDATE_EXPECTED=1 npm test` rewrites them from the current results (then review the diff). */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export function expectFile(path: string, actual: string): void {
  if (process.env.UPDATE_EXPECTED === '1') writeFileSync(path, actual);
  assert.ok(existsSync(path), `${path} is missing: UPDATE_EXPECTED=1 writes it for review`);
  assert.equal(actual, readFileSync(path, 'utf8'), path);
}
