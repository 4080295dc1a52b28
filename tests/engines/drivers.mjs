// Two engines behind one small interface, so each flow is written once:
//
// - Gecko: Debian's Firefox ESR driven over WebDriver BiDi by puppeteer-core
//   (no geckodriver needed);
// - WebKit (Safari's engine): Debian's WebKitWebDriver with WebKitGTK's
//   MiniBrowser, under Xvfb, driven over classic W3C WebDriver by
//   selenium-webdriver.
//
// Clicks and typing are the drivers' own input (WebDriver element click and
// send keys, BiDi input actions), not events dispatched from a script.
// Elements inside the widget's open shadow root are found by a script
// (`findIn`, by role and visible name, as a visitor finds them) and handed
// back to the driver as element references.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createServer } from 'node:net';

/**
 * Runs in the page: the widget's element with this role and visible name
 * (its label, aria-label or text), or null.
 * q: { role, text?, prefix?, within? (a fieldset's legend), nth?, widget? }
 */
export function findIn(q) {
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const host = document.querySelectorAll('trd-widget')[q.widget || 0];
  const root = host && host.shadowRoot;
  if (!root) return null;
  let scope = root;
  if (q.within) {
    scope = Array.from(root.querySelectorAll('fieldset')).find((f) => norm(f.querySelector('legend') && f.querySelector('legend').textContent) === q.within);
    if (!scope) return null;
  }
  const css = {
    button: 'button',
    radio: 'input[type=radio]',
    checkbox: 'input[type=checkbox]',
    field: 'input:not([type=radio]):not([type=checkbox])',
    select: 'select',
    link: 'a',
    term: 'button[data-term]',
  }[q.role];
  const name = (el) =>
    el.labels && el.labels.length
      ? norm(Array.from(el.labels).map((l) => l.textContent).join(' '))
      : norm(el.getAttribute('aria-label') || el.textContent);
  const found = Array.from(scope.querySelectorAll(css)).filter(
    (el) => el.getClientRects().length > 0 && (q.text === undefined || (q.prefix ? name(el).startsWith(q.text) : name(el) === q.text)),
  );
  return found[q.nth || 0] || null;
}

/** Polls `read` until it returns something other than null/undefined/false. */
export async function until(what, read, timeout = 10000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await read();
    if (last !== null && last !== undefined && last !== false) return last;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** What every engine offers the flows. */
class Engine {
  async find(q, timeout) {
    return until(`${q.role} "${q.text ?? ''}"`, () => this.element(q), timeout);
  }

  async click(q) {
    await this.clickElement(await this.find(q));
  }

  async type(q, text) {
    await this.typeInto(await this.find(q), text);
  }

  /** Waits until `fn(arg)` (run in the page) is truthy, and returns it. */
  async waitFor(what, fn, arg, timeout) {
    return until(what, () => this.eval(fn, arg), timeout);
  }

  async shot(path) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, await this.screenshot());
  }
}

/** Firefox over WebDriver BiDi, or (for the gallery) Chromium, through puppeteer-core. */
class Puppeteer extends Engine {
  static async launch(width, height) {
    const puppeteer = (await import('puppeteer-core')).default;
    const engine = new this();
    engine.browser = await puppeteer.launch({ headless: true, ...this.options });
    engine.version = await engine.browser.version();
    engine.size = { width, height };
    return engine;
  }

  async open(url) {
    if (this.page) await this.page.close();
    this.page = await this.browser.newPage();
    await this.page.setViewport(this.size);
    await this.page.goto(url, { waitUntil: 'load' });
  }

  async eval(fn, arg) {
    return this.page.evaluate(fn, arg);
  }

  async element(q) {
    const handle = await this.page.evaluateHandle(findIn, q);
    const element = handle.asElement();
    if (!element) await handle.dispose();
    return element;
  }

  async clickElement(element) {
    await element.click();
  }

  async typeInto(element, text) {
    await element.type(text);
  }

  async choose(q, value) {
    await (await this.find(q)).select(value);
  }

  async screenshot() {
    return this.page.screenshot({ type: 'png' });
  }

  async close() {
    await this.browser.close();
  }
}

class Gecko extends Puppeteer {
  name = 'gecko';
  static options = { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', protocol: 'webDriverBiDi' };
}

/** Only for `make gallery`: Chromium is tested by the Playwright suite. */
class Chromium extends Puppeteer {
  name = 'chromium';
  static options = { browser: 'chrome', executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] };
}

class WebKit extends Engine {
  name = 'webkit';

  static async launch(width, height) {
    const { Builder } = await import('selenium-webdriver');
    const engine = new WebKit();
    const port = await freePort();
    // WebKitWebDriver starts MiniBrowser on a virtual display (xvfb-run -a
    // picks a free one); both are stopped with the process group in close().
    engine.driverProcess = spawn(
      'xvfb-run',
      ['-a', '-s', '-screen 0 1600x1200x24', 'WebKitWebDriver', `--port=${port}`],
      { detached: true, stdio: 'ignore' },
    );
    await until('WebKitWebDriver', async () => {
      try {
        return (await fetch(`http://127.0.0.1:${port}/status`)).ok;
      } catch {
        return false;
      }
    });
    engine.driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
      })
      .build();
    const caps = await engine.driver.getCapabilities();
    engine.version = `${caps.get('browserName')} ${caps.get('browserVersion')}`;
    await engine.driver.manage().window().setRect({ width, height });
    return engine;
  }

  async open(url) {
    await this.driver.get(url);
  }

  async eval(fn, arg) {
    // Promises are awaited, as puppeteer's evaluate does.
    return this.driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       Promise.resolve((${fn.toString()})(arguments[0])).then(done, (e) => done({ __error: String(e) }));`,
      arg,
    );
  }

  async element(q) {
    return this.driver.executeScript(`return (${findIn.toString()})(arguments[0]);`, q);
  }

  async clickElement(element) {
    await element.click();
  }

  async typeInto(element, text) {
    await element.sendKeys(text);
  }

  async choose(q, value) {
    const select = await this.find(q);
    const { By } = await import('selenium-webdriver');
    const option = await select.findElement(By.css(`option[value="${value}"]`));
    await option.click();
  }

  async screenshot() {
    return Buffer.from(await this.driver.takeScreenshot(), 'base64');
  }

  async close() {
    try {
      await this.driver.quit();
    } finally {
      try {
        process.kill(-this.driverProcess.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  }
}

export const ENGINES = { gecko: Gecko, webkit: WebKit, chromium: Chromium };
