// Screenshots of the tour (tests/e2e/support/tour.mjs) for a reviewer:
// target/gallery/index.html shows every stop side by side.
import { test } from '@playwright/test';
import { mkdirSync, writeFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tour, TOUR_STOPS } from '../support/tour.mjs';

const OUT = fileURLToPath(new URL('../../../target/gallery/', import.meta.url));
const VARIANTS = [];
for (const lang of ['en', 'es']) {
  for (const width of [390, 1280]) {
    for (const mode of ['light', 'dark', 'forced']) VARIANTS.push({ lang, width, mode, name: `${lang}-${width}-${mode}` });
  }
}

test.describe.configure({ mode: 'parallel' });

for (const { lang, width, mode, name } of VARIANTS) {
  test(`gallery ${name}`, async ({ page }) => {
    mkdirSync(`${OUT}${name}`, { recursive: true });
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: mode === 'dark' ? 'dark' : 'light', forcedColors: mode === 'forced' ? 'active' : 'none' });
    await tour(
      page,
      lang,
      async (stop, widget) => {
        await widget.host.screenshot({ path: `${OUT}${name}/${stop}.png`, animations: 'disabled', caret: 'hide' });
      },
      mode === 'dark' ? 'theme-auto' : 'clinic',
    );
  });
}

test.afterAll(() => {
  const made = readdirSync(OUT).filter((d) => VARIANTS.some((v) => v.name === d));
  const head = VARIANTS.filter((v) => made.includes(v.name)).map((v) => `<th scope="col">${v.lang.toUpperCase()} · ${v.width} px · ${v.mode}</th>`).join('');
  const rows = TOUR_STOPS.map(
    (stop) =>
      `<tr><th scope="row">${stop}</th>${VARIANTS.filter((v) => made.includes(v.name))
        .map((v) => `<td><a href="${v.name}/${stop}.png"><img src="${v.name}/${stop}.png" alt="${stop}, ${v.name}" loading="lazy"></a></td>`)
        .join('')}</tr>`,
  ).join('\n');
  writeFileSync(
    `${OUT}index.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>trd-widget gallery</title>
<style>body{font-family:system-ui,sans-serif;margin:1em}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:4px;vertical-align:top}
thead th{position:sticky;top:0;background:#fff}img{width:240px;height:auto;display:block}</style></head>
<body><h1>trd-widget: every screen and state</h1><p>${TOUR_STOPS.length} stops × ${made.length} variants. Click a picture for full size.
Also: <a href="wordpress/index.html">the WordPress settings page and block editor</a>, <a href="../engines/index.html">the main flows in Chromium, WebKit and Gecko</a>.</p>
<table><thead><tr><th scope="col">stop</th>${head}</tr></thead><tbody>
${rows}
</tbody></table></body></html>\n`,
  );
});
