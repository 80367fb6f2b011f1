/**
 * The engine's folders depend on each other in one direction only (a folder per feature, STYLE 7):
 * read every source file's imports and fail when two folders import each other, directly or
 * through others. Test files and the test builders (testkit/) may import anything.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'testkit' ? [] : sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The top folder of a file under src ('.' for files at the top, e.g. assess.ts). */
const folderOf = (file: string): string => {
  const parts = relative(SRC, file).split(sep);
  return parts.length > 1 ? (parts[0] as string) : '.';
};

/** Folder -> the folders its files import (relative imports only; packages are not folders). */
function folderGraph(files: readonly string[], read: (f: string) => string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const from = folderOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const m of read(file).matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/gm)) {
      const to = folderOf(resolve(dirname(file), m[1] as string));
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** Every cycle between folders, each as the path that closes it ('care -> genetics -> care'). */
function folderCycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next].join(' -> '));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

/**
 * Cycles known when this test was written, each with why, so that none is silent: the test fails
 * when a new cycle appears, and also when a listed one is gone (then delete its line).
 */
const KNOWN_CYCLES: Readonly<Record<string, string>> = {};

describe('engine folders import each other in one direction only', () => {
  const files = sourceFiles(SRC);
  const graph = folderGraph(files, (f) => readFileSync(f, 'utf8'));

  it('reads the imports of every folder (care reads genetics; genetics reads neither care nor diagnosis)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(graph.get('care')?.has('genetics')).toBe(true);
    expect(graph.get('genetics')?.has('care')).toBe(false);
    expect(graph.get('genetics')?.has('diagnosis')).toBe(false);
  });

  it('has no cycle between folders but the known ones', () => {
    expect(folderCycles(graph)).toEqual(Object.keys(KNOWN_CYCLES));
  });

  it('the cycle check finds a cycle when there is one (care -> genetics -> care, as before issue 8)', () => {
    const before = new Map([
      ['care', new Set(['genetics', 'facts'])],
      ['genetics', new Set(['care', 'facts'])],
      ['facts', new Set<string>()],
    ]);
    expect(folderCycles(before)).toEqual(['care -> genetics -> care']);
  });
});
