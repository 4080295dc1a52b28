// Bootstrap 5 (its own CSS from npm) and Tailwind 4 (theme, preflight and
// utilities, built by Tailwind's compiler in the e2e setup) on the host page: the widget looks and works as on a plain page (computed
// styles of a sample of its elements are equal, and its picture matches
// within a small tolerance), and loading it changes no host element's
// computed style.
import { test, expect } from '@playwright/test';
import { Widget, recordConsole } from '../support/widget.mjs';

const PAGES = { plain: '/e2e/framework-plain.html', bootstrap: '/e2e/framework-bootstrap.html', tailwind: '/e2e/framework-tailwind.html' };
const PROPERTIES = [
  'font-family', 'font-size', 'font-weight', 'line-height', 'color', 'background-color', 'margin-top', 'margin-bottom',
  'padding-top', 'padding-left', 'border-top-width', 'border-top-style', 'box-sizing', 'letter-spacing', 'text-align',
  'width', 'height',
];
// A sample across the widget: its root, heading, text, buttons, a link, the crisis block.
const SAMPLE = ['.trd', 'h2', 'p', 'button.trd-primary', '.trd-lang button', '[data-crisis-block]', '[data-crisis-block] a', '[data-crisis-block] li'];

async function widgetLook(page, path) {
  await page.goto(path);
  const widget = await new Widget(page).ready();
  const styles = await widget.host.evaluate(
    (host, [sample, properties]) =>
      Object.fromEntries(
        sample.map((selector) => {
          const element = host.shadowRoot.querySelector(selector);
          if (!element) return [selector, null];
          const style = getComputedStyle(element);
          return [selector, Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]))];
        }),
      ),
    [SAMPLE, PROPERTIES],
  );
  const picture = (await widget.host.screenshot({ animations: 'disabled', caret: 'hide' })).toString('base64');
  return { widget, styles, picture };
}

/** Share of pixels that differ by more than a little, computed in the page. */
function pixelDifference(page, a, b) {
  return page.evaluate(async ([one, two]) => {
    const load = async (b64) => createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    const [x, y] = await Promise.all([load(one), load(two)]);
    if (x.width !== y.width || x.height !== y.height) return { size: [x.width, x.height, y.width, y.height], share: 1 };
    const pixels = (bitmap) => {
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      context.drawImage(bitmap, 0, 0);
      return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    };
    const [p, q] = [pixels(x), pixels(y)];
    let differing = 0;
    for (let i = 0; i < p.length; i += 4) {
      const delta = Math.abs(p[i] - q[i]) + Math.abs(p[i + 1] - q[i + 1]) + Math.abs(p[i + 2] - q[i + 2]);
      if (delta > 48) differing += 1;
    }
    return { size: [x.width, x.height], share: differing / (p.length / 4) };
  }, [a, b]);
}

for (const framework of ['bootstrap', 'tailwind']) {
  test(`on ${framework}'s CSS the widget looks and works as on a plain page`, async ({ page }) => {
    const console = recordConsole(page);
    const plain = await widgetLook(page, PAGES.plain);
    const other = await widgetLook(page, PAGES[framework]);
    for (const selector of SAMPLE) {
      expect(plain.styles[selector], `${selector} exists on the plain page`).not.toBeNull();
      expect(other.styles[selector], `${framework}: ${selector}`).toEqual(plain.styles[selector]);
    }
    const difference = await pixelDifference(page, plain.picture, other.picture);
    expect(difference.share, `${framework}: ${JSON.stringify(difference)}`).toBeLessThan(0.002);
    // And it works: a question can be answered.
    await other.widget.start();
    await other.widget.answer(1);
    await other.widget.next();
    await expect(other.widget.heading()).toHaveText('Question 2 of 9');
    expect(console.errors()).toEqual([]);
  });

  test(`on ${framework}'s CSS, loading the widget changes no host element's style`, async ({ page }) => {
    const hostLook = () =>
      page.evaluate((properties) => {
        const elements = [...document.querySelectorAll('body, body *:not(trd-widget):not(trd-widget *):not(script)')];
        return elements.map((element) => {
          const style = getComputedStyle(element);
          return [element.tagName, element.className, ...properties.map((p) => style.getPropertyValue(p))].join('|');
        });
      }, PROPERTIES.filter((p) => p !== 'width' && p !== 'height'));
    // Without the widget's script: the page as its theme draws it.
    await page.route('**/trd-widget.js', (route) => route.abort());
    await page.goto(PAGES[framework]);
    const before = await hostLook();
    await page.unroute('**/trd-widget.js');
    // With it.
    await page.goto(PAGES[framework]);
    await new Widget(page).ready();
    const after = await hostLook();
    expect(after.length).toBeGreaterThan(8);
    expect(after).toEqual(before);
  });
}
