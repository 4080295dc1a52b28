// `make bench`: the widget against SurveyJS (2.5.38, from npm, rendering the
// same PHQ-9) and a plain-script floor page, in one headless Chromium run.
// Prints medians and spreads, and the ratios ours/SurveyJS and ours/floor.
// A measurement, not a test: it prints figures and fails only if a page
// does not work.
//
//   node scripts/bench.mjs [--runs 9] [--dist dist]
//
// Two profiles, each page in turn, run by run (issue 17):
// - cpu: 4x CPU throttling, local network;
// - phone: Lighthouse's mobile settings: 4x CPU, 150 ms round trip,
//   1.6 Mbps down, 750 kbps up.
// Every file is served brotli-compressed (as a CDN or a clinic's server
// would), so the bytes on the wire are the size report's. Per profile:
// - time from navigation until the first question's radios can be answered
//   (pressing Start as soon as there is one), bytes transferred, JS heap
//   after load, layout shift on the host;
// - ours only: opening the staging flow and the explainers for the first
//   time from the intro, click to heading.
// Unthrottled: answer-to-next-question (click an answer and Next, until
// question 2 is painted), and long tasks (> 50 ms) during load.
//
// `--dist` measures another build of the widget (for example an unsplit
// `trunk build --release --dist target/trunk-dist`), for a before/after.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, extname, dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from '@playwright/test';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : null);
const runs = Number(option('--runs')) || Number(process.env.BENCH_RUNS) || 9;
const dist = join(root, option('--dist') || 'dist');
const ALLOWED = ['/dist/', '/bench/', '/node_modules/survey-core/', '/node_modules/survey-js-ui/'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };

const compressed = new Map();
const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = path.startsWith('/dist/') ? normalize(join(dist, path.slice('/dist/'.length))) : normalize(join(root, path));
  if (!ALLOWED.some((p) => path.startsWith(p)) || !(file.startsWith(root + sep) || file.startsWith(dist + sep))) {
    res.writeHead(404).end();
    return;
  }
  try {
    if (!compressed.has(file)) {
      const body = await readFile(file);
      compressed.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
      'Content-Encoding': 'br',
      'Cache-Control': 'no-store',
    });
    res.end(compressed.get(file));
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
const PROFILES = {
  cpu: { cpu: 4, network: null },
  phone: {
    cpu: 4,
    network: { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  },
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

// In the page (ours): from the intro, press `button` and resolve with the
// time until the new screen's heading `heading` is on the page.
function openFirstTime([button, heading]) {
  return new Promise((resolve) => {
    (function waitForIntro() {
      const root = document.querySelector('trd-widget')?.shadowRoot;
      const target = root && [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === button);
      if (!target) {
        requestAnimationFrame(waitForIntro);
        return;
      }
      const t0 = performance.now();
      target.click();
      (function tick() {
        const h2 = root.querySelector('h2');
        if (h2 && h2.textContent.trim() === heading) {
          requestAnimationFrame(() => resolve(performance.now() - t0));
          return;
        }
        requestAnimationFrame(tick);
      })();
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

/** A fresh page under `profile`, with the CDP session that throttles it. */
async function open(profile) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  if (profile) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILES[profile].cpu });
    if (PROFILES[profile].network) await cdp.send('Network.emulateNetworkConditions', PROFILES[profile].network);
  }
  return { context, page, cdp };
}

/** A page step that must finish within a minute: a page that stopped working fails the bench. */
function within(promise, what) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`bench: ${what} did not finish within 60 s`)), 60_000);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

async function run(kind, profile) {
  const { context, page, cdp } = await open(profile);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  await page.addInitScript(observe);
  await page.goto(base + PAGES[kind].url, { waitUntil: 'commit' });
  const answerable = await within(page.evaluate(untilAnswerable, kind), `${kind}: the first question`);
  await page.waitForTimeout(300);
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const out = { answerable, bytes, heap: metrics.JSHeapUsedSize, cls: await page.evaluate(() => window.__cls), long: await page.evaluate(() => window.__long) };
  if (!profile) out.next = await within(page.evaluate(answerToNext, [kind, PAGES[kind].second]), `${kind}: the next question`);
  await context.close();
  return out;
}

