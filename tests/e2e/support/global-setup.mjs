// Fails fast, with the fix, when the release build is missing.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export default function globalSetup() {
  for (const file of ['trd-widget.js', 'trd-widget_bg.wasm']) {
    const path = fileURLToPath(new URL(`../../../dist/trd-widget/${file}`, import.meta.url));
    if (!existsSync(path)) {
      throw new Error(`${path} is missing: run \`make build\` (or \`make test\`) first.`);
    }
  }
}
