// A host page's own globals named like the widget's: the widget must not
// take them over, and must not break because of them.
window.TrdWidget = { mine: true };
window.wasm_bindgen = 'the host page owns this name';