async function firstOpen(profile, button, heading) {
  const { context, page } = await open(profile);
  await page.goto(base + PAGES.ours.url, { waitUntil: 'commit' });
  const ms = await within(page.evaluate(openFirstTime, [button, heading]), `opening ${heading}`);
  await context.close();
  return ms;
}

const order = Object.keys(PAGES);
const results = {};
const opens = {};
for (const profile of Object.keys(PROFILES)) {
  results[profile] = { ours: [], surveyjs: [], floor: [] };
  opens[profile] = { staging: [], learn: [] };
  for (let i = 0; i < runs; i += 1) {
    for (const kind of i % 2 ? [...order].reverse() : order) results[profile][kind].push(await run(kind, profile));
    opens[profile].staging.push(await firstOpen(profile, 'Check my treatment history', 'Your treatment history'));
    opens[profile].learn.push(await firstOpen(profile, 'Learn about TRD', 'Learn about treatment-resistant depression'));
  }
}
const fast = { ours: [], surveyjs: [], floor: [] };
for (let i = 0; i < Math.max(5, Math.ceil(runs / 2)); i += 1) {
  for (const kind of order) fast[kind].push(await run(kind, null));
}
const version = browser.version();
await browser.close();
server.close();

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const spread = (xs) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
const row = (cells) => console.log(cells.map((c, i) => String(c).padEnd(i ? 22 : 40)).join(''));
const stat = (set, pick, digits = 0) => order.map((k) => { const xs = set[k].map(pick); return `${median(xs).toFixed(digits)} (${spread(xs)})`; });
console.log(`trd-widget benchmark (${dist}): ${runs} runs per page and profile, ${fast.ours.length} unthrottled; Chromium ${version}; files served brotli-compressed`);
for (const profile of Object.keys(PROFILES)) {
  const set = results[profile];
  console.log(`\nprofile ${profile}: ${profile === 'cpu' ? '4x CPU, local network' : '4x CPU, 150 ms RTT, 1.6 Mbps down, 750 kbps up'}`);
  row(['', 'ours', 'SurveyJS 2.5.38', 'plain-script floor']);
  row(['first question answerable, ms', ...stat(set, (r) => r.answerable)]);
  row(['bytes transferred (on the wire)', ...order.map((k) => median(set[k].map((r) => r.bytes)).toFixed(0))]);
  row(['JS heap after load, MB', ...order.map((k) => (median(set[k].map((r) => r.heap)) / 1048576).toFixed(2))]);
  row(['layout shift (CLS) on the host', ...order.map((k) => Math.max(...set[k].map((r) => r.cls)).toFixed(3))]);
  row(['staging opened first time, ms (ours)', `${median(opens[profile].staging).toFixed(0)} (${spread(opens[profile].staging)})`]);
  row(['explainers opened first time, ms (ours)', `${median(opens[profile].learn).toFixed(0)} (${spread(opens[profile].learn)})`]);
  const m = (k) => median(set[k].map((r) => r.answerable));
  const goal = profile === 'phone' ? 'ours/SurveyJS goal ≤ 0.40' : 'ours/floor goal ≤ 1.5';
  console.log(`ratio ours/SurveyJS: ${(m('ours') / m('surveyjs')).toFixed(2)}; ours/floor: ${(m('ours') / m('floor')).toFixed(2)} (${goal})`);
}
console.log('\nunthrottled');
row(['', 'ours', 'SurveyJS 2.5.38', 'plain-script floor']);
row(['answer → next painted, ms', ...stat(fast, (r) => r.next, 1)]);
row(['long tasks > 50 ms at load', ...order.map((k) => { const all = fast[k].flatMap((r) => r.long); return `${median(fast[k].map((r) => r.long.filter((d) => d > 50).length))} (max ${all.length ? Math.max(...all).toFixed(0) : 0} ms)`; })]);
console.log(`answer → next, ours median ${median(fast.ours.map((r) => r.next)).toFixed(1)} ms (goal < 16 ms)`);
console.log('Not measured: the wasm linear memory (the glue keeps it private); the JS heap row covers JavaScript only.');
