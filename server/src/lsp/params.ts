/**
 * Reading request parameters defensively: a client may send anything, and a malformed request gets
 * an empty answer rather than an error. Each reader gives undefined for what is missing or mistyped.
 */
import type { ClientCapabilities } from 'vscode-languageserver/node';
import type { Position, Range } from 'vscode-languageserver-types';
import type { CompileFile } from '../protocol';

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

function isWhole(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function asPosition(value: unknown): Position | undefined {
  const line = field(value, 'line');
  const character = field(value, 'character');
  return isWhole(line) && isWhole(character) ? { line, character } : undefined;
}

/** `params.textDocument.uri`. */
export function readUri(params: unknown): string | undefined {
  const uri = field(field(params, 'textDocument'), 'uri');
  return typeof uri === 'string' ? uri : undefined;
}

/** `params.position`. */
export function readPosition(params: unknown): Position | undefined {
  return asPosition(field(params, 'position'));
}

/** A range field of the parameters, with its start before its end. */
export function readRange(params: unknown, name: string): Range | undefined {
  const range = field(params, name);
  const start = asPosition(field(range, 'start'));
  const end = asPosition(field(range, 'end'));
  if (!start || !end) return undefined;
  const startsFirst = start.line < end.line || (start.line === end.line && start.character <= end.character);
  return startsFirst ? { start, end } : { start: end, end: start };
}

export function readString(params: unknown, name: string): string | undefined {
  const value = field(params, name);
  return typeof value === 'string' ? value : undefined;
}

/** `params.context.only` of a code-action request: the kinds asked for, when it names some. */
export function readKinds(params: unknown): string[] | undefined {
  const only = field(field(params, 'context'), 'only');
  return Array.isArray(only) ? only.filter((kind): kind is string => typeof kind === 'string') : undefined;
}

/** The client's capabilities, or none when it sent something else. */
export function readCapabilities(params: unknown): ClientCapabilities {
  const capabilities = field(params, 'capabilities');
  return typeof capabilities === 'object' && capabilities !== null ? capabilities as ClientCapabilities : {};
}

/** The language of the messages: the client's `initializationOptions.locale`, else its display language. */
export function readLocale(params: unknown): string | undefined {
  return readString(field(params, 'initializationOptions'), 'locale') ?? readString(params, 'locale');
}

/** The client's command that adds a word to the allowed words (`initializationOptions.allowWordCommand`), if it has one. */
export function readAllowWordCommand(params: unknown): string | undefined {
  return readString(field(params, 'initializationOptions'), 'allowWordCommand');
}

/** A report file of a compile request, as the client read it: its text, its bytes (base64), or why it could not be read. */

/** `params.files` of a compile request: each entry with a name and one of text, data or error; undefined when it is no such list. */
export function readCompileFiles(params: unknown): CompileFile[] | undefined {
  const files = field(params, 'files');
  if (!Array.isArray(files)) return undefined;
  const read: CompileFile[] = [];
  for (const entry of files) {
    const file = field(entry, 'file');
    const uri = field(entry, 'uri');
    if (typeof file !== 'string') return undefined;
    const base = { file, ...(typeof uri === 'string' ? { uri } : {}) };
    const [text, data, error] = [field(entry, 'text'), field(entry, 'data'), field(entry, 'error')];
    if (typeof text === 'string') read.push({ ...base, text });
    else if (typeof data === 'string') read.push({ ...base, data });
    else if (typeof error === 'string') read.push({ ...base, error });
    else return undefined;
  }
  return read;
}
