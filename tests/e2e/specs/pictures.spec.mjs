// The PHQ-9 total on a picture (issue 11): the 0-27 scale with its five
// bands, the visitor's mark inside the band the text names, and a text
// alternative that says the same as the picture.
import { test, expect } from '@playwright/test';
import { Widget } from '../support/widget.mjs';
import { Staging } from '../support/staging.mjs';
import { contrast } from '../support/colour.mjs';

const CASES = [
  { values: [0, 0, 0, 0, 0, 0, 0, 0, 0], total: 0, level: 'none-minimal' },
  { values: [1, 1, 1, 1, 0, 0, 0, 0, 0], total: 4, level: 'none-minimal' },
  { values: [1, 1, 1, 1, 1, 0, 0, 0, 0], total: 5, level: 'mild' },
  { values: [2, 2, 2, 2, 2, 2, 0, 0, 0], total: 12, level: 'moderate' },
  { values: [3, 3, 3, 3, 3, 3, 3, 3, 3], total: 27, level: 'severe' },
];

for (const { values, total, level } of CASES) {
  test(`the score picture marks ${total} inside the ${level} band`, async ({ page }) => {
    await page.goto('/e2e/clinic-en.html');
    const widget = await new Widget(page).ready();
    await widget.start();
    await widget.answerAll(values, { difficulty: 0 });
    await widget.seeResult();
    await expect(widget.resultCard()).toHaveAttribute('data-level', level);
    const scale = widget.resultCard().locator('svg[data-score-scale]');
    await expect(scale).toHaveAttribute('role', 'img');
    await expect(scale.locator('[data-band]')).toHaveCount(5);
    const band = scale.locator(`[data-band="${level}"]`);
    const mark = scale.locator('line.trd-scale-mark');
    await expect(mark).toHaveAttribute('data-mark', String(total));
    const [b, m] = [await band.boundingBox(), await mark.boundingBox()];
    const middle = m.x + m.width / 2;
    expect(middle).toBeGreaterThan(b.x);
    expect(middle).toBeLessThan(b.x + b.width);
    // The picture says what the text says.
    const name = await scale.getAttribute('aria-label');
    expect(name).toContain(`Your total, ${total}, is marked in the`);
    const bandLine = await widget.resultCard().locator('p.trd-band').innerText();
    const bandName = bandLine.match(/in the (.+) range/)[1];
    expect(name).toContain(`in the ${bandName} range`);
    expect(name).toContain('none to minimal, 0 to 4; mild, 5 to 9; moderate, 10 to 14; moderately severe, 15 to 19; severe, 20 to 27');
  });
}

test('the score picture in Spanish', async ({ page }) => {
  await page.goto('/e2e/clinic-es.html');
  const widget = await new Widget(page, page.locator('trd-widget'), 'es').ready();
  await widget.start();
  await widget.answerAll([2, 2, 2, 2, 2, 2, 0, 0, 0], { difficulty: 0 });
  await widget.seeResult();
  const scale = widget.resultCard().locator('svg[data-score-scale]');
  await expect(scale).toHaveAttribute('aria-label', /Su total, 12, está marcado en el nivel «moderado»/);
});

