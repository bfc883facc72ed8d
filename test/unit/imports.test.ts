import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

// The layers of server/src as an import graph: arrows point down, so there is no circle, and the
// document model (service/model) imports nothing from the layers built on it.
const SOURCE_ROOT = path.resolve(__dirname, '../../server/src');
const MODEL = 'service/model/';
const ABOVE_MODEL = ['service/checks/', 'service/features/', 'service/layout/', 'lsp/', 'cli/'];

/** Every relative module specifier a file imports or re-exports, types included. */
export function importSpecifiers(source: string): string[] {
    const specifiers: string[] = [];
    const statement = /(?:^|[;\n])\s*(?:import|export)\s+(?:[\w$*{}\s,]+?\s*from\s*)?['"]([^'"]+)['"]/g;
    for (const match of source.matchAll(statement)) specifiers.push(match[1]);
    return specifiers.filter(specifier => specifier.startsWith('.'));
}

function sourceFiles(folder: string): string[] {
    return fs.readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) return sourceFiles(full);
        return entry.name.endsWith('.ts') ? [full] : [];
    });
}

function resolve(from: string, specifier: string): string {
    const base = path.resolve(path.dirname(from), specifier);
    for (const candidate of [base, `${base}.ts`, path.join(base, 'index.ts')]) {
        if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
    }
    throw new Error(`${path.relative(SOURCE_ROOT, from)} imports '${specifier}', which is no file`);
}

/** The import graph, keyed by paths relative to server/src with forward slashes. */
function importGraph(): Map<string, string[]> {
    const name = (file: string) => path.relative(SOURCE_ROOT, file).split(path.sep).join('/');
    const graph = new Map<string, string[]>();
    for (const file of sourceFiles(SOURCE_ROOT)) {
        const targets = importSpecifiers(fs.readFileSync(file, 'utf8'))
            .filter(specifier => !specifier.endsWith('.json'))
            .map(specifier => name(resolve(file, specifier)));
        graph.set(name(file), [...new Set(targets)]);
    }
    return graph;
}

/** One circle per strongly connected component with more than one file (or a self-import). */
export function circles(graph: Map<string, string[]>): string[][] {
    // Tarjan's algorithm, iterative so a deep chain cannot overflow the stack.
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const onStack = new Set<string>();
    const stack: string[] = [];
    const found: string[][] = [];
    let counter = 0;
    for (const root of graph.keys()) {
        if (index.has(root)) continue;
        const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
        index.set(root, counter); low.set(root, counter++); stack.push(root); onStack.add(root);
        while (work.length > 0) {
            const frame = work[work.length - 1];
            const targets = graph.get(frame.node) ?? [];
            if (frame.next < targets.length) {
                const target = targets[frame.next++];
                if (!index.has(target)) {
                    index.set(target, counter); low.set(target, counter++);
                    stack.push(target); onStack.add(target);
                    work.push({ node: target, next: 0 });
                } else if (onStack.has(target)) {
                    low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
                }
                continue;
            }
            work.pop();
            if (work.length > 0) {
                const parent = work[work.length - 1].node;
                low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
            }
            if (low.get(frame.node) !== index.get(frame.node)) continue;
            const component: string[] = [];
            let member: string;
            do {
                member = stack.pop()!;
                onStack.delete(member);
                component.push(member);
            } while (member !== frame.node);
            if (component.length > 1 || targets.includes(frame.node)) found.push(component.sort());
        }
    }
    return found;
}

describe('import graph of server/src', () => {
    const graph = importGraph();

    it('reads multi-line, type-only and re-export statements', () => {
        const source = "import {\n  a,\n  b,\n} from './a';\nimport type { C } from \"../c\";\n" +
            "export * from './d';\nimport './e';\nconst s = 'import x from \"./not\"';\nimport * as fs from 'node:fs';\n";
        assert.deepEqual(importSpecifiers(source), ['./a', '../c', './d', './e']);
    });

    it('finds a circle when there is one', () => {
        const looped = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]);
        assert.deepEqual(circles(looped), [['a', 'b', 'c']]);
    });

    it('has no circle', () => {
        assert.deepEqual(circles(graph), []);
    });

    it('has no arrow from the document model up to checks, features, layout or the adapters', () => {
        const upward: string[] = [];
        for (const [file, targets] of graph) {
            if (!file.startsWith(MODEL)) continue;
            for (const target of targets) {
                if (ABOVE_MODEL.some(layer => target.startsWith(layer))) upward.push(`${file} → ${target}`);
            }
        }
        assert.deepEqual(upward, []);
    });
});
