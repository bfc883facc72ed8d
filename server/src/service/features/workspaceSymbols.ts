/** Headings across the open reports, for "Go to Symbol in Workspace". */
import type { SymbolInformation } from 'vscode-languageserver-types';
import { OutlineNode, symbolKindOf } from './outline';

/** Whether every character of the query appears in the name, in order (as VS Code's own filter does). */
export function matchesQuery(name: string, query: string): boolean {
  let position = 0;
  for (const char of query.toLowerCase()) {
    if (char.trim() === '') continue;
    position = name.toLowerCase().indexOf(char, position);
    if (position < 0) return false;
    position += char.length;
  }
  return true;
}

export function workspaceSymbols(outlines: readonly { uri: string; outline: readonly OutlineNode[] }[], query: string): SymbolInformation[] {
  const symbols: SymbolInformation[] = [];
  const visit = (uri: string, node: OutlineNode, container: string | undefined) => {
    if (node.kind !== 'contents' && matchesQuery(node.name, query)) {
      symbols.push({ name: node.name, kind: symbolKindOf(node), location: { uri, range: node.selectionRange }, containerName: container });
    }
    for (const child of node.children) visit(uri, child, node.kind === 'heading' && container ? container : node.name);
  };
  for (const { uri, outline } of outlines) for (const node of outline) visit(uri, node, undefined);
  return symbols;
}
