//! The option names are written in four places outside Rust (the loader's
//! observed attributes, the frame page, the WordPress plugin, the
//! configurator); each must list exactly the domain's options.

use std::collections::BTreeSet;

use trd_widget::domain::options::OPTION_NAMES;

fn all() -> BTreeSet<String> {
    ["lang", "clinic-name", "clinic-phone"]
        .into_iter()
        .chain(OPTION_NAMES)
        .map(str::to_owned)
        .collect()
}

/// The quoted option-like names between `start` and the next `]` or `)`.
fn listed(file: &str, start: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(file).expect(file);
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("{file}: no {start}"));
    let rest = &text[from + start.len()..];
    let end = rest.find([']', ')']).expect("end of list");
    rest[..end]
        .split(['\'', '"'])
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

fn without(names: &[&str]) -> BTreeSet<String> {
    let mut set = all();
    for name in names {
        set.remove(*name);
    }
    set
}

#[test]
fn every_list_of_options_matches_the_domain() {
    // `start` applies only when a widget opens, so it is not observed.
    assert_eq!(
        listed("src/platform/loader.js", "const OBSERVED = ["),
        without(&["start"])
    );
    assert_eq!(
        listed(
            "wordpress/trd-widget/trd-widget.php",
            "const TRD_WIDGET_OPTIONS = array("
        ),
        all()
    );
    // A frame has no host page to remember for or to send events to.
    assert_eq!(
        listed("src/platform/frame.js", "var OPTIONS = ["),
        without(&["remember", "events"])
    );
    // The configurator's text fields; colour, sections and events are
    // controls of their own, and remembering is the visitor's choice.
    assert_eq!(
        listed("demo/configure.js", "var TEXT = ["),
        without(&["accent-color", "sections", "remember", "events", "theme"])
    );
}
