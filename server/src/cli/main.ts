#!/usr/bin/env node
/** Entry point of the bundled command-line checker (`dist/cli.js`, the `fazhi-report` command), and of its compile workers. */
import { availableParallelism } from 'node:os';
import { runCli } from './cli';
import { nodeCliIo } from './io';
import { isCompileWorker, runCompileWorker } from './workers';

if (isCompileWorker()) {
  runCompileWorker();
} else {
  // Output piped into a command that stops reading early (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  // This file, bundled, is also the compile workers' script.
  const io = availableParallelism() > 1 ? { ...nodeCliIo, compileWorkers: { script: __filename, threads: availableParallelism() } } : nodeCliIo;
  void Promise.resolve(runCli(process.argv.slice(2), io)).then((status) => {
    process.exitCode = status;
  }, (error: unknown) => {
    process.stderr.write(`fazhi-report: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
}
