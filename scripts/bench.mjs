// `make bench`: the widget against SurveyJS (2.5.38, from npm, rendering the
// same PHQ-9) and a plain-script floor page, in one headless Chromium run.
// Prints medians and spreads, and the ratios ours/SurveyJS and ours/floor.
// A measurement, not a test: it prints figures and fails only if a page
// does not work.
//
//   node scripts/bench.mjs [--runs 9]
//
// Per page, alternating pages run by run:
// - with 4x CPU throttling: time from navigation until the first question's
//   radios can be answered (pressing Start where there is one), bytes
//   transferred, JS heap after load, layout shift on the host;
// - unthrottled: answer-to-next-question (click an answer and Next, until
//   question 2 is painted), and long tasks (> 50 ms) during load.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, extname, dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || Number(process.env.BENCH_RUNS) || 9;
const ALLOWED = ['/dist/', '/bench/', '/node_modules/survey-core/', '/node_modules/survey-js-ui/'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };

const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = normalize(join(root, path));
  if (!ALLOWED.some((p) => path.startsWith(p)) || !file.startsWith(root + sep)) {
    res.writeHead(404).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

const PAGES = {
  ours: { url: '/bench/ours.html', second: 'Question 2 of 9' },
  surveyjs: { url: '/bench/surveyjs.html', second: 'Feeling down' },
  floor: { url: '/bench/floor.html', second: 'Question 2 of 9' },
};

// In the page: find the widget's root (shadow root for ours), press Start
// when it appears, and resolve when a radio can be answered.
function untilAnswerable(kind) {
  return new Promise((resolve) => {
    const rootOf = () => (kind === 'ours' ? document.querySelector('trd-widget')?.shadowRoot : document);
    (function tick() {
      const root = rootOf();
      if (root) {
        const radio = root.querySelector('input[type=radio]');
        if (radio && !radio.disabled) {
          requestAnimationFrame(() => resolve(performance.now()));
          return;
        }
        const start = [...root.querySelectorAll('button, input[type=button]')].find((b) => (b.textContent || b.value || '').trim() === 'Start');
        if (start && !window.__benchStarted) {
          window.__benchStarted = true;
          start.click();
        }
      }
      requestAnimationFrame(tick);
    })();
  });
}

function answerToNext([kind, second]) {
  return new Promise((resolve) => {
    const root = kind === 'ours' ? document.querySelector('trd-widget').shadowRoot : document;
    const t0 = performance.now();
    root.querySelector('input[type=radio]').click();
    const next = [...root.querySelectorAll('button, input[type=button]')].find((b) => (b.textContent || b.value || '').trim() === 'Next');
    next.click();
    (function tick() {
      const text = root === document ? document.body.textContent : root.textContent;
      if (text.includes(second) && root.querySelector('input[type=radio]')) {
        requestAnimationFrame(() => resolve(performance.now() - t0));
        return;
      }
      requestAnimationFrame(tick);
    })();
  });
}

const observe = () => {
  window.__cls = 0;
  window.__long = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => { if (!e.hadRecentInput) window.__cls += e.value; })).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ type: 'longtask', buffered: true });
};

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

async function run(kind, throttled) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  if (throttled) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(observe);
  await page.goto(base + PAGES[kind].url, { waitUntil: 'commit' });
  const answerable = await page.evaluate(untilAnswerable, kind);
  await page.waitForTimeout(300);
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const out = { answerable, bytes, heap: metrics.JSHeapUsedSize, cls: await page.evaluate(() => window.__cls), long: await page.evaluate(() => window.__long) };
  if (!throttled) out.next = await page.evaluate(answerToNext, [kind, PAGES[kind].second]);
  await context.close();
  return out;
}

const results = { ours: [], surveyjs: [], floor: [] };
const fast = { ours: [], surveyjs: [], floor: [] };
const order = Object.keys(PAGES);
for (let i = 0; i < runs; i += 1) {
  for (const kind of i % 2 ? [...order].reverse() : order) results[kind].push(await run(kind, true));
}
for (let i = 0; i < Math.max(5, Math.ceil(runs / 2)); i += 1) {
  for (const kind of order) fast[kind].push(await run(kind, false));
}
await browser.close();
server.close();

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const spread = (xs) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
const row = (cells) => console.log(cells.map((c, i) => String(c).padEnd(i ? 22 : 38)).join(''));
console.log(`trd-widget benchmark: ${runs} runs per page with 4x CPU throttling, ${fast.ours.length} unthrottled; Chromium ${browser.version?.() ?? ''}`);
row(['', 'ours', 'SurveyJS 2.5.38', 'plain-script floor']);
const stat = (set, pick, digits = 0, unit = '') => order.map((k) => { const xs = set[k].map(pick); return `${median(xs).toFixed(digits)}${unit} (${spread(xs)})`; });
row(['first question answerable, ms (4x)', ...stat(results, (r) => r.answerable)]);
row(['answer → next painted, ms', ...stat(fast, (r) => r.next, 1)]);
row(['bytes transferred (uncompressed)', ...order.map((k) => median(results[k].map((r) => r.bytes)).toFixed(0))]);
row(['JS heap after load, MB', ...order.map((k) => (median(results[k].map((r) => r.heap)) / 1048576).toFixed(2))]);
row(['layout shift (CLS) on the host', ...order.map((k) => Math.max(...results[k].map((r) => r.cls)).toFixed(3))]);
row(['long tasks > 50 ms at load (unthr.)', ...order.map((k) => { const all = fast[k].flatMap((r) => r.long); return `${median(fast[k].map((r) => r.long.filter((d) => d > 50).length))} (max ${all.length ? Math.max(...all).toFixed(0) : 0} ms)`; })]);
const m = (k) => median(results[k].map((r) => r.answerable));
console.log(`ratio ours/SurveyJS: ${(m('ours') / m('surveyjs')).toFixed(2)} (goal ≤ 0.45); ours/floor: ${(m('ours') / m('floor')).toFixed(2)} (goal ≤ 1.25)`);
console.log(`answer → next, ours median ${median(fast.ours.map((r) => r.next)).toFixed(1)} ms (goal < 16 ms)`);
console.log('Not measured: the wasm linear memory (the glue keeps it private); the JS heap row covers JavaScript only.');
