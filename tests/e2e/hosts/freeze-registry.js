// A page that wraps define (as analytics and polyfills do), then freezes
// the registry so nothing else can patch it.
const define = customElements.define.bind(customElements);
customElements.define = (name, constructor, options) => {
  window.definedByPage = (window.definedByPage || []).concat(name);
  return define(name, constructor, options);
};
Object.freeze(customElements);
Object.freeze(CustomElementRegistry.prototype);
