// Privacy is a tested property: during a full walkthrough (the PHQ-9, the
// history and staging, the summary printed and saved, the explainers),
// every request
// is for the host page's own files or the widget's own static files;
// nothing is stored, no cookie is set, nothing is sent.
import { test, expect } from '@playwright/test';
import { Widget } from '../support/widget.mjs';
import { Staging } from '../support/staging.mjs';
import { packsFor, wasmName } from '../support/build.mjs';

const HOST_PAGE = ['/e2e/clinic-en.html', '/e2e/clinic.css', '/e2e/favicon.svg'];
// The script and the main wasm, then the packs of the screens this walk
// opens (the split build, issue 17), each once.
const PACKS = packsFor('answers', 'staging', 'summary', 'learn');
const WIDGET_FILES = ['/trd-widget/trd-widget.js', `/trd-widget/${wasmName()}`, ...PACKS.map((f) => `/trd-widget/${f}`)];

/** Wraps every API a script could use to store or send data, and logs calls. */
function instrument() {
  const log = (window.__privacyLog = []);
  const wrap = (owner, name, label) => {
    const original = owner[name];
    if (typeof original !== 'function') return;
    owner[name] = function (...args) {
      log.push(`${label}(${String(args[0]).slice(0, 120)})`);
      return original.apply(this, args);
    };
  };
  wrap(Storage.prototype, 'setItem', 'Storage.setItem');
  wrap(window, 'fetch', 'fetch');
  wrap(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest.open');
  wrap(navigator, 'sendBeacon', 'navigator.sendBeacon');
  wrap(indexedDB, 'open', 'indexedDB.open');
  if (window.caches) wrap(caches, 'open', 'caches.open');
  if (navigator.serviceWorker) wrap(navigator.serviceWorker, 'register', 'serviceWorker.register');
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(document, 'cookie', {
    get: () => cookie.get.call(document),
    set: (value) => {
      log.push(`document.cookie=${value}`);
      cookie.set.call(document, value);
    },
  });
  for (const name of ['WebSocket', 'EventSource', 'RTCPeerConnection', 'Worker', 'SharedWorker']) {
    const Original = window[name];
    if (!Original) continue;
    window[name] = function (...args) {
      log.push(`new ${name}(${String(args[0])})`);
      return new Original(...args);
    };
  }
}

test('a full walkthrough requests only static files and stores nothing', async ({ page, context, baseURL }) => {
  const requests = [];
  page.on('request', (request) => requests.push({ url: request.url(), method: request.method(), type: request.resourceType() }));
  page.on('websocket', (socket) => requests.push({ url: socket.url(), method: 'WEBSOCKET', type: 'websocket' }));
  await page.addInitScript(instrument);

  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  await widget.start();
  await widget.answerAll([3, 2, 3, 2, 3, 2, 3, 2, 2], { difficulty: 3 });
  await widget.seeResult();
  expect(await widget.result()).toMatchObject({ score: 22, level: 'severe' });
  await expect(widget.crisisPanel()).toBeVisible();
  // And the whole treatment history, into the staging results.
  const staging = new Staging(widget);
  await staging.open();
  await staging.addMedicine({ id: 'sertraline', weeks: 10, dose: 150, outcome: 'partial', doseRaised: true });
  await staging.addMedicine({ id: 'venlafaxine', weeks: 'unsure', dose: 'full', outcome: 'none' });
  await staging.addEct('bilateral', 'partial');
  await staging.episode(14, 'severe');
  await staging.seeResults();
  await expect(staging.card('thase-rush')).toHaveAttribute('data-stage', 'I');
  // The summary: printed and saved on the device.
  await widget.button('Summary for my doctor').click();
  await widget.button('Print').click();
  await Promise.all([page.waitForEvent('download'), widget.button('Download the summary (HTML)').click()]);
  await Promise.all([page.waitForEvent('download'), widget.button('Download the PHQ-9 for health records (FHIR JSON)').click()]);
  await widget.button('Back').click();
  // The explainers too (code review 3): a page, a glossary term opened,
  // the psilocybin checklist ticked.
  await staging.card('thase-rush').locator('button[data-topic="treatment-options"]').click();
  await expect(widget.root).toHaveAttribute('data-screen', 'explainer');
  await widget.root.locator('button[data-term]').first().click();
  await widget.button('All topics').click();
  await widget.root.locator('button[data-topic="psilocybin"]').click();
  await widget.root.getByRole('checkbox', { name: 'I take lithium.' }).check();
  await widget.button('Back to where I was').click();
  await expect(widget.root).toHaveAttribute('data-screen', 'staging-results');
  await widget.root.getByRole('button', { name: 'Español' }).click();
  await widget.button('Volver al cuestionario').click();
  await widget.button('Cambiar mis respuestas').click();

  // Requests: only GETs, only to this origin, only these files. The two
  // downloads are blob: URLs made on the device; they are counted apart.
  const origin = new URL(baseURL).origin;
  const blobs = requests.filter((request) => request.url.startsWith(`blob:${origin}/`));
  expect(blobs.length).toBeLessThanOrEqual(2);
  requests.splice(0, requests.length, ...requests.filter((request) => !blobs.includes(request)));
  for (const request of requests) {
    expect(request.method, request.url).toBe('GET');
    expect(new URL(request.url).origin, request.url).toBe(origin);
  }
  const paths = requests.map((request) => new URL(request.url).pathname);
  const widgetRequests = paths.filter((path) => !HOST_PAGE.includes(path));
  expect(widgetRequests.sort()).toEqual([...WIDGET_FILES].sort());

  // Storage and sending APIs: the widget's only calls are the fetches of
  // its own files.
  const calls = await page.evaluate(() => window.__privacyLog);
  expect(calls.sort()).toEqual(
    [wasmName(), ...PACKS].map((file) => `fetch(${origin}/trd-widget/${file})`).sort(),
  );

  // And nothing is left behind.
  expect(await context.cookies()).toEqual([]);
  const stored = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: window.caches ? (await caches.keys()).length : 0,
    serviceWorkers: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
  }));
  expect(stored).toEqual({ cookie: '', local: 0, session: 0, databases: 0, caches: 0, serviceWorkers: 0 });

  // The host page's <html> and <head> are as the page wrote them: the
  // widget's styles and language live in its shadow root (compared with
  // the page's own source, parsed).
  const asWritten = await page.evaluate(async () => {
    const source = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
    const attributes = (el) => [...el.attributes].map((a) => `${a.name}=${a.value}`).sort();
    const children = (el) => [...el.children].map((child) => child.outerHTML);
    return {
      html: [attributes(document.documentElement), attributes(source.documentElement)],
      head: [children(document.head), children(source.head)],
      title: [document.title, source.title],
    };
  });
  expect(asWritten.html[0]).toEqual(asWritten.html[1]);
  expect(asWritten.head[0]).toEqual(asWritten.head[1]);
  expect(asWritten.title[0]).toBe(asWritten.title[1]);

  // The host page's URL is never touched (no answers in the query or hash).
  expect(page.url()).toBe(`${origin}/e2e/clinic-en.html`);
});
