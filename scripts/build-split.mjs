// `make build`: the widget as it ships, split into a small first load and
// modules loaded when first needed (issue 17), plus the demo page.
//
// The order is cargo-leptos's `--split` build:
//   1. the crate, linked with relocations, with `--cfg trd_split` (the one
//      switch that turns `split!` points into split points, src/split.rs);
//   2. wasm-split-cli (crate wasm_split_cli_support, pinned in
//      scripts/setup.sh) cuts it into the main module, one module per
//      split group and the code groups share;
//   3. wasm-bindgen's no-modules glue for the main module, keeping the
//      linker's exports the modules import;
//   4. wasm-opt -O1 on every module (the level that measured smallest);
//   5. one classic trd-widget.js: the splitter's link code (rewritten from
//      an ES module into plain code in the same scope), the glue and the
//      loader, minified; every .wasm with a content-hashed name and its
//      sha384 integrity, which the loader checks for each fetch.
// Then the frame page, the configurator and the demo page (index.html
// without Trunk's build links) go beside it, in dist/ as Trunk laid it out.
//
// The splitter reads wasm-bindgen's internals, so a wasm-bindgen, Leptos or
// splitter bump can break this: every step checks what it expects and
// stops with one line, and `make test` drives the result in browsers.
import { execFileSync, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import {
  fail,
  hashedName,
  loaderFor,
  replaceExactly,
  root,
  sri,
  wrapScript,
  writeFrameAndConfigurator,
  writeIntegrity,
} from './embed.mjs';

const TOOL = 'build-split';
const work = join(root, 'target', 'split');
const dist = join(root, 'dist');
const folder = join(dist, 'trd-widget');
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });
const started = Date.now();

// 1. The crate. Only this crate gets the link flag and the cfg, so the
//    dependencies are not rebuilt (`--cfg erase_components` still comes
//    from .cargo/config.toml for all of them).
run('cargo', [
  'rustc', '--quiet', '--release', '--target', 'wasm32-unknown-unknown', '--lib', '--crate-type', 'cdylib',
  '--', '-C', 'link-arg=--emit-relocs', '--cfg', 'trd_split',
]);
const linked = join(root, 'target', 'wasm32-unknown-unknown', 'release', 'trd_widget.wasm');

// 2. Split.
rmSync(work, { recursive: true, force: true });
const chunks = join(work, 'chunks');
run('wasm-split-cli', [linked, chunks, '--target', 'web', '--out-name', 'trd-widget']);
const linkPath = join(chunks, '__wasm_split.js');
if (!existsSync(linkPath)) fail(TOOL, 'wasm-split-cli wrote no __wasm_split.js: no split point was found (was --cfg trd_split set?).');
const lazyFiles = readdirSync(chunks).filter((f) => /^(split|chunk)_[\w]+\.wasm$/.test(f)).sort();

// 3. The glue.
const bindgen = join(work, 'bindgen');
run('wasm-bindgen', [
  '--target', 'no-modules', '--keep-lld-exports', '--no-demangle',
  '--out-dir', bindgen, '--out-name', 'trd-widget', join(chunks, 'trd-widget.wasm'),
]);

// 4. Optimise every module, two at a time (the machines have two cores).
const optimised = join(work, 'opt');
mkdirSync(optimised, { recursive: true });
const jobs = [[join(bindgen, 'trd-widget_bg.wasm'), join(optimised, 'trd-widget_bg.wasm')]].concat(
  lazyFiles.map((f) => [join(chunks, f), join(optimised, f)]),
);
const execAsync = promisify(execFile);
async function optimiseAll() {
  const queue = jobs.slice();
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      await execAsync('wasm-opt', ['-O1', job[0], '-o', job[1]], { cwd: root });
    }
  };
  await Promise.all([worker(), worker()]);
}
await optimiseAll();

// 5. Assemble. The splitter writes one module per group and one per set
//    of groups that share code (dozens, some of 200 B); they are packed
//    into a few files, each fetched once with its integrity and cut into
//    its modules in the loader (`fetchPart`). A pack compresses as one
//    file, which is also smaller than its parts apart.
const link0 = readFileSync(linkPath, 'utf8');
const groupsOf = {};
for (const [, groups, chunk] of link0.matchAll(/\/\* ([^*]+) \*\/\nconst __(chunk_\d+) = /g)) {
  groupsOf[`${chunk}.wasm`] = groups.split(', ');
}
for (const file of lazyFiles) {
  const group = file.match(/^split_(\w+)\.wasm$/);
  if (group) groupsOf[file] = [group[1]];
  if (!groupsOf[file]) fail(TOOL, `no groups known for ${file}; the splitter's link code changed.`);
}
// The PHQ-9 pack (the review and result, and what they share with
// anything) is fetched ahead while the visitor answers the questions,
// which are in the main module; code shared only by later screens is one
// pack; each later screen's own module is one.
const PHQ9_GROUPS = ['answers'];
const packOf = (file) => {
  const groups = groupsOf[file];
  if (groups.some((g) => PHQ9_GROUPS.includes(g))) return 'phq9';
  if (groups.length > 1) return 'shared';
  return groups[0];
};
const packs = {};
for (const file of lazyFiles) (packs[packOf(file)] ||= []).push(file);

