// TRD staging from one treatment history, through the test contract:
// data-instrument trd-definition (data-met), thase-rush (data-stage),
// maudsley (data-score, data-level, data-applicable), mgh-s (data-score).
import { test, expect } from '@playwright/test';
import { Widget, recordConsole, keyboard } from '../support/widget.mjs';
import { Staging } from '../support/staging.mjs';
import { axeViolations } from '../support/axe.mjs';

test('a realistic four-medicine history in English: every card, and the PHQ-9 beside them', async ({ page }) => {
  const console = recordConsole(page);
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  // PHQ-9 first (total 12, moderate), then on to the history from the result.
  await widget.start();
  await widget.answerAll([2, 2, 1, 2, 1, 1, 2, 1, 0]);
  await widget.seeResult();
  const staging = new Staging(widget);
  await staging.open();

  await staging.addMedicine({ id: 'sertraline', weeks: 10, dose: 150, outcome: 'partial', doseRaised: true });
  await staging.addMedicine({ id: 'escitalopram', weeks: 8, dose: 'full', outcome: 'none' });
  await staging.addMedicine({ id: 'bupropion', weeks: 12, dose: 300, outcome: 'partial', augmentation: 'aripiprazole' });
  await staging.addMedicine({ id: 'venlafaxine', weeks: 4, dose: 75, outcome: 'none' });
  await expect(widget.root.locator('.trd-trial')).toHaveCount(4);
  await expect(widget.root.locator('.trd-trial').first()).toContainText('Sertraline (Zoloft)');
  await expect(widget.root.locator('.trd-trial').first()).toContainText('SSRI · 10 weeks · 150 mg a day');
  await staging.episode(30, 'moderate');
  await expect(widget.root.locator('.trd-phq9-hint')).toContainText('in the moderate range (12 out of 27)');
  await staging.seeResults();

  // Sertraline, escitalopram (both SSRI) and bupropion (NDRI) count; venlafaxine was 4 weeks.
  expect(await staging.contract()).toEqual({
    definition: { met: 'true' },
    thaseRush: { stage: 'II' },
    // 3 (over 24 months) + 3 (moderate) + 2 (3 medicines) + 1 (augmentation) + 0 = 9.
    maudsley: { score: '9', level: 'moderate', applicable: 'true' },
    // 3 trials + 0.5 dose raised + 0.5 augmented.
    mghs: { score: '4.0' },
  });
  const phq9 = staging.card('phq9');
  await expect(phq9).toHaveAttribute('data-score', '12');
  await expect(phq9).toHaveAttribute('data-level', 'moderate');

  const tr = staging.card('thase-rush');
  await expect(tr).toContainText('Stage II');
  await expect(tr).toContainText('Classes that counted: SSRI, NDRI.');
  // The verdicts are listed once for the four cards (code review 3, C5).
  await expect(widget.root.locator('.trd-verdicts')).toHaveCount(1);
  await expect(tr.locator('[data-medicine]')).toHaveCount(0);
  const verdicts = staging.verdicts();
  await verdicts.getByText('Which medicines counted').click();
  await expect(verdicts.locator('[data-medicine="venlafaxine"]')).toContainText('taken for 4 weeks. This tool needs at least 6.');
  await expect(verdicts.locator('[data-medicine="escitalopram"]')).toHaveAttribute('data-counted', 'true');
  await tr.getByText('How this is calculated').click();
  await expect(tr).toContainText('Thase ME, Rush AJ. J Clin Psychiatry 1997');
  for (const instrument of ['trd-definition', 'thase-rush', 'maudsley', 'mgh-s']) {
    await expect(staging.card(instrument)).toContainText('Educational estimate, not a clinical rating.');
    await expect(staging.card(instrument).locator('[data-if-unknown]')).toHaveCount(0);
  }
  await expect(staging.card('mgh-s')).toContainText('no official levels');

  // Back to the PHQ-9 result and to the history again: nothing is lost.
  await widget.button('Back to the questionnaire').click();
  expect(await widget.result()).toMatchObject({ score: 12, level: 'moderate' });
  await widget.button('Check my treatment history').click();
  await expect(widget.root).toHaveAttribute('data-screen', 'staging-results');
  await expect(widget.crisisBlock()).toBeVisible();
  expect(console.errors()).toEqual([]);
});

