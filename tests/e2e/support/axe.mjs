// Runs axe-core inside the widget's shadow root. Injected through DevTools,
// so a page's CSP does not block it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core on the `index`-th widget: its violations, each as a short
 * string naming the rule and the offending nodes, how many rules passed,
 * and the rules axe could not decide (for a person to look at).
 */
export async function axeReport(page, index = 0) {
  // Injected once per page: it is half a megabyte.
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const report = await page.evaluate(
    async ({ tags, index }) => {
      const hosts = document.querySelectorAll('trd-widget');
      hosts.forEach((host, i) => host.toggleAttribute('data-axe-target', i === index));
      const result = await window.axe.run(
        { include: [{ fromShadowDom: ['trd-widget[data-axe-target]', '.trd'] }] },
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      );
      hosts.forEach((host) => host.removeAttribute('data-axe-target'));
      return {
        violations: result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => n.target.join(' ')),
        })),
        passes: result.passes.length,
        // Each undecided rule with axe's reasons (its message keys).
        incomplete: result.incomplete.map((v) => {
          const keys = new Set(v.nodes.flatMap((n) => n.any.concat(n.all, n.none).map((c) => (c.data && c.data.messageKey) || c.id)));
          return `${v.id} (${[...keys].sort().join(', ')})`;
        }),
      };
    },
    { tags: TAGS, index },
  );
  return {
    violations: report.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.join(', ')}`),
    passes: report.passes,
    incomplete: report.incomplete,
  };
}

/** axe's violations for the `index`-th widget (see `axeReport`). */
export async function axeViolations(page, index = 0) {
  return (await axeReport(page, index)).violations;
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
