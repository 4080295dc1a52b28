// Page object for the treatment-history builder and the staging results,
// on top of the Widget page object. Labels are what a visitor sees.
import { expect } from '@playwright/test';

export const STAGING_COPY = {
  en: {
    open: 'Check my treatment history',
    start: 'Start',
    addMedicine: 'Add a medicine',
    medicine: 'Medicine',
    weeks: 'How many weeks did you take it?',
    weeksUnsure: "I'm not sure",
    doseGroup: 'What dose did you take?',
    dose: { amount: 'I know the daily dose', full: 'The full dose my prescriber planned', lower: 'A lower dose than my prescriber planned', unsure: "I'm not sure" },
    amount: 'Daily dose in mg',
    outcomeGroup: 'How much did it help?',
    outcome: { none: 'It did not help', partial: 'It helped some, but not enough', helped: 'It helped' },
    doseRaised: 'The dose was raised',
    extended: 'I kept taking it for more time to see if it would help',
    augmentation: 'Was another medicine added to it? (optional)',
    save: 'Save medicine',
    addEct: 'Add an ECT course',
    placement: { bilateral: 'Both sides of the head (bilateral)', unilateral: 'One side of the head (right unilateral)', unsure: "I'm not sure" },
    saveEct: 'Save ECT course',
    months: 'How many months has this episode lasted?',
    severity: {
      moderate: 'Moderate: symptoms make daily tasks hard on many days',
      severe: 'Severe: most daily tasks are very hard or not possible',
    },
    seeResults: 'See my results',
    editHistory: 'Change my treatments',
  },
  es: {
    open: 'Revisar mis tratamientos',
    start: 'Comenzar',
    addMedicine: 'Agregar un medicamento',
    medicine: 'Medicamento',
    weeks: '¿Cuántas semanas lo tomó?',
    weeksUnsure: 'No estoy seguro(a)',
    doseGroup: '¿Qué dosis tomó?',
    dose: { amount: 'Sé la dosis diaria', full: 'La dosis completa que planeó quien me lo recetó', lower: 'Una dosis más baja de la que planeó quien me lo recetó', unsure: 'No estoy seguro(a)' },
    amount: 'Dosis diaria en mg',
    outcomeGroup: '¿Cuánto le ayudó?',
    outcome: { none: 'No me ayudó', partial: 'Me ayudó algo, pero no lo suficiente', helped: 'Me ayudó' },
    doseRaised: 'Se subió la dosis',
    extended: 'Lo seguí tomando más tiempo para ver si ayudaba',
    augmentation: '¿Se le agregó otro medicamento? (opcional)',
    save: 'Guardar medicamento',
    addEct: 'Agregar un tratamiento de TEC',
    placement: { bilateral: 'En ambos lados de la cabeza (bilateral)', unilateral: 'En un lado de la cabeza (unilateral derecha)', unsure: 'No estoy seguro(a)' },
    saveEct: 'Guardar TEC',
    months: '¿Cuántos meses ha durado este episodio?',
    severity: {
      moderate: 'Moderada: los síntomas hacen difíciles mis tareas diarias muchos días',
      severe: 'Grave: casi todas mis tareas diarias son muy difíciles o imposibles',
    },
    seeResults: 'Ver mis resultados',
    editHistory: 'Cambiar mis tratamientos',
  },
};

export class Staging {
  constructor(widget) {
    this.widget = widget;
    this.root = widget.root;
  }

  get copy() {
    return STAGING_COPY[this.widget.lang];
  }

  group(name) {
    return this.root.getByRole('group', { name, exact: true });
  }

  async open() {
    await this.widget.button(this.copy.open).click();
    await expect(this.root).toHaveAttribute('data-screen', 'staging-intro');
    await this.widget.button(this.copy.start).click();
    await expect(this.root).toHaveAttribute('data-screen', 'history');
  }

  /**
   * Adds one medicine. `dose` is a number of mg, or 'full', 'lower',
   * 'unsure'; `weeks` a number or 'unsure'; `outcome` 'none', 'partial' or
   * 'helped'.
   */
  async addMedicine({ id, weeks, dose, outcome, doseRaised = false, extended = false, augmentation = null }) {
    const c = this.copy;
    await this.widget.button(c.addMedicine).click();
    await this.root.getByLabel(c.medicine, { exact: true }).selectOption(id);
    if (weeks === 'unsure') {
      await this.root.getByRole('checkbox', { name: c.weeksUnsure }).check();
    } else {
      await this.root.getByLabel(c.weeks).fill(String(weeks));
    }
    const doseGroup = this.group(c.doseGroup);
    if (typeof dose === 'number') {
      await doseGroup.getByRole('radio', { name: c.dose.amount }).check();
      await this.root.getByLabel(c.amount).fill(String(dose));
    } else {
      await doseGroup.getByRole('radio', { name: c.dose[dose] }).check();
    }
    await this.group(c.outcomeGroup).getByRole('radio', { name: c.outcome[outcome], exact: true }).check();
    if (doseRaised) await this.root.getByRole('checkbox', { name: c.doseRaised }).check();
    if (extended) await this.root.getByRole('checkbox', { name: c.extended }).check();
    if (augmentation) await this.root.getByLabel(c.augmentation).selectOption(augmentation);
    await this.widget.button(c.save).click();
    await expect(this.widget.button(c.addMedicine)).toBeVisible();
  }

  async addEct(placement, outcome) {
    const c = this.copy;
    await this.widget.button(c.addEct).click();
    await this.root.getByRole('radio', { name: c.placement[placement] }).check();
    const group = this.root.locator('fieldset:has(input[name="trd-ect-outcome"])');
    await group.getByRole('radio', { name: c.outcome[outcome], exact: true }).check();
    await this.widget.button(c.saveEct).click();
  }

  async episode(months, severity) {
    await this.root.getByLabel(this.copy.months).fill(String(months));
    await this.root.getByRole('radio', { name: this.copy.severity[severity] }).check();
  }

  async seeResults() {
    await this.widget.button(this.copy.seeResults).click();
    await expect(this.root).toHaveAttribute('data-screen', 'staging-results');
  }

  card(instrument) {
    return this.root.locator(`[data-instrument="${instrument}"]`);
  }

  /** "Which medicines counted": once on the results screen, below the cards. */
  verdicts() {
    return this.root.locator('[data-verdicts]');
  }

  /** Every card's test-contract attributes. */
  async contract() {
    const read = (instrument, names) =>
      this.card(instrument).evaluate(
        (card, names) => Object.fromEntries(names.map((n) => [n, card.getAttribute(`data-${n}`)])),
        names,
      );
    return {
      definition: await read('trd-definition', ['met']),
      thaseRush: await read('thase-rush', ['stage']),
      maudsley: await read('maudsley', ['score', 'level', 'applicable']),
      mghs: await read('mgh-s', ['score']),
    };
  }
}
