// The npm package, as published and served from a CDN on another origin:
// `npm pack` of the project (global setup) unpacked and served by a CDN
// stand-in with CORS, and by one without. The script is pinned with
// Subresource Integrity; the wasm is fetched with its own hash.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { Widget, recordConsole } from '../support/widget.mjs';
import { integrity, split, wasmName } from '../support/build.mjs';
import { CDN_PORT, NO_CORS_PORT } from '../playwright.config.mjs';

const PATH = '/package/dist/trd-widget/trd-widget.js';

async function embed(page, origin, withSri) {
  await page.goto('/e2e/cdn-host.html');
  await page.evaluate(
    ([src, sri]) => {
      const script = document.createElement('script');
      script.src = src;
      if (sri) {
        script.integrity = sri;
        script.crossOrigin = 'anonymous';
      }
      document.head.append(script);
      const el = document.createElement('trd-widget');
      el.setAttribute('lang', 'es');
      el.innerHTML = '<p class="fallback">If you are in crisis, call or text 988.</p>';
      document.getElementById('slot').append(el);
    },
    [`${origin}${PATH}`, withSri ? integrity()['trd-widget.js'] : null],
  );
}

test('the packed package is complete and says how it is loaded', async () => {
  const files = JSON.parse(process.env.TRD_PACKAGE_FILES || '[]').sort();
  expect(files).toEqual(
    [
      'LICENSE',
      'README.md',
      'dist/fhir/Questionnaire-phq9.json',
      'dist/trd-widget/THIRD-PARTY.txt',
      'dist/trd-widget/frame.css',
      'dist/trd-widget/frame.html',
      'dist/trd-widget/frame.js',
      'dist/trd-widget/integrity.txt',
      `dist/trd-widget/${wasmName()}`,
      ...Object.values(split().packs).map((pack) => `dist/trd-widget/${pack}`),
      'dist/trd-widget/trd-widget.js',
      'package.json',
    ].sort(),
  );
  // The PHQ-9 Questionnaire is where its canonical URL says (a CDN serves the package's files by path).
  const questionnaire = JSON.parse(readFileSync(new URL('../../../target/cdn/package/dist/fhir/Questionnaire-phq9.json', import.meta.url), 'utf8'));
  expect(questionnaire.resourceType).toBe('Questionnaire');
  expect(new URL(questionnaire.url).pathname).toBe('/npm/trd-widget/dist/fhir/Questionnaire-phq9.json');
  // The licences of what ships travel with it.
  const thirdParty = readFileSync(new URL('../../../target/cdn/package/dist/trd-widget/THIRD-PARTY.txt', import.meta.url), 'utf8');
  for (const crate of ['leptos', 'wasm-bindgen', 'serde', 'gloo-storage']) {
    expect(thirdParty).toMatch(new RegExp(`^${crate} \\d+\\.\\d+\\.\\d+\\n  licence: \\S`, 'm'));
  }
  const manifest = JSON.parse(readFileSync(new URL('../../../target/cdn/package/package.json', import.meta.url), 'utf8'));
  expect(manifest.private).toBeUndefined();
  expect(manifest.license).toBe('MIT');
  expect(manifest.unpkg).toBe('dist/trd-widget/trd-widget.js');
  expect(manifest.jsdelivr).toBe('dist/trd-widget/trd-widget.js');
  const cargo = readFileSync(new URL('../../../Cargo.toml', import.meta.url), 'utf8');
  expect(cargo).toContain(`version = "${manifest.version}"`);
});

test('served from another origin with CORS and SRI, the widget works', async ({ page }) => {
  const console = recordConsole(page);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const cdn = `http://127.0.0.1:${CDN_PORT}`;
  await embed(page, cdn, true);
  const widget = await new Widget(page, page.locator('trd-widget'), 'es').ready();
  await widget.start();
  await expect(widget.heading()).toHaveText('Pregunta 1 de 9');
  expect(requests).toContain(`${cdn}/package/dist/trd-widget/${wasmName()}`);
  expect(console.errors()).toEqual([]);
});

test('without CORS, the fallback stays and the console names CORS as the likely cause', async ({ page }) => {
  const console = recordConsole(page);
  await embed(page, `http://127.0.0.1:${NO_CORS_PORT}`, false);
  await expect.poll(() => console.errors().filter((m) => m.text.startsWith('trd-widget:')).length).toBe(1);
  const [message] = console.errors().filter((m) => m.text.startsWith('trd-widget:'));
  expect(message.text).toContain('The likely cause is CORS');
  expect(message.text).toContain('Access-Control-Allow-Origin');
  await expect(page.locator('trd-widget .fallback')).toBeVisible();
});

test('a wasm that does not match its hash is refused: fallback shown, one message', async ({ page }) => {
  const console = recordConsole(page);
  // Serve a tampered wasm (one byte flipped) under the expected name.
  const real = readFileSync(new URL(`../../../dist/trd-widget/${wasmName()}`, import.meta.url));
  const tampered = Buffer.from(real);
  tampered[tampered.length - 1] ^= 0xff;
  await page.route(`**/trd-widget/${wasmName()}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/wasm', body: tampered }),
  );
  await page.goto('/e2e/clinic-en.html');
  await expect.poll(() => console.errors().filter((m) => m.text.startsWith('trd-widget:')).length).toBe(1);
  const ours = console.errors().filter((m) => m.text.startsWith('trd-widget:'));
  expect(ours[0].text).toContain('does not match the hash');
  // The browser itself names the integrity failure too.
  expect(console.errors().some((m) => m.text.includes("'integrity' attribute"))).toBe(true);
  // No widget inside (a slow failure may have shown the loading bar's slot).
  expect(await page.evaluate(() => document.querySelector('trd-widget').shadowRoot?.querySelector('.trd') ?? null)).toBeNull();
  await expect(page.locator('trd-widget')).toContainText('If you are in crisis, call or text 988.');
});
