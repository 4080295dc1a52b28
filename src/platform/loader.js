// trd-widget loader: the JavaScript half of `src/platform`.
//
// At build time `scripts/build-split.mjs` (or, for `trunk serve`,
// `scripts/assemble-embed.mjs`) wraps wasm-bindgen's `no-modules` glue and
// this file in one function scope, so that `trd-widget.js` is the only
// file a clinic links to and no global is left behind. The `wasm_bindgen`
// binding used below comes from that glue; in the split build, the code
// that fetches the screens loaded later (`fetchPart`, `chunkFailed`) is
// called from the splitter's link code in the same scope.
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
// Filled in at build time (scripts/embed.mjs): the wasm's content-hashed
// name and its Subresource Integrity hash, and in the split build every
// pack's integrity, by name.
const WASM_FILE = 'trd-widget_bg.wasm';
const WASM_INTEGRITY = null;
const CHUNK_INTEGRITY = {};
// BEGIN generated from src/domain/option_list.rs by build/option_lists.rs (make build): edit there
// Every option's attribute name, by its camelCase key (the JS API takes either).
const OPTIONS = { "lang": "lang", "clinicName": "clinic-name", "clinicPhone": "clinic-phone", "clinicUrl": "clinic-url", "bookingUrl": "booking-url", "crisisRegion": "crisis-region", "crisisLine1": "crisis-line-1", "crisisLine2": "crisis-line-2", "crisisLine3": "crisis-line-3", "accentColor": "accent-color", "start": "start", "sections": "sections", "remember": "remember", "events": "events", "theme": "theme" };
// Attributes a live element reacts to (`start` applies only when a widget opens).
const OBSERVED = ["lang", "clinic-name", "clinic-phone", "clinic-url", "booking-url", "crisis-region", "crisis-line-1", "crisis-line-2", "crisis-line-3", "accent-color", "sections", "remember", "events", "theme"];
// END generated

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

// An error's own words, whatever was thrown.
function describe(error) {
  return error && error.message ? error.message : String(error);
}

// What most likely went wrong with fetching `url`, in words a clinic's web
// person can act on.
function likelyCause(error, url) {
  const crossOrigin = url.origin !== location.origin;
  if (error instanceof RangeError) {
    return 'The server answered ' + error.message + ': upload every file of the trd-widget folder from the same build, side by side.';
  }
  if (error instanceof TypeError && crossOrigin) {
    return (
      'The likely cause is CORS: the server at ' + url.origin +
      ' must send "Access-Control-Allow-Origin" for the .wasm file (public CDNs such as jsDelivr and unpkg do). ' +
      'It can also be a file that does not match the hash this trd-widget.js expects (upload every file from the same build).'
    );
  }
  if (error instanceof TypeError) {
    return (
      'The file is missing, blocked, or does not match the hash this trd-widget.js expects (integrity); ' +
      'upload every file of the trd-widget folder from the same build, side by side.'
    );
  }
  return "Check that the file is served as application/wasm and that the page's Content-Security-Policy allows 'wasm-unsafe-eval'.";
}

function loadOnce() {
  if (!api) {
    const init = { credentials: 'omit', mode: 'cors' };
    if (WASM_INTEGRITY) init.integrity = WASM_INTEGRITY;
    const response = fetch(wasmUrl, init).then((r) => {
      if (!r.ok) throw new RangeError('HTTP ' + r.status);
      return r;
    });
    api = wasm_bindgen({ module_or_path: response }).then(
      () => wasm_bindgen,
      (error) => {
        console.error(PREFIX + 'could not load ' + wasmUrl.href + ' (' + describe(error) + '). ' + likelyCause(error, wasmUrl) + ' The fallback content inside <trd-widget> stays visible.');
        // Forgotten, so a widget added later (a route change, a tab opened
        // again after a dropped connection) tries again instead of meeting
        // the same failure forever.
        api = null;
        throw error;
      },
    );
  }
  return api;
}

// A pack of the split build: the modules of screens loaded when first
// needed, back to back, fetched with the same options and integrity check
// as the main file. A failure carries the file's URL for `chunkFailed`.
function fetchPackFile(file) {
  const url = new URL(file, scriptUrl);
  const init = { credentials: 'omit', mode: 'cors' };
  if (CHUNK_INTEGRITY[file]) init.integrity = CHUNK_INTEGRITY[file];
  const mark = (error) => {
    error.trdUrl = url;
    return error;
  };
  return fetch(url, init).then(
    (r) => {
      if (!r.ok) throw mark(new RangeError('HTTP ' + r.status));
      return r;
    },
    (error) => {
      throw mark(error);
    },
  );
}

