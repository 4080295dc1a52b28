// The frame page's half of "In a frame" (README): builds one <trd-widget>
// from the page's query parameters (only the widget's option names), and
// tells the page around it how tall it is, so a two-line snippet there can
// size the frame to its content. The height is the only thing it sends.
(function () {
  'use strict';
  // BEGIN generated from src/domain/option_list.rs by build/option_lists.rs (make build): edit there
  // The options a frame takes (a frame has no host page to remember for or to send events to).
  var OPTIONS = ["lang", "clinic-name", "clinic-phone", "clinic-url", "booking-url", "crisis-region", "crisis-line-1", "crisis-line-2", "crisis-line-3", "accent-color", "start", "sections", "theme"];
  // What shows before the widget loads, or if it cannot (domain::crisis::FALLBACK).
  var FALLBACK = { en: "If you are in crisis, call or text 988. If you are in immediate danger, call 911.", es: "Si está en crisis, llame o envíe un mensaje de texto al 988. Si está en peligro inmediato, llame al 911." };
  // END generated
  var params = new URLSearchParams(location.search);
  var widget = document.createElement('trd-widget');
  params.forEach(function (value, key) {
    if (OPTIONS.indexOf(key) >= 0) widget.setAttribute(key, value);
    else console.warn('trd-widget: frame.html?' + key + '=…: not an option; accepted: ' + OPTIONS.join(', ') + '. Ignored.');
  });
  var spanish = (widget.getAttribute('lang') || '').toLowerCase().indexOf('es') === 0;
  widget.textContent = spanish ? FALLBACK.es : FALLBACK.en;
  document.body.appendChild(widget);
  if (window.parent === window) return;
  var last = 0;
  function report() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      // Only a number goes out; the snippet checks that it came from this frame.
      window.parent.postMessage({ type: 'trd-widget:height', height: height }, '*');
    }
  }
  if ('ResizeObserver' in window) new ResizeObserver(report).observe(document.documentElement);
  report();
})();
