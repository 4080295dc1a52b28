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
    // The configurator's text fields and selects, then its checkboxes;
    // colour and sections are controls of their own.
    assert_eq!(
        listed("demo/configure.js", "var TEXT = ["),
        without(&["accent-color", "sections", "remember", "events"])
    );
    assert_eq!(
        listed("demo/configure.js", "var FLAGS = ["),
        ["remember", "events"].map(str::to_owned).into()
    );
}

/// `clinic-name` → `clinicName`, as the block stores attributes.
fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        match c {
            '-' => upper = true,
            c if upper => {
                out.extend(c.to_uppercase());
                upper = false;
            }
            c => out.push(c),
        }
    }
    out
}

#[test]
fn the_block_offers_every_option_in_its_sidebar() {
    let json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string("wordpress/trd-widget/block/block.json").expect("block.json"),
    )
    .expect("block.json is JSON");
    let attributes: BTreeSet<String> = json["attributes"]
        .as_object()
        .expect("attributes")
        .keys()
        .cloned()
        .collect();
    let expected: BTreeSet<String> = all().iter().map(|n| camel(n)).collect();
    assert_eq!(attributes, expected);
    // Each attribute has its control in the editor's sidebar.
    let editor =
        std::fs::read_to_string("wordpress/trd-widget/block/editor.js").expect("editor.js");
    let missing: Vec<&String> = attributes
        .iter()
        .filter(|a| !editor.contains(&format!("['{a}', ")))
        .collect();
    assert!(missing.is_empty(), "no control for {missing:?}");
}
