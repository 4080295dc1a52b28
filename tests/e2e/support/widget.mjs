// Page object for one <trd-widget> on a page. Locators are roles and labels
// (they pierce the open shadow root); the documented test contract
// (data-instrument, data-score, data-level, data-crisis-panel) is read as a
// clinic's QA would read it.
import { expect } from '@playwright/test';

/** Button labels as a visitor sees them. */
export const COPY = {
  en: { start: 'Start', next: 'Next', back: 'Back', seeResult: 'See my result', question: (n) => `Question ${n} of 9` },
  es: { start: 'Comenzar', next: 'Siguiente', back: 'Atrás', seeResult: 'Ver mi resultado', question: (n) => `Pregunta ${n} de 9` },
};

export class Widget {
  constructor(page, host = page.locator('trd-widget').first(), lang = 'en') {
    this.page = page;
    this.host = host;
    this.root = host.locator('.trd');
    this.lang = lang;
  }

  get copy() {
    return COPY[this.lang];
  }

  async ready() {
    await expect(this.root).toBeVisible();
    return this;
  }

  screen() {
    return this.root.getAttribute('data-screen');
  }

  heading() {
    return this.root.locator('h2.trd-heading');
  }

  button(name) {
    return this.root.getByRole('button', { name, exact: true });
  }

  fieldset() {
    return this.root.locator('fieldset');
  }

  radios() {
    return this.fieldset().getByRole('radio');
  }

  resultCard() {
    return this.root.locator('[data-instrument="phq9"]');
  }

  crisisPanel() {
    return this.root.locator('[data-crisis-panel]');
  }

  crisisBlock() {
    return this.root.locator('[data-crisis-block]');
  }

  async start() {
    await this.button(this.copy.start).click();
    await expect(this.heading()).toHaveText(this.copy.question(1));
  }

  async answer(value) {
    await this.radios().nth(value).check();
  }

  async next() {
    await this.button(this.copy.next).click();
  }

  async back() {
    await this.button(this.copy.back).click();
  }

  /** Starts and answers items 1-8 with 0, ending on item 9 unanswered. */
  async toItemNine() {
    await this.start();
    for (let n = 1; n <= 8; n += 1) {
      await this.answer(0);
      await this.next();
    }
    await expect(this.heading()).toHaveText(this.copy.question(9));
  }

  /**
   * Answers items 1-9 with `values` (0-3 each), then the difficulty item
   * when it is asked (`difficulty` or skipped when null), ending on the
   * review screen. `onEachScreen` runs on every question screen.
   */
  async answerAll(values, { difficulty = null, onEachScreen = async () => {} } = {}) {
    for (const [index, value] of values.entries()) {
      await expect(this.heading()).toHaveText(this.copy.question(index + 1));
      await onEachScreen();
      await this.answer(value);
      await this.next();
    }
    if (values.some((value) => value > 0)) {
      await expect(this.root).toHaveAttribute('data-screen', 'question');
      await onEachScreen();
      if (difficulty !== null) await this.answer(difficulty);
      await this.next();
    }
    await expect(this.root).toHaveAttribute('data-screen', 'review');
  }

  async seeResult() {
    await this.button(this.copy.seeResult).click();
    await expect(this.resultCard()).toBeVisible();
  }

  async result() {
    const card = this.resultCard();
    return {
      instrument: await card.getAttribute('data-instrument'),
      score: Number(await card.getAttribute('data-score')),
      level: await card.getAttribute('data-level'),
    };
  }
}

/** Collects console messages and page errors from the moment it is made. */
export function recordConsole(page) {
  const messages = [];
  page.on('console', (message) => messages.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => messages.push({ type: 'pageerror', text: error.message }));
  return {
    messages,
    errors: () => messages.filter((m) => m.type === 'error' || m.type === 'pageerror'),
    warnings: () => messages.filter((m) => m.type === 'warning'),
  };
}

/** Records Content-Security-Policy violations, including ones before load. */
export async function recordCspViolations(page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return () => page.evaluate(() => window.__cspViolations);
}

/**
 * Keyboard-only helpers: the widget's focused control as "tag:label"
 * ("outside" when the focus is elsewhere), and Tab (only Tab) until a given
 * one has the focus. (focus.spec.mjs checks the ring at every stop.)
 */
export function keyboard(page, host = 'trd-widget') {
  const focusedName = () =>
    page.evaluate((selector) => {
      const active = document.querySelector(selector).shadowRoot.activeElement;
      if (!active) return 'outside';
      const label = active.labels && active.labels[0] ? active.labels[0].textContent.trim() : '';
      return `${active.tagName.toLowerCase()}:${label || active.textContent.trim()}`;
    }, host);
  const tabTo = async (target, limit = 40) => {
    for (let i = 0; i < limit && (await focusedName()) !== target; i += 1) await page.keyboard.press('Tab');
    expect(await focusedName()).toBe(target);
  };
  return { focusedName, tabTo };
}
