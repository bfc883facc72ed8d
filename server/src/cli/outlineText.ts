import type { OutlineNode } from '../service/features/outline';

/** The outline for people: one node per line, indented by depth, with its 1-based line span. */
export function outlineText(nodes: readonly OutlineNode[]): string {
  const lines: string[] = [];
  const visit = (node: OutlineNode, depth: number) => {
    const first = node.range.start.line + 1;
    const last = node.range.end.line + 1;
    lines.push(`${'  '.repeat(depth)}${node.name}  [${first === last ? first : `${first}-${last}`}]`);
    for (const child of node.children) visit(child, depth + 1);
  };
  for (const node of nodes) visit(node, 0);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
