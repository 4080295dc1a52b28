// A seeded random walk through the whole widget (issue 10): clicks on
// every kind of control, junk typed into every field, random selects,
// real key presses, language switches and attribute changes at random
// moments, on a page with a strict CSP and every option set. It ends with
// 0 console errors, 0 page errors, 0 panics, and the widget still
// answering.
//
// Each walk must also reach every screen of `Session::SCREENS`, both
// languages, and the error state of each form (a question answered with
// nothing, the treatment history's forms), or it fails: a walk that stays
// on two screens proves little.
//
//   make walk                          # the fixed seeds, then one new seed, 2,500 steps each
//   make walk WALK_SEED=1234           # replay one walk
//   make walk WALK_STEPS=100000        # longer ones
//
// Each seed is printed first; a failure names the seed and the step.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';

const STEPS = Number(process.env.WALK_STEPS) || 2_500;
// Fixed seeds keep `make test` a gate that does not change from run to run
// (15918524 once found the dialer bug); one new seed a run keeps exploring.
const FIXED_SEEDS = [15918524, 7, 2026];
const SEEDS = process.env.WALK_SEED ? [Number(process.env.WALK_SEED)] : [...FIXED_SEEDS, Number(process.env.WALK_NEW_SEED)];
const BATCH = 250;
// The screens, from the one list in the domain (src/domain/session.rs).
const session = readFileSync(new URL('../../../src/domain/session.rs', import.meta.url), 'utf8');
const SCREENS = [...session.match(/pub const SCREENS: \[&'static str; \d+\] = \[([^\]]*)\]/)[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
// Forms whose error state the walk must reach (screen names).
const FORM_ERRORS = ['question', 'history'];

/** mulberry32: small, fast, and the same sequence in Node and the page. */
function generator(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Runs in the page: `count` steps from generator state `s`; returns the new
// state. Steps are DOM actions a visitor's browser would deliver as events.
async function walk({ s, count }) {
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (items) => (items.length ? items[Math.floor(rand() * items.length)] : undefined);
  const JUNK = [
    '', ' ', '0', '-0', '1e309', 'NaN', '٣', '12,5', '12.5.1', '37,5', '9999999999999999999', '-12',
    '😀😀', '<script>alert(1)</script>', '"\'&<>', 'x'.repeat(5000), '\u202e123', '\u0000', '1\n2', '¿?', '  7  ',
  ];
  const ATTRIBUTES = [
    ['lang', ['en', 'es', 'ES-us', 'klingon', '', null]],
    ['accent-color', ['#145a8d', '#ffd700', '#000', 'red', '#zzz', null]],
    ['sections', ['phq9', 'staging', 'learn', 'phq9 staging learn', 'nonsense', '', null]],
    ['remember', ['', null]],
    ['events', ['', null]],
    ['clinic-phone', ['(303) 591-1960', 'call us!', '', null]],
    ['clinic-name', ['Lyman Support Centers', '   ', '<b>x</b>', null]],
    ['crisis-region', ['us', 'xx', null]],
    ['crisis-line-1', ['Denver Health | (303) 602-7221', 'nothing here', 'x | javascript:alert(1)', null]],
    ['booking-url', ['https://clinic.example/book', 'javascript:alert(1)', 'ftp://x', null]],
  ];
  const host = document.querySelector('trd-widget');
  const shown = (el) => el.getClientRects().length > 0;
  for (let i = 0; i < count; i += 1) {
    const root = host.shadowRoot;
    const r = rand();
    if (!root) {
      // Not mounted (yet): nothing to press this step.
    } else if (r < 0.45) {
      // Buttons, radios, checkboxes and disclosures; never a link (links
      // leave the page, which is the visitor's choice, not a widget state).
      const targets = [...root.querySelectorAll('button, input[type=radio], input[type=checkbox], summary')].filter(shown);
      pick(targets)?.click();
    } else if (r < 0.6) {
      // Going on, as a visitor mostly does: an answer in each unanswered
      // group (sometimes none, to meet the form's error), then a main button.
      if (rand() < 0.8) {
        for (const group of root.querySelectorAll('fieldset')) {
          const radios = [...group.querySelectorAll('input[type=radio]')].filter(shown);
          if (radios.length && !radios.some((radio) => radio.checked)) pick(radios).click();
        }
      }
      pick([...root.querySelectorAll('button.trd-primary')].filter(shown))?.click();
    } else if (r < 0.82) {
      const fields = [...root.querySelectorAll('input:not([type=radio]):not([type=checkbox])')].filter(shown);
      const field = pick(fields);
      if (field) {
        field.value = rand() < 0.6 ? pick(JUNK) : String(Math.floor(rand() * 1000) / (rand() < 0.5 ? 1 : 10));
        field.dispatchEvent(new Event('input', { bubbles: true }));
        if (rand() < 0.3) field.dispatchEvent(new Event('change', { bubbles: true }));
      }
    } else if (r < 0.88) {
      const select = pick([...root.querySelectorAll('select')].filter(shown));
      if (select && select.options.length) {
        select.selectedIndex = Math.floor(rand() * select.options.length);
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
    } else {
      const [name, values] = pick(ATTRIBUTES);
      const value = pick(values);
      if (value === null) host.removeAttribute(name);
      else host.setAttribute(name, value);
    }
    // Let effects, focus moves and re-renders happen between steps.
    if (i % 5 === 4) await new Promise((resolve) => setTimeout(resolve, 0));
    // What this step reached: the screen, the language, and whether a form
    // shows its error (a field marked invalid or an alert with words).
    const wrapper = host.shadowRoot && host.shadowRoot.querySelector('.trd');
    if (wrapper) {
      const seen = (window.__walkSeen = window.__walkSeen || {});
      const screen = wrapper.dataset.screen;
      seen[`screen ${screen}`] = true;
      seen[`lang ${wrapper.getAttribute('lang')}`] = true;
      // (The crisis panel's alert is not a form error: only the forms' notices count.)
      const invalid = [...wrapper.querySelectorAll('[aria-invalid="true"], fieldset[data-invalid], .trd-notice[role="alert"]')].some(shown);
      if (invalid) seen[`error ${screen}`] = true;
    }
  }
  return s;
}

for (const SEED of SEEDS) test(`random walk: seed ${SEED}, ${STEPS} steps`, async ({ page }) => {
  console.log(`random walk: seed ${SEED}, ${STEPS} steps (replay: make walk WALK_SEED=${SEED} WALK_STEPS=${STEPS})`);
  const problems = [];
  let step = 0;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`step ${step}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`step ${step}: page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`step ${step}: a dialog opened: ${dialog.message()}`);
    dialog.dismiss();
  });
  // A phone or text link (Enter on "Call 988") hands over to the device's
  // dialer: in headless Chromium an external-protocol prompt that silently
  // swallows every later mouse event, so the final clicks below would land
  // nowhere. The dialer is outside the page: such links are counted and
  // stopped at the page.
  await page.addInitScript(() => {
    window.__dialled = 0;
    document.addEventListener(
      'click',
      (event) => {
        const link = event.composedPath().find((el) => el instanceof HTMLAnchorElement);
        if (link && /^(tel|sms):/.test(link.getAttribute('href') || '')) {
          event.preventDefault();
          window.__dialled += 1;
        }
      },
      true,
    );
  });
  await page.goto('/e2e/csp-options.html');
  await expect(page.locator('trd-widget .trd')).toBeVisible();

  const keys = generator(SEED ^ 0x5bd1e995);
  const KEYS = ['Tab', 'Shift+Tab', 'Enter', 'Space', 'Escape', 'ArrowDown', 'ArrowUp', 'Home', 'End', 'Backspace', '7', ','];
  let state = SEED >>> 0;
  const started = Date.now();
  while (step < STEPS) {
    const count = Math.min(BATCH, STEPS - step);
    state = await page.evaluate(walk, { s: state, count });
    step += count;
    // Real key presses where the focus is now, a few per batch.
    for (let k = 0; k < 5; k += 1) {
      await page.keyboard.press(KEYS[Math.floor(keys() * KEYS.length)]);
    }
    // Links may have been followed by a key press: come back to the widget.
    if (!page.url().includes('/e2e/csp-options.html')) {
      problems.push(`step ${step}: left the page for ${page.url()}`);
      break;
    }
    expect(problems, `seed ${SEED}: ${problems.join('\n')}`).toEqual([]);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  // The last batch's key presses too (a panic there would otherwise show
  // only as a widget that no longer answers).
  expect(problems, `seed ${SEED}: ${problems.join('\n')}`).toEqual([]);
  // Still answering: a screen from the documented list, and the language
  // and start-over paths respond.
  const root = page.locator('trd-widget .trd');
  await expect(root).toBeVisible();
  expect(SCREENS).toContain(await root.getAttribute('data-screen'));
  // The visitor's own language choice still works, both ways.
  await root.getByRole('button', { name: 'Español', exact: true }).click();
  await expect(root).toHaveAttribute('lang', 'es');
  await root.getByRole('button', { name: 'English', exact: true }).click();
  await expect(root).toHaveAttribute('lang', 'en');
  expect(problems, `seed ${SEED}: ${problems.join('\n')}`).toEqual([]);
  console.log(`random walk: seed ${SEED}, ${STEPS} steps in ${seconds} s, 0 console errors, 0 page errors`);
  // What it covered, step by step, against what it must cover.
  const seen = Object.keys(await page.evaluate(() => window.__walkSeen || {}));
  const wanted = [...SCREENS.map((name) => `screen ${name}`), 'lang en', 'lang es', ...FORM_ERRORS.map((name) => `error ${name}`)];
  console.log(`random walk: seed ${SEED} reached ${seen.sort().join(', ')}`);
  expect(wanted.filter((w) => !seen.includes(w)), `seed ${SEED} did not reach these (replay: make walk WALK_SEED=${SEED})`).toEqual([]);
  console.log(`random walk: phone or text links followed by a key press: ${await page.evaluate(() => window.__dialled)}`);
});