rmSync(dist, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
const files = [];
const place = (stem, bytes, extension) => {
  const name = hashedName(stem, bytes).replace(/\.wasm$/, extension);
  writeFileSync(join(folder, name), bytes);
  const entry = { name, integrity: sri(bytes) };
  files.push(entry);
  return entry;
};
const main = place('trd-widget_bg', readFileSync(join(optimised, 'trd-widget_bg.wasm')), '.wasm');
// Where each module is: its pack's file and its byte range in it.
const parts = {};
for (const [pack, members] of Object.entries(packs).sort()) {
  let offset = 0;
  const ranges = members.map((file) => {
    const bytes = readFileSync(join(optimised, file));
    const range = { file, start: offset, end: offset + bytes.length };
    offset += bytes.length;
    return [range, bytes];
  });
  const entry = place(`trd-widget_${pack}`, Buffer.concat(ranges.map(([, bytes]) => bytes)), '.bin');
  for (const [range] of ranges) parts[range.file] = { ...range, pack: entry.name };
}

// The splitter's link code is an ES module that imports the glue and
// fetches relative to import.meta.url; here it becomes plain code in the
// script's scope, fetching through the loader's fetchPart (integrity,
// credentials omitted, the loader's messages).
let link = link0;
link = replaceExactly(TOOL, '__wasm_split.js', link, 'import { initSync } from "./trd-widget.js";\n', '');
link = replaceExactly(TOOL, '__wasm_split.js', link, 'initSync(undefined, undefined)', 'wasm_bindgen.initSync(undefined, undefined)');
link = replaceExactly(TOOL, '__wasm_split.js', link, 'console.error(e);', 'chunkFailed(e);');
let fetches = 0;
link = link.replace(/fetch\(new URL\("\.\/([\w]+\.wasm)", import\.meta\.url\)\)/g, (_, file) => {
  const part = parts[file];
  if (!part) fail(TOOL, `__wasm_split.js fetches ${file}, which wasm-split-cli did not write.`);
  fetches += 1;
  return `fetchPart(${JSON.stringify(part.pack)}, ${part.start}, ${part.end})`;
});
if (fetches !== lazyFiles.length) fail(TOOL, `__wasm_split.js fetches ${fetches} files, but there are ${lazyFiles.length}.`);
const exported = [];
link = link.replace(/^export const (\w+) = /gm, (_, name) => {
  exported.push(name);
  return `const ${name} = `;
});
if (exported.length === 0 || /\bexport\b|import\.meta|\bimport\b/.test(link)) {
  fail(TOOL, '__wasm_split.js still has module syntax after rewriting; the splitter changed.');
}
link += `\nconst splitLoaders = { ${exported.join(', ')} };\n`;

let glue = readFileSync(join(bindgen, 'trd-widget.js'), 'utf8');
const requires = glue.split('require("./__wasm_split.js")').length - 1;
if (requires === 0) fail(TOOL, 'the glue imports no split loader; was the main module split?');
glue = glue.split('require("./__wasm_split.js")').join('splitLoaders');
if (/require\(|__wasm_split_placeholder__/.test(glue)) fail(TOOL, 'the glue still requires a module: ' + glue.match(/require\([^)]*\)|__wasm_split_placeholder__/)[0]);

const chunkIntegrity = Object.fromEntries(files.slice(1).map(({ name, integrity }) => [name, integrity]));
const script = transformSync(
  wrapScript([link, glue, loaderFor(TOOL, { wasmName: main.name, wasmIntegrity: main.integrity, chunkIntegrity })]),
  { minify: true, legalComments: 'inline', target: 'es2020' },
).code;
writeFileSync(join(folder, 'trd-widget.js'), script);
writeIntegrity(folder, script, files);
writeFrameAndConfigurator(folder, dist);

// The demo page as Trunk would leave it: its build links gone, the page's
// own stylesheet beside it.
const page = readFileSync(join(root, 'index.html'), 'utf8')
  .split('\n')
  .filter((line) => !line.includes('data-trunk'))
  .join('\n');
writeFileSync(join(dist, 'index.html'), page);
copyFileSync(join(root, 'demo', 'clinic.css'), join(dist, 'clinic.css'));

// What the size report, the bench and the e2e tests read (not shipped):
// which pack each group of screens needs.
const GROUP_ORDER = ['answers', 'staging', 'learn', 'summary', 'storage'];
const packFiles = Object.fromEntries(Object.entries(packs).map(([pack, members]) => [pack, parts[members[0]].pack]));
const needs = Object.fromEntries(
  GROUP_ORDER.map((group) => [
    group,
    Object.keys(packs)
      .filter((pack) => packs[pack].some((file) => groupsOf[file].includes(group)))
      .sort(),
  ]),
);
if (Object.values(needs).some((list) => list.length === 0) || Object.keys(groupsOf).some((f) => !groupsOf[f].every((g) => GROUP_ORDER.includes(g)))) {
  fail(TOOL, `the split groups are not ${GROUP_ORDER.join(', ')}; update GROUP_ORDER here and in scripts/size-report.mjs.`);
}
writeFileSync(
  join(dist, 'split.json'),
  `${JSON.stringify({ script: 'trd-widget.js', main: main.name, packs: packFiles, needs }, null, 2)}\n`,
);
console.log(
  `${TOOL}: the main module and ${lazyFiles.length} modules in ${Object.keys(packs).length} packs, ` +
    `trd-widget.js (${script.length} bytes) in ${folder}, in ${Math.round((Date.now() - started) / 1000)} s`,
);
