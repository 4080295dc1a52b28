// Trunk post_build hook: assembles the unsplit dev build (`trunk serve`,
// `trunk build`). The build that ships is split (scripts/build-split.mjs,
// `make build`); both write the same files through scripts/embed.mjs.
//
// Trunk leaves wasm-bindgen's `no-modules` glue at trd-widget/trd-widget.js;
// it declares a binding `wasm_bindgen`. This wraps the glue and the loader
// (src/platform/loader.js) in one function scope, so the page gains a
// custom element and no globals, and writes the result back under the same
// stable name. The wasm gets a content-hashed name and is fetched with its
// Subresource Integrity.
import { readFileSync, writeFileSync, existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fail, hashedName, loaderFor, sri, wrapScript, writeFrameAndConfigurator, writeIntegrity } from './embed.mjs';

const TOOL = 'assemble-embed';
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) fail(TOOL, 'TRUNK_STAGING_DIR is not set; run this through `trunk build`.');
const folder = join(staging, 'trd-widget');
const gluePath = join(folder, 'trd-widget.js');
if (!existsSync(gluePath)) fail(TOOL, `${gluePath} is missing; check data-target-path in index.html.`);
const glue = readFileSync(gluePath, 'utf8');
// Trunk re-runs hooks on an already assembled file when nothing changed.
if (glue.includes('trd-widget loader')) process.exit(0);
const plainWasm = join(folder, 'trd-widget_bg.wasm');
if (!existsSync(plainWasm)) fail(TOOL, `${plainWasm} is missing.`);
const wasm = readFileSync(plainWasm);
const wasmName = hashedName('trd-widget_bg', wasm);
const wasmIntegrity = sri(wasm);
renameSync(plainWasm, join(folder, wasmName));
const script = wrapScript([glue, loaderFor(TOOL, { wasmName, wasmIntegrity })]);
writeFileSync(gluePath, script);
writeFrameAndConfigurator(folder, staging);
writeIntegrity(folder, script, [{ name: wasmName, integrity: wasmIntegrity }]);
console.log(`${TOOL}: wrote ${gluePath} (${script.length} bytes) and ${wasmName} (unsplit)`);
