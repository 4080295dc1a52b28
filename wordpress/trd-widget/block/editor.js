// The block's editor: one text field per option in the sidebar, and a
// placeholder in the content. The page shows the real widget; nothing but
// the options is saved (a dynamic block, rendered by the plugin's PHP).
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
    ['events', 'Host events (true or false)'],
  ];
  blocks.registerBlockType('trd-widget/widget', {
    edit: function (props) {
      var controls = FIELDS.map(function (field) {
        return el(components.TextControl, {
          key: field[0],
          label: field[1],
          value: props.attributes[field[0]] || '',
          onChange: function (value) {
            var next = {};
            next[field[0]] = value;
            props.setAttributes(next);
          },
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