// Pack name -> promise of its bytes. Each pack is fetched once; a failed
// fetch is forgotten, so "Try again" fetches it anew.
const packs = new Map();

// A pack's bytes, fetched once.
function packBytes(file) {
  let pack = packs.get(file);
  if (!pack) {
    pack = fetchPackFile(file).then((r) => r.arrayBuffer());
    packs.set(file, pack);
    pack.catch(() => {
      if (packs.get(file) === pack) packs.delete(file);
    });
  }
  return pack;
}

// One module of a pack, as the response WebAssembly.instantiateStreaming
// takes (the bytes were checked with the pack's integrity).
function fetchPart(file, start, end) {
  return packBytes(file).then(
    (bytes) => new Response(bytes.slice(start, end), { headers: { 'Content-Type': 'application/wasm' } }),
  );
}

// One console line when such a part cannot load (offline, missing,
// refused): the widget shows a notice with "Try again", and every other
// part keeps working.
function chunkFailed(error) {
  const url = error && error.trdUrl;
  console.error(
    PREFIX + 'could not load ' + (url ? url.href : 'a part of the widget') + ' (' + describe(error) + '). ' +
      (url ? likelyCause(error, url) + ' ' : '') +
      'If the visitor is offline, they can try again once connected; the rest of the widget keeps working.',
  );
}

// While the wasm loads, the element's own content (the clinic's fallback,
// with the crisis line) stays visible through a <slot>; if loading takes
// longer than LOADING_DELAY, a thin moving bar under it shows that
// something is on its way, instead of a page that looks finished. The bar
// is decoration (aria-hidden): the fallback is what a screen reader reads.
const LOADING_DELAY = 700;
const LOADING_CSS =
  ':host{display:block}' +
  '[data-loading]{height:4px;margin:8px 0;border-radius:2px;background:linear-gradient(90deg,#c9d1d9 0,#145a8d 50%,#c9d1d9 100%);background-size:200% 100%;animation:trd-loading 1.2s linear infinite}' +
  '@keyframes trd-loading{from{background-position:100% 0}to{background-position:-100% 0}}' +
  '@media (prefers-reduced-motion:reduce){[data-loading]{animation:none;background:#145a8d}}' +
  '@media (forced-colors:active){[data-loading]{background:CanvasText}}';
let loadingSheet = null;

function showLoading(element) {
  let slot = null;
  let bar = null;
  // Nothing is attached unless loading is slow: a fast load (or a fast
  // failure) never touches the element.
  const timer = setTimeout(() => {
    try {
      if (!loadingSheet) {
        loadingSheet = new CSSStyleSheet();
        loadingSheet.replaceSync(LOADING_CSS);
      }
      const root = element.shadowRoot || element.attachShadow({ mode: 'open' });
      root.replaceChildren();
      root.adoptedStyleSheets = [loadingSheet];
      slot = document.createElement('slot');
      bar = document.createElement('div');
      bar.setAttribute('data-loading', '');
      bar.setAttribute('aria-hidden', 'true');
      root.append(slot, bar);
    } catch {
      // No constructable sheets or no shadow root: the fallback shows as it is.
    }
  }, LOADING_DELAY);
  return {
    // The widget replaces the fallback.
    loaded() {
      clearTimeout(timer);
      if (slot) slot.remove();
      if (bar) bar.remove();
    },
    // The fallback stays (through the slot); only the bar goes.
    failed() {
      clearTimeout(timer);
      if (bar) bar.remove();
    },
  };
}

function start(element) {
  const loading = showLoading(element);
  loadOnce().then(
    (bindings) => {
      // Settled either way: a removed element's timer must not fire later
      // into a widget mounted after it was put back.
      loading.loaded();
      // Removed (and not re-inserted) while loading: nothing to do.
      if (handles.get(element) !== PENDING || !element.isConnected) return;
      try {
        handles.set(element, bindings.mount(element));
      } catch (error) {
        handles.delete(element);
        element.shadowRoot && element.shadowRoot.replaceChildren(document.createElement('slot'));
        console.error(
          PREFIX +
            'could not start (' +
            describe(error) +
            '). The fallback content stays visible.',
        );
      }
    },
    () => {
      loading.failed();
      handles.delete(element);
    },
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
      else handle.update(name);
    }
  }
  customElements.define(TAG, TrdWidgetElement);
}

