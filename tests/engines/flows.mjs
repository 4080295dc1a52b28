// The widget's main flows, written once for every engine (drivers.mjs), all
// on a host page with a strict Content-Security-Policy (csp-engines.html:
// default-src 'self', script-src 'self' 'wasm-unsafe-eval', style-src 'self').
// Each returns nothing and throws on the first thing that is not as a
// visitor should find it; the runner then checks the page recorded no
// error (tests/e2e/hosts/engine-recorder.js). Screens are photographed at
// the same stops in every engine for `make gallery`.

const ANSWERS = {
  en: ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'],
  es: ['Ningún día', 'Varios días', 'Más de la mitad de los días', 'Casi todos los días'],
};
const COPY = {
  en: { start: 'Start', next: 'Next', question: (n) => `Question ${n} of 9`, seeResult: 'See my result', difficulty: 'Somewhat difficult' },
  es: { start: 'Comenzar', next: 'Siguiente', question: (n) => `Pregunta ${n} de 9`, seeResult: 'Ver mi resultado', difficulty: 'Un poco difícil' },
};

function check(condition, message) {
  if (!condition) throw new Error(message);
}

// Page-side readers: run in the page by the engine, so each is self-contained.
const attributesOf = (css) => {
  const el = document.querySelector('trd-widget').shadowRoot.querySelector(css);
  return el ? Object.fromEntries(Array.from(el.attributes).map((a) => [a.name, a.value])) : null;
};

async function screenIs(e, screen) {
  await e.waitFor(`screen ${screen}`, (s) => {
    const root = document.querySelector('trd-widget').shadowRoot;
    const wrapper = root && root.querySelector('.trd');
    return !!wrapper && wrapper.getAttribute('data-screen') === s;
  }, screen);
}

async function headingIs(e, text) {
  await e.waitFor(`heading "${text}"`, (t) => {
    const root = document.querySelector('trd-widget').shadowRoot;
    const h = root && root.querySelector('h2.trd-heading');
    return h && h.textContent.trim() === t;
  }, text);
}

// The item-9 crisis panel is on screen with its 988 link.
const crisisPanelShown = () => {
  const panel = document.querySelector('trd-widget').shadowRoot.querySelector('[data-crisis-panel]');
  return !!panel && panel.getClientRects().length > 0 && !!panel.querySelector('a[href="tel:988"]');
};

/** Answers questions `from`..9 with `values` (indexes into the answer list). */
async function answer(e, lang, from, values, { onItem9 } = {}) {
  const c = COPY[lang];
  for (const [i, value] of values.entries()) {
    const n = from + i;
    await headingIs(e, c.question(n));
    await e.click({ role: 'radio', text: ANSWERS[lang][value] });
    if (n === 9 && onItem9) await onItem9();
    await e.click({ role: 'button', text: c.next });
  }
}

/** The PHQ-9 to its result: item 9 above 0 shows the crisis panel at once. */
async function phq9(e, lang, shots) {
  const c = COPY[lang];
  await e.open(`/e2e/csp-engines.html`);
  if (lang === 'es') await e.click({ role: 'button', text: 'Español' });
  await e.click({ role: 'button', text: c.start });
  await answer(e, lang, 1, [1, 1, 1, 1, 1, 1, 1, 1, 1], {
    onItem9: async () => {
      // Before Next: the panel shows the moment item 9 is answered.
      await e.waitFor('the crisis panel', crisisPanelShown);
      await shots('question-9-crisis');
    },
  });
  await e.click({ role: 'radio', text: c.difficulty });
  await e.click({ role: 'button', text: c.next });
  await screenIs(e, 'review');
  await e.click({ role: 'button', text: c.seeResult });
  await screenIs(e, 'result');
  const card = await e.eval(attributesOf, '[data-instrument="phq9"]');
  check(card && card['data-score'] === '9' && card['data-level'] === 'mild', `result card: ${JSON.stringify(card)}`);
  check(await e.eval(crisisPanelShown), 'the crisis panel is gone on the result');
  const picture = await e.eval(() => {
    const svg = document.querySelector('trd-widget').shadowRoot.querySelector('[data-instrument="phq9"] svg');
    if (!svg) return null;
    const box = svg.getBoundingClientRect();
    return { width: Math.round(box.width), height: Math.round(box.height), label: svg.getAttribute('aria-labelledby') || svg.getAttribute('aria-label') };
  });
  check(picture && picture.width > 100 && picture.height > 20, `score picture: ${JSON.stringify(picture)}`);
  await shots('result');
}

