// The block's editor: the options in the sidebar (the list is generated
// from the widget's one option table), and the real widget in the content
// with those options. Nothing but the options is saved (a dynamic block,
// rendered by the plugin's PHP on the published page).
(function (blocks, element, blockEditor, components, i18n) {
  var el = element.createElement;
  var __ = i18n.__;
  // Each option's control: a text field, a select of its choices or a
  // switch for an opt-in (saved as "true" or left empty).
  // BEGIN generated from src/domain/option_list.rs by build/option_lists.rs (make build): edit there
  var OPTIONS = [
    { key: "lang", name: "lang", label: __( "Language", 'trd-widget' ), kind: "choice", choices: [{ value: "", label: __( "The page's language, then the visitor's", 'trd-widget' ) }, { value: "en", label: __( "English", 'trd-widget' ) }, { value: "es", label: __( "Español", 'trd-widget' ) }] },
    { key: "clinicName", name: "clinic-name", label: __( "Clinic name", 'trd-widget' ), kind: "text" },
    { key: "clinicPhone", name: "clinic-phone", label: __( "Clinic phone", 'trd-widget' ), kind: "text" },
    { key: "clinicUrl", name: "clinic-url", label: __( "Clinic website (https://)", 'trd-widget' ), kind: "text" },
    { key: "bookingUrl", name: "booking-url", label: __( "Booking link (https://)", 'trd-widget' ), kind: "text" },
    { key: "crisisRegion", name: "crisis-region", label: __( "Crisis lines", 'trd-widget' ), kind: "choice", choices: [{ value: "", label: __( "National lines and Colorado Crisis Services", 'trd-widget' ) }, { value: "us", label: __( "National lines only", 'trd-widget' ) }] },
    { key: "crisisLine1", name: "crisis-line-1", label: __( "Extra crisis line 1 (Label | number, sms:number or https://)", 'trd-widget' ), kind: "crisis-line" },
    { key: "crisisLine2", name: "crisis-line-2", label: __( "Extra crisis line 2", 'trd-widget' ), kind: "crisis-line" },
    { key: "crisisLine3", name: "crisis-line-3", label: __( "Extra crisis line 3", 'trd-widget' ), kind: "crisis-line" },
    { key: "accentColor", name: "accent-color", label: __( "Accent colour (#145a8d)", 'trd-widget' ), kind: "colour" },
    { key: "start", name: "start", label: __( "Opens at", 'trd-widget' ), kind: "choice", choices: [{ value: "", label: __( "The introduction (or the first offered section)", 'trd-widget' ) }, { value: "phq9", label: __( "The first question", 'trd-widget' ) }, { value: "staging", label: __( "Treatment history", 'trd-widget' ) }, { value: "learn", label: __( "Explainers", 'trd-widget' ) }] },
    { key: "sections", name: "sections", label: __( "Sections (phq9, staging, learn)", 'trd-widget' ), kind: "sections", choices: [{ value: "phq9", label: __( "Symptom questions (PHQ-9)", 'trd-widget' ) }, { value: "staging", label: __( "Treatment history and staging", 'trd-widget' ) }, { value: "learn", label: __( "Explainers", 'trd-widget' ) }] },
    { key: "remember", name: "remember", label: __( "Offer to remember totals on the visitor's device (only if the visitor also chooses it)", 'trd-widget' ), kind: "flag" },
    { key: "events", name: "events", label: __( "Send events to the page (section names only)", 'trd-widget' ), kind: "flag" },
    { key: "theme", name: "theme", label: __( "Colours", 'trd-widget' ), kind: "choice", choices: [{ value: "", label: __( "Light, always", 'trd-widget' ) }, { value: "auto", label: __( "Follow the visitor's light or dark setting", 'trd-widget' ) }] },
  ];
  // What shows before the widget loads, or if it cannot (domain::crisis::FALLBACK).
  var FALLBACK = { en: "If you are in crisis, call or text 988.", es: "Si está en crisis, llame o envíe un mensaje de texto al 988." };
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
      // The same controls as the settings page: a switch for an opt-in, a
      // colour picker, a checkbox per section, a crisis line as a row (name,
      // how, number or address), a select for a choice, else a text field.
      var controls = OPTIONS.map(function (option) {
        var value = props.attributes[option.key] || '';
        var change = set(option.key);
        if (option.kind === 'flag') {
          return el(components.ToggleControl, {
            key: option.key,
            label: option.label,
            checked: value === 'true',
            onChange: function (on) {
              change(on ? 'true' : '');
            },
          });
        }
        if (option.kind === 'colour') {
          return el(components.TextControl, { key: option.key, label: option.label, type: 'color', value: value || '#145a8d', onChange: function (v) {
            change(v.toLowerCase() === '#145a8d' ? '' : v);
          } });
        }
        if (option.kind === 'sections') {
          var chosen = value ? value.split(',') : option.choices.map(function (c) { return c.value; });
          return el(components.BaseControl, { key: option.key, label: option.label, id: 'trd-' + option.key },
            option.choices.map(function (choice) {
              return el(components.CheckboxControl, {
                key: choice.value,
                label: choice.label,
                checked: chosen.indexOf(choice.value) >= 0,
                onChange: function (on) {
                  var next = option.choices.map(function (c) { return c.value; }).filter(function (v) {
                    return v === choice.value ? on : chosen.indexOf(v) >= 0;
                  });
                  change(next.length && next.length < option.choices.length ? next.join(',') : '');
                },
              });
            }));
        }
        if (option.kind === 'crisis-line') {
          // Stored as the widget reads it: "Label | number", "Label | sms:number" or "Label | https://…".
          var parts = value.split('|');
          var label = (parts[0] || '').trim();
          var target = (parts[1] || '').trim();
          var way = /^sms:/i.test(target) ? 'text' : /^http/i.test(target) ? 'web' : 'call';
          if (way === 'text') target = target.slice(4);
          var line = function (nextLabel, nextWay, nextTarget) {
            var name = nextLabel.replace(/\|/g, ' ').trim();
            var to = nextTarget.trim();
            change(name || to ? name + ' | ' + (nextWay === 'text' ? 'sms:' + to : to) : '');
          };
          return el(components.BaseControl, { key: option.key, label: option.label, id: 'trd-' + option.key },
            el(components.TextControl, { label: __( 'Name', 'trd-widget' ), value: label, onChange: function (v) { line(v, way, target); } }),
            el(components.SelectControl, {
              label: __( 'How', 'trd-widget' ),
              value: way,
              options: [
                { value: 'call', label: __( 'Call', 'trd-widget' ) },
                { value: 'text', label: __( 'Text', 'trd-widget' ) },
                { value: 'web', label: __( 'Website', 'trd-widget' ) },
              ],
              onChange: function (v) { line(label, v, target); },
            }),
            el(components.TextControl, { label: __( 'Number or address', 'trd-widget' ), value: target, onChange: function (v) { line(label, way, v); } }));
        }
        return el(option.kind === 'choice' ? components.SelectControl : components.TextControl, {
          key: option.key,
          label: option.label,
          options: option.choices,
          value: value,
          onChange: change,
        });
      });
      // The real widget in the canvas, with the block's options as its
      // attributes (React passes a custom element's string props through
      // as attributes), so the editor shows what visitors will see.
      var widget = {};
      OPTIONS.forEach(function (option) {
        if (props.attributes[option.key]) widget[option.name] = props.attributes[option.key];
      });
      return el(
        'div',
        blockEditor.useBlockProps({ className: 'trd-widget-placeholder' }),
        el(blockEditor.InspectorControls, null, el(components.PanelBody, { title: __( 'Depression self-check', 'trd-widget' ) }, controls)),
        el('trd-widget', widget, (widget.lang || document.documentElement.lang || '').toLowerCase().indexOf('es') === 0 ? FALLBACK.es : FALLBACK.en),
        el('p', { className: 'trd-widget-note' }, __( 'The widget as visitors will see it. Set its options in the sidebar.', 'trd-widget' ))
      );
    },
    save: function () {
      return null;
    },
  });
})(window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n);