// ---- JavaScript API: window.TrdWidget, the one global the widget defines.
//
//   const handle = TrdWidget.mount(element, { lang: 'es', 'clinic-name': '…' });
//   TrdWidget.check({ 'clinic-url': 'http://x' }).then((problems) => …);
//   handle.update({ 'accent-color': '#145a8d' });
//   handle.unmount();
//
// Options are the attributes (kebab-case or camelCase keys); `true` sets a
// flag attribute, `false`, `null` or `undefined` removes it. Calls made
// before this script has loaded are queued by the snippet in the README and
// replayed here, their handles connected to the real ones.
const OPTION_NAMES = Object.values(OPTIONS);

// The attribute for an option key: a camelCase key through the generated
// table (`crisisLine1` is `crisis-line-1`), an attribute name as it is.
function attributeName(key) {
  return Object.prototype.hasOwnProperty.call(OPTIONS, key) ? OPTIONS[key] : String(key);
}

function applyOptions(element, options) {
  if (options === undefined || options === null) return;
  if (typeof options !== 'object') {
    console.warn(PREFIX + 'TrdWidget options must be an object like { lang: "es" }; got ' + typeof options + '. Ignored.');
    return;
  }
  for (const key of Object.keys(options)) {
    const name = attributeName(key);
    if (!OPTION_NAMES.includes(name)) {
      console.warn(PREFIX + 'unknown option "' + key + '"; accepted options are ' + OPTION_NAMES.join(', ') + '. Ignored.');
      continue;
    }
    const value = options[key];
    if (value === false || value === null || value === undefined) element.removeAttribute(name);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
}

function mountApi(target, options) {
  if (!(target instanceof Element)) {
    console.warn(PREFIX + 'TrdWidget.mount needs an element; got ' + String(target) + '. Nothing was mounted.');
    return { unmount() {}, update() {} };
  }
  // A <trd-widget> is used as it is; any other element gets one inside.
  const own = target.localName !== TAG;
  const element = own ? document.createElement(TAG) : target;
  applyOptions(element, options);
  if (own) target.appendChild(element);
  return {
    update(next) {
      applyOptions(element, next);
    },
    unmount() {
      element.remove();
    },
  };
}

// What the widget would say about these options, without showing a widget:
// a promise of { option, message } for each value it would not accept, the
// message being the console's (for staff forms, such as the WordPress
// settings page, so they say exactly what the widget does).
function checkApi(options) {
  const element = document.createElement('div');
  applyOptions(element, options);
  return loadOnce().then((bindings) =>
    Array.from(bindings.check(element), ([option, message]) => ({ option, message: PREFIX + message })),
  );
}

function defineApi() {
  const queued = window.TrdWidget && Array.isArray(window.TrdWidget.q) ? window.TrdWidget.q : [];
  if (window.TrdWidget && !Array.isArray(window.TrdWidget.q)) {
    console.warn(PREFIX + 'window.TrdWidget is already defined by something else on this page; the JavaScript API is not available (the <trd-widget> element still works).');
    return;
  }
  const api = Object.freeze({ mount: mountApi, check: checkApi });
  window.TrdWidget = api;
  // Replay calls made before this script loaded, and connect their handles.
  for (const [target, options, stub] of queued) {
    const real = mountApi(target, options);
    const pending = stub && Array.isArray(stub.q) ? stub.q : [];
    if (stub) {
      stub.update = real.update;
      stub.unmount = real.unmount;
    }
    for (const [method, argument] of pending) {
      if (method === 'update') real.update(argument);
      if (method === 'unmount') real.unmount();
    }
  }
}

if (!('customElements' in window) || typeof WebAssembly !== 'object' || !('attachShadow' in Element.prototype)) {
  console.warn(PREFIX + 'this browser cannot run the widget; the fallback content stays visible.');
} else if (customElements.get(TAG)) {
  console.warn(PREFIX + 'trd-widget.js is included more than once on this page; the first copy is used.');
} else {
  // A page may have patched or locked its registry (some scoped-registry
  // polyfills and hardened sites do): then the fallback stays, the page's
  // own scripts carry on, and the console says why.
  try {
    define();
  } catch (error) {
    console.error(
      PREFIX + 'could not register <trd-widget> (' + describe(error) + '); ' +
        "something on this page replaced or locked customElements.define. The fallback content stays visible.",
    );
  }
  defineApi();
}