test('a history in Spanish with an unsure medicine and ECT: every card, and the "if" line', async ({ page }) => {
  await page.goto('/e2e/clinic-es.html');
  const widget = await new Widget(page, page.locator('trd-widget'), 'es').ready();
  const staging = new Staging(widget);
  await staging.open();
  await staging.addMedicine({ id: 'fluoxetine', weeks: 8, dose: 20, outcome: 'none' });
  await staging.addMedicine({ id: 'venlafaxine', weeks: 10, dose: 'full', outcome: 'partial', extended: true });
  await staging.addMedicine({ id: 'nortriptyline', weeks: 9, dose: 'unsure', outcome: 'none' });
  await staging.addMedicine({ id: 'duloxetine', weeks: 3, dose: 60, outcome: 'none' });
  await staging.addEct('unilateral', 'none');
  await staging.episode(18, 'severe');
  await staging.seeResults();

  expect(await staging.contract()).toEqual({
    definition: { met: 'true' },
    thaseRush: { stage: 'II' },
    // 2 (13-24 months) + 4 (severe) + 1 (2 medicines) + 0 + 1 (ECT) = 8.
    maudsley: { score: '8', level: 'moderate', applicable: 'true' },
    // 2 trials + 0.5 taken longer + 3 ECT.
    mghs: { score: '5.5' },
  });
  const tr = staging.card('thase-rush');
  await expect(tr).toContainText('Etapa II');
  await expect(tr.locator('[data-if-unknown]')).toHaveText(
    'Si los medicamentos que esta herramienta no pudo juzgar se tomaron el tiempo suficiente a una dosis suficiente, sería: Etapa III.',
  );
  await expect(tr).toContainText('no cuenta para la etapa V');
  // US Spanish writes a decimal point, as the contract does (decision 20).
  await expect(staging.card('mgh-s').locator('.trd-figure')).toHaveText('5.5');
  await expect(staging.card('mgh-s').locator('[data-if-unknown]')).toContainText('sería: 6.5');
  await expect(staging.card('maudsley').locator('[data-if-unknown]')).toContainText('sería: 9 de 15 (moderado)');
  await expect(staging.card('trd-definition').locator('[data-if-unknown]')).toContainText('no cambiaría');
  await expect(widget.root.locator('[data-instrument="phq9"]')).toHaveCount(0);
  await expect(widget.root).toContainText('Todavía no ha respondido las preguntas sobre síntomas.');
  await expect(staging.card('maudsley')).toContainText('Cálculo educativo, no una evaluación clínica.');
});

test('with no medicines yet there is still a sensible result', async ({ page }) => {
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  const staging = new Staging(widget);
  await staging.open();
  await staging.seeResults();
  expect(await staging.contract()).toEqual({
    definition: { met: 'false' },
    thaseRush: { stage: '0' },
    maudsley: { score: null, level: null, applicable: 'false' },
    mghs: { score: '0.0' },
  });
  await expect(staging.card('thase-rush')).toContainText("Stage 0 is this tool's own label");
  await expect(staging.card('trd-definition')).toContainText('With what you entered, 0 count.');
  await expect(staging.card('maudsley')).toContainText('Not scored');
  // No list of medicines, so the verdicts are a sentence, not an empty list.
  await expect(staging.verdicts().locator('.trd-verdicts')).toHaveCount(0);
  await expect(staging.verdicts().locator('p').first()).toHaveText('No medicines added yet.');
});

test('a full-dose trial says so; "a lower dose than my prescriber planned" without milligrams is unknown, with the "if" line', async ({ page }) => {
  // Project decision 21 and clinical review 3 W1.
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  const staging = new Staging(widget);
  await staging.open();
  await widget.button(staging.copy.addMedicine).click();
  await widget.root.getByLabel('Medicine', { exact: true }).selectOption('sertraline');
  await staging.group(staging.copy.doseGroup).getByRole('radio', { name: staging.copy.dose.lower }).check();
  await expect(widget.root.locator('#trd-dose-hint')).toContainText('If you know the milligrams, choose "I know the daily dose".');
  await widget.button('Cancel').click();
  await staging.addMedicine({ id: 'sertraline', weeks: 8, dose: 'lower', outcome: 'none' });
  await staging.addMedicine({ id: 'phenelzine', weeks: 8, dose: 'full', outcome: 'none' });
  await staging.seeResults();
  const verdicts = staging.verdicts().locator('.trd-verdicts');
  await expect(verdicts.locator('[data-medicine="phenelzine"]')).toHaveAttribute('data-counted', 'true');
  await expect(verdicts.locator('[data-medicine="phenelzine"]')).toContainText(
    'Counted: it did not help enough after 6 weeks or more, at the full dose your prescriber planned.',
  );
  await expect(verdicts.locator('[data-medicine="sertraline"]')).toHaveAttribute('data-counted', 'false');
  await expect(verdicts.locator('[data-medicine="sertraline"]')).toContainText('it was a lower dose than your prescriber planned');
  await expect(staging.card('trd-definition').locator('[data-if-unknown]')).toContainText(
    'If the medicines this tool could not judge were taken long enough at a high enough dose, this would be: Definition met.',
  );
  await expect(staging.card('mgh-s')).toHaveAttribute('data-score', '1.0');
  await expect(staging.card('thase-rush').locator('details').last()).toContainText(
    "A lower dose than your prescriber planned, with no milligrams, is not counted; the results say what would change if it were. These counting rules are this tool's conventions and have not been reviewed by a clinician.",
  );
});

