//! Architecture invariants as tests (see ARCHITECTURE.md, "Invariants").

use crate::source::{crate_modules, identifiers, rust_files};

/// Crates that know about the browser or the UI framework.
const BROWSER_CRATES: &[&str] = &["leptos", "web_sys", "js_sys", "wasm_bindgen", "gloo"];
/// Names through which code reaches the host page.
const HOST_PAGE: &[&str] = &[
    "window",
    "document",
    "navigator",
    "local_storage",
    "session_storage",
    "cookie",
];

fn browser_crate_uses(source: &str) -> Vec<(usize, &str)> {
    identifiers(source)
        .filter(|(_, word)| BROWSER_CRATES.contains(word))
        .collect()
}

fn host_page_uses(source: &str) -> Vec<(usize, &str)> {
    identifiers(source)
        .filter(|(_, word)| HOST_PAGE.contains(word))
        .collect()
}

#[test]
fn the_checker_finds_what_it_looks_for() {
    assert_eq!(
        browser_crate_uses("use leptos::prelude::*;"),
        vec![(1, "leptos")]
    );
    assert_eq!(
        browser_crate_uses("fn f() {}\nlet w = web_sys::window();"),
        vec![(2, "web_sys")]
    );
    assert!(browser_crate_uses("// leptos only in a comment").is_empty());
    assert!(browser_crate_uses("let leptos_like = 1;").is_empty());
    assert_eq!(host_page_uses("let d = window().document();").len(), 2);
    assert_eq!(
        crate_modules("use crate::ui::WidgetRoot;"),
        vec![(1, "ui".to_owned())]
    );
}

#[test]
fn domain_i18n_export_and_content_are_pure_rust() {
    for dir in ["src/domain", "src/i18n", "src/export", "src/content"] {
        for (path, text) in rust_files(dir) {
            let uses = browser_crate_uses(&text);
            assert!(
                uses.is_empty(),
                "{} uses {uses:?}; {dir} must stay pure",
                path.display()
            );
        }
    }
}

#[test]
fn only_platform_touches_the_host_page() {
    for dir in [
        "src/domain",
        "src/i18n",
        "src/export",
        "src/content",
        "src/ui",
    ] {
        for (path, text) in rust_files(dir) {
            let uses = host_page_uses(&text);
            assert!(
                uses.is_empty(),
                "{} reaches the host page through {uses:?}; only src/platform may",
                path.display()
            );
        }
    }
}

#[test]
fn dependencies_point_one_way() {
    // platform -> ui -> {domain, i18n, content, export}; `split` (the
    // split-point macro) is for ui and platform;
    // export -> {domain, i18n, content}; content -> domain; i18n -> domain;
    // domain -> nothing.
    let allowed: &[(&str, &[&str])] = &[
        ("src/domain", &["domain"]),
        ("src/i18n", &["domain", "i18n"]),
        ("src/export", &["domain", "i18n", "content", "export"]),
        ("src/content", &["domain", "content"]),
        (
            "src/ui",
            &["domain", "i18n", "content", "export", "ui", "split"],
        ),
    ];
    for (dir, may_use) in allowed {
        for (path, text) in rust_files(dir) {
            for (line, module) in crate_modules(&text) {
                assert!(
                    may_use.contains(&module.as_str()),
                    "{}:{line} uses crate::{module}; {dir} may use only {may_use:?}",
                    path.display()
                );
            }
        }
    }
}

/// Conventions from ARCHITECTURE.md that are easy to break without noticing.
mod conventions {
    use crate::source::rust_files;
    use trd_widget::domain::session::Session;

    fn read(path: &str) -> String {
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    #[test]
    fn leptos_delegation_stays_off() {
        // Delegated events do not cross shadow-root boundaries.
        let cargo = read("Cargo.toml");
        let leptos = cargo
            .lines()
            .find(|l| l.trim_start().starts_with("leptos ="))
            .expect("leptos dependency");
        assert!(!leptos.contains("delegation"), "{leptos}");
    }

    #[test]
    fn no_inline_styles_in_views() {
        // A strict style-src blocks style attributes; classes and the
        // CSSOM (platform/styles.rs) are the only ways to style.
        for (path, text) in rust_files("src/ui") {
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or_default();
                assert!(
                    !code.contains(" style=") && !code.contains(" style:"),
                    "{}:{}: inline style",
                    path.display(),
                    n + 1
                );
            }
        }
    }

    #[test]
    fn the_readme_lists_every_data_screen() {
        let readme = read("README.md");
        let row = readme
            .lines()
            .find(|l| l.contains("widget wrapper `.trd`"))
            .expect("the test-contract row");
        let after = row
            .split("`data-screen`")
            .nth(1)
            .expect("data-screen in the row");
        let listed: Vec<&str> = after.split('`').skip(1).step_by(2).collect();
        for screen in Session::SCREENS {
            assert!(
                listed.contains(&screen),
                "README lacks data-screen {screen}"
            );
        }
        for value in listed.iter().filter(|v| {
            !v.contains('.') && **v != "lang" && **v != "data-screen" && !v.contains('/')
        }) {
            assert!(
                Session::SCREENS.contains(value),
                "README lists unknown data-screen {value}"
            );
        }
    }

    #[test]
    fn every_source_file_is_in_the_codemap() {
        let map = read("ARCHITECTURE.md");
        for (path, _) in rust_files("src") {
            let full = path.display().to_string();
            let path = &full[full.rfind("/src/").map_or(0, |i| i + 1)..];
            // The file itself, or a folder of it written as `dir/`.
            let mut named = map.contains(&format!("`{path}`"));
            let mut dir = path;
            while let Some((parent, _)) = dir.rsplit_once('/') {
                named |= map.contains(&format!("`{parent}/`"));
                dir = parent;
            }
            assert!(named, "{path} is not in ARCHITECTURE.md's codemap");
        }
    }

