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
    // platform -> ui -> {domain, i18n, content, export};
    // export -> {domain, i18n, content}; content -> domain; i18n -> domain;
    // domain -> nothing.
    let allowed: &[(&str, &[&str])] = &[
        ("src/domain", &["domain"]),
        ("src/i18n", &["domain", "i18n"]),
        ("src/export", &["domain", "i18n", "content", "export"]),
        ("src/content", &["domain", "content"]),
        ("src/ui", &["domain", "i18n", "content", "export", "ui"]),
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