export const FLOWS = {
  async 'PHQ-9 in English, item-9 panel, result and picture'(e, shots) {
    await phq9(e, 'en', shots);
  },

  async 'PHQ-9 in Spanish, item-9 panel, result and picture'(e, shots) {
    await phq9(e, 'es', shots);
    const lang = await e.eval(() => document.querySelector('trd-widget').shadowRoot.querySelector('.trd').getAttribute('lang'));
    check(lang === 'es', `wrapper lang ${lang}`);
  },

  async 'language switch mid-way keeps the answers'(e) {
    await e.open('/e2e/csp-engines.html');
    await e.click({ role: 'button', text: 'Start' });
    await answer(e, 'en', 1, [2, 3]);
    await headingIs(e, 'Question 3 of 9');
    await e.click({ role: 'button', text: 'Español' });
    await headingIs(e, 'Pregunta 3 de 9');
    await e.click({ role: 'button', text: 'Atrás' });
    await headingIs(e, 'Pregunta 2 de 9');
    const checked = await e.eval(() => {
      const radio = Array.from(document.querySelector('trd-widget').shadowRoot.querySelectorAll('input[type=radio]')).find((r) => r.checked);
      return radio ? radio.labels[0].textContent.trim() : null;
    });
    check(checked === 'Casi todos los días', `item 2 after the switch: ${checked}`);
  },

  async 'staging with a medicine and an ECT course, results, summary and its HTML download'(e, shots) {
    await e.open('/e2e/csp-engines.html');
    await e.click({ role: 'button', text: 'Check my treatment history' });
    await e.click({ role: 'button', text: 'Start' });
    await e.click({ role: 'button', text: 'Add a medicine' });
    await e.choose({ role: 'select', text: 'Medicine' }, 'sertraline');
    await e.type({ role: 'field', text: 'How many weeks did you take it?' }, '8');
    await e.click({ role: 'radio', text: 'I know the daily dose', within: 'What dose did you take?' });
    await e.type({ role: 'field', text: 'Daily dose in mg' }, '100');
    await e.click({ role: 'radio', text: 'It did not help', within: 'How much did it help?' });
    await e.click({ role: 'button', text: 'Save medicine' });
    await e.click({ role: 'button', text: 'Add an ECT course' });
    await e.click({ role: 'radio', text: 'Both sides of the head (bilateral)' });
    const ectOutcome = await e.eval(() => {
      const box = document.querySelector('trd-widget').shadowRoot.querySelector('fieldset:has(input[name="trd-ect-outcome"]) legend');
      return box ? box.textContent.replace(/\s+/g, ' ').trim() : null;
    });
    check(ectOutcome, 'no outcome question on the ECT form');
    await e.click({ role: 'radio', text: 'It did not help', within: ectOutcome });
    await shots('history');
    await e.click({ role: 'button', text: 'Save ECT course' });
    await e.type({ role: 'field', text: 'How many months has this episode lasted?' }, '10');
    await e.click({ role: 'radio', text: 'Moderate: symptoms make daily tasks hard on many days' });
    await e.click({ role: 'button', text: 'See my results' });
    await screenIs(e, 'staging-results');
    const cards = await e.eval(() =>
      ['thase-rush', 'maudsley', 'mgh-s'].map((id) => {
        const card = document.querySelector('trd-widget').shadowRoot.querySelector(`[data-instrument="${id}"]`);
        const svg = card && card.querySelector('svg');
        return { id, score: card && (card.getAttribute('data-score') || card.getAttribute('data-stage')), picture: !!svg && svg.getBoundingClientRect().width > 100 };
      }),
    );
    // One failed adequate trial plus ECT: Thase-Rush stage 2 would need two;
    // what matters here is that every card and its picture rendered.
    check(cards.every((c) => c.score && c.picture), `staging cards: ${JSON.stringify(cards)}`);
    const mghs = cards.find((c) => c.id === 'mgh-s');
    check(Number(mghs.score) === 4, `MGH-S for one failed trial and ECT: ${mghs.score}`);
    await shots('staging-results');
    await e.click({ role: 'button', text: 'Summary for my doctor' });
    await screenIs(e, 'summary');
    await shots('summary');
    await e.click({ role: 'button', text: 'Download the summary (HTML)' });
    const file = await e.waitFor('the downloaded summary', async () => {
      const blob = window.__trd.blobs.find((b) => b.type.startsWith('text/html'));
      return blob ? blob.text() : null;
    });
    check(file.includes('Sertraline') && file.includes('988'), 'the HTML download lacks the medicine or the crisis lines');
  },

  async 'an explainer with a glossary term'(e, shots) {
    await e.open('/e2e/csp-engines.html');
    await e.click({ role: 'button', text: 'Learn about TRD' });
    await e.click({ role: 'button', text: 'What is treatment-resistant depression?' });
    await headingIs(e, 'What is treatment-resistant depression?');
    const term = { role: 'term', text: undefined };
    await e.click(term);
    const opened = await e.waitFor('the glossary definition', () => {
      const button = document.querySelector('trd-widget').shadowRoot.querySelector('button[data-term][aria-expanded="true"]');
      if (!button) return null;
      const definition = button.getRootNode().getElementById(button.getAttribute('aria-controls'));
      return definition && definition.getClientRects().length > 0 ? definition.textContent.trim().length : null;
    });
    check(opened > 10, 'the definition is empty');
    await shots('explainer-term');
  },

  async 'remember on, then off'(e) {
    await e.open('/e2e/csp-engines.html');
    await e.eval(() => localStorage.clear());
    await e.click({ role: 'button', text: 'Start' });
    await answer(e, 'en', 1, [0, 0, 0, 0, 0, 0, 0, 0, 0]);
    await screenIs(e, 'review');
    await e.click({ role: 'button', text: 'See my result' });
    const box = { role: 'checkbox', text: 'Remember my totals on this device' };
    await e.click(box);
    await e.waitFor('the remembered totals', () => {
      const stored = localStorage.getItem('trd-widget:remembered');
      return stored && JSON.parse(stored).phq9.length === 1;
    });
    await e.click(box);
    await e.waitFor('nothing stored', () => localStorage.length === 0);
  },
};
