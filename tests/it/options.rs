//! The option lists outside Rust (the loader, the frame page, the WordPress
//! plugin and block, the configurator) are generated from the domain's one
//! table, `src/domain/option_list.rs`; these checks fail when a generated
//! list is out of date or a hand-written page leaves an option out.

#[path = "../../build/option_lists.rs"]
mod option_lists;

use trd_widget::domain::option_list::{Kind, OPTIONS};

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn every_generated_option_list_is_current() {
    let files =
        option_lists::generate(|path| std::fs::read_to_string(path).map_err(|e| e.to_string()))
            .unwrap_or_else(|problem| panic!("{problem}"));
    let stale: Vec<&str> = files
        .iter()
        .filter(|file| read(file.path) != file.text)
        .map(|file| file.path)
        .collect();
    assert!(
        stale.is_empty(),
        "out of date: {stale:?}; run `cargo run --example option_lists` (make build does)"
    );
}

#[test]
fn the_readme_and_the_configurator_offer_every_option() {
    let readme = read("README.md");
    let options = readme.find("### Options").expect("README: ### Options");
    let from = options
        + readme[options..]
            .find("\n|")
            .expect("README: the Options table");
    let table = &readme[from..from + readme[from..].find("\n\n").unwrap_or(readme.len() - from)];
    let configure = read("demo/configure.html");
    for option in OPTIONS {
        // The README's row for crisis-line-2 is the `crisis-line-1` … `crisis-line-3` row.
        let documented = table.contains(&format!("`{}`", option.name))
            || (option.name == "crisis-line-2"
                && table.contains("`crisis-line-1` … `crisis-line-3`"));
        assert!(
            documented,
            "README's Options table has no row for {}",
            option.name
        );
        let control = match option.kind {
            Kind::Sections(_) => "name=\"section\"".to_owned(),
            _ => format!("name=\"{}\"", option.name),
        };
        assert!(
            configure.contains(&control),
            "demo/configure.html has no {control}"
        );
    }
}

#[test]
fn the_plugin_readme_is_in_the_wordpress_format_and_lists_every_option() {
    let readme = read("wordpress/trd-widget/readme.txt");
    let plugin = read("wordpress/trd-widget/trd-widget.php");
    let header = |text: &str, name: &str| -> Option<String> {
        text.lines()
            .find_map(|line| {
                line.trim_start_matches([' ', '*'])
                    .strip_prefix(&format!("{name}:"))
            })
            .map(|value| value.trim().to_owned())
    };
    for name in [
        "Contributors",
        "Requires at least",
        "Tested up to",
        "Requires PHP",
        "Stable tag",
        "License",
    ] {
        assert!(header(&readme, name).is_some(), "readme.txt has no {name}");
    }
    assert_eq!(
        header(&readme, "Stable tag"),
        header(&plugin, "Version"),
        "Stable tag is the plugin's version"
    );
    for section in [
        "== Description ==",
        "== Installation ==",
        "== Frequently Asked Questions ==",
        "== Privacy ==",
        "== Changelog ==",
    ] {
        assert!(readme.contains(section), "readme.txt has no {section}");
    }
    let options = &readme[readme.find("== Options ==").expect("== Options ==")..];
    for option in OPTIONS {
        let listed = options.contains(&format!("`{}`", option.shortcode()))
            || (option.name.starts_with("crisis-line-")
                && options.contains("`crisis_line_1` to `crisis_line_3`"))
            || (option.name == "booking-url" && options.contains("`clinic_url`, `booking_url`"));
        assert!(
            listed,
            "readme.txt's Options leave out {}",
            option.shortcode()
        );
    }
}

/// Every `<trd-widget …>` element written out in `text`: its `lang`
/// attribute and its text, comments removed and white space folded.
fn snippet_fallbacks(text: &str) -> Vec<(Option<String>, String)> {
    text.split("<trd-widget")
        .skip(1)
        .filter_map(|rest| {
            let (attributes, after) = rest.split_once('>')?;
            let (inner, _) = after.split_once("</trd-widget>")?;
            let lang = attributes
                .split("lang=\"")
                .nth(1)
                .and_then(|v| v.split('"').next())
                .map(str::to_owned);
            let mut words = String::new();
            let mut rest = inner;
            while let Some((before, comment)) = rest.split_once("<!--") {
                words.push_str(before);
                rest = comment.split_once("-->").map_or("", |(_, after)| after);
            }
            words.push_str(rest);
            let folded = words.split_whitespace().collect::<Vec<_>>().join(" ");
            Some((lang, folded))
        })
        .collect()
}

#[test]
fn every_written_snippet_shows_the_crisis_fallback_in_its_language() {
    use trd_widget::domain::crisis::FALLBACK;
    assert_eq!(
        snippet_fallbacks(
            "<trd-widget lang=\"es\" a=\"b\">\n <!-- x -->\n Hola  988.\n</trd-widget>"
        ),
        [(Some("es".to_owned()), "Hola 988.".to_owned())]
    );
    let mut seen = 0;
    for path in ["README.md", "index.html"] {
        for (lang, text) in snippet_fallbacks(&read(path)) {
            // `<trd-widget>` named in prose, or an element with no text.
            if text.is_empty() {
                continue;
            }
            seen += 1;
            let spanish = lang.as_deref().is_some_and(|l| l.starts_with("es"));
            let wanted = if spanish { FALLBACK.es } else { FALLBACK.en };
            assert_eq!(text, wanted, "{path}: a snippet with lang {lang:?}");
        }
    }
    assert!(seen >= 3, "only {seen} snippets found");
}
