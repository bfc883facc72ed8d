/**
 * Reading request parameters defensively: a client may send anything, and a malformed request gets
 * an empty answer rather than an error. Each reader gives undefined for what is missing or mistyped.
 */
import type { ClientCapabilities } from 'vscode-languageserver/node';
import type { Position, Range } from 'vscode-languageserver-types';

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
