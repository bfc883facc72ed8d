/** Converts the service's outline into LSP document symbols. */
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver/node';
import type { OutlineKind, OutlineNode } from '../service/features/outline';

const SYMBOL_KINDS: Readonly<Record<OutlineKind, SymbolKind>> = {
  compilation: SymbolKind.Package,
  contents: SymbolKind.Namespace,
  report: SymbolKind.Module,
  heading: SymbolKind.String,
};

export function toDocumentSymbol(node: OutlineNode): DocumentSymbol {
  return {
    name: node.name,
    detail: node.detail,
    kind: SYMBOL_KINDS[node.kind],
    range: node.range,
    selectionRange: node.selectionRange,
    children: node.children.map(toDocumentSymbol),
  };
}
