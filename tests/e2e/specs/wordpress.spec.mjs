// A real WordPress (Debian's packages, default block theme, set up by
// scripts/wordpress.sh with DISALLOW_UNFILTERED_HTML, as many managed hosts
// have it): an Author's page with the shortcode and an Editor's page with
// the block both render working widgets; raw HTML is stripped as WordPress
// does; the theme does not reach the widget, and the widget changes no
// computed style of the theme's elements; the settings page sets defaults.
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { test, expect } from '@playwright/test';
import { Widget, recordConsole } from '../support/widget.mjs';

const FILE = new URL('../../../target/wordpress.json', import.meta.url);
const pages = () => {
  if (!existsSync(FILE)) throw new Error('target/wordpress.json is missing: run scripts/wordpress.sh (make test does).');
  return JSON.parse(readFileSync(FILE, 'utf8'));
};

test.describe.configure({ mode: 'serial' });

test("an Author's shortcode survives WordPress's filter and renders a working widget", async ({ page }) => {
  const { shortcode } = pages();
  expect(shortcode.can_unfiltered_html).toBe(false);
  expect(shortcode.saved).toContain('[trd_widget lang="es" clinic_name="Lyman Support Centers" crisis_line_1="Denver Health | (303) 602-7221"]');
  const console = recordConsole(page);
  const failed = [];
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  await page.goto(shortcode.url);
  const widget = await new Widget(page, page.locator('trd-widget'), 'es').ready();
  await expect(widget.root).toHaveAttribute('lang', 'es');
  await widget.start();
  await widget.answerAll([1, 1, 1, 1, 1, 1, 1, 1, 0], { difficulty: 1 });
  await widget.seeResult();
  expect(await widget.result()).toMatchObject({ score: 8, level: 'mild' });
  // The clinic-wide default (Settings → trd-widget) reached the widget.
  await expect(widget.root.locator('a[href="tel:3035911960"]').first()).toBeVisible();
  // The shortcode's crisis_line_1 is the widget's crisis-line-1.
  await expect(page.locator('trd-widget')).toHaveAttribute('crisis-line-1', 'Denver Health | (303) 602-7221');
  await expect(widget.root.locator('a[href="tel:3036027221"]')).not.toHaveCount(0);
  // Nothing of ours failed (the theme's own missing favicon aside).
  expect(failed.filter((f) => f.includes('trd-widget'))).toEqual([]);
  expect(console.errors().filter((m) => m.type === 'pageerror' || m.text.includes('trd-widget'))).toEqual([]);
  expect(console.warnings().filter((w) => w.text.includes('trd-widget') || w.text.includes('WebAssembly'))).toEqual([]);
  expect(failed.every((f) => f.endsWith('/favicon.ico')), failed.join(', ')).toBe(true);
});

test("an Editor's blocks render, with the script enqueued once for two widgets", async ({ page }) => {
  const { block } = pages();
  expect(block.saved).toContain('<!-- wp:trd-widget/widget {"lang":"en","clinicName":"Lyman Support Centers","crisisLine1":"Denver Health | (303) 602-7221"} /-->');
  expect(block.saved).toContain('<!-- wp:trd-widget/widget {"lang":"es","sections":"learn","theme":"auto","remember":"true"} /-->');
  await page.goto(block.url);
  await expect(page.locator('script[src*="trd-widget.js"]')).toHaveCount(1);
  const first = await new Widget(page, page.locator('trd-widget').nth(0)).ready();
  const second = await new Widget(page, page.locator('trd-widget').nth(1), 'es').ready();
  await first.start();
  await expect(first.heading()).toHaveText('Question 1 of 9');
  await expect(second.root).toHaveAttribute('data-screen', 'learn');
  await expect(second.root).toHaveAttribute('lang', 'es');
  // The sidebar's choices reach the element: the colours and the opt-in.
  await expect(page.locator('trd-widget').nth(1)).toHaveAttribute('theme', 'auto');
  await expect(page.locator('trd-widget').nth(1)).toHaveAttribute('remember', 'true');
  await expect(second.root).toHaveAttribute('data-theme', 'auto');
  // The block's crisisLine1 is the widget's crisis-line-1 (code review 3, C1).
  await expect(page.locator('trd-widget').nth(0)).toHaveAttribute('crisis-line-1', 'Denver Health | (303) 602-7221');
  await expect(first.root.locator('a[href="tel:3036027221"]')).not.toHaveCount(0);
});

