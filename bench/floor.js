// The floor: the least a page can do to show a Start button and then one
// question with four radios (about 2 KB). Not a product; a yardstick.
(function () {
  var root = document.getElementById('floor');
  var start = document.createElement('button');
  start.textContent = 'Start';
  root.appendChild(start);
  var n = 1;
  function question() {
    root.textContent = '';
    var set = document.createElement('fieldset');
    var legend = document.createElement('legend');
    legend.textContent = 'Question ' + n + ' of 9';
    set.appendChild(legend);
    ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'].forEach(function (text, v) {
      var label = document.createElement('label');
      var input = document.createElement('input');
      input.type = 'radio';
      input.name = 'q' + n;
      input.value = v;
      label.appendChild(input);
      label.appendChild(document.createTextNode(' ' + text));
      set.appendChild(label);
    });
    var next = document.createElement('button');
    next.textContent = 'Next';
    next.addEventListener('click', function () { n += 1; question(); });
    root.appendChild(set);
    root.appendChild(next);
  }
  start.addEventListener('click', question);
})();
