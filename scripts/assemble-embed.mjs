// Trunk post_build hook: assembles the one file a clinic links to.
//
// Trunk leaves wasm-bindgen's `no-modules` glue at trd-widget/trd-widget.js;
// it declares a global `wasm_bindgen`. This wraps the glue and the loader
// (src/platform/loader.js) in one function scope, so the page gains a
// custom element and no globals, and writes the result back under the same
// stable name.
//
// The wasm gets a content hash in its name, so a CDN or a clinic's server
// can cache it forever, and the loader fetches it with that hash as its
// Subresource Integrity: a tampered or mismatched file is refused.
// `integrity.txt` next to them lists both files' SRI hashes for the
// snippet (README, "For clinic staff").
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync, renameSync, copyFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('assemble-embed: TRUNK_STAGING_DIR is not set; run this through `trunk build`.');
  process.exit(1);
}
const gluePath = join(staging, 'trd-widget', 'trd-widget.js');
if (!existsSync(gluePath)) {
  console.error(`assemble-embed: ${gluePath} is missing; check data-target-path in index.html.`);
  process.exit(1);
}
const glue = readFileSync(gluePath, 'utf8');
if (glue.includes('trd-widget loader')) {
  // Trunk re-runs hooks on an already assembled file when nothing changed.
  process.exit(0);
}
const folder = join(staging, 'trd-widget');
const plainWasm = join(folder, 'trd-widget_bg.wasm');
if (!existsSync(plainWasm)) {
  console.error(`assemble-embed: ${plainWasm} is missing.`);
  process.exit(1);
}
const wasm = readFileSync(plainWasm);
const wasmName = `trd-widget_bg-${createHash('sha256').update(wasm).digest('hex').slice(0, 16)}.wasm`;
const wasmIntegrity = `sha384-${createHash('sha384').update(wasm).digest('base64')}`;
renameSync(plainWasm, join(folder, wasmName));
const FILE_LINE = "const WASM_FILE = 'trd-widget_bg.wasm';";
const INTEGRITY_LINE = 'const WASM_INTEGRITY = null;';
let loader = readFileSync(join(root, 'src', 'platform', 'loader.js'), 'utf8');
if (!loader.includes(FILE_LINE) || !loader.includes(INTEGRITY_LINE)) {
  console.error('assemble-embed: src/platform/loader.js no longer has the WASM_FILE and WASM_INTEGRITY lines to fill in.');
  process.exit(1);
}
loader = loader
  .replace(FILE_LINE, `const WASM_FILE = '${wasmName}';`)
  .replace(INTEGRITY_LINE, `const WASM_INTEGRITY = '${wasmIntegrity}';`);
const assembled = [
  '/*! trd-widget loader. Embed: <script src=".../trd-widget/trd-widget.js" defer></script> <trd-widget></trd-widget> */',
  '(function () {',
  '"use strict";',
  glue,
  loader,
  '})();',
  '',
].join('\n');
writeFileSync(gluePath, assembled);
// The frame page for builders that strip scripts (README, "In a frame").
for (const file of ['frame.html', 'frame.js', 'frame.css']) {
  copyFileSync(join(root, 'src', 'platform', file), join(folder, file));
}
// The configurator for clinic staff (configure.html in the build root).
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
copyFileSync(join(root, 'demo', 'configure.js'), join(staging, 'configure.js'));
copyFileSync(join(root, 'demo', 'configure.css'), join(staging, 'configure.css'));
writeFileSync(
  join(staging, 'configure.html'),
  readFileSync(join(root, 'demo', 'configure.html'), 'utf8').replace('__VERSION__', version),
);
const scriptIntegrity = `sha384-${createHash('sha384').update(assembled).digest('base64')}`;
writeFileSync(
  join(folder, 'integrity.txt'),
  `trd-widget.js ${scriptIntegrity}\n${wasmName} ${wasmIntegrity}\n`,
);
console.log(`assemble-embed: wrote ${gluePath} (${assembled.length} bytes) and ${wasmName}`);
