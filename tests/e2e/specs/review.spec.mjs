// The clinician review page in the build: every explainer, glossary entry,
// checklist point, crisis line and piece of result copy, English and
// Spanish side by side, printable, and not linked from the widget.
import { test, expect } from '@playwright/test';
import { Widget } from '../support/widget.mjs';

const TOPICS = [
  ['what-is-trd', 'What is treatment-resistant depression?', '¿Qué es la depresión resistente al tratamiento?'],
  ['why-trd-happens', 'Why TRD can happen', 'Por qué puede ocurrir la DRT'],
  ['diagnosis-and-staging', 'How TRD is found and staged', 'Cómo se detecta y se clasifica la DRT'],
  ['biomarkers', 'Blood tests and biomarkers', 'Análisis de sangre y biomarcadores'],
  ['treatment-options', 'Treatment options for TRD', 'Opciones de tratamiento para la DRT'],
  ['ketamine-and-esketamine', 'Ketamine and esketamine', 'Ketamina y esketamina'],
  ['psilocybin', 'Psilocybin: what research shows', 'Psilocibina: lo que muestra la investigación'],
  ['outlook', 'What shapes the outlook', 'Qué influye en el pronóstico'],
  ['getting-help', 'Getting help now', 'Cómo conseguir ayuda ahora'],
];

test('review.html shows every text in both languages, with sources, and prints', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const response = await page.goto('/review.html');
  expect(response.status()).toBe(200);
  for (const [slug, en, es] of TOPICS) {
    const section = page.locator(`[data-review-topic="${slug}"]`);
    await expect(section.locator('h3')).toHaveText(`${en} / ${es}`);
    await expect(section.locator('tr.source').first()).toBeVisible();
    // The crisis page waits for a recorded re-check of the live sites (13.8).
    await expect(section).toContainText(
      slug === 'getting-help' ? 'Sources: check pending (clinical-spec 13.8).' : 'Sources checked on November 27, 2026.',
    );
  }
  await expect(page.locator('[data-review-topic="treatment-options"] tr.downsides')).toHaveCount(11);
  await expect(page.locator('#glossary tbody tr')).toHaveCount(28);
  await expect(page.locator('#checklist tbody tr')).toHaveCount(13);
  await expect(page.locator('#crisis')).toContainText('Veteranos: Llame al 988 y oprima 1');
  await expect(page.locator('#copy')).toContainText('Right now (the last 2 weeks), how bad are your symptoms?');
  await expect(page.locator('#copy')).toContainText('Ahora (en las últimas 2 semanas), ¿qué tan graves son sus síntomas?');
  await expect(page.locator('body')).toContainText('reviewer: Name, credentials');
  // Self-contained: nothing but the page itself is loaded.
  expect(requests.filter((u) => !u.endsWith('/review.html'))).toEqual([]);
  const pdf = await page.pdf({ format: 'Letter' });
  expect(pdf.length).toBeGreaterThan(10_000);
});

test('the widget does not link to the review page', async ({ page }) => {
  await page.goto('/e2e/clinic-en.html');
  const widget = await new Widget(page).ready();
  await widget.button('Learn about TRD').click();
  const html = await widget.root.evaluate((root) => root.getRootNode().innerHTML);
  expect(html).not.toContain('review.html');
});
