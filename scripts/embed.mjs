// What both builds of the widget share when they assemble the files a
// clinic uploads: the one classic trd-widget.js (glue + loader in one
// function scope, no globals), content-hashed .wasm names with their SRI
// hashes, integrity.txt, the frame page and the configurator.
//
// `make build` (scripts/build-split.mjs) uses it for the split build that
// ships; Trunk's post_build hook (scripts/assemble-embed.mjs) for the
// unsplit dev build of `trunk serve`.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The Subresource Integrity value of some bytes. */
export function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** `<stem>-<16 hex of sha256>.wasm`: cacheable forever, never stale. */
export function hashedName(stem, bytes) {
  return `${stem}-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.wasm`;
}

/** Stops the build with one clear line. */
export function fail(tool, message) {
  console.error(`${tool}: ${message}`);
  process.exit(1);
}

/** Replaces `from` by `to` in `text`, which must contain it exactly `count` times. */
export function replaceExactly(tool, what, text, from, to, count = 1) {
  const found = text.split(from).length - 1;
  if (found !== count) {
    fail(tool, `${what}: expected ${count} of ${JSON.stringify(from)}, found ${found}; the generated code changed.`);
  }
  return text.split(from).join(to);
}

/**
 * src/platform/loader.js with the build's values filled in: the main
 * wasm's name and integrity, and (split build) every pack's integrity by
 * name.
 */
export function loaderFor(tool, { wasmName, wasmIntegrity, chunkIntegrity = {} }) {
  let loader = readFileSync(join(root, 'src', 'platform', 'loader.js'), 'utf8');
  loader = replaceExactly(tool, 'loader.js', loader, "const WASM_FILE = 'trd-widget_bg.wasm';", `const WASM_FILE = '${wasmName}';`);
  loader = replaceExactly(tool, 'loader.js', loader, 'const WASM_INTEGRITY = null;', `const WASM_INTEGRITY = '${wasmIntegrity}';`);
  loader = replaceExactly(tool, 'loader.js', loader, 'const CHUNK_INTEGRITY = {};', `const CHUNK_INTEGRITY = ${JSON.stringify(chunkIntegrity)};`);
  return loader;
}

/** The one file a clinic links to: every part in one function scope. */
export function wrapScript(parts) {
  return [
    '/*! trd-widget loader. Embed: <script src=".../trd-widget/trd-widget.js" defer></script> <trd-widget></trd-widget> */',
    '(function () {',
    '"use strict";',
    ...parts,
    '})();',
    '',
  ].join('\n');
}

/** integrity.txt: the script first (the snippet's `integrity`), then every other file. */
export function writeIntegrity(folder, script, files) {
  const lines = [`trd-widget.js ${sri(script)}`, ...files.map(({ name, integrity }) => `${name} ${integrity}`)];
  writeFileSync(join(folder, 'integrity.txt'), `${lines.join('\n')}\n`);
}

/**
 * The frame page (for builders that strip scripts) into the widget's
 * folder, and the configurator for clinic staff into the build root.
 */
export function writeFrameAndConfigurator(folder, buildRoot) {
  for (const file of ['frame.html', 'frame.js', 'frame.css']) {
    copyFileSync(join(root, 'src', 'platform', file), join(folder, file));
  }
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  copyFileSync(join(root, 'demo', 'configure.js'), join(buildRoot, 'configure.js'));
  copyFileSync(join(root, 'demo', 'configure.css'), join(buildRoot, 'configure.css'));
  writeFileSync(
    join(buildRoot, 'configure.html'),
    readFileSync(join(root, 'demo', 'configure.html'), 'utf8').replace('__VERSION__', version),
  );
}
