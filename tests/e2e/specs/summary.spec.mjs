// The summary for the doctor: on screen, printed (only the summary), and
// saved on the device as HTML and as a FHIR R4 Bundle.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { Widget, recordConsole, recordCspViolations } from '../support/widget.mjs';
import { Staging } from '../support/staging.mjs';
import { axeViolations } from '../support/axe.mjs';
import { PHQ9 } from '../support/spec.mjs';

const ANSWERS = [2, 1, 2, 1, 0, 1, 1, 2, 1]; // total 11, moderate; item 9 "Several days"
const LA = ['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9'];

async function completeBoth(page, path = '/e2e/clinic-en.html') {
  await page.goto(path);
  const widget = await new Widget(page).ready();
  await widget.start();
  await widget.answerAll(ANSWERS, { difficulty: 1 });
  await widget.seeResult();
  const staging = new Staging(widget);
  await staging.open();
  await staging.addMedicine({ id: 'sertraline', weeks: 10, dose: 150, outcome: 'partial', doseRaised: true });
  await staging.addMedicine({ id: 'bupropion', weeks: 8, dose: 'full', outcome: 'none' });
  await staging.episode(20, 'moderate');
  await staging.seeResults();
  await widget.button('Summary for my doctor').click();
  await expect(widget.root).toHaveAttribute('data-screen', 'summary');
  return widget;
}


/** The last line of the printout and the download (project decision 22). */
const CRISIS_CLOSE =
  'If you are thinking about suicide: call or text 988 (en español: 988, oprima 2). In immediate danger: call 911.';

