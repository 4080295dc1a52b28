// Phones first, on one stop of a tour at 320 CSS px (a phone, and 1280 px
// at 400% zoom, WCAG 1.4.10): no sideways scrolling; every control a
// comfortable touch target (at least 44 x 44 CSS pixels, WCAG 2.5.5; links
// and glossary terms inside a sentence are exempt, 2.5.8, inline targets);
// and, with reduced motion asked for, nothing moves (2.3.3). Returns what
// is wrong, in words, or an empty list.
export async function phoneProblems(stop, widget) {
  const report = await widget.root.evaluate((root) => {
    const small = [];
    // A glossary term is a word in a sentence, like a link in one.
    const controls = 'button:not(.trd-term), label.trd-choice, label.trd-check, summary, select, input.trd-number, a:not(p a)';
    for (const control of root.querySelectorAll(controls)) {
      if (!control.checkVisibility()) continue;
      const box = control.getBoundingClientRect();
      if (box.height < 44 || box.width < 44) small.push(`${control.tagName} "${control.textContent.trim().slice(0, 40)}" ${Math.round(box.width)}x${Math.round(box.height)}`);
    }
    const moving = [];
    const seconds = (v) => Math.max(...v.split(',').map((t) => parseFloat(t) || 0));
    for (const el of root.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const s = getComputedStyle(el, pseudo);
        if (seconds(s.transitionDuration) > 0 || (s.animationName !== 'none' && seconds(s.animationDuration) > 0)) {
          moving.push(`${el.tagName.toLowerCase()}.${el.className}${pseudo || ''}`);
        }
      }
    }
    return { overflow: root.scrollWidth - root.clientWidth, page: document.documentElement.scrollWidth - window.innerWidth, small, moving };
  });
  const problems = [];
  if (report.overflow > 0) problems.push(`${stop}: the widget overflows sideways by ${report.overflow} px`);
  if (report.page > 0) problems.push(`${stop}: the page overflows sideways by ${report.page} px`);
  for (const target of report.small) problems.push(`${stop}: target under 44 px: ${target}`);
  for (const moving of report.moving) problems.push(`${stop}: moves with reduced motion: ${moving}`);
  return problems;
}

/**
 * Where the language switch is inside the widget at this stop (the header
 * and the English button, rounded): it must not move from screen to screen
 * (it once sat below an item-9 panel 1,183 px down).
 */
export function languageSwitchPlace(widget) {
  return widget.root.evaluate((root) => {
    const at = (el) => {
      const box = el.getBoundingClientRect();
      const frame = root.getBoundingClientRect();
      return [box.left - frame.left, box.top - frame.top, box.width, box.height].map(Math.round).join(',');
    };
    return JSON.stringify({ header: at(root.querySelector('.trd-header')), english: at(root.querySelector('.trd-lang-button')) });
  });
}
