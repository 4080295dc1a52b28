// The widget's main flows in Safari's and Firefox's engines (Debian's
// WebKitGTK and Firefox ESR), beside the Chromium suite (tests/e2e/).
// Serves the release build with the e2e host pages, runs every flow of
// flows.mjs in each engine, fails on any flow that fails or any error the
// page recorded, and writes screenshots of the same stops to
// target/engines/<engine>/ for `make gallery`.
//
//   node tests/engines/run.mjs                 # WebKit and Gecko (make test)
//   node tests/engines/run.mjs --gallery       # also Chromium, and target/engines/index.html
//                                              # with the three engines side by side (make gallery)
import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINES, until } from './drivers.mjs';
import { FLOWS } from './flows.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PORT = Number(process.env.ENGINES_PORT || 8095);
const origin = `http://127.0.0.1:${PORT}`;
const WIDTH = 390;
const HEIGHT = 844;
const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const server = spawn('node', [join(root, 'scripts', 'serve.mjs'), '--port', String(PORT)], { stdio: 'ignore' });
const stopServer = () => server.kill();
process.on('exit', stopServer);

async function runEngine(name) {
  const results = [];
  const started = Date.now();
  let engine;
  try {
    engine = await ENGINES[name].launch(WIDTH, HEIGHT);
  } catch (error) {
    return { name, version: '?', results: [{ flow: 'launch', ok: false, error: String(error.stack || error) }] };
  }
  // Relative paths are on the test server.
  const open = engine.open.bind(engine);
  engine.open = (path) => open(path.startsWith('/') ? origin + path : path);
  for (const [flow, run] of Object.entries(FLOWS)) {
    const t0 = Date.now();
    // At each stop: its screenshot, and no sideways overflow in this engine.
    const shots = async (stop) => {
      await engine.shot(join(root, 'target', 'engines', name, `${slug(flow).slice(0, 40)}--${stop}.png`));
      const o = await engine.eval(() => {
        const wrapper = document.querySelector('trd-widget').shadowRoot.querySelector('.trd');
        return { widget: wrapper.scrollWidth - wrapper.clientWidth, page: document.documentElement.scrollWidth - window.innerWidth };
      });
      if (o.widget > 0 || o.page > 0) throw new Error(`${stop}: overflows sideways ${JSON.stringify(o)}`);
    };
    try {
      await run(engine, shots);
      const errors = await engine.eval(() => (window.__trd ? window.__trd.errors : ['the recorder did not run']));
      if (errors.length) throw new Error(`the page recorded errors:\n  ${errors.join('\n  ')}`);
      results.push({ flow, ok: true, ms: Date.now() - t0 });
    } catch (error) {
      await engine.shot(join(root, 'target', 'engines', name, `FAILED--${slug(flow).slice(0, 40)}.png`)).catch(() => {});
      results.push({ flow, ok: false, ms: Date.now() - t0, error: String(error.stack || error) });
    }
  }
  await engine.close().catch(() => {});
  return { name, version: engine.version, results, ms: Date.now() - started };
}

const gallery = process.argv.includes('--gallery');
const wanted = gallery ? ['chromium', 'gecko', 'webkit'] : ['webkit', 'gecko'];
rmSync(join(root, 'target', 'engines'), { recursive: true, force: true });
await until('the test server', async () => {
  try {
    return (await fetch(`${origin}/e2e/csp-engines.html`)).ok;
  } catch {
    return false;
  }
});
// One engine after the other: each drives a real browser, and two at once
// on two cores would measure the machine, not the widget.
const runs = [];
for (const name of wanted) runs.push(await runEngine(name));
stopServer();

let failed = 0;
for (const run of runs) {
  console.log(`engines: ${run.name} (${run.version})${run.ms ? `, ${(run.ms / 1000).toFixed(1)} s` : ''}`);
  for (const r of run.results) {
    console.log(`  ${r.ok ? '✓' : '✘'} ${r.flow}${r.ms ? ` (${(r.ms / 1000).toFixed(1)} s)` : ''}`);
    if (!r.ok) {
      failed += 1;
      console.log(`    ${r.error.split('\n').join('\n    ')}`);
    }
  }
}
if (gallery) writeIndex(runs);
const total = runs.reduce((n, run) => n + run.results.length, 0);
console.log(`engines: ${total - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

/** target/engines/index.html: each stop's screenshot in every engine, side by side. */
function writeIndex(runs) {
  const dir = join(root, 'target', 'engines');
  const stops = [...new Set(runs.flatMap((run) => (existsSync(join(dir, run.name)) ? readdirSync(join(dir, run.name)) : [])))].sort();
  const escape = (t) => String(t).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const rows = stops
    .map((file) => {
      const cells = runs.map((run) => `<td>${existsSync(join(dir, run.name, file)) ? `<img src="${run.name}/${file}" alt="${escape(run.name)}: ${escape(file)}" width="300">` : 'missing'}</td>`);
      return `<tr><th scope="row">${escape(file.replace(/\.png$/, ''))}</th>${cells.join('')}</tr>`;
    })
    .join('\n');
  const head = runs.map((run) => `<th scope="col">${escape(run.name)} (${escape(run.version)})</th>`).join('');
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>trd-widget in three engines</title>
<style>body{font:14px system-ui;margin:1em}td,th{vertical-align:top;padding:4px;text-align:left}img{border:1px solid #ccc}</style>
<h1>The same stops in three engines (390 px wide)</h1><table><tr><th></th>${head}</tr>\n${rows}</table>`,
  );
  console.log(`engines: open target/engines/index.html`);
}
