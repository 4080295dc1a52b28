// Trunk post_build hook: assembles the one file a clinic links to.
//
// Trunk leaves wasm-bindgen's `no-modules` glue at trd-widget/trd-widget.js;
// it declares a global `wasm_bindgen`. This wraps the glue and the loader
// (src/platform/loader.js) in one function scope, so the page gains a
// custom element and no globals, and writes the result back under the same
// stable name.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
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
const loader = readFileSync(join(root, 'src', 'platform', 'loader.js'), 'utf8');
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
console.log(`assemble-embed: wrote ${gluePath} (${assembled.length} bytes)`);
