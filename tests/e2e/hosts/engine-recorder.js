// Test host pages for other engines only (tests/engines/): records what
// WebKitWebDriver cannot collect itself (console errors, uncaught errors,
// rejections, CSP violations) and the files the widget offers for download,
// so every engine is checked the same way. Loaded before the widget.
(function () {
  'use strict';
  var record = { errors: [], blobs: [] };
  window.__trd = record;
  addEventListener('error', function (e) {
    record.errors.push('error: ' + e.message + ' at ' + e.filename + ':' + e.lineno);
  });
  addEventListener('unhandledrejection', function (e) {
    record.errors.push('unhandled rejection: ' + e.reason);
  });
  document.addEventListener('securitypolicyviolation', function (e) {
    record.errors.push('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI);
  });
  var consoleError = console.error;
  console.error = function () {
    record.errors.push('console.error: ' + Array.prototype.join.call(arguments, ' '));
    return consoleError.apply(console, arguments);
  };
  var createObjectURL = URL.createObjectURL;
  URL.createObjectURL = function (object) {
    if (object instanceof Blob) record.blobs.push(object);
    return createObjectURL.call(URL, object);
  };
})();
