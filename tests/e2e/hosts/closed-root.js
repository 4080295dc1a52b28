// Test host: another script takes the element first, with a closed shadow
// root, before the widget's script upgrades it.
document.querySelector('trd-widget').attachShadow({ mode: 'closed' });
