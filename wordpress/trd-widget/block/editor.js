// The block's editor: the options in the sidebar (a text field each, a
// choice for the colours, a switch for each opt-in), and a placeholder in
// the content. The page shows the real widget; nothing but the options is
// saved (a dynamic block, rendered by the plugin's PHP).
(function (blocks, element, blockEditor, components) {
  var el = element.createElement;
  var FIELDS = [
    ['lang', 'Language (en or es)'],
    ['clinicName', 'Clinic name'],
    ['clinicPhone', 'Clinic phone'],
    ['clinicUrl', 'Clinic website (https://)'],
    ['bookingUrl', 'Booking link (https://)'],
    ['crisisRegion', 'Crisis region (us or us-co)'],
    ['crisisLine1', 'Extra crisis line 1 (Label | number or https://)'],
    ['crisisLine2', 'Extra crisis line 2'],
    ['crisisLine3', 'Extra crisis line 3'],
    ['accentColor', 'Accent colour (#145a8d)'],
    ['start', 'Start (intro, phq9, staging, learn)'],
    ['sections', 'Sections (phq9, staging, learn)'],
  ];
  var CHOICES = [
    ['theme', 'Colours', [
      { value: '', label: 'Light, always' },
      { value: 'auto', label: "Follow the visitor's light or dark setting" },
    ]],
  ];
  // Opt-ins, saved as "true" or left empty.
  var FLAGS = [
    ['remember', "Offer to remember totals on the visitor's device (only if the visitor also chooses it)"],
    ['events', 'Send events to the page (section names only)'],
  ];
  blocks.registerBlockType('trd-widget/widget', {
    edit: function (props) {
      var set = function (name) {
        return function (value) {
          var next = {};
          next[name] = value;
          props.setAttributes(next);
        };
      };
      var controls = FIELDS.map(function (field) {
        return el(components.TextControl, {
          key: field[0],
          label: field[1],
          value: props.attributes[field[0]] || '',
          onChange: set(field[0]),
        });
      }).concat(CHOICES.map(function (choice) {
        return el(components.SelectControl, {
          key: choice[0],
          label: choice[1],
          options: choice[2],
          value: props.attributes[choice[0]] || '',
          onChange: set(choice[0]),
        });
      }), FLAGS.map(function (flag) {
        return el(components.ToggleControl, {
          key: flag[0],
          label: flag[1],
          checked: props.attributes[flag[0]] === 'true',
          onChange: function (on) {
            set(flag[0])(on ? 'true' : '');
          },
        });
      }));
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
