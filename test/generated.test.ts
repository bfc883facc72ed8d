import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles } from '../server/tools/generate';

describe('files generated from the check registry', () => {
  it('are up to date (run npm run generate after changing a check)', () => {
    for (const [name, content] of generatedFiles()) {
      assert.equal(readFileSync(join(__dirname, '..', name), 'utf8'), content, name);
    }
  });
});
