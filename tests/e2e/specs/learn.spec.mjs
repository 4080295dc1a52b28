// Explainers: reachable on their own and from results, with sources, the
// date their sources were checked, an accessible glossary, downsides beside
// every treatment, crisis lines beside every mention of suicide, and the
// psilocybin checklist.
import { test, expect } from '@playwright/test';
import { Widget } from '../support/widget.mjs';
import { Staging } from '../support/staging.mjs';
import { axeViolations } from '../support/axe.mjs';

test('the Learn entry lists every topic; a page has its glossary, sources, review date and note', async ({ page }) => {
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  await widget.button('Learn about TRD').click();
  await expect(widget.root).toHaveAttribute('data-screen', 'learn');
  const topics = widget.root.locator('button[data-topic]');
  await expect(topics).toHaveCount(9);
  expect(await axeViolations(page)).toEqual([]);

  await widget.button('What is treatment-resistant depression?').click();
  await expect(widget.heading()).toHaveText('What is treatment-resistant depression?');
  await expect(widget.heading()).toBeFocused();
  const article = widget.root.locator('article[data-topic="what-is-trd"]');
  await expect(article).toContainText("Roughly 1 in 3 people treated for depression don't get enough relief from the first two medicines they try.");
  await expect(article.locator('.trd-sources li').first()).toContainText('Zhdanava M, et al. J Clin Psychiatry 2021');
  await expect(article.locator('[data-checked]')).toHaveText('Sources checked on November 27, 2026.');
  // No clinician has signed this page off yet, so nothing says "reviewed".
  await expect(article.locator('[data-reviewed]')).toHaveCount(0);
  // The suicide-risk sentence sits inside a callout with 988 and 911.
  const callout = article.locator('[data-crisis-callout]');
  await expect(callout).toContainText('linked to a higher risk of suicide');
  await expect(callout.locator('a[href="tel:988"]')).toBeVisible();
  await expect(callout.locator('a[href="tel:911"]')).toBeVisible();
  await expect(article).toContainText('not medical advice');
  await expect(widget.crisisBlock()).toBeVisible();

  // The glossary term opens its meaning in place, and says so to screen readers.
  const term = article.locator('button[data-term="antidepressant"]');
  await expect(term).toHaveAttribute('aria-expanded', 'false');
  const definition = article.locator(`#${await term.getAttribute('aria-controls')}`);
  await expect(definition).toBeHidden();
  await term.focus();
  await page.keyboard.press('Enter');
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  await expect(definition).toHaveText('A medicine used to treat depression.');
  const violations = await axeViolations(page);
  expect(violations, violations.join('\n')).toEqual([]);

  await widget.button('All topics').click();
  await expect(widget.root).toHaveAttribute('data-screen', 'learn');
  await widget.button('Back to where I was').click();
  await expect(widget.root).toHaveAttribute('data-screen', 'intro');
});

test('the psilocybin checklist shows points to raise; the prescriber warning is always there', async ({ page }) => {
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  await widget.button('Learn about TRD').click();
  await widget.button('Psilocybin: what research shows').click();
  const article = widget.root.locator('article[data-topic="psilocybin"]');
  await expect(article).toContainText('The FDA has not approved psilocybin for any use.');
  await expect(article).toContainText('Adults 21 and older');
  const warning = article.locator('[data-prescriber-warning]');
  await expect(warning).toHaveText('Talk to a prescriber before stopping or changing any medication. Stopping some medications suddenly can be dangerous.');
  await expect(article).toContainText('Nothing ticked yet.');
  await article.getByRole('checkbox', { name: 'I take lithium.' }).check();
  await article.getByRole('checkbox', { name: 'I have heart disease, high blood pressure, or a heart rhythm problem.' }).check();
  await expect(article.locator('[data-point]')).toHaveCount(2);
  await expect(article.locator('[data-point="lithium"]')).toContainText('nearly half involved seizures');
  await expect(warning).toBeVisible();
  const violations = await axeViolations(page);
  expect(violations, violations.join('\n')).toEqual([]);
  // Ticks survive a language switch; nothing is scored.
  await widget.root.getByRole('button', { name: 'Español' }).click();
  await expect(article.getByRole('checkbox', { name: 'Tomo litio.' })).toBeChecked();
  await expect(article.locator('[data-point]')).toHaveCount(2);
  await expect(article.locator('[data-prescriber-warning]')).toContainText('Hable con quien le receta antes de dejar o cambiar cualquier medicamento.');
});

test('the checklist point about suicide comes first, inside the crisis callout with 988 and 911 beside it', async ({ page }) => {
  // Clinical review 3 M4: a visitor ticking "thoughts of suicide now" is
  // answered with the lines right there, "right now", not a pointer.
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  await widget.button('Learn about TRD').click();
  await widget.button('Psilocybin: what research shows').click();
  const article = widget.root.locator('article[data-topic="psilocybin"]');
  await article.getByRole('checkbox', { name: 'I take lithium.' }).check();
  await article.getByRole('checkbox', { name: 'I have had a serious suicide attempt, or I have thoughts of suicide now.' }).check();
  const first = article.locator('[data-point]').first();
  await expect(first).toHaveAttribute('data-point', 'suicide');
  const callout = first.locator('[data-crisis-callout]');
  await expect(callout).toContainText('you can get help right now: call or text 988.');
  await expect(callout).not.toContainText('today');
  const hrefs = async () => callout.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(await hrefs()).toEqual(['tel:988', 'sms:988', 'https://988lifeline.org/', 'tel:911']);
  await widget.root.getByRole('button', { name: 'Español' }).click();
  await expect(callout).toContainText('puede recibir ayuda ahora mismo: llame al 988 y oprima 2, o envíe AYUDA al 988.');
  expect(await hrefs()).toEqual(['tel:988', 'sms:988?body=AYUDA', 'https://988lifeline.org/', 'tel:911']);
  const violations = await axeViolations(page);
  expect(violations, violations.join('\n')).toEqual([]);
});