test('raw <script> and <trd-widget> HTML is stripped for these roles, as WordPress does', async ({ page }) => {
  const { raw } = pages();
  expect(raw.saved).not.toContain('<script');
  expect(raw.saved).not.toContain('<trd-widget');
  await page.goto(raw.url);
  await expect(page.locator('trd-widget')).toHaveCount(0);
});

/** Computed styles of every theme element outside the widget. */
async function themeStyles(page) {
  return page.evaluate(() => {
    const props = ['color', 'background-color', 'font-family', 'font-size', 'line-height', 'margin-top', 'margin-bottom', 'padding-left', 'display', 'text-align', 'letter-spacing'];
    return [...document.body.querySelectorAll('*')]
      .filter((el) => !el.closest('trd-widget') && el.localName !== 'script')
      .map((el, i) => {
        const style = getComputedStyle(el);
        return `${i} ${el.localName}.${el.className} ${props.map((p) => style.getPropertyValue(p)).join('|')}`;
      });
  });
}

test("the theme's styles do not reach the widget, and the widget changes none of the theme's", async ({ page, browser }) => {
  const { shortcode } = pages();
  // The theme's page without the widget's script, then with it.
  const bare = await browser.newPage();
  await bare.route('**/trd-widget.js*', (route) => route.abort());
  await bare.goto(shortcode.url);
  const before = await themeStyles(bare);
  await bare.close();
  await page.goto(shortcode.url);
  const widget = await new Widget(page, page.locator('trd-widget'), 'es').ready();
  expect(await themeStyles(page)).toEqual(before);

  // The widget looks the same as on the plain clinic page.
  const look = (w) =>
    w.root.evaluate((root) => {
      const pick = (el) => {
        const s = getComputedStyle(el);
        return [s.fontFamily, s.fontSize, s.color, s.lineHeight, s.letterSpacing, s.backgroundColor].join('|');
      };
      return [pick(root), pick(root.querySelector('h2')), pick(root.querySelector('button.trd-primary')), pick(root.querySelector('p'))];
    });
  const inTheme = await look(widget);
  const plain = await browser.newPage();
  await plain.goto('/e2e/clinic-es.html');
  const onPlain = await look(await new Widget(plain, plain.locator('trd-widget'), 'es').ready());
  await plain.close();
  expect(inTheme).toEqual(onPlain);
});

async function logIn(page, origin, user) {
  await page.goto(`${origin}/wp-login.php`);
  await page.fill('#user_login', user);
  await page.fill('#user_pass', `${user}-password-1`);
  // Wait for the login to land before leaving the page (the cookie is set by its response).
  await Promise.all([page.waitForURL('**/wp-admin/**'), page.click('#wp-submit')]);
}

/** The plugin's stored defaults, read straight from the site's database (null when absent). */
function storedDefaults() {
  const site = new URL('../../../target/wordpress/site/wp-load.php', import.meta.url).pathname;
  const php = `$_SERVER['HTTP_HOST'] = '127.0.0.1:8081'; define('WP_INSTALLING', true); require '${site}'; echo json_encode(get_option('trd_widget_defaults', null));`;
  return JSON.parse(execFileSync('php', ['-r', php], { encoding: 'utf8' }));
}

