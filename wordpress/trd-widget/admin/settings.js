// The settings page's live preview: the real widget beside the form takes
// every field's value as its attribute (as a shortcode or block would give
// it), so staff see what a visitor will see before saving.
(function () {
  'use strict';
  var preview = document.getElementById('trd-widget-preview');
  var form = preview && document.querySelector('form[action="options.php"]');
  if (!form) return;

  function value(control) {
    if (control.getAttribute('data-kind') === 'crisis-line') {
      // As the plugin stores it: "Label | number", "Label | sms:number" or "Label | https://…".
      var part = function (name) { return control.querySelector('[data-part="' + name + '"]').value.trim(); };
      var label = part('label').replace(/\|/g, ' ');
      var target = part('target');
      if (!label || !target) return '';
      return label + ' | ' + (part('way') === 'text' ? 'sms:' + target : target);
    }
    if (control.tagName === 'FIELDSET') {
      var boxes = control.querySelectorAll('input[type=checkbox]');
      var ticked = Array.prototype.filter.call(boxes, function (box) { return box.checked; }).map(function (box) { return box.value; });
      return ticked.length && ticked.length < boxes.length ? ticked.join(',') : '';
    }
    if (control.type === 'checkbox') return control.checked ? 'true' : '';
    if (control.type === 'color') return control.value.toLowerCase() === '#145a8d' ? '' : control.value;
    return control.value.trim();
  }

  // The widget's own word on each value (TrdWidget.check runs the same
  // validation as the widget and returns its console messages), under the
  // field it is about. Only the latest answer is shown.
  var asked = 0;
  function check(values) {
    if (!window.TrdWidget || typeof window.TrdWidget.check !== 'function') return;
    var ask = ++asked;
    window.TrdWidget.check(values).then(function (problems) {
      if (ask !== asked) return;
      form.querySelectorAll('[data-problem-for]').forEach(function (line) {
        var found = problems.filter(function (p) { return p.option === line.getAttribute('data-problem-for'); });
        line.textContent = found.map(function (p) { return p.message; }).join(' ');
      });
      // The check's answer comes after the preview took the same values
      // (its attributes apply at once, and it mounted before the first
      // check was asked), so the preview's colours are current now.
      showContrast();
    }, function () {});
  }

  function update() {
    var values = {};
    form.querySelectorAll('[data-option]').forEach(function (control) {
      var name = control.getAttribute('data-option');
      var current = value(control);
      if (current) {
        preview.setAttribute(name, current);
        values[name] = current;
      } else {
        preview.removeAttribute(name);
      }
    });
    check(values);
  }

  // The contrast the widget actually gives text on the chosen colour, read
  // from the preview's main button (the widget picks the text colour).
  var contrast = form.querySelector('[data-contrast]');
  function luminance(css) {
    var rgb = (css.match(/\d+(\.\d+)?/g) || []).slice(0, 3).map(function (v) {
      var c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    return rgb.length === 3 ? 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2] : null;
  }
  function showContrast() {
    var button = preview.shadowRoot && preview.shadowRoot.querySelector('.trd-primary');
    if (!contrast || !button) return;
    var style = getComputedStyle(button);
    var fill = luminance(style.backgroundColor);
    var ink = luminance(style.color);
    if (fill === null || ink === null) return;
    var ratio = (Math.max(fill, ink) + 0.05) / (Math.min(fill, ink) + 0.05);
    var text = contrast.getAttribute('data-contrast').replace('%s', ratio.toFixed(1));
    if (contrast.textContent !== text) contrast.textContent = text;
  }

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  update();
  // The widget's script is deferred: once it has run, check what was there.
  document.addEventListener('DOMContentLoaded', update);
})();
