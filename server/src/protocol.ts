/**
 * What the VS Code client and the language server say to each other beyond LSP, declared once for
 * both: the requests with their parameters and results, the commands one side runs for the other,
 * and the initialization options. Both sides import it, so a change that one side does not follow
 * is a compile error. Types only, and strings: it adds nothing to either bundle.
 *
 * The server still reads every parameter defensively (another client may send anything); the
 * types say what the VS Code client sends and what every client gets back.
 */
import type { Position, TextDocumentIdentifier } from 'vscode-languageserver-types';
import type { SummaryRow } from './service/features/compile';
import type { SummaryGrid } from './service/features/summary';
import type { Counts } from './service/features/counts';
import type { Preview } from './service/languageService';

/** A request: its method, with the types of its parameters and result carried for the compilers. */
export interface Request<Params, Result> {
  readonly method: string;
  /** Never set: it only carries the types. */
  readonly types?: { readonly params: Params; readonly result: Result };
}

const request = <Params, Result>(method: string): Request<Params, Result> => ({ method });

/** The status bar: the document's character count and the current section's, in the messages' language. */
export const CountsRequest = request<{ textDocument: TextDocumentIdentifier; position: Position }, Counts | null>('fazhi-report/counts');

/** Plain-text detection: whether the opening lines of a document show a report title. */
export const IsReportRequest = request<{ text: string }, boolean>('fazhi-report/isReport');

/** Whether a document's opening looks decoded with the wrong encoding (GBK read as UTF-8). */
export const LooksMisdecodedRequest = request<{ text: string }, boolean>('fazhi-report/looksMisdecoded');

/** The 公文 preview's pages of an open document. */
export const PreviewRequest = request<{ textDocument: TextDocumentIdentifier }, Preview | null>('fazhi-report/preview');

/**
 * The Word reader: a `.docx` (base64; `name`, the file's name for the message; `messageLanguage`,
 * the client's setting) as report text, or why it cannot be read (`error`, a `DocxFailure` or
 * `unexpected`) with the message to show.
 */
export const ImportDocxRequest = request<{ data: string; name?: string; messageLanguage?: string }, { text: string } | { error: string; message: string }>('fazhi-report/importDocx');

/** The Word export: the `.docx` files of an open document (base64), and how many findings at warning or above it has. */
export interface ExportResult {
  readonly files: readonly { readonly name: string; readonly data: string }[];
  readonly problems: number;
  /** How many reports the document holds: a compilation may be exported as one document or one per report. */
  readonly reports: number;
}
export const ExportDocxRequest = request<{ textDocument: TextDocumentIdentifier; split: boolean; fallbackName: string }, ExportResult | null>('fazhi-report/exportDocx');

/** A report file of a compile request, as the client read it: its text, its bytes (base64), or why it could not be read. */
export type CompileFile = { readonly file: string; readonly uri?: string } & ({ readonly text: string } | { readonly data: string } | { readonly error: string });

/** A compilation (汇编) of the report files the client read and sends (the server reads no file), with its summary. */
export interface CompileResult {
  readonly title: string;
  /** The compilation's text, for a new report document. */
  readonly text: string;
  readonly reports: number;
  readonly rows: readonly SummaryRow[];
  /** The rows as the summary table shows them, in the messages' language. */
  readonly grid: SummaryGrid;
  /** The summary as CSV for spreadsheets (UTF-8, the byte-order mark its first character). */
  readonly csv: string;
}
export const CompileRequest = request<{ files: readonly CompileFile[]; title?: string }, CompileResult | null>('fazhi-report/compile');

/** Commands the server executes (`workspace/executeCommand`); their one argument is the document's URI. */
export const SERVER_COMMANDS = {
  renumber: 'fazhi-report.renumber',
  insertMissingSections: 'fazhi-report.insertMissingSections',
} as const;

/** The client's command that adds a word to `fazhiReport.allowedWords` (the quick fix “不再提示”, run by the client: settings are its to edit). */
export const ALLOW_WORD_COMMAND = 'fazhiReport.allowWord';

/** What the VS Code client tells the server when it starts. */
export interface InitializationOptions {
  /** VS Code's display language, for messages when `fazhiReport.messageLanguage` is `auto`. */
  readonly locale: string;
  /** The client command of the quick fix “不再提示”; a client without one gets no such fix. */
  readonly allowWordCommand?: string;
}
