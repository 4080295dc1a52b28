// The WordPress side for a reviewer (`make gallery` starts the test site):
// the settings page and the block editor, in English (an Administrator) and
// in Spanish (an Administrator working in es_MX), in target/gallery/wordpress/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';

const OUT = fileURLToPath(new URL('../../../target/gallery/wordpress/', import.meta.url));
const pages = () => JSON.parse(readFileSync(new URL('../../../target/wordpress.json', import.meta.url), 'utf8'));

for (const [lang, user, page_key] of [['en', 'admin', 'block'], ['es', 'gestora', 'block_es']]) {
  test(`WordPress settings page and block editor (${lang})`, async ({ page }) => {
    mkdirSync(OUT, { recursive: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    const url = new URL(pages()[page_key].url);
    await page.goto(`${url.origin}/wp-login.php`);
    await page.fill('#user_login', user);
    await page.fill('#user_pass', `${user}-password-1`);
    await Promise.all([page.waitForURL('**/wp-admin/**'), page.click('#wp-submit')]);
    await page.goto(`${url.origin}/wp-admin/options-general.php?page=trd-widget`);
    await expect(page.locator('#trd-widget-preview .trd')).toBeVisible();
    await page.screenshot({ path: `${OUT}${lang}-settings.png`, fullPage: true, animations: 'disabled' });
    await page.goto(`${url.origin}/wp-admin/post.php?post=${url.searchParams.get('page_id')}&action=edit`);
    await page.locator('.trd-widget-placeholder').first().click({ timeout: 30_000 });
    const settings = page.getByRole('button', { name: 'Settings', exact: true }).first();
    if ((await settings.getAttribute('aria-pressed')) === 'false') await settings.click();
    await expect(page.locator('.trd-widget-placeholder trd-widget .trd').first()).toBeVisible();
    await page.screenshot({ path: `${OUT}${lang}-block-editor.png`, animations: 'disabled' });
    writeFileSync(
      `${OUT}index.html`,
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>trd-widget in WordPress</title>
<h1>The plugin in WordPress</h1><table><tr><th></th><th scope="col">English</th><th scope="col">Español (es_MX)</th></tr>
${['settings', 'block-editor'].map((what) => `<tr><th scope="row">${what}</th>${['en', 'es'].map((l) => `<td><img src="${l}-${what}.png" alt="${what}, ${l}" width="600"></td>`).join('')}</tr>`).join('\n')}</table>`,
    );
  });
}
