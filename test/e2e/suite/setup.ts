/**
 * Shared by the in-host suites: the mocha instance, the workspace's report copies, the expected
 * values the harness computed with the CLI, and polling helpers (the language server answers
 * asynchronously after a document opens or changes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false, reporter: 'spec' });
(globalThis as { __fazhiMocha?: Mocha }).__fazhiMocha = mocha;
mocha.suite.emit('pre-require', globalThis, 'e2e', mocha);

export const EXTENSION_ID = 'fazhi-report.fazhi-report';

export interface OutlineJson { name: string; kind: string; level: number; children: OutlineJson[] }
export interface Expected {
  readonly files: Record<string, string>;
  readonly outlines: Record<string, OutlineJson[]>;
  readonly diagnostics: Record<string, { code: string; severity: string; message: string; range: vscode.Range }[]>;
}

/** Written by the harness next to the bundled suite. */
export const expected: Expected = JSON.parse(readFileSync(join(__dirname, 'expected.json'), 'utf8'));

export function workspaceFile(name: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, name);
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document);
}

/**
 * Polls `read` until `ready` accepts its value, or fails after `timeoutMs`: a working extension
 * answers within a second or two, and a broken one should fail every test in time for the report.
 */
export async function until<T>(read: () => T | Thenable<T>, ready: (value: T) => boolean, what: string, timeoutMs = 10000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ready(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)?.slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export function diagnosticsOf(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === '法治报告助手');
}

export const codeOf = (diagnostic: vscode.Diagnostic) => (typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code));