test('the staging results: the Thase-Rush ladder and the Maudsley scale mark what the cards say', async ({ page }) => {
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  const staging = new Staging(widget);
  await widget.button('Check my treatment history').click();
  await widget.button('Start').click();
  await staging.addMedicine({ id: 'sertraline', weeks: 8, dose: 'full', outcome: 'none' });
  await staging.addMedicine({ id: 'venlafaxine', weeks: 8, dose: 'full', outcome: 'none' });
  await staging.episode(20, 'moderate');
  await staging.seeResults();

  const tr = staging.card('thase-rush');
  const stage = await tr.getAttribute('data-stage');
  const ladder = tr.locator('svg[data-score-scale]');
  await expect(ladder.locator('[data-band]')).toHaveCount(6);
  const steps = ['0', 'I', 'II', 'III', 'IV', 'V'];
  await expect(ladder.locator('line.trd-scale-mark')).toHaveAttribute('data-mark', String(steps.indexOf(stage)));
  const [step, mark] = [await ladder.locator('[data-band]').nth(steps.indexOf(stage)).boundingBox(), await ladder.locator('line.trd-scale-mark').boundingBox()];
  expect(mark.x + mark.width / 2).toBeGreaterThan(step.x);
  expect(mark.x + mark.width / 2).toBeLessThan(step.x + step.width);
  await expect(ladder).toHaveAttribute('aria-label', new RegExp(`is marked at Stage ${stage}\\.$`));

  const msm = staging.card('maudsley');
  const level = await msm.getAttribute('data-level');
  const score = await msm.getAttribute('data-score');
  const scale = msm.locator('svg[data-score-scale]');
  await expect(scale.locator('[data-band]')).toHaveCount(3);
  await expect(scale.locator('line.trd-scale-mark')).toHaveAttribute('data-mark', score);
  const [band, m] = [await scale.locator(`[data-band="${level}"]`).boundingBox(), await scale.locator('line.trd-scale-mark').boundingBox()];
  expect(m.x + m.width / 2).toBeGreaterThan(band.x);
  expect(m.x + m.width / 2).toBeLessThan(band.x + band.width);
  await expect(scale).toHaveAttribute('aria-label', new RegExp(`This total, ${score}, is marked in the ${level} range`));
});

/**
 * The picture's colours: each band's fill and outline, the mark, and the
 * surface behind the picture (its nearest painted ancestor).
 */
function colours(svg) {
  return svg.evaluate((el) => {
    let surface = el.parentElement;
    while (getComputedStyle(surface).backgroundColor === 'rgba(0, 0, 0, 0)' && surface.parentElement) surface = surface.parentElement;
    const bands = [...el.querySelectorAll('[data-band]')].map((band) => {
      const style = getComputedStyle(band);
      return { name: band.getAttribute('data-band'), fill: style.fill, stroke: style.stroke === 'none' ? null : style.stroke };
    });
    const marker = el.querySelector('.trd-scale-mark');
    const mark = marker ? getComputedStyle(marker).stroke : null;
    return { bands, mark, surface: getComputedStyle(surface).backgroundColor };
  });
}