test('results link to the explainers that fit them, and Back returns to the result', async ({ page }) => {
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  await widget.start();
  await widget.answerAll([1, 1, 1, 1, 1, 1, 1, 1, 1]);
  await widget.seeResult();
  // Item 9 above 0: "Getting help now" from the result and from the crisis panel.
  await expect(widget.crisisPanel().locator('[data-topic="getting-help"]')).toBeVisible();
  await widget.root.locator('.trd-learn-links [data-topic="getting-help"]').click();
  // The item-9 panel already lists every line at the top, so the page
  // points there instead of a second full list (decision 19).
  const help = widget.root.locator('article[data-topic="getting-help"]');
  await expect(help.locator('[data-crisis-lines-above]')).toHaveText('Every crisis line is listed at the top of this screen.');
  await expect(help.locator('[data-page-crisis-lines]')).toHaveCount(0);
  await expect(widget.crisisPanel().getByRole('link', { name: 'Call 988', exact: true })).toBeVisible();
  await widget.button('Back to where I was').click();
  expect(await widget.result()).toMatchObject({ score: 9, level: 'mild' });

  // Thase-Rush stage II links to the treatment options.
  const staging = new Staging(widget);
  await staging.open();
  await staging.addMedicine({ id: 'sertraline', weeks: 8, dose: 'full', outcome: 'none' });
  await staging.addMedicine({ id: 'bupropion', weeks: 8, dose: 'full', outcome: 'none' });
  await staging.seeResults();
  await expect(staging.card('thase-rush')).toHaveAttribute('data-stage', 'II');
  await staging.card('thase-rush').getByRole('button', { name: 'Learn: treatment options' }).click();
  await expect(widget.root.locator('article[data-topic="treatment-options"]')).toContainText('Esketamine (Spravato) is a nasal spray.');
  await widget.button('Back to where I was').click();
  await expect(widget.root).toHaveAttribute('data-screen', 'staging-results');

  // The definition card links to why TRD can happen.
  await staging.card('trd-definition').getByRole('button', { name: 'Learn: why TRD can happen' }).click();
  await expect(widget.root.locator('article[data-topic="why-trd-happens"]')).toContainText('Scientists still disagree about');
  await widget.button('Back to where I was').click();
  await expect(widget.root).toHaveAttribute('data-screen', 'staging-results');
});

test('every treatment shows its possible downsides; the new pages are there in both languages', async ({ page }) => {
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  await widget.button('Learn about TRD').click();
  await widget.button('Treatment options for TRD').click();
  const options = widget.root.locator('article[data-topic="treatment-options"]');
  // 11 treatments and approaches, each with a downsides line beside it.
  await expect(options.locator('[data-downsides]')).toHaveCount(11);
  await expect(options.locator('[data-downsides]').first()).toContainText('Possible downsides: In children, teens and young adults up to age 24');
  // Beside the antidepressant warning, esketamine's 'not known if it prevents
  // suicide' and psilocybin's suicidal thoughts in every dose group.
  await expect(options.locator('[data-crisis-callout]')).toHaveCount(3);
  const violations = await axeViolations(page);
  expect(violations, violations.join('\n')).toEqual([]);
  for (const [title, slug, text] of [
    ['Why TRD can happen', 'why-trd-happens', 'Doctors do not yet know exactly why'],
    ['Blood tests and biomarkers', 'biomarkers', 'no blood test can show whether you have depression'],
    ['Ketamine and esketamine', 'ketamine-and-esketamine', 'It is not FDA-approved for depression.'],
  ]) {
    await widget.button('All topics').click();
    await widget.button(title).click();
    const article = widget.root.locator(`article[data-topic="${slug}"]`);
    await expect(article).toContainText(text);
    await expect(article.locator('.trd-sources li').first()).toBeVisible();
    const v = await axeViolations(page);
    expect(v, v.join('\n')).toEqual([]);
  }
  await widget.root.getByRole('button', { name: 'Español' }).click();
  await expect(widget.root.locator('article[data-topic="ketamine-and-esketamine"] h2')).toHaveText('Ketamina y esketamina');
  await expect(widget.root.locator('article[data-topic="ketamine-and-esketamine"]')).toContainText('No está aprobada por la FDA para la depresión.');
});

test('explainers in Spanish, with a Spanish glossary', async ({ page }) => {
  await page.goto('/e2e/clinic-es.html');
  const widget = await new Widget(page, page.locator('trd-widget'), 'es').ready();
  await widget.button('Aprender sobre la DRT').click();
  await widget.button('Opciones de tratamiento para la DRT').click();
  const article = widget.root.locator('article[data-topic="treatment-options"]');
  await expect(article).toContainText('La esketamina (Spravato) es un aerosol nasal.');
  const term = article.locator('button[data-term="ect"]').first();
  await term.click();
  await expect(article.locator(`#${await term.getAttribute('aria-controls')}`)).toContainText('Terapia electroconvulsiva');
  await expect(article.locator('[data-checked]')).toHaveText('Fuentes revisadas el 27 de noviembre de 2026.');
  await expect(article.locator('[data-downsides]').first()).toContainText('Posibles desventajas:');
});
