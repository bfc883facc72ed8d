/**
 * Entry point of the bundled server (`dist/server.js`). The transport comes from the command line:
 * `--stdio` for any LSP client, `--node-ipc` when VS Code starts it, or `--socket=PORT`.
 */
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
// A safety net: whatever a client does or fails to answer, the server logs it and keeps serving.
process.on('unhandledRejection', (reason) => connection.console.error(`unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`));
process.on('uncaughtException', (error) => connection.console.error(`uncaught exception: ${error.stack ?? error.message}`));
startServer(connection);