    /// Files that may create effects or signals, and why. Everything else
    /// is derived from the one `Session` signal (ARCHITECTURE.md, "State").
    const STATE_OWNERS: &[(&str, &str)] = &[
        (
            "src/ui/frame/widget_root.rs",
            "the Session and config signals",
        ),
        ("src/ui/context.rs", "whether the first heading was shown"),
        (
            "src/ui/frame/screen_heading.rs",
            "focus moves to a new screen's heading",
        ),
        (
            "src/ui/controls/form_focus.rs",
            "focus on a form, its first error, and back to its opener",
        ),
        (
            "src/ui/crisis/crisis_panel.rs",
            "the panel scrolls into view",
        ),
        (
            "src/ui/learn/glossary_term.rs",
            "one term's disclosure: transient",
        ),
        (
            "src/ui/summary/summary_screen.rs",
            "a refused print or download: transient",
        ),
        (
            "src/platform/mount.rs",
            "events to the host page, sent once each",
        ),
        (
            "src/ui/frame/lazy_screen.rs",
            "\"try again\" for a screen whose file did not load: transient",
        ),
        (
            "src/ui/frame/screen_switch.rs",
            "fetches the review and result ahead while the visitor answers",
        ),
    ];

    fn creates_state(code: &str) -> bool {
        [
            "Effect::new",
            "RwSignal::new",
            "StoredValue::new",
            "signal(",
        ]
        .iter()
        .any(|make| code.contains(make))
    }

    #[test]
    fn only_listed_files_create_effects_or_signals() {
        assert!(creates_state("let x = RwSignal::new(1);"));
        assert!(!creates_state("let x = Memo::new(|_| 1);"));
        for (path, text) in rust_files("src") {
            let full = path.display().to_string();
            let path = &full[full.rfind("/src/").map_or(0, |i| i + 1)..];
            let creates = text
                .lines()
                .any(|line| creates_state(line.split("//").next().unwrap_or_default()));
            let listed = STATE_OWNERS.iter().any(|(file, _)| *file == path);
            assert!(
                !creates || listed,
                "{path} creates an effect or signal; derive it from Session, or add it to STATE_OWNERS with a reason"
            );
        }
    }

    /// Sentence building that belongs in `i18n`, found on one line of a view.
    fn builds_sentences(code: &str) -> bool {
        let fills = crate::source::identifiers(code).any(|(_, word)| word == "fill");
        fills || (code.contains("format!") && code.contains("copy()"))
    }

    #[test]
    fn views_take_whole_sentences_from_i18n() {
        assert!(builds_sentences("let x = fill(t.a, &[]);"));
        assert!(builds_sentences(r#"format!("{} {}", ctx.copy().ui.a, n)"#));
        assert!(!builds_sentences(r#"format!("trd-term-{index}")"#));
        for (path, text) in rust_files("src/ui") {
            for (n, line) in text.lines().enumerate() {
                assert!(
                    !builds_sentences(line.split("//").next().unwrap_or_default()),
                    "{}:{}: build the sentence in an i18n helper",
                    path.display(),
                    n + 1
                );
            }
        }
    }

    #[test]
    fn one_accessor_reaches_every_catalogue() {
        // thaw's use_locale(): `copy(lang).staging().x`, never a second
        // per-catalogue accessor beside it.
        let mut accessors = Vec::new();
        for (path, text) in rust_files("src/i18n") {
            for line in text.lines() {
                if let Some(rest) = line.trim().strip_prefix("pub fn ") {
                    if rest.contains("(lang: Lang) -> &'static") {
                        let name = rest.split('(').next().unwrap_or_default().to_owned();
                        accessors.push(format!("{}: {name}", path.display()));
                    }
                }
            }
        }
        assert_eq!(accessors.len(), 1, "{accessors:?}");
        assert!(accessors[0].ends_with(": copy"), "{accessors:?}");
    }

    /// A test-contract attribute given a literal value (in a view or in
    /// an HTML string), rather than a `{}` filled from a slug.
    fn literal_contract_value(code: &str) -> bool {
        let names = [
            "data-instrument",
            "data-level",
            "data-stage",
            "data-screen",
            "data-topic",
        ];
        names.iter().any(|name| {
            code.split(&format!("{name}=")).skip(1).any(|rest| {
                let value = rest.trim_start_matches(['\\', '"']);
                rest.starts_with(['\\', '"']) && value.starts_with(|c: char| c.is_alphanumeric())
            })
        })
    }

    #[test]
    fn contract_values_come_from_domain_slugs() {
        assert!(literal_contract_value(
            r#"<section data-instrument="maudsley">"#
        ));
        assert!(literal_contract_value(
            r#"out.push_str("<div data-level=\"mild\">")"#
        ));
        assert!(!literal_contract_value(
            r#"format!("<div data-level=\"{}\">", s)"#
        ));
        assert!(!literal_contract_value(
            "data-instrument=Method::Maudsley.slug()"
        ));
        for dir in ["src/ui", "src/export"] {
            for (path, text) in rust_files(dir) {
                for (n, line) in text.lines().enumerate() {
                    assert!(
                        !literal_contract_value(line),
                        "{}:{}: take the value from a domain slug()",
                        path.display(),
                        n + 1
                    );
                }
            }
        }
    }

    #[test]
    fn one_component_per_file() {
        for (path, text) in rust_files("src/ui") {
            let components = text.matches("#[component]").count();
            assert!(
                components <= 1,
                "{} has {components} components; give each its own file",
                path.display()
            );
        }
    }
}
