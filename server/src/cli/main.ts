#!/usr/bin/env node
/** Entry point of the bundled command-line checker (`dist/cli.js`, the `fazhi-report` command). */
import { runCli } from './cli';
import { nodeCliIo } from './io';

// Output piped into a command that stops reading early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
void Promise.resolve(runCli(process.argv.slice(2), nodeCliIo)).then((status) => {
  process.exitCode = status;
}, (error: unknown) => {
  process.stderr.write(`fazhi-report: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
