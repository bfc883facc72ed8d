/** When the server analyses a changed document: counts of analyses on a clock the test sets, waiting on the analyses themselves. */
import { strict as assert } from 'node:assert';
import { CoalescingScheduler } from '../../server/src/lsp/scheduler';

const TIMINGS = { quietMs: 30, maxWaitMs: 250 };

function scheduler() {
  let clock = 0;
  const runs: { uri: string; at: number }[] = [];
  let onRun: (() => void) | undefined;
  const subject = new CoalescingScheduler((uri) => {
    runs.push({ uri, at: clock });
    onRun?.();
  }, TIMINGS, () => clock);
  const nextRun = () => new Promise<void>((resolve) => { onRun = resolve; });
  return { subject, runs, nextRun, setClock: (time: number) => { clock = time; } };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('the coalescing scheduler', () => {
  it('analyses a change after a pause at once, and the changes arriving meanwhile with it', async () => {
    const { subject, runs } = scheduler();
    for (let change = 0; change < 100; change++) subject.schedule('a');
    assert.ok(subject.isPending('a'));
    await turn();
    assert.deepEqual(runs, [{ uri: 'a', at: 0 }]);
    assert.ok(!subject.isPending('a'));
  });

  it('holds a burst back until it pauses: one analysis for the changes of the burst', async () => {
    const { subject, runs, nextRun, setClock } = scheduler();
    subject.schedule('a');
    await turn();
    setClock(10);
    const ran = nextRun();
    for (let change = 0; change < 50; change++) subject.schedule('a');
    await turn();
    assert.equal(runs.length, 1, 'a change 10 ms after an analysis waits for the burst to pause');
    await ran;
    assert.deepEqual(runs.map((run) => run.uri), ['a', 'a']);
  });

  it('analyses a burst that never pauses once its longest wait is over', async () => {
    const { subject, runs, nextRun, setClock } = scheduler();
    subject.schedule('a');
    await turn();
    setClock(10);
    subject.schedule('a');
    setClock(10 + TIMINGS.maxWaitMs);
    const ran = nextRun();
    subject.schedule('a');
    await ran;
    assert.equal(runs.length, 2);
  });

  it('keeps documents apart, and forgets a closed one', async () => {
    const { subject, runs } = scheduler();
    subject.schedule('a');
    subject.schedule('b');
    subject.cancel('b');
    await turn();
    assert.deepEqual(runs.map((run) => run.uri), ['a']);
    assert.ok(!subject.isPending('b'));
  });
});
