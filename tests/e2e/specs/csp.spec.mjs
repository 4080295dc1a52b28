// A host page served with a strict Content-Security-Policy:
//   default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'
// The widget must work with 0 violations and 0 console errors.
import { test, expect } from '@playwright/test';
import { Widget, recordConsole, recordCspViolations } from '../support/widget.mjs';

test('works under a strict CSP with no violation and no console error', async ({ page }) => {
  const console = recordConsole(page);
  const violations = await recordCspViolations(page);
  const response = await page.goto('/e2e/csp-clinic.html');
  expect(response.headers()['content-security-policy']).toBe(
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
  );
  const widget = await new Widget(page).ready();
  // Styles are applied (adopted stylesheet), not blocked.
  const padding = await widget.root.evaluate((element) => getComputedStyle(element).paddingTop);
  expect(padding).toBe('20px');
  await widget.start();
  await widget.answerAll([1, 2, 1, 2, 1, 2, 1, 2, 1], { difficulty: 1 });
  await widget.seeResult();
  expect(await widget.result()).toEqual({ instrument: 'phq9', score: 13, level: 'moderate' });
  await expect(widget.crisisPanel()).toBeVisible();
  expect(await violations()).toEqual([]);
  expect(console.errors()).toEqual([]);
});
