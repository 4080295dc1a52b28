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
