#!/usr/bin/env node
/**
 * Fails on any import cycle between the repository's own files (what `madge --circular` reports, without its
 * dependency tree): every static, type-only and dynamic import of every TypeScript file under the given roots is
 * resolved with the compiler's own module resolution, and Tarjan's algorithm finds the strongly connected parts.
 * A cycle is a design smell here even when only types close it: dependencies point one way (CONTRIBUTING.md).
 *   node scripts/check-cycles.cjs            # the default roots below
 *   node scripts/check-cycles.cjs apps/api/src
 */
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const repo = path.resolve(__dirname, '..');
const roots = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      'apps/api/src',
      'apps/api/scripts',
      'apps/admin/src',
      'packages/domain/src',
      'packages/db/src',
      'packages/db/scripts',
      'tests',
    ];

const files = [];
const walk = (dir) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'dist' || e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(ts|tsx|mts|cts)$/.test(e.name) && !e.name.endsWith('.d.ts')) files.push(p);
  }
};
for (const r of roots) walk(path.join(repo, r));

const options = {
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  module: ts.ModuleKind.ESNext,
  allowJs: false,
  jsx: ts.JsxEmit.ReactJSX,
};
const host = ts.createCompilerHost(options);
const own = new Set(files);
const edges = new Map();
for (const file of files) {
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  const to = new Set();
  for (const { fileName } of importedFiles) {
    if (!fileName.startsWith('.')) continue; // packages are checked from their own roots
    const resolved = ts.resolveModuleName(fileName, file, options, host).resolvedModule?.resolvedFileName;
    if (resolved && own.has(path.resolve(resolved))) to.add(path.resolve(resolved));
  }
  edges.set(file, [...to]);
}

// Tarjan's strongly connected components, iteratively (deep trees would overflow recursion).
let index = 0;
const idx = new Map();
const low = new Map();
const onStack = new Set();
const stack = [];
const cycles = [];
for (const start of files) {
  if (idx.has(start)) continue;
  const work = [[start, 0]];
  idx.set(start, index);
  low.set(start, index++);
  stack.push(start);
  onStack.add(start);
  while (work.length) {
    const frame = work[work.length - 1];
    const [v, i] = frame;
    const next = edges.get(v)[i];
    if (next !== undefined) {
      frame[1]++;
      if (!idx.has(next)) {
        idx.set(next, index);
        low.set(next, index++);
        stack.push(next);
        onStack.add(next);
        work.push([next, 0]);
      } else if (onStack.has(next)) low.set(v, Math.min(low.get(v), idx.get(next)));
      continue;
    }
    work.pop();
    if (work.length) low.set(work[work.length - 1][0], Math.min(low.get(work[work.length - 1][0]), low.get(v)));
    if (low.get(v) === idx.get(v)) {
      const part = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        part.push(w);
      } while (w !== v);
      if (part.length > 1 || edges.get(v).includes(v)) cycles.push(part);
    }
  }
}

const rel = (p) => path.relative(repo, p);

// Layers: the API's core (auth, GraphQL plumbing, jobs, files) never imports a feature module — modules register
// with core (loaders, jobs), not the other way round.
const LAYERS = [{ from: 'apps/api/src/core/', mayNotImport: 'apps/api/src/modules/' }];
const crossings = [];
for (const [file, to] of edges) {
  for (const rule of LAYERS)
    if (rel(file).startsWith(rule.from))
      for (const t of to) if (rel(t).startsWith(rule.mayNotImport)) crossings.push(`${rel(file)} → ${rel(t)}`);
}
if (crossings.length) {
  console.error(
    `✖ ${crossings.length} import(s) against the direction of dependencies (core must not import modules):`,
  );
  for (const c of crossings) console.error(`  ${c}`);
  process.exitCode = 1;
}

if (cycles.length) {
  console.error(`✖ ${cycles.length} import cycle(s) among ${files.length} files:`);
  for (const part of cycles) {
    // Show one concrete loop: the shortest path from the component's first file back to itself.
    const inPart = new Set(part);
    const from = new Map([[part[0], null]]);
    const queue = [part[0]];
    let last = null;
    while (queue.length && !last) {
      const v = queue.shift();
      for (const n of edges.get(v)) {
        if (!inPart.has(n)) continue;
        if (n === part[0]) {
          last = v;
          break;
        }
        if (!from.has(n)) {
          from.set(n, v);
          queue.push(n);
        }
      }
    }
    const loop = [];
    for (let v = last; v !== null; v = from.get(v)) loop.unshift(v);
    console.error(`  ${loop.map(rel).join(' → ')} → ${rel(part[0])}`);
  }
  process.exit(1);
}
if (!process.exitCode)
  console.log(`✔ no import cycle, and core imports no module, among ${files.length} files (${roots.join(', ')})`);
