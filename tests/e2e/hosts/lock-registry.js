// A hardened page: defining custom elements is refused.
customElements.define = function () {
  throw new Error('custom elements are locked on this site');
};
