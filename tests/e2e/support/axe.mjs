// Runs axe-core inside the widget's shadow root. Injected through DevTools,
// so a page's CSP does not block it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Returns axe's violations for the `index`-th widget, each as a short
 * string naming the rule and the offending nodes.
 */
export async function axeViolations(page, index = 0) {
  // Injected once per page: it is half a megabyte.
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async ({ tags, index }) => {
      const hosts = document.querySelectorAll('trd-widget');
      hosts.forEach((host, i) => host.toggleAttribute('data-axe-target', i === index));
      const result = await window.axe.run(
        { include: [{ fromShadowDom: ['trd-widget[data-axe-target]', '.trd'] }] },
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      );
      hosts.forEach((host) => host.removeAttribute('data-axe-target'));
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.join(' ')),
      }));
    },
    { tags: TAGS, index },
  );
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.join(', ')}`);
}

/** Returns axe's violations for a whole page (the widget's shadow roots included). */
export async function axePageViolations(page) {
  // Injected once per page: it is half a megabyte.
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, TAGS);
  return violations;
}
