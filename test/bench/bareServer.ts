/**
 * The benchmark's baseline: an LSP server that keeps documents in sync exactly as ours does and
 * publishes an empty diagnostics list for each version, computing nothing. With the environment
 * variable REPLAY_DIAGNOSTICS naming a JSON file, it publishes that fixed list instead: the bench
 * gives it what our server publishes for the same text, which prices sending and parsing the
 * diagnostics apart from working them out.
 */
import { readFileSync } from 'node:fs';
import { Diagnostic, ProposedFeatures, TextDocumentSyncKind, TextDocuments, createConnection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const replayFile = process.env.REPLAY_DIAGNOSTICS;
const diagnostics: Diagnostic[] = replayFile ? JSON.parse(readFileSync(replayFile, 'utf8')) as Diagnostic[] : [];
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } } }));
documents.onDidChangeContent(({ document }) => {
  setImmediate(() => void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics }));
});
documents.listen(connection);
connection.listen();
