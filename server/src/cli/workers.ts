/**
 * Compiling on worker threads, so that a province's thousands of reports keep every core busy. The
 * main thread reads the files in order and hands each text to a worker with room, a few at a time
 * each (so memory holds only the texts under way besides the results); the workers analyse, check
 * and paginate, and send back each file's rows and report texts, which the main thread puts in order.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Settings } from '../service/checks/settings';
import { CompileInput, CompiledFile, FailedRow, compileFile } from '../service/features/compile';
import type { Locale } from '../service/l10n';

/** Files handed to one worker and not yet answered: enough that it never waits for the next. */
const IN_FLIGHT = 4;

interface CompileWorkerData {
  readonly role: 'compile';
  readonly settings: Settings;
  readonly locale: Locale;
}

interface Task {
  readonly index: number;
  readonly file: string;
  readonly text: string;
}

interface Answer {
  readonly index: number;
  readonly result: CompiledFile | FailedRow;
}

/** Whether this thread was started to compile files (the CLI's bundle is also the workers' script). */
export function isCompileWorker(): boolean {
  return !isMainThread && (workerData as Partial<CompileWorkerData> | undefined)?.role === 'compile';
}

/** A worker's life: compile each file it is sent, and answer with the result. */
export function runCompileWorker(): void {
  const { settings, locale } = workerData as CompileWorkerData;
  parentPort!.on('message', ({ index, file, text }: Task) => {
    const answer: Answer = { index, result: compileFile(file, text, settings, locale) };
    parentPort!.postMessage(answer);
  });
}

/**
 * The compiled files, in the order of `count` inputs, compiled by `workers` threads running `script`;
 * `read(index)` gives an input's text (or why it has none), read when a worker has room for it.
 */
export async function compileOnWorkers(
  script: string, workers: number, count: number, read: (index: number) => CompileInput, settings: Settings, locale: Locale,
): Promise<(CompiledFile | FailedRow)[]> {
  const results = new Array<CompiledFile | FailedRow>(count);
  const data: CompileWorkerData = { role: 'compile', settings, locale };
  const pool = Array.from({ length: workers }, () => ({ worker: new Worker(script, { workerData: data }), load: 0 }));
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let done = 0;
      const feed = (member: (typeof pool)[number]) => {
        while (member.load < IN_FLIGHT && next < count) {
          const index = next++;
          const input = read(index);
          if ('error' in input) {
            results[index] = input;
            done++;
            continue;
          }
          const task: Task = { index, file: input.file, text: input.text };
          member.worker.postMessage(task);
          member.load++;
        }
        if (done === count) resolve();
      };
      for (const member of pool) {
        member.worker.on('message', ({ index, result }: Answer) => {
          results[index] = result;
          done++;
          member.load--;
          feed(member);
        });
        member.worker.on('error', reject);
        member.worker.on('exit', (code) => {
          if (done < count) reject(new Error(`a compile worker stopped (exit code ${code})`));
        });
      }
      for (const member of pool) feed(member);
    });
  } finally {
    await Promise.all(pool.map(({ worker }) => worker.terminate()));
  }
  return results;
}
