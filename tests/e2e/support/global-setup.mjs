// Fails fast, with the fix, when the release build is missing.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export default function globalSetup() {
  const folder = fileURLToPath(new URL('../../../dist/trd-widget/', import.meta.url));
  const hasWasm = existsSync(folder) && readdirSync(folder).some((f) => /^trd-widget_bg-[0-9a-f]{16}\.wasm$/.test(f));
  if (!existsSync(`${folder}trd-widget.js`) || !hasWasm) {
    throw new Error(`${folder} is incomplete: run \`make build\` (or \`make test\`) first.`);
  }
}
