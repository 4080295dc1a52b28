// trd-widget loader: the JavaScript half of `src/platform`.
//
// At build time `scripts/assemble-embed.mjs` wraps wasm-bindgen's
// `no-modules` glue and this file in one function scope, so that
// `trd-widget.js` is the only file a clinic links to and no global is left
// behind. The `wasm_bindgen` binding used below comes from that glue.
//
// What it does:
// - finds the rest of the widget's files next to its own URL, wherever the
//   folder is hosted;
// - defines <trd-widget>; every element, including ones inserted later,
//   gets its own widget in its own open shadow root;
// - loads the WebAssembly once, on first use, and shares it;
// - leaves the element's light-DOM content (the fallback) visible if
//   anything fails, with one clear console message;
// - unmounts a removed element (unless it was only moved), so nothing it
//   held, answers included, outlives it.

const TAG = 'trd-widget';
const PREFIX = 'trd-widget: ';
const WASM_FILE = 'trd-widget_bg.wasm';
// Attributes a live element reacts to (the options of README "Options").
const OBSERVED = [
  'lang',
  'clinic-name',
  'clinic-phone',
  'clinic-url',
  'booking-url',
  'crisis-region',
  'crisis-line-1',
  'crisis-line-2',
  'crisis-line-3',
  'accent-color',
  'sections',
  'remember',
  'events',
];

// `document.currentScript` is only set while this script first runs.
const scriptUrl =
  document.currentScript && document.currentScript.src
    ? document.currentScript.src
    : document.baseURI;
const wasmUrl = new URL(WASM_FILE, scriptUrl);

// Placeholder stored for an element whose widget is still loading.
const PENDING = Symbol('pending');
// Element -> WidgetHandle | PENDING. A WeakMap, so the page's elements carry
// no expando properties and nothing keeps a removed element alive.
const handles = new WeakMap();
let api = null;

function loadOnce() {
  if (!api) {
    api = wasm_bindgen({ module_or_path: wasmUrl }).then(
      () => wasm_bindgen,
      (error) => {
        console.error(
          PREFIX +
            'could not load ' +
            wasmUrl.href +
            ' (' +
            (error && error.message ? error.message : error) +
            '). The fallback content inside <trd-widget> stays visible. ' +
            "Check that the file is uploaded next to trd-widget.js, is served as application/wasm, and that the page's Content-Security-Policy allows 'wasm-unsafe-eval'.",
        );
        throw error;
      },
    );
  }
  return api;
}

function start(element) {
  loadOnce().then(
    (bindings) => {
      // Removed (and not re-inserted) while loading: nothing to do.
      if (handles.get(element) !== PENDING || !element.isConnected) return;
      try {
        handles.set(element, bindings.mount(element));
      } catch (error) {
        handles.delete(element);
        console.error(
          PREFIX +
            'could not start (' +
            (error && error.message ? error.message : error) +
            '). The fallback content stays visible.',
        );
      }
    },
    () => handles.delete(element),
  );
}

function stop(element) {
  const handle = handles.get(element);
  handles.delete(element);
  if (handle && handle !== PENDING) handle.unmount();
}

function define() {
  class TrdWidgetElement extends HTMLElement {
    static get observedAttributes() {
      return OBSERVED;
    }

    connectedCallback() {
      // Already mounted or loading: this was a move within the page.
      if (handles.has(this)) return;
      handles.set(this, PENDING);
      start(this);
    }

    disconnectedCallback() {
      // A move (remove + insert in the same task) keeps the widget and its
      // answers; a real removal unmounts it once the task is over.
      queueMicrotask(() => {
        if (!this.isConnected) stop(this);
      });
    }

    attributeChangedCallback(name, oldValue, newValue) {
      const handle = handles.get(this);
      if (!handle || handle === PENDING || oldValue === newValue) return;
      if (name === 'lang') handle.set_lang(newValue);
      else handle.update();
    }
  }
  customElements.define(TAG, TrdWidgetElement);
}

if (!('customElements' in window) || typeof WebAssembly !== 'object' || !('attachShadow' in Element.prototype)) {
  console.warn(PREFIX + 'this browser cannot run the widget; the fallback content stays visible.');
} else if (customElements.get(TAG)) {
  console.warn(PREFIX + 'trd-widget.js is included more than once on this page; the first copy is used.');
} else {
  define();
}
