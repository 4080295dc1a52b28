// The block's editor: the options in the sidebar (the list is generated
// from the widget's one option table), and a placeholder in
// the content. The page shows the real widget; nothing but the options is
// saved (a dynamic block, rendered by the plugin's PHP).
(function (blocks, element, blockEditor, components) {
  var el = element.createElement;
  // Each option's control: a text field, a select of its choices or a
  // switch for an opt-in (saved as "true" or left empty).
  // BEGIN generated from src/domain/option_list.rs by build/option_lists.rs (make build): edit there
  var OPTIONS = [
    { key: "lang", label: "Language", kind: "choice", choices: [{ value: "", label: "The page's language, then the visitor's" }, { value: "en", label: "English" }, { value: "es", label: "Español" }] },
    { key: "clinicName", label: "Clinic name", kind: "text" },
    { key: "clinicPhone", label: "Clinic phone", kind: "text" },
    { key: "clinicUrl", label: "Clinic website (https://)", kind: "text" },
    { key: "bookingUrl", label: "Booking link (https://)", kind: "text" },
    { key: "crisisRegion", label: "Crisis lines", kind: "choice", choices: [{ value: "", label: "National lines and Colorado Crisis Services" }, { value: "us", label: "National lines only" }] },
    { key: "crisisLine1", label: "Extra crisis line 1 (Label | number, sms:number or https://)", kind: "text" },
    { key: "crisisLine2", label: "Extra crisis line 2", kind: "text" },
    { key: "crisisLine3", label: "Extra crisis line 3", kind: "text" },
    { key: "accentColor", label: "Accent colour (#145a8d)", kind: "text" },
    { key: "start", label: "Opens at", kind: "choice", choices: [{ value: "", label: "The introduction (or the first offered section)" }, { value: "phq9", label: "The first question" }, { value: "staging", label: "Treatment history" }, { value: "learn", label: "Explainers" }] },
    { key: "sections", label: "Sections (phq9, staging, learn)", kind: "text" },
    { key: "remember", label: "Offer to remember totals on the visitor's device (only if the visitor also chooses it)", kind: "flag" },
    { key: "events", label: "Send events to the page (section names only)", kind: "flag" },
    { key: "theme", label: "Colours", kind: "choice", choices: [{ value: "", label: "Light, always" }, { value: "auto", label: "Follow the visitor's light or dark setting" }] },
  ];
  // END generated
  blocks.registerBlockType('trd-widget/widget', {
    edit: function (props) {
      var set = function (name) {
        return function (value) {
          var next = {};
          next[name] = value;
          props.setAttributes(next);
        };
      };
      var controls = OPTIONS.map(function (option) {
        var value = props.attributes[option.key] || '';
        if (option.kind === 'flag') {
          return el(components.ToggleControl, {
            key: option.key,
            label: option.label,
            checked: value === 'true',
            onChange: function (on) {
              set(option.key)(on ? 'true' : '');
            },
          });
        }
        return el(option.kind === 'choice' ? components.SelectControl : components.TextControl, {
          key: option.key,
          label: option.label,
          options: option.choices,
          value: value,
          onChange: set(option.key),
        });
      });
      return el(
        'div',
        blockEditor.useBlockProps({ className: 'trd-widget-placeholder' }),
        el(blockEditor.InspectorControls, null, el(components.PanelBody, { title: 'trd-widget' }, controls)),
        el('p', null, 'Depression self-check (trd-widget). The widget appears on the published page; set its options in the sidebar.')
      );
    },
    save: function () {
      return null;
    },
  });
})(window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components);
