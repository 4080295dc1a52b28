// Facts about the release build under test (dist/trd-widget/).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../../../dist/trd-widget/', import.meta.url));

/** The content-hashed wasm file name, e.g. trd-widget_bg-0123456789abcdef.wasm. */
export function wasmName() {
  const found = readdirSync(DIST).filter((f) => /^trd-widget_bg-[0-9a-f]{16}\.wasm$/.test(f));
  if (found.length !== 1) throw new Error(`expected one hashed wasm in ${DIST}, found ${found.join(', ') || 'none'}`);
  return found[0];
}

/** The SRI hashes the build wrote, by file name. */
export function integrity() {
  return Object.fromEntries(
    readFileSync(`${DIST}integrity.txt`, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(' ')),
  );
}

/** What the split build wrote beside the folder: the main files, the packs, and which packs each group of screens needs. */
export function split() {
  return JSON.parse(readFileSync(new URL('../../../dist/split.json', import.meta.url), 'utf8'));
}

/** The packs the given groups of screens need (file names), each once. */
export function packsFor(...groups) {
  const { packs, needs } = split();
  return [...new Set(groups.flatMap((group) => needs[group]))].map((pack) => packs[pack]).sort();
}

/** Every file of the widget's folder a browser may fetch. */
export function widgetFiles() {
  const { script, main, packs } = split();
  return [script, main, ...Object.values(packs)].sort();
}

/** The frame-sizing script as README "In a frame" gives it (the configurator and the frame host page must use it word for word). */
export function readmeFrameScript() {
  const readme = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');
  return readme.match(/<script>addEventListener\('message'[\s\S]*?<\/script>/)[0];
}
