// The split build (issue 17): what each screen fetches, what is fetched
// ahead, and a pack that cannot load (offline after load, a 404, an
// integrity mismatch): a calm notice with "Try again", the crisis lines
// still there, the rest of the widget still working, one console line with
// the loader's prefix and the likely cause. No panic, no trap.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { Widget, recordConsole } from '../support/widget.mjs';
import { Staging } from '../support/staging.mjs';
import { axeViolations } from '../support/axe.mjs';

/** What the build wrote: the main files and each group's packs. */
const SPLIT = JSON.parse(readFileSync(new URL('../../../dist/split.json', import.meta.url), 'utf8'));
const file = (pack) => `/trd-widget/${SPLIT.packs[pack]}`;

/** Every request for the widget's own files, in order, from now on. */
function recordWidgetFiles(page) {
  const seen = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/trd-widget/')) seen.push(path);
  });
  return seen;
}

/** A group's packs that `seen` does not hold yet. */
const missing = (group, seen) => SPLIT.needs[group].map(file).filter((f) => !seen.includes(f));

test('each screen fetches its pack once, the first time it opens; the review and result are fetched ahead while answering', async ({ page }) => {
  const seen = recordWidgetFiles(page);
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  // First load: the script and the main wasm; nothing more on the intro
  // once the page's network has gone quiet.
  await page.waitForLoadState('networkidle');
  expect(seen).toEqual(['/trd-widget/trd-widget.js', `/trd-widget/${SPLIT.main}`]);
  // The questions are in the first load; the review and result come ahead.
  await widget.start();
  await expect.poll(() => seen.includes(file('phq9'))).toBe(true);
  await widget.answerAll([1, 2, 1, 0, 1, 2, 1, 0, 0], { difficulty: 1 });
  await widget.seeResult();
  expect(seen).toEqual(['/trd-widget/trd-widget.js', `/trd-widget/${SPLIT.main}`, file('phq9')]);
  const before = seen.length;
  const staging = new Staging(widget);
  const expected = missing('staging', seen);
  expect(expected.length).toBeGreaterThan(0);
  await staging.open();
  await expect.poll(() => seen.slice(before).sort()).toEqual(expected.sort());
  // Back and forth costs nothing more.
  await staging.seeResults();
  await widget.button('Summary for my doctor').click();
  await expect(widget.root).toHaveAttribute('data-screen', 'summary');
  const afterSummary = seen.length;
  await widget.button('Back').click();
  await widget.button('Summary for my doctor').click();
  await expect(widget.root.locator('[data-summary]')).toBeVisible();
  expect(seen).toHaveLength(afterSummary);
  // Every file once, none of them twice.
  expect(new Set(seen).size).toBe(seen.length);
});

test('the questions work while the review and result are on their way; the review waits for them, keeping its place', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(`**${file('phq9')}`, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  await widget.start();
  const block = widget.crisisBlock();
  let top = 0;
  for (let n = 1; n <= 9; n += 1) {
    await expect(widget.heading()).toHaveText(`Question ${n} of 9`);
    await widget.answer(0);
    top = (await block.boundingBox()).y;
    await widget.next();
  }
  await expect(widget.root).toHaveAttribute('data-screen', 'review');
  // While the pack is held, the screen keeps the height it had, so the
  // crisis lines below do not jump up and back.
  await expect(widget.root.locator('.trd-screen-holder')).toHaveAttribute('style', /min-height/);
  await expect(block.getByRole('link', { name: 'Call 988' })).toBeVisible();
  expect((await block.boundingBox()).y).toBe(top);
  release();
  await expect(widget.heading()).toHaveText('Check your answers');
});

/**
 * A pack that cannot load, then "Try again" once it can: the notice, the
 * crisis lines, a working widget, one console line with the cause.
 */
async function failsThenRetries(page, { breakIt, repair, cause }) {
  const console = recordConsole(page);
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  await breakIt();
  const staging = new Staging(widget);
  await widget.button(staging.copy.open).click();
  const notice = widget.root.locator('[data-chunk-error]');
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('heading')).toHaveText('This part did not load');
  await expect(notice).toContainText('Your answers are still here, and the crisis lines below work without it.');
  // The crisis lines stay, and keyboard users land on the notice.
  await expect(widget.crisisBlock().getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
  await expect(notice.getByRole('heading')).toBeFocused();
  const violations = await axeViolations(page);
  expect(violations, violations.join('\n')).toEqual([]);
  // One message of ours, with the loader's prefix and what to do (beside
  // the browser's own network lines).
  const ours = () => console.errors().filter((m) => m.text.startsWith('trd-widget:'));
  const errors = ours();
  expect(errors).toHaveLength(1);
  expect(errors[0].text).toMatch(/^trd-widget: could not load http:\/\/localhost:\d+\/trd-widget\/trd-widget_\w+-[0-9a-f]{16}\.bin /);
  expect(errors[0].text).toContain(cause);
  // The rest of the widget still works: the language, and back to the questionnaire.
  await widget.root.getByRole('button', { name: 'Español' }).click();
  await expect(notice.getByRole('heading')).toHaveText('Esta parte no se cargó');
  await widget.root.getByRole('button', { name: 'English' }).click();
  await repair();
  await notice.getByRole('button', { name: 'Try again' }).click();
  await expect(widget.root).toHaveAttribute('data-screen', 'staging-intro');
  await expect(widget.heading()).toHaveText('Your treatment history');
  await expect(notice).toHaveCount(0);
  expect(console.messages.filter((m) => m.type === 'pageerror')).toEqual([]);
  expect(ours()).toHaveLength(1);
}

test('offline after load: a calm notice with "Try again", the crisis lines still there', async ({ page, context }) => {
  await failsThenRetries(page, {
    breakIt: () => context.setOffline(true),
    repair: () => context.setOffline(false),
    cause: 'If the visitor is offline, they can try again once connected',
  });
});

test('a pack answering 404: the notice, and a message naming the file and the fix', async ({ page }) => {
  await failsThenRetries(page, {
    breakIt: () => page.route('**/trd-widget_staging-*.bin', (route) => route.fulfill({ status: 404, body: 'not here' })),
    repair: () => page.unroute('**/trd-widget_staging-*.bin'),
    // With an integrity to check, the browser refuses a 404's body as it
    // refuses a changed file.
    cause: 'The file is missing, blocked, or does not match the hash this trd-widget.js expects',
  });
});

test('a pack that fails its integrity check is refused, with the notice', async ({ page }) => {
  const tamper = async (route) => {
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    body[body.length - 1] ^= 0xff;
    await route.fulfill({ response, body });
  };
  await failsThenRetries(page, {
    breakIt: () => page.route('**/trd-widget_staging-*.bin', tamper),
    repair: () => page.unroute('**/trd-widget_staging-*.bin'),
    cause: 'does not match the hash this trd-widget.js expects',
  });
});