test('bad input gets a message tied to the field, in the visitor\'s language, and is never saved', async ({ page }) => {
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  const staging = new Staging(widget);
  const c = staging.copy;
  await staging.open();
  await widget.button(c.addMedicine).click();
  await widget.button(c.save).click();
  // Every missing answer is named, and focus goes to the first one.
  await expect(widget.root.locator('#trd-medicine-error')).toHaveText('Please choose one.');
  await expect(widget.root.getByLabel(c.medicine, { exact: true })).toBeFocused();
  await expect(widget.root.locator('#trd-weeks-error')).toHaveText('Please enter a number.');
  await expect(staging.group(c.outcomeGroup)).toContainText('Please choose one.');

  await widget.root.getByLabel(c.medicine, { exact: true }).selectOption('sertraline');
  await expect(widget.root.locator('#trd-medicine-class')).toHaveText('Class: SSRI');
  // Choosing fixes that field: its message goes, the others stay (C6).
  await expect(widget.root.locator('#trd-medicine-error')).toHaveCount(0);
  await expect(widget.root.locator('#trd-weeks-error')).toHaveText('Please enter a number.');
  const weeks = widget.root.getByLabel(c.weeks);
  for (const [typed, message] of [
    ['900', 'That looks too high. Please check it. The most this accepts is 520.'],
    ['-3', "The number can't be below zero."],
    ['six', 'Please enter a number, like 8.'],
    ['6.5', 'Please enter a whole number.'],
  ]) {
    await weeks.fill(typed);
    await widget.button(c.save).click();
    await expect(weeks).toHaveAttribute('aria-invalid', 'true');
    await expect(weeks).toHaveAttribute('aria-describedby', 'trd-weeks-error');
    await expect(widget.root.locator('#trd-weeks-error')).toHaveText(message);
  }
  await weeks.fill('8');
  await staging.group(c.doseGroup).getByRole('radio', { name: c.dose.amount }).check();
  await expect(widget.root.locator('#trd-dose-hint')).toHaveText("50 mg a day is the lowest dose this tool counts as enough (adequate). This cut-off is the tool's own rule.");
  const dose = widget.root.getByLabel(c.amount);
  await dose.fill('5000');
  await staging.group(c.outcomeGroup).getByRole('radio', { name: c.outcome.none }).check();
  await widget.button(c.save).click();
  await expect(widget.root.locator('#trd-dose-error')).toHaveText('That looks too high. Please check it. The most this accepts is 400.');
  await expect(dose).toHaveAttribute('aria-describedby', 'trd-dose-hint trd-dose-error');
  await expect(widget.root.locator('.trd-trial')).toHaveCount(0);

  // The same in Spanish, with the typed values kept.
  await widget.root.getByRole('button', { name: 'Español' }).click();
  await expect(widget.root.locator('#trd-dose-error')).toHaveText('Parece demasiado alto. Revíselo, por favor. Lo máximo que se acepta es 400.');
  await expect(widget.root.getByLabel('Dosis diaria en mg')).toHaveValue('5000');

  // Results wait for the open form, and for a valid episode length.
  await widget.button('Ver mis resultados').click();
  await expect(widget.root.getByRole('alert')).toHaveText('Primero guarde o cancele el formulario abierto.');
  await widget.root.getByLabel('Dosis diaria en mg').fill('100');
  await widget.button('Guardar medicamento').click();
  await expect(widget.root.locator('.trd-trial')).toHaveCount(1);
  await widget.root.getByLabel('¿Cuántos meses ha durado este episodio?').fill('abc');
  await widget.button('Ver mis resultados').click();
  await expect(widget.root.getByRole('alert')).toHaveText('Primero corrija el número de meses.');
  await expect(widget.root).toHaveAttribute('data-screen', 'history');
});

test('a medicine can be entered with the keyboard alone', async ({ page }) => {
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  const staging = new Staging(widget);
  await staging.open();
  const { focusedName, tabTo } = keyboard(page);
  await widget.heading().focus();
  await tabTo('button:Add a medicine');
  await page.keyboard.press('Enter');
  await expect(widget.root.locator('#trd-trial-form-title')).toBeFocused();
  await tabTo('select:Medicine');
  // Type-ahead in the native select.
  await page.keyboard.type('Sertraline');
  await expect(widget.root.getByLabel('Medicine', { exact: true })).toHaveValue('sertraline');
  await tabTo('input:How many weeks did you take it?');
  await page.keyboard.type('12');
  await tabTo('input:I know the daily dose');
  await page.keyboard.press('Space');
  await tabTo('input:Daily dose in mg');
  await page.keyboard.type('100');
  await tabTo('input:It did not help');
  await page.keyboard.press('Space');
  // Enter submits the form from a text field.
  await widget.root.getByLabel('Daily dose in mg').focus();
  await page.keyboard.press('Enter');
  await expect(widget.root.locator('.trd-trial')).toHaveCount(1);
  await expect(widget.button('Add a medicine')).toBeFocused();
  await expect(widget.root.locator('.trd-trial')).toContainText('SSRI · 12 weeks · 100 mg a day · It did not help');
});