// WCAG 1.4.11: what a picture shows (where one range ends and the next
// begins, where the mark sits) stands out at 3:1 or more from what is next
// to it, in the light and the dark theme. The pale fills alone would not.
// In forced colours the fills, outlines and marks are the system's own
// colours (Canvas, CanvasText), so they follow the visitor's palette.
for (const scheme of ['light', 'dark', 'forced']) {
  test(`the pictures' ranges and marks stand out at 3:1 or more (${scheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: scheme === 'dark' ? 'dark' : 'light', forcedColors: scheme === 'forced' ? 'active' : 'none' });
    const page = await context.newPage();
    await page.goto('/e2e/theme-auto-en.html');
    const widget = await new Widget(page).ready();
    await widget.start();
    await widget.answerAll([2, 2, 2, 2, 2, 2, 0, 0, 0], { difficulty: 0 });
    await widget.seeResult();
    const pictures = [['PHQ-9', await colours(widget.resultCard().locator('svg[data-score-scale]'))]];
    const staging = new Staging(widget);
    await staging.open();
    await staging.addMedicine({ id: 'sertraline', weeks: 8, dose: 'full', outcome: 'none' });
    await staging.addMedicine({ id: 'venlafaxine', weeks: 8, dose: 'full', outcome: 'none' });
    await staging.episode(20, 'moderate');
    await staging.seeResults();
    for (const method of ['thase-rush', 'maudsley', 'mgh-s']) pictures.push([method, await colours(staging.card(method).locator('svg[data-score-scale]'))]);

    const low = [];
    const check = (what, a, b) => {
      const ratio = a && b ? contrast(a, b) : 0;
      if (ratio < 3) low.push(`${what}: ${a} on ${b} is ${ratio.toFixed(2)}:1`);
    };
    for (const [name, { bands, mark, surface }] of pictures) {
      // MGH-S is a bar of parts, with no mark.
      if (name !== 'mgh-s') check(`${name} mark on the surface`, mark, surface);
      for (const band of bands) {
        check(`${name} ${band.name} outline on its fill`, band.stroke, band.fill);
        check(`${name} ${band.name} outline on the surface`, band.stroke, surface);
        if (name !== 'mgh-s') check(`${name} mark on ${band.name}`, mark, band.fill);
      }
    }
    expect(pictures).toHaveLength(4);
    expect(low).toEqual([]);
    if (scheme === 'forced') {
      // The system colours as this browser resolves them (fill is not forced).
      const system = await page.evaluate(() => {
        const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
        rect.setAttribute('style', 'fill: Canvas; stroke: CanvasText');
        svg.append(rect);
        document.body.append(svg);
        const style = getComputedStyle(rect);
        const found = { canvas: style.fill, text: style.stroke };
        svg.remove();
        return found;
      });
      const notSystem = [];
      for (const [name, { bands, mark }] of pictures) {
        if (name !== 'mgh-s' && mark !== system.text) notSystem.push(`${name} mark ${mark}`);
        for (const band of bands) {
          if (band.fill !== system.canvas) notSystem.push(`${name} ${band.name} fill ${band.fill}`);
          if (band.stroke !== system.text) notSystem.push(`${name} ${band.name} outline ${band.stroke}`);
        }
      }
      expect(notSystem, `not the system colours ${JSON.stringify(system)}`).toEqual([]);
    }
    await context.close();
  });
}

// MGH-S has no published ranges: its picture is a bar of what the score is
// made of, in order (failed trials, changes to them, ECT), each part as wide
// as its points, with a key below that says the same as the bar.
test('the MGH-S score as a bar of its parts, with its key, in both languages', async ({ page }) => {
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  const staging = new Staging(widget);
  await staging.open();
  await staging.addMedicine({ id: 'sertraline', weeks: 8, dose: 'full', outcome: 'none', doseRaised: true });
  await staging.addMedicine({ id: 'venlafaxine', weeks: 8, dose: 'full', outcome: 'partial', augmentation: 'lithium' });
  await staging.addEct('bilateral', 'none');
  await staging.episode(20, 'moderate');
  await staging.seeResults();
  const card = staging.card('mgh-s');
  // 2 trials + 0.5 dose raised + 0.5 lithium added + 3 ECT.
  await expect(card).toHaveAttribute('data-score', '6.0');
  const bar = card.locator('svg[data-score-scale]');
  await expect(bar).toHaveAttribute('role', 'img');
  await expect(bar).toHaveAccessibleName('A bar of this score, 6.0, in its parts, listed below.');
  await expect(bar.locator('.trd-scale-mark')).toHaveCount(0);
  const parts = bar.locator('[data-band]');
  await expect(parts).toHaveCount(3);
  expect(await parts.evaluateAll((rects) => rects.map((r) => r.getAttribute('data-band')))).toEqual(['mghs-trials', 'mghs-changes', 'mghs-ect']);
  // Widths follow the points: 2 : 1 : 3.
  const widths = await parts.evaluateAll((rects) => rects.map((r) => r.getBBox().width));
  expect(widths[0] / widths[1]).toBeCloseTo(2, 1);
  expect(widths[2] / widths[1]).toBeCloseTo(3, 1);
  // Numbers under the bar: the points counted before each part, and the total.
  expect(await bar.locator('text').allTextContents()).toEqual(['0', '2', '3', '6.0']);
  await expect(card.locator('.trd-scale-key li')).toHaveText([
    'Trials that did not help enough: 2',
    'Dose raised, taken longer or a medicine added: 1',
    'ECT that did not help enough: 3',
  ]);
  await widget.root.getByRole('button', { name: 'Español' }).click();
  await expect(card.locator('.trd-figure')).toHaveText('6.0');
  await expect(bar).toHaveAccessibleName('Una barra de este puntaje, 6.0, en sus partes, que se enumeran abajo.');
  await expect(card.locator('.trd-scale-key li').nth(0)).toHaveText('Pruebas que no ayudaron lo suficiente: 2');
});
