// How much JavaScript the tablet fetches and runs before its first frame: the renderer is built
// (vite build into dist/renderer), then the entry script of index.html is followed through its
// static imports and modulepreload links; every other chunk is loaded later (lazy). Prints one
// JSON line with the first-load gzip size (target ≤ 120 KB), its chunks, the lazy total, and
// whether JSON-schema code (zod's toJSONSchema, which the app never calls) is among them.
// `npx tsx bench/bundle.ts [--no-build]`
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist', 'renderer');
const TARGET_KB = 120;

const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false } } });

if (!values['no-build']) {
  console.error('vite build…');
  // Vite's own report goes to stderr: this script's stdout carries the JSON line alone.
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 2, 2],
  });
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Scripts and modulepreloads the page names: fetched before the entry runs. The prerendered
 * page names only its boot script, which loads the entry and its preloads just after the first
 * frame (src/renderer/prerender): they count too, the home is not usable without them. */
function pageScripts(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)) if (m[1]) found.push(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g))
    if (m[1]) found.push(m[1]);
  for (const m of html.matchAll(/\sdata-entry="([^"]+\.js)"/g)) if (m[1]) found.push(m[1]);
  for (const m of html.matchAll(/\sdata-preloads="([^"]*)"/g))
    found.push(...(m[1] ?? '').split(' ').filter((src) => src.endsWith('.js')));
  return found.map((src) => normalize(join(DIST, src)));
}

/** A chunk's static imports (`import … from "./x.js"`, `import "./x.js"`), not `import("./x.js")`. */
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const found = new Set<string>();
  for (const m of code.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
  ))
    if (m[1]) found.add(normalize(join(dirname(file), m[1])));
  return [...found];
}

const page = readFileSync(join(DIST, 'index.html'), 'utf8');
/** The boot script the build writes inline into the page (no src): JavaScript of the first load
 * too, counted beside the files. */
const inlineScripts = [...page.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => m[1] ?? '')
  .filter((code) => code.trim() !== '');
const inlineRaw = inlineScripts.reduce((sum, code) => sum + Buffer.byteLength(code), 0);
const inlineGzip = inlineScripts.reduce(
  (sum, code) => sum + gzipSync(code, { level: 9 }).length,
  0,
);

const firstLoad = new Set<string>();
const queue = pageScripts(page);
while (queue.length > 0) {
  const file = queue.pop() as string;
  if (firstLoad.has(file)) continue;
  firstLoad.add(file);
  queue.push(...staticImports(file));
}

const allJs = readdirSync(join(DIST, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => join(DIST, 'assets', f));
const lazy = allJs.filter((f) => !firstLoad.has(f));
const chunks = [...firstLoad].map((file) => ({
  file: relative(DIST, file),
  raw_kb: kb(readFileSync(file).length),
  gzip_kb: kb(gzipBytes(file)),
}));
if (inlineScripts.length > 0)
  chunks.push({ file: 'index.html (inline)', raw_kb: kb(inlineRaw), gzip_kb: kb(inlineGzip) });
/** zod's JSON-schema generator, by names its code carries. */
const JSON_SCHEMA = /toJSONSchema|JSONSchemaGenerator|json-schema\.org/;
const jsonSchemaCode = [...firstLoad].some((file) => JSON_SCHEMA.test(readFileSync(file, 'utf8')));
const jsonSchemaLazy = lazy.some((file) => JSON_SCHEMA.test(readFileSync(file, 'utf8')));

console.log(
  JSON.stringify({
    name: 'bundle',
    first_load_gzip_kb: kb([...firstLoad].reduce((sum, f) => sum + gzipBytes(f), inlineGzip)),
    first_load_raw_kb: kb(
      [...firstLoad].reduce((sum, f) => sum + readFileSync(f).length, inlineRaw),
    ),
    chunks,
    lazy_gzip_kb: kb(lazy.reduce((sum, f) => sum + gzipBytes(f), 0)),
    json_schema_code: jsonSchemaCode,
    json_schema_code_lazy: jsonSchemaLazy,
    target_kb: TARGET_KB,
  }),
);