test('axe-core finds no violation on the builder (form open, with errors) and the results', async ({ page }) => {
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  const staging = new Staging(widget);
  await widget.button(staging.copy.open).click();
  expect(await axeViolations(page)).toEqual([]);
  await widget.button(staging.copy.start).click();
  await staging.addMedicine({ id: 'sertraline', weeks: 8, dose: 100, outcome: 'none' });
  await widget.button(staging.copy.addMedicine).click();
  await widget.button(staging.copy.save).click();
  await widget.root.getByLabel(staging.copy.medicine, { exact: true }).selectOption('venlafaxine');
  await staging.group(staging.copy.doseGroup).getByRole('radio', { name: staging.copy.dose.amount }).check();
  await widget.button(staging.copy.addEct).click();
  const builder = await axeViolations(page);
  expect(builder, builder.join('\n')).toEqual([]);
  await widget.button('Cancel').first().click();
  await widget.button('Cancel').click();
  await staging.episode(10, 'moderate');
  await staging.seeResults();
  for (const summary of await widget.root.locator('summary').all()) await summary.click();
  const results = await axeViolations(page);
  expect(results, results.join('\n')).toEqual([]);
});

test('episode length in continuous months: 12 is acute, 12.5 sub-acute; 24,5 typed in Spanish is chronic and shown as 24.5', async ({ page }) => {
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  const staging = new Staging(widget);
  await staging.open();
  await staging.addMedicine({ id: 'fluoxetine', weeks: 8, dose: 20, outcome: 'none' });
  // Maudsley: duration + 3 (moderate) + 1 (one medicine).
  for (const [months, score] of [['12', '5'], ['12.5', '6'], ['24', '6'], ['24.5', '7']]) {
    await staging.episode(months, 'moderate');
    await staging.seeResults();
    await expect(staging.card('maudsley')).toHaveAttribute('data-score', score);
    await widget.button('Change my treatments').click();
  }
  await widget.root.getByRole('button', { name: 'Español' }).click();
  const es = new Staging(new Widget(page, page.locator('trd-widget'), 'es'));
  await es.episode('24,5', 'moderate');
  await es.seeResults();
  await expect(es.card('maudsley')).toHaveAttribute('data-score', '7');
  await widget.button('Resumen para mi médico').click();
  await expect(widget.root.locator('[data-summary]')).toContainText('Duración de este episodio: 24.5 meses.');
  await expect(widget.root.locator('[data-summary]')).toContainText('Gravedad actual, elegida por la persona entre descripciones sencillas');
  // Junk is a field message, not a score.
  await widget.button('Atrás').click();
  await widget.button('Cambiar mis tratamientos').click();
  await widget.root.getByLabel('¿Cuántos meses ha durado este episodio?').fill('1e309');
  await expect(widget.root.locator('#trd-months-error')).toHaveText('Escriba un número, por ejemplo 8.');
});

test('an ECT course can be entered with the keyboard alone; a failed save lands on the field to fix', async ({ page }) => {
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  const staging = new Staging(widget);
  await staging.open();
  const { focusedName, tabTo } = keyboard(page);
  await widget.heading().focus();
  await tabTo('button:Add an ECT course');
  await page.keyboard.press('Enter');
  // The form opens with its heading focused, like the medicine form.
  await expect(widget.root.locator('#trd-ect-form-title')).toBeFocused();
  // Save with nothing chosen: both groups say why, and focus goes to the first.
  await tabTo('button:Save ECT course');
  await page.keyboard.press('Enter');
  await expect(widget.root.locator('.trd-field-error')).toHaveCount(2);
  expect(await focusedName()).toBe('input:Both sides of the head (bilateral)');
  await page.keyboard.press('Space');
  await tabTo('input:It did not help');
  await page.keyboard.press('Space');
  await tabTo('button:Save ECT course');
  await page.keyboard.press('Enter');
  await expect(widget.root.locator('[data-ect]')).toHaveCount(1);
  await expect(widget.root.locator('[data-ect]')).toContainText('ECT course 1');
  // Focus returns to the button that opened the form.
  await expect(widget.button('Add an ECT course')).toBeFocused();
});
