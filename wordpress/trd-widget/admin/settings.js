// The settings page's live preview: the real widget beside the form takes
// every field's value as its attribute (as a shortcode or block would give
// it), so staff see what a visitor will see before saving.
(function () {
  'use strict';
  var preview = document.getElementById('trd-widget-preview');
  var form = preview && document.querySelector('form[action="options.php"]');
  if (!form) return;

  function value(control) {
    if (control.tagName === 'FIELDSET') {
      var boxes = control.querySelectorAll('input[type=checkbox]');
      var ticked = Array.prototype.filter.call(boxes, function (box) { return box.checked; }).map(function (box) { return box.value; });
      return ticked.length && ticked.length < boxes.length ? ticked.join(',') : '';
    }
    if (control.type === 'checkbox') return control.checked ? 'true' : '';
    if (control.type === 'color') return control.value.toLowerCase() === '#145a8d' ? '' : control.value;
    return control.value.trim();
  }

  function update() {
    form.querySelectorAll('[data-option]').forEach(function (control) {
      var name = control.getAttribute('data-option');
      var current = value(control);
      if (current) preview.setAttribute(name, current);
      else preview.removeAttribute(name);
    });
  }

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  update();
})();
