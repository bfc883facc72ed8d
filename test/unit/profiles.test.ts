/** The profiles' data files are checked when they load: a typo in a reference fails instead of silently disabling a sum. */
import { strict as assert } from 'node:assert';
import fazhi from '../../server/src/service/data/profiles/fazhi.json';
import xinxi from '../../server/src/service/data/profiles/xinxi.json';
import { PROFILES } from '../../server/src/service/profiles/registry';
import { loadProfile, profileProblems } from '../../server/src/service/profiles/validate';

/** A deep copy of a data file to break, as loosely typed as the JSON it stands for. */
const copy = (data: object): any => structuredClone(data);

describe('profiles as data', () => {
  it('every shipped profile is sound, and their ids are unique', () => {
    for (const data of [fazhi, xinxi]) assert.deepEqual(profileProblems(data), [], data.id);
    assert.equal(new Set(PROFILES.map((profile) => profile.id)).size, PROFILES.length);
  });

  it('a sum naming a row the table lacks fails the load', () => {
    const broken = copy(xinxi);
    const rule = broken.tables[2].rules[0];
    rule.left = ['一', '两'];
    assert.deepEqual(profileProblems(broken), ['table requests: sum 第一项加第二项之和，等于第三项加第四项之和 names row 两, which the table lacks']);
    assert.throws(() => loadProfile(broken), /^Error: profile xinxi-annual-report: table requests: sum \S+ names row 两, which the table lacks$/);
  });

  it('a table in no topic, a row sum past the columns, a format naming no table and a stated number in no row fail', () => {
    const broken = copy(xinxi);
    broken.tables[0].topic = 9;
    broken.tables[2].rules[2].total = 40;
    broken.tableFormats[0].tables[1] = 'request';
    broken.statedNumbers[0].cells[0].row = '三（一)';
    assert.deepEqual(profileProblems(broken), [
      'table proactive: topic 9 is no topic of the profile',
      `table requests: sum ${broken.tables[2].rules[2].name['zh-cn']} names a column past the table's 7`,
      'table format 2021: table request is no table of the profile',
      `stated number ${broken.statedNumbers[0].name['zh-cn']}: table requests has no row 三（一)`,
      `stated number ${broken.statedNumbers[0].name['zh-cn']}: a column of row 三（一) is past its cells`,
    ]);
  });

  it('a misspelt field fails', () => {
    const broken = copy(xinxi);
    broken.partsInOrder = broken.topicsInOrder;
    delete broken.topicsInOrder;
    assert.deepEqual(profileProblems(broken), ['unknown field partsInOrder']);
  });

  it('topic ids twice, a misspelt severity or year, and a missing message fail', () => {
    const broken = copy(fazhi);
    broken.topics[1].id = 1;
    broken.topics[2].severity = 'warn';
    broken.topics[3].year = 'last';
    delete broken.topics[4].guidance.en;
    assert.deepEqual(profileProblems(broken), [
      'topic 3: severity warn is none of error, warning, info, hint',
      'topic 4: year must be report or next',
      'topic 5: name, statutoryTitle and guidance need zh-cn and en',
      'topic 1 twice',
    ]);
  });
});
