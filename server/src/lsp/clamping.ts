/**
 * Applying `didChange` events as an editor would: a range reaching past the document is clamped to
 * it first. vscode-languageserver-textdocument (1.0.16) applies such a range to the text correctly but
 * then recomputes its line offsets from the range as given, so every later change lands in the wrong
 * place (`一、甲` changed at line 5, then at line 2, gave `三、丙四一、甲`).
 */
import { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import type { TextDocumentsConfiguration } from 'vscode-languageserver/node';

/** A position from the wire as numbers, whatever was sent (missing or non-numeric fields count as 0). */
function readPosition(value: unknown): Position {
  const { line, character } = (typeof value === 'object' && value !== null ? value : {}) as { line?: unknown; character?: unknown };
  const whole = (number: unknown) => (typeof number === 'number' && Number.isFinite(number) ? Math.max(0, Math.floor(number)) : 0);
  return { line: whole(line), character: whole(character) };
}

/** The change with its range inside the document, start before end; a whole-text change as it is. */
export function clampChange(document: TextDocument, change: TextDocumentContentChangeEvent): TextDocumentContentChangeEvent {
  const text = typeof change.text === 'string' ? change.text : '';
  if (!('range' in change) || change.range === undefined) return { text };
  const inside = (position: unknown) => document.offsetAt(readPosition(position));
  const start = inside(change.range.start);
  const end = inside(change.range.end);
  return { range: { start: document.positionAt(Math.min(start, end)), end: document.positionAt(Math.max(start, end)) }, text };
}

export const clampingTextDocuments: TextDocumentsConfiguration<TextDocument> = {
  create: TextDocument.create,
  update(document, changes, version) {
    // One change at a time: each range is clamped against the text the changes before it left.
    for (const change of changes) TextDocument.update(document, [clampChange(document, change)], version);
    if (changes.length === 0) TextDocument.update(document, [], version);
    return document;
  },
};
