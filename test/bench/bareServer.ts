/**
 * The benchmark's baseline: an LSP server that keeps documents in sync exactly as ours does and
 * publishes an empty diagnostics list for each version, computing nothing.
 */
import { ProposedFeatures, TextDocumentSyncKind, TextDocuments, createConnection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } } }));
documents.onDidChangeContent(({ document }) => {
  setImmediate(() => void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [] }));
});
documents.listen(connection);
connection.listen();
