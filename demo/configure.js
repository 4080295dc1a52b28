// The configurator: the form sets the preview widget's attributes (which it
// applies live) and writes the snippet for each platform. Runs on the
// staff member's device only.
(function () {
  'use strict';
  var form = document.getElementById('options');
  var preview = document.getElementById('preview');
  var version = document.body.getAttribute('data-version');
  var CDN = 'https://cdn.jsdelivr.net/npm/trd-widget@' + version + '/dist/trd-widget/';
  // BEGIN generated from src/domain/option_list.rs by build/option_lists.rs (make build): edit there
  // Text fields and selects, then checkboxes (written as bare attributes);
  // the colour and the sections are controls of their own.
  var TEXT = ["lang", "clinic-name", "clinic-phone", "clinic-url", "booking-url", "crisis-region", "crisis-line-1", "crisis-line-2", "crisis-line-3", "start", "theme"];
  var FLAGS = ["remember", "events"];
  // What shows before the widget loads, or if it cannot (domain::crisis::FALLBACK).
  var FALLBACK = { en: "If you are in crisis, call or text 988.", es: "Si está en crisis, llame o envíe un mensaje de texto al 988." };
  // END generated
  var scriptIntegrity = '';

  function escapeAttr(value) {
    return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  /** The chosen options as attribute name → value, defaults left out. */
  function chosen() {
    var values = {};
    TEXT.forEach(function (name) {
      var value = form.elements[name].value.trim();
      if (value) values[name] = value;
    });
    var accent = form.elements['accent-color'].value.toLowerCase();
    if (accent && accent !== '#145a8d') values['accent-color'] = accent;
    var sections = Array.prototype.filter.call(form.querySelectorAll('input[name="section"]'), function (box) {
      return box.checked;
    }).map(function (box) { return box.value; });
    if (sections.length && sections.length < 3) values.sections = sections.join(',');
    FLAGS.forEach(function (name) {
      if (form.elements[name].checked) values[name] = '';
    });
    return values;
  }

  function attributes(values) {
    return Object.keys(values).map(function (name) {
      return values[name] === '' ? ' ' + name : ' ' + name + '="' + escapeAttr(values[name]) + '"';
    }).join('');
  }

  function element(values) {
    var spanish = (values.lang || '').indexOf('es') === 0;
    var fallback = spanish ? FALLBACK.es : FALLBACK.en;
    return '<trd-widget' + attributes(values) + '>\n  ' + fallback + '\n</trd-widget>';
  }

  function shortcode(values) {
    return '[trd_widget' + Object.keys(values).map(function (name) {
      var value = values[name] === '' ? 'true' : values[name];
      return ' ' + name.replace(/-/g, '_') + '="' + value.replace(/["\[\]]/g, '') + '"';
    }).join('') + ']';
  }

  function frame(values) {
    // A frame has no host page to remember for or to send events to.
    var query = Object.keys(values).filter(function (name) { return FLAGS.indexOf(name) < 0; }).map(function (name) {
      return encodeURIComponent(name) + '=' + encodeURIComponent(values[name]);
    }).join('&');
    return '<iframe data-trd-frame src="https://clinic.example/trd-widget/frame.html' + (query ? '?' + query : '') +
      '" title="Depression self-check" style="width:100%;height:900px;border:0"></iframe>\n' +
      "<script>addEventListener('message', function (e) { document.querySelectorAll('iframe[data-trd-frame]').forEach(function (f) {\n" +
      "  if (e.source === f.contentWindow && e.origin === new URL(f.src).origin && e.data && e.data.type === 'trd-widget:height' && Number.isFinite(e.data.height)) f.style.height = e.data.height + 'px'; }); });</script>";
  }

  function update() {
    var values = chosen();
    // The preview: set what is chosen, remove what is not.
    TEXT.concat(['accent-color', 'sections'], FLAGS).forEach(function (name) {
      if (name in values) preview.setAttribute(name, values[name]);
      else preview.removeAttribute(name);
    });
    // Without integrity.txt (not built, or blocked) the snippet says so
    // rather than carry an empty integrity attribute.
    var cdn = scriptIntegrity
      ? '<script src="' + CDN + 'trd-widget.js"\n        integrity="' + scriptIntegrity + '" crossorigin="anonymous" defer></script>\n' + element(values)
      : '<!-- integrity unavailable: integrity.txt could not be read; copy the line for trd-widget.js from the package\'s integrity.txt into an integrity attribute -->\n' +
        '<script src="' + CDN + 'trd-widget.js" crossorigin="anonymous" defer></script>\n' + element(values);
    var self = '<script src="https://clinic.example/trd-widget/trd-widget.js" defer></script>\n' + element(values);
    set('cdn', cdn);
    set('self', self);
    set('wordpress', shortcode(values));
    set('frame', frame(values));
  }

  function set(platform, text) {
    document.querySelector('[data-snippet="' + platform + '"] textarea').value = text;
  }

  document.querySelector('[data-csp="cdn"]').textContent = "script-src https://cdn.jsdelivr.net 'wasm-unsafe-eval'; connect-src https://cdn.jsdelivr.net";
  document.querySelector('[data-csp="self"]').textContent = "script-src 'self' 'wasm-unsafe-eval'";

  document.querySelectorAll('[data-copy]').forEach(function (button) {
    button.addEventListener('click', function () {
      var area = document.querySelector('[data-snippet="' + button.getAttribute('data-copy') + '"] textarea');
      var status = document.getElementById('copied');
      var done = function () { status.textContent = 'Copied. Paste it into your page.'; };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(area.value).then(done, function () {
          area.select();
          status.textContent = 'Select all and copy (the browser did not allow copying).';
        });
      } else {
        area.select();
        status.textContent = 'Press Ctrl+C (or Cmd+C) to copy.';
      }
    });
  });

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  fetch('trd-widget/integrity.txt').then(function (r) { return r.text(); }).then(function (text) {
    var line = text.split('\n').filter(function (l) { return l.indexOf('trd-widget.js ') === 0; })[0];
    scriptIntegrity = line ? line.split(' ')[1] : '';
    update();
  }, update);
  update();
})();
