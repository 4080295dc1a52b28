// Builds the WordPress plugin from wordpress/trd-widget/ and the release
// build of the widget: dist/wordpress/trd-widget/ and the zip a clinic
// uploads under Plugins → Add New → Upload (dist/trd-widget-wordpress.zip).
import { cpSync, mkdirSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { translate } from './wordpress-i18n.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const widget = join(root, 'dist', 'trd-widget');
const out = join(root, 'dist', 'wordpress', 'trd-widget');
if (!existsSync(join(widget, 'trd-widget.js'))) {
  console.error('wordpress-plugin: dist/trd-widget is missing; run `make build` first.');
  process.exit(1);
}
rmSync(join(root, 'dist', 'wordpress'), { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(join(root, 'wordpress', 'trd-widget'), out, { recursive: true });
mkdirSync(join(out, 'widget'), { recursive: true });
for (const file of readdirSync(widget)) {
  if (/^trd-widget.*\.(js|wasm|bin)$|^integrity\.txt$|^THIRD-PARTY\.txt$/.test(file)) cpSync(join(widget, file), join(out, 'widget', file));
}
cpSync(join(root, 'LICENSE'), join(out, 'LICENSE'));
// The .pot, and the Spanish .mo and block-editor JSON for es_ES and es_MX.
try {
  const done = translate(out);
  console.log(`wordpress-plugin: ${done.strings} strings translated for ${done.locales.join(' and ')}`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const zip = join(root, 'dist', 'trd-widget-wordpress.zip');
rmSync(zip, { force: true });
execFileSync('zip', ['-qr', zip, 'trd-widget'], { cwd: join(root, 'dist', 'wordpress') });
console.log(`wordpress-plugin: ${zip}`);
