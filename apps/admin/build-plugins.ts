import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

import type { Plugin } from 'vite';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/**
 * Replaces each `graphql(`…`)` call with the document codegen generated for it (`query Me` → `MeDocument`,
 * `fragment X` → `XFragmentDoc`, fragments it spreads included), inlined where it is used. Without it every page
 * loads the lookup map of all documents (`src/gql/gql.ts`), and importing the documents instead would still keep
 * them in one module, hence one chunk: ~330 kB before compression, at start. Codegen's babel and swc plugins do
 * the same for other build setups. A call whose document codegen did not generate fails the build.
 */
export function graphqlDocuments(gqlDir: string): Plugin {
  const generated = path.join(gqlDir, 'graphql.ts');
  let documents: Map<string, string> | undefined;
  return {
    name: 'grassroots:graphql-documents',
    enforce: 'pre',
    buildStart() {
      documents = undefined;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(gqlDir) || !/\bgraphql\(\s*`/.test(code)) return;
      documents ??= new Map(
        [
          ...fs
            .readFileSync(generated, 'utf8')
            .matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm),
        ].map((m) => [m[1]!, m[2]!]),
      );
      const out = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (_call, doc: string) => {
        const m = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/.exec(doc);
        const json = m && documents!.get(m[1] === 'fragment' ? `${m[2]}FragmentDoc` : `${m[2]}Document`);
        if (!json) this.error(`${id}: no generated document for graphql(\`${doc.trim().slice(0, 60)}…\`); run codegen`);
        return `(${json})`;
      });
      return { code: out, map: null };
    },
  };
}

/** Files worth compressing: below ~1 KB the headers cost more than the saving. */
const COMPRESSIBLE = /\.(js|css|html|svg|json)$/;
const MIN_BYTES = 1024;

interface Row {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
  /** Loaded by index.html itself (the entry and its static imports), before any route's own chunk. */
  initial: boolean;
}

/**
 * Writes `<file>.gz` and `<file>.br` beside every compressible asset (the server sends them as they are, with
 * Content-Encoding), then prints each chunk's raw, gzip and brotli size and writes bundle-report.json beside the output folder
 * (not served) with the largest modules of every chunk, for finding what made a chunk grow.
 */
export function precompressAndReport(): Plugin {
  let outDir = 'dist';
  const initial = new Set<string>();
  const modules: Record<string, { id: string; bytes: number }[]> = {};
  const graph: Record<string, { imports: string[]; dynamicImports: string[] }> = {};
  return {
    name: 'grassroots:precompress-and-report',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      if (process.env.WHY) {
        const kept = new Map<string, string>();
        for (const c of Object.values(bundle))
          if (c.type === 'chunk')
            for (const [id, m] of Object.entries(c.modules)) if (m.renderedLength > 0) kept.set(id, c.fileName);
        for (const id of kept.keys())
          if (new RegExp(process.env.WHY).test(id)) {
            const imp = (this.getModuleInfo(id)?.importers ?? []).filter((i) => kept.has(i));
            console.log(
              'WHY',
              id.replace(/^.*node_modules\//, ''),
              kept.get(id),
              '\n   <- ' + imp.map((i) => i.replace(/^.*node_modules\//, '') + ' ' + kept.get(i)).join('\n   <- '),
            );
          }
      }
      const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
      const visit = (name: string) => {
        const c = bundle[name];
        if (!c || initial.has(name)) return;
        initial.add(name);
        if (c.type === 'chunk') c.imports.forEach(visit);
      };
      if (entry) visit(entry.fileName);
      for (const c of Object.values(bundle)) {
        if (c.type !== 'chunk') continue;
        graph[c.fileName] = { imports: c.imports, dynamicImports: c.dynamicImports };
        modules[c.fileName] = Object.entries(c.modules)
          .map(([id, m]) => ({
            id: id.replace(/^.*node_modules[\\/]/, '').replace(/^.*[\\/]apps[\\/]admin[\\/]/, ''),
            bytes: m.renderedLength,
          }))
          .sort((a, b) => b.bytes - a.bytes);
      }
    },
    async closeBundle() {
      const rows: Row[] = [];
      const walk = (dir: string): string[] =>
        fs
          .readdirSync(dir, { withFileTypes: true })
          .flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]));
      for (const file of walk(outDir)) {
        if (!COMPRESSIBLE.test(file)) continue;
        const body = fs.readFileSync(file);
        const rel = path.relative(outDir, file).split(path.sep).join('/');
        const [gz, br] = await Promise.all([
          gzip(body, { level: 9 }),
          brotli(body, {
            params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
          }),
        ]);
        if (body.length >= MIN_BYTES) {
          fs.writeFileSync(`${file}.gz`, gz);
          fs.writeFileSync(`${file}.br`, br);
        }
        rows.push({
          file: rel,
          raw: body.length,
          gzip: gz.length,
          brotli: br.length,
          initial: initial.has(rel) || rel === 'index.html',
        });
      }
      rows.sort((a, b) => a.raw - b.raw);
      const kb = (n: number) => (n / 1000).toFixed(1).padStart(8);
      const sum = (rs: Row[], k: 'raw' | 'gzip' | 'brotli') => rs.reduce((a, r) => a + r[k], 0);
      const lines = [
        '',
        'bundle report (kB = 1000 bytes; * = loaded by index.html before any page chunk)',
        `${'file'.padEnd(52)}      raw     gzip   brotli`,
      ];
      for (const r of rows)
        lines.push(`${(r.initial ? '* ' : '  ') + r.file.padEnd(50)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
      const init = rows.filter((r) => r.initial && r.file.endsWith('.js'));
      const js = rows.filter((r) => r.file.endsWith('.js'));
      lines.push(
        `${'initial JS (*)'.padEnd(52)} ${kb(sum(init, 'raw'))} ${kb(sum(init, 'gzip'))} ${kb(sum(init, 'brotli'))}`,
      );
      lines.push(
        `${`all JS (${js.length} files)`.padEnd(52)} ${kb(sum(js, 'raw'))} ${kb(sum(js, 'gzip'))} ${kb(sum(js, 'brotli'))}`,
      );
      console.log(lines.join('\n'));
      fs.writeFileSync(
        path.join(outDir, '..', 'bundle-report.json'),
        JSON.stringify({ files: rows, graph, modules }, null, 1),
      );
    },
  };
}