test('an Administrator sets clinic-wide defaults on the settings page with the keyboard, and the preview follows', async ({ page }) => {
  const { shortcode } = pages();
  const origin = new URL(shortcode.url).origin;
  await logIn(page, origin, 'admin');
  // Settings → Depression self-check, as staff find it in the admin menu.
  await page.goto(`${origin}/wp-admin/options-general.php`);
  await page.locator('#adminmenu').getByRole('link', { name: 'Depression self-check', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Depression self-check');
  // Labelled fields with a line of help each, and the real widget beside them.
  const form = page.locator('form[action="options.php"]');
  const phone = form.getByLabel('Clinic phone');
  await expect(phone).toHaveValue('(303) 591-1960');
  await expect(phone).toHaveAccessibleDescription(/tap-to-call/);
  const preview = new Widget(page, page.locator('#trd-widget-preview'));
  await preview.ready();
  await expect(page.locator('#trd-widget-preview')).toHaveAttribute('clinic-phone', '(303) 591-1960');
  // A value the widget would not take: the widget's own message under the field, gone once fixed.
  const site = form.getByLabel('Clinic website (https://)');
  await site.fill('http://lyman.example');
  await expect(form.locator('[data-problem-for="clinic-url"]')).toHaveText(
    'trd-widget: <trd-widget clinic-url="http://lyman.example">: not accepted; use an https:// address (http:// only on localhost). The default is used.',
  );
  await site.fill('https://lyman.example');
  await expect(form.locator('[data-problem-for="clinic-url"]')).toHaveText('');
  // The keyboard only: the language and the crisis lines.
  await form.getByLabel('Language').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(form.getByLabel('Language')).toHaveValue('es');
  await expect(preview.root).toHaveAttribute('lang', 'es');
  await expect(preview.button('Comenzar')).toBeVisible();
  await form.getByLabel('Crisis lines').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#trd-widget-preview')).toHaveAttribute('crisis-region', 'us');
  await expect(preview.crisisBlock().locator('a[href="tel:18444938255"]')).toHaveCount(0);
  await form.getByLabel('Accent colour (#145a8d)').fill('#006400');
  await expect
    .poll(() => preview.button('Comenzar').evaluate((b) => getComputedStyle(b).backgroundColor))
    .toBe('rgb(0, 100, 0)');
  // White text on #006400: 7.4 to 1, as the widget draws it.
  await expect(form.getByText('Text on this colour in the widget: 7.4 to 1')).toBeVisible();
  // One of the clinic's own crisis lines, as a row: a name, how, a number.
  const line = form.locator('fieldset[data-option="crisis-line-1"]');
  await line.getByLabel('Name').fill('Denver Health');
  await line.getByLabel('How').selectOption('call');
  await line.getByLabel('Number or address').fill('(303) 602-7221');
  await expect(page.locator('#trd-widget-preview')).toHaveAttribute('crisis-line-1', 'Denver Health | (303) 602-7221');
  await form.getByRole('button', { name: 'Save Changes' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await expect(form.getByLabel('Language')).toHaveValue('es');
  await expect(form.getByLabel('Accent colour (#145a8d)')).toHaveValue('#006400');
  expect(storedDefaults()).toEqual({ lang: 'es', 'clinic-phone': '(303) 591-1960', 'clinic-url': 'https://lyman.example', 'crisis-region': 'us', 'crisis-line-1': 'Denver Health | (303) 602-7221', 'accent-color': '#006400' });
  await expect(line.getByLabel('Number or address')).toHaveValue('(303) 602-7221');
  await page.goto(shortcode.url);
  const widget = await new Widget(page, page.locator('trd-widget'), 'es').ready();
  await expect
    .poll(() => widget.button('Comenzar').evaluate((b) => getComputedStyle(b).backgroundColor))
    .toBe('rgb(0, 100, 0)');
});

test("an Editor changes a block's colours and opt-ins in the block editor's sidebar", async ({ page }) => {
  test.setTimeout(90_000);
  const { block } = pages();
  const url = new URL(block.url);
  await page.goto(`${url.origin}/wp-login.php`);
  await page.fill('#user_login', 'editor');
  await page.fill('#user_pass', 'editor-password-1');
  await Promise.all([page.waitForURL('**/wp-admin/**'), page.click('#wp-submit')]);
  await page.goto(`${url.origin}/wp-admin/post.php?post=${url.searchParams.get('page_id')}&action=edit`);
  await page.locator('.trd-widget-placeholder').first().waitFor();
  // Turned off for the Editor by provision.php, so nothing opens over the editor later.
  await expect(page.getByRole('dialog', { name: /welcome/i })).toHaveCount(0);
  await page.locator('.trd-widget-placeholder').nth(1).click();
  const settings = page.getByRole('button', { name: 'Settings', exact: true }).first();
  if ((await settings.getAttribute('aria-pressed')) === 'false') await settings.click();
  const sidebar = page.getByRole('region', { name: 'Editor settings' });
  // The saved choices show in the sidebar, and the canvas shows the real widget with them.
  await expect(sidebar.getByLabel('Colours')).toHaveValue('auto');
  const inCanvas = page.locator('.trd-widget-placeholder').nth(1).locator('trd-widget .trd');
  await expect(inCanvas).toHaveAttribute('lang', 'es');
  await expect(inCanvas).toHaveAttribute('data-theme', 'auto');
  const remember = sidebar.getByLabel(/Offer to remember totals/);
  await expect(remember).toBeChecked();
  // Change them, with the keyboard, and update the page.
  await sidebar.getByLabel('Colours').selectOption('');
  await expect(inCanvas).toHaveAttribute('data-theme', 'light');
  await remember.focus();
  await page.keyboard.press('Space');
  await expect(remember).not.toBeChecked();
  await sidebar.getByLabel(/Send events to the page/).check();
  // The same controls as the settings page: sections as checkboxes, a crisis line as a row.
  await expect(sidebar.getByRole('checkbox', { name: 'Explainers' })).toBeChecked();
  await expect(sidebar.getByRole('checkbox', { name: 'Symptom questions (PHQ-9)' })).not.toBeChecked();
  await sidebar.getByLabel('Name', { exact: true }).first().fill('Denver Health');
  await sidebar.getByLabel('Number or address').first().fill('(303) 602-7221');
  await expect(inCanvas.locator('a[href="tel:3036027221"]')).not.toHaveCount(0);
  await page.getByRole('button', { name: 'Update', exact: true }).click();
  await expect(page.getByText('Page updated.').first()).toBeVisible();
  await page.goto(block.url);
  const second = page.locator('trd-widget').nth(1);
  await expect(second).toHaveAttribute('events', 'true');
  await expect(second).toHaveAttribute('crisis-line-1', 'Denver Health | (303) 602-7221');
  await expect(second).not.toHaveAttribute('theme', /./);
  await expect(second).not.toHaveAttribute('remember', /./);
  const widget = await new Widget(page, second, 'es').ready();
  await expect(widget.root).toHaveAttribute('data-theme', 'light');
});

test('an Administrator who works in Spanish sees the settings page and the block sidebar in Spanish', async ({ page }) => {
  test.setTimeout(60_000);
  // Her own page (the Editor's is locked by the test before).
  const url = new URL(pages().block_es.url);
  await logIn(page, url.origin, 'gestora');
  await page.goto(`${url.origin}/wp-admin/options-general.php?page=trd-widget`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Autoevaluación de la depresión');
  const form = page.locator('form[action="options.php"]');
  await expect(form.getByLabel('Idioma')).toBeVisible();
  await expect(form.getByLabel('Teléfono de la clínica')).toHaveAccessibleDescription(/enlace para llamar/);
  await expect(form.getByRole('checkbox', { name: 'Preguntas sobre síntomas (PHQ-9)' })).toBeVisible();
  await page.goto(`${url.origin}/wp-admin/post.php?post=${url.searchParams.get('page_id')}&action=edit`);
  await page.locator('.trd-widget-placeholder').first().click();
  const settings = page.getByRole('button', { name: 'Settings', exact: true }).first();
  if ((await settings.getAttribute('aria-pressed')) === 'false') await settings.click();
  const sidebar = page.getByRole('region', { name: 'Editor settings' });
  await expect(sidebar.getByLabel('Colores')).toBeVisible();
  // The block's own name, from block.json, through its "block title" context.
  await expect(sidebar.getByText('Autoevaluación de la depresión (trd-widget)')).toBeVisible();
  await expect(sidebar.getByLabel('Nombre de la clínica')).toHaveValue('Lyman Support Centers');
});

test('an Author writes a post in the block editor with the block and the shortcode, and publishes it', async ({ page }) => {
  test.setTimeout(90_000);
  const origin = new URL(pages().shortcode.url).origin;
  await logIn(page, origin, 'author');
  await page.goto(`${origin}/wp-admin/post-new.php`);
  // (The welcome guide is off for the test's users: provision.php.)
  await page.getByRole('textbox', { name: 'Add title' }).fill('Our self-check');
  // The block, from the inserter, as staff find it.
  await page.getByRole('button', { name: 'Toggle block inserter' }).click();
  await page.getByRole('searchbox', { name: /Search/ }).fill('Depression self-check');
  await page.getByRole('option', { name: /Depression self-check/ }).first().click();
  await expect(page.locator('.trd-widget-placeholder trd-widget .trd')).toBeVisible();
  // Its language set in the sidebar (the site's default may be another).
  const settings = page.getByRole('button', { name: 'Settings', exact: true }).first();
  if ((await settings.getAttribute('aria-pressed')) === 'false') await settings.click();
  await page.getByRole('region', { name: 'Editor settings' }).getByLabel('Language').selectOption('en');
  await expect(page.locator('.trd-widget-placeholder trd-widget .trd')).toHaveAttribute('lang', 'en');
  // And a Shortcode block after it (the inserter stays open after an insertion in this WordPress).
  const search = page.getByRole('searchbox', { name: /Search/ });
  if (!(await search.isVisible())) await page.getByRole('button', { name: 'Toggle block inserter' }).click();
  await search.fill('Shortcode');
  await page.getByRole('option', { name: 'Shortcode' }).first().click();
  await page.getByRole('textbox', { name: /Shortcode text/ }).fill('[trd_widget lang="es"]');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('region', { name: 'Editor publish' }).getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText('is now live')).toBeVisible();
  const link = await page.evaluate(() => window.wp.data.select('core/editor').getPermalink());
  await page.goto(link);
  await expect(page.locator('trd-widget')).toHaveCount(2);
  const first = await new Widget(page, page.locator('trd-widget').nth(0)).ready();
  await first.start();
  const second = await new Widget(page, page.locator('trd-widget').nth(1), 'es').ready();
  await expect(second.button('Comenzar')).toBeVisible();
});

// Last in this file: it removes the plugin from the test site.
test('deleting the plugin through the Plugins screen leaves no option behind, and its zip installs it again', async ({ page }) => {
  const { shortcode } = pages();
  const origin = new URL(shortcode.url).origin;
  expect(storedDefaults()).not.toBeNull();
  await logIn(page, origin, 'admin');
  await page.goto(`${origin}/wp-admin/plugins.php`);
  const row = page.locator('tr[data-plugin="trd-widget/trd-widget.php"]');
  await row.getByRole('link', { name: /^Deactivate/ }).click();
  await expect(page.getByText('Plugin deactivated.')).toBeVisible();
  // WordPress asks first, in a dialog (with its scripts) or on a page of its own.
  page.once('dialog', (dialog) => dialog.accept());
  await page.locator('tr[data-plugin="trd-widget/trd-widget.php"]').getByRole('link', { name: /^Delete/ }).click();
  const confirm = page.getByRole('button', { name: 'Yes, delete these files' });
  const deleted = page.getByText(/deleted/i).first();
  await expect(confirm.or(deleted)).toBeVisible({ timeout: 15_000 });
  if (await confirm.isVisible()) await confirm.click();
  await expect(deleted).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('tr[data-plugin="trd-widget/trd-widget.php"]')).toHaveCount(0);
  expect(storedDefaults()).toBeNull();

  // And back, as a clinic installs it: the zip through Plugins → Add New → Upload Plugin.
  await page.goto(`${origin}/wp-admin/plugin-install.php?tab=upload`);
  await page.locator('#pluginzip').setInputFiles(new URL('../../../dist/trd-widget-wordpress.zip', import.meta.url).pathname);
  await page.getByRole('button', { name: 'Install Now' }).click();
  await expect(page.getByText('Plugin installed successfully.')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Activate Plugin' }).click();
  await expect(page.getByText('Plugin activated.')).toBeVisible();
  await page.goto(shortcode.url);
  const widget = await new Widget(page, page.locator('trd-widget'), 'es').ready();
  await widget.start();
});