test('the summary shows answers, total, item 9, the history and every result', async ({ page }) => {
  const widget = await completeBoth(page);
  const summary = widget.root.locator('[data-summary]');
  await expect(summary.locator('[data-instrument="phq9"]')).toHaveAttribute('data-score', '11');
  const firstRow = summary.locator('tbody tr').first();
  await expect(firstRow).toContainText(PHQ9.en.items[0]);
  await expect(firstRow).toContainText('More than half the days (2)');
  await expect(summary).toContainText('Total: 11 out of 27, in the moderate range (10 to 14).');
  await expect(summary).toContainText('Question 9, thoughts of being better off dead or of self-harm: Several days (1).');
  await expect(summary).toContainText(
    'Question 9 was answered above 0; crisis resources were shown. The PHQ-9 manual advises further assessment of suicide risk by someone competent to assess it.',
  );
  await expect(summary).toContainText('How hard these problems made daily life: Somewhat difficult.');
  // On screen each medicine is a record of its own (no sideways scrolling).
  const records = summary.locator('.trd-records > li');
  await expect(records).toHaveCount(2);
  await expect(records.first().getByRole('heading', { level: 4 })).toHaveText('Sertraline (Zoloft)');
  await expect(records.first().getByRole('definition').first()).toHaveText('SSRI');
  expect(await summary.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await expect(summary).toContainText('Length of this episode: 20 months.');
  await expect(summary).toContainText('Current severity, chosen by the visitor from plain descriptions: Moderate');
  await expect(summary).toContainText('Stage II');
  await expect(summary).toContainText('Educational estimate, not a clinical rating.');
  await expect(summary).toContainText(new RegExp(`Made on \\d{4}-\\d{2}-\\d{2}`));
  await expect(summary).toContainText('Language used: English.');
  // The crisis panel is still shown, and "Back" returns to the staging results.
  await expect(widget.crisisPanel()).toBeVisible();
  const violations = await axeViolations(page);
  expect(violations, violations.join('\n')).toEqual([]);
  await widget.button('Back').click();
  await expect(widget.root).toHaveAttribute('data-screen', 'staging-results');
});

test('the summary downloads as a self-contained HTML file with the same content', async ({ page }) => {
  const widget = await completeBoth(page);
  const [download] = await Promise.all([page.waitForEvent('download'), widget.button('Download the summary (HTML)').click()]);
  expect(download.suggestedFilename()).toMatch(/^trd-widget-summary-\d{4}-\d{2}-\d{2}\.html$/);
  const html = readFileSync(await download.path(), 'utf8');
  expect(html.startsWith('<!doctype html>')).toBe(true);
  expect(html).toContain('data-score="11"');
  expect(html).toContain('Total: 11 out of 27, in the moderate range (10 to 14).');
  expect(html).toContain(PHQ9.en.items[8]);
  expect(html).toContain('Sertraline (Zoloft)');
  expect(html).not.toContain('<script');
  expect(html).not.toMatch(/(src|href)=/);
  // It opens on its own, offline, and shows the summary.
  const file = await page.context().newPage();
  await file.setContent(html);
  await expect(file.locator('h1')).toHaveText('Summary for your doctor');
  await expect(file.locator('table').first().locator('tbody tr')).toHaveCount(9);
  // What the visitor keeps ends with the crisis lines (decision 22).
  await expect(file.locator('main > :last-child')).toHaveText(CRISIS_CLOSE);
  await file.close();
});

test('the PHQ-9 downloads as a FHIR R4 Bundle: Questionnaire, QuestionnaireResponse with LOINC codes, total Observation', async ({ page }) => {
  const widget = await completeBoth(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    widget.button('Download the PHQ-9 for health records (FHIR JSON)').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^phq9-fhir-bundle-\d{4}-\d{2}-\d{2}\.json$/);
  const bundle = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
  expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual(['Questionnaire', 'QuestionnaireResponse', 'Observation']);
  // Fresh random ids, in the urn:uuid form a record system expects.
  for (const entry of bundle.entry) expect(entry.fullUrl).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(new Set(bundle.entry.map((e) => e.fullUrl)).size).toBe(3);
  const [questionnaire, resource, observation] = bundle.entry.map((e) => e.resource);
  expect(resource.questionnaire).toBe(`${questionnaire.url}|${questionnaire.version}`);
  expect(observation).toMatchObject({ valueInteger: 11, derivedFrom: [{ reference: bundle.entry[1].fullUrl }] });
  expect(resource.resourceType).toBe('QuestionnaireResponse');
  expect(resource.status).toBe('completed');
  expect(resource.language).toBe('en');
  expect(resource.subject).toBeUndefined();
  expect(Date.parse(resource.authored)).not.toBeNaN();
  const items = resource.item;
  expect(items).toHaveLength(11);
  ANSWERS.forEach((value, index) => {
    expect(items[index].linkId).toBe(`phq9-${index + 1}`);
    expect(items[index].text).toBe(PHQ9.en.items[index]);
    expect(items[index].answer[0].valueCoding).toMatchObject({ system: 'http://loinc.org', code: LA[value] });
  });
  expect(items[9]).toMatchObject({ linkId: 'phq9-difficulty', answer: [{ valueCoding: { code: 'LA6573-5' } }] });
  expect(items[10]).toMatchObject({ linkId: 'phq9-total', answer: [{ valueInteger: 11 }] });
});

test('print uses a frame that holds only the summary', async ({ page }) => {
  const widget = await completeBoth(page);
  await widget.button('Print').click();
  const frame = page.frame({ name: 'trd-print-frame' });
  expect(frame).not.toBeNull();
  await page.emulateMedia({ media: 'print' });
  const printed = await frame.evaluate(() => ({
    text: document.body.innerText,
    sheets: document.adoptedStyleSheets.length,
    heading: document.querySelector('h1')?.textContent,
  }));
  expect(printed.heading).toBe('Summary for your doctor');
  expect(printed.sheets).toBe(1);
  expect(printed.text).toContain('Total: 11 out of 27');
  expect(printed.text).toContain('Sertraline (Zoloft)');
  expect(printed.text.trim().endsWith(CRISIS_CLOSE)).toBe(true);
  // None of the host page, and none of the widget's own buttons.
  expect(printed.text).not.toContain('Depression that has not improved enough after two or more treatments.');
  expect(printed.text).not.toContain('Download the summary');
  expect(printed.text).not.toContain('More about our programs');
  // The frame itself takes no room on the page.
  const box = await widget.host.locator('iframe.trd-print-frame').boundingBox();
  expect(box === null || box.width === 0).toBe(true);
});

test('print and download work under a strict CSP with no violation', async ({ page }) => {
  const console = recordConsole(page);
  const violations = await recordCspViolations(page);
  const widget = await completeBoth(page, '/e2e/csp-clinic.html');
  await widget.button('Print').click();
  expect(await page.frame({ name: 'trd-print-frame' }).evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
  const [download] = await Promise.all([page.waitForEvent('download'), widget.button('Download the summary (HTML)').click()]);
  expect(readFileSync(await download.path(), 'utf8')).toContain('data-score="11"');
  expect(await violations()).toEqual([]);
  expect(console.errors()).toEqual([]);
});
