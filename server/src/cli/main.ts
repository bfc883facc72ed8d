#!/usr/bin/env node
/** Entry point of the bundled command-line checker (`dist/cli.js`, the `fazhi-report` command). */
import { runCli } from './cli';
import { nodeCliIo } from './io';

process.exitCode = runCli(process.argv.slice(2), nodeCliIo);
