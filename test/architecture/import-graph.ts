import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
  from: string;
  to: string;
  /** Erased at compile time: `import type`, `export type`, or every name marked `type`. */
  typeOnly: boolean;
}

const root = path.resolve(__dirname, '../..');

/** The project's own source files as tsc sees them, tests and generated code aside. */
export function sourceFiles(): string[] {
  const { config } = ts.readConfigFile(path.join(root, 'tsconfig.json'), (file) => ts.sys.readFile(file));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root);
  return parsed.fileNames
    .map((file) => path.relative(root, file))
    .filter((file) => !file.startsWith('test/') && !file.includes('/generated/'));
}

function namesAllTypeOnly(bindings: ts.Node | undefined): boolean {
  if (!bindings || !(ts.isNamedImports(bindings) || ts.isNamedExports(bindings))) return false;
  return bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

/**
 * A file's relative imports and re-exports, and the `import('…')` and `require…('…')` calls that
 * load code at run time (the worker bundling its workflows folder, tracing loaded on demand).
 */
export function importsOf(file: string): ImportEdge[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.ES2022);
  const edges: ImportEdge[] = [];
  const add = (specifier: ts.Node | undefined, typeOnly: boolean) => {
    if (!specifier || !ts.isStringLiteralLike(specifier) || !specifier.text.startsWith('.')) return;
    const to = path.normalize(path.join(path.dirname(file), specifier.text)).replace(/\.js$/, '');
    edges.push({ from: file, to, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && namesAllTypeOnly(clause.namedBindings)));
      add(node.moduleSpecifier, typeOnly);
    } else if (ts.isExportDeclaration(node)) {
      add(node.moduleSpecifier, node.isTypeOnly || namesAllTypeOnly(node.exportClause));
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(source);
      if (callee === 'import' || callee === 'require' || callee === 'require.resolve') add(node.arguments[0], false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

/** The top-level folder a file lives in; a file at the root is a room of its own. */
export function roomOf(file: string): string {
  return file.split('/')[0].replace(/\.ts$/, '');
}

/** For each room, the rooms it loads at run time, each with the first file import that does it. */
export function roomImports(): Map<string, Map<string, ImportEdge>> {
  const rooms = new Map<string, Map<string, ImportEdge>>();
  for (const file of sourceFiles()) {
    for (const edge of importsOf(file)) {
      const [from, to] = [roomOf(edge.from), roomOf(edge.to)];
      if (edge.typeOnly || from === to) continue;
      const targets = rooms.get(from) ?? new Map<string, ImportEdge>();
      if (!targets.has(to)) targets.set(to, edge);
      rooms.set(from, targets);
    }
  }
  return rooms;
}

/**
 * The import loops between rooms: each strongly connected group of more than one room (Tarjan's
 * algorithm), named by its rooms and the file imports that tie them together.
 */
export function roomLoops(): string[][] {
  const imports = roomImports();
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const loops: string[][] = [];
  const connect = (room: string) => {
    index.set(room, index.size);
    low.set(room, index.get(room)!);
    stack.push(room);
    for (const next of imports.get(room)?.keys() ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(room, Math.min(low.get(room)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(room, Math.min(low.get(room)!, index.get(next)!));
      }
    }
    if (low.get(room) !== index.get(room)) return;
    const group = stack.splice(stack.indexOf(room));
    if (group.length < 2) return;
    const ties = group.flatMap((from) =>
      [...(imports.get(from) ?? [])]
        .filter(([to]) => group.includes(to))
        .map(([, edge]) => `${edge.from} → ${edge.to}`),
    );
    loops.push([group.sort().join(' ↔ '), ...ties]);
  };
  for (const room of imports.keys()) if (!index.has(room)) connect(room);
  return loops;
}
