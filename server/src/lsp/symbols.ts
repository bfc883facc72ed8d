/** Converts the service's outline into LSP document symbols. */
import type { DocumentSymbol } from 'vscode-languageserver/node';
import { OutlineNode, symbolKindOf } from '../service/features/outline';

export function toDocumentSymbol(node: OutlineNode): DocumentSymbol {
  return {
    name: node.name,
    detail: node.detail,
    kind: symbolKindOf(node),
    range: node.range,
    selectionRange: node.selectionRange,
    children: node.children.map(toDocumentSymbol),
  };
}
