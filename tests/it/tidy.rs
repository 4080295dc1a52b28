//! Architecture invariants as tests (see ARCHITECTURE.md, "Invariants").

use crate::source::{code_only, crate_modules, identifiers, rust_files};

/// Crates that know about the browser or the UI framework.
const BROWSER_CRATES: &[&str] = &["leptos", "web_sys", "js_sys", "wasm_bindgen", "gloo"];
/// Names through which code reaches the host page: its window, document
/// and storage, and the ways up to them from an element of the widget.
const HOST_PAGE: &[&str] = &[
    "window",
    "document",
    "navigator",
    "local_storage",
    "session_storage",
    "cookie",
    "owner_document",
    "default_view",
    "get_root_node",
    "global",
    "js_sys",
    "gloo",
];
/// The `web_sys` items `ui` may name: the widget's own elements, handed to
/// `Host` (which the platform implements) for anything beyond them.
const UI_WEB_SYS: &[&str] = &["Element", "HtmlElement"];

fn browser_crate_uses(source: &str) -> Vec<(usize, String)> {
    identifiers(source)
        .into_iter()
        .filter(|(_, word)| BROWSER_CRATES.contains(&word.as_str()))
        .collect()
}

/// Every way `source` reaches past the widget's own elements: a host-page
/// name, or a `web_sys` item beyond `UI_WEB_SYS`.
fn host_page_uses(source: &str) -> Vec<(usize, String)> {
    let code = code_only(source);
    let mut uses: Vec<(usize, String)> = identifiers(source)
        .into_iter()
        .filter(|(_, word)| HOST_PAGE.contains(&word.as_str()))
        .collect();
    for (n, line) in code.lines().enumerate() {
        for rest in line.split("web_sys::").skip(1) {
            let rest = rest.trim_start();
            let items: Vec<&str> = match rest.strip_prefix('{') {
                Some(group) => group
                    .split('}')
                    .next()
                    .unwrap_or_default()
                    .split(',')
                    .collect(),
                None => vec![rest],
            };
            for item in items {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !UI_WEB_SYS.contains(&name.as_str()) {
                    uses.push((n + 1, format!("web_sys::{name}")));
                }
            }
        }
    }
    uses
}

#[test]
fn the_checker_finds_what_it_looks_for() {
    let words = |found: Vec<(usize, String)>| -> Vec<(usize, String)> { found };
    assert_eq!(
        words(browser_crate_uses("use leptos::prelude::*;")),
        vec![(1, "leptos".to_owned())]
    );
    assert_eq!(
        browser_crate_uses("fn f() {}\nlet w = web_sys::window();"),
        vec![(2, "web_sys".to_owned())]
    );
    assert!(browser_crate_uses("// leptos only in a comment").is_empty());
    assert!(browser_crate_uses("/* leptos\n in a block */").is_empty());
    assert!(browser_crate_uses("let leptos_like = 1;").is_empty());
    assert!(browser_crate_uses(r#"let s = "leptos";"#).is_empty());
    // Code after a string holding `//` is still read (review 3, C4).
    assert_eq!(
        browser_crate_uses(r#"let u = "https://x"; leptos::mount();"#).len(),
        1
    );
    assert_eq!(host_page_uses("let d = window().document();").len(), 2);
    // The ways up from an element to its page (probed in review 3, C4).
    assert_eq!(host_page_uses("let d = el.owner_document();").len(), 1);
    assert!(!host_page_uses("let g = js_sys::global();").is_empty());
    assert_eq!(
        host_page_uses("use web_sys::{Element, ScrollIntoViewOptions};"),
        vec![(1, "web_sys::ScrollIntoViewOptions".to_owned())]
    );
    assert!(host_page_uses("fn f(e: &web_sys::Element) {}").is_empty());
    assert_eq!(
        crate_modules("use crate::ui::WidgetRoot;"),
        vec![(1, "ui".to_owned())]
    );
    // Every path on a line, and every branch of a group (review 3, C4).
    assert_eq!(
        crate_modules("use crate::domain::x; use crate::platform::y;"),
        vec![(1, "domain".to_owned()), (1, "platform".to_owned())]
    );
    assert_eq!(
        crate_modules("use crate::{\n    domain::x,\n    platform::{a, b},\n};"),
        vec![(1, "domain".to_owned()), (1, "platform".to_owned())]
    );
    assert!(crate_modules(r#"let s = "crate::platform";"#).is_empty());
}

/// The modules that know nothing of the browser or Leptos.
const PURE: [&str; 5] = [
    "src/domain",
    "src/i18n",
    "src/export",
    "src/content",
    "src/present",
];

#[test]
fn domain_i18n_export_and_content_are_pure_rust() {
    for dir in PURE {
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
    for dir in PURE.into_iter().chain(["src/ui"]) {
        for (path, text) in rust_files(dir) {
            let uses = host_page_uses(&text);
            assert!(
                uses.is_empty(),
                "{} reaches beyond the widget's own elements through {uses:?}; only src/platform may (ui asks Host)",
                path.display()
            );
        }
    }
}

#[test]
fn dependencies_point_one_way() {
    // platform -> ui -> {present, domain, i18n, content, export}; `split`
    // (the split-point macro) is for ui and platform; present -> {domain, i18n};
    // export -> {domain, i18n, content}; content -> domain; i18n -> domain;
    // domain -> nothing.
    let allowed: &[(&str, &[&str])] = &[
        ("src/domain", &["domain"]),
        ("src/i18n", &["domain", "i18n"]),
        ("src/export", &["domain", "i18n", "content", "export"]),
        ("src/content", &["domain", "content"]),
        ("src/present", &["domain", "i18n", "present"]),
        (
            "src/ui",
            &[
                "domain", "i18n", "content", "export", "present", "ui", "split",
            ],
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
    use crate::source::{code_only, rust_files};
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
            for (n, line) in code_only(&text).lines().enumerate() {
                let code = line;
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

    /// The codemap's rows: the paths in the first cell, and the whole row.
    fn codemap_rows(map: &str) -> Vec<(Vec<String>, String)> {
        let start = map.find("## Codemap").expect("a codemap section");
        let end = map[start..].find("\n## ").map_or(map.len(), |e| start + e);
        map[start..end]
            .lines()
            .filter(|l| l.starts_with("| `"))
            .map(|row| {
                let first = row.split('|').nth(1).unwrap_or_default();
                let paths = first
                    .split('`')
                    .skip(1)
                    .step_by(2)
                    .map(str::to_owned)
                    .collect();
                (paths, row.to_owned())
            })
            .collect()
    }

    /// Whether the codemap names `file` (a path from the repository root)
    /// by itself: its path in a first cell, or its folder in a first cell
    /// and its own name in that row. A folder's `mod.rs` is its folder's row.
    fn named_in(rows: &[(Vec<String>, String)], file: &str) -> bool {
        let (dir, name) = file.rsplit_once('/').map_or(("", file), |(d, n)| (d, n));
        rows.iter().any(|(paths, row)| {
            paths.iter().any(|p| p == file)
                || (!dir.is_empty()
                    && paths.iter().any(|p| *p == format!("{dir}/"))
                    && (name == "mod.rs" || row.contains(&format!("`{name}`"))))
        })
    }

    /// Whether the codemap names `file` itself or any folder above it.
    fn covered_in(rows: &[(Vec<String>, String)], file: &str) -> bool {
        let mut dir = file;
        let mut covered = named_in(rows, file);
        while let Some((parent, _)) = dir.rsplit_once('/') {
            covered |= rows
                .iter()
                .any(|(paths, _)| paths.iter().any(|p| *p == format!("{parent}/")));
            dir = parent;
        }
        covered
    }

    /// Folders whose every file the codemap names one by one.
    const NAMED_ONE_BY_ONE: &[&str] = &[
        "src", "scripts", "build", "examples", "style", "demo", "bench",
    ];
    /// Build output and installed tools: not the project's files.
    const NOT_OURS: &[&str] = &["target", "dist", "node_modules", ".git", ".tools", "report"];

    fn project_files(dir: &std::path::Path, out: &mut Vec<String>) {
        let root = crate::source::root();
        for entry in std::fs::read_dir(dir).expect("read dir") {
            let path = entry.expect("entry").path();
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            if NOT_OURS.contains(&name.as_str()) || name.starts_with("results") {
                continue;
            }
            let relative = path
                .strip_prefix(&root)
                .expect("below the root")
                .display()
                .to_string();
            if path.is_dir() {
                project_files(&path, out);
            } else if !(dir == root.as_path() && name.starts_with('.')) {
                out.push(relative);
            }
        }
    }

    #[test]
    fn the_codemap_checker_is_exact() {
        let rows = codemap_rows(
            "## Codemap\n| `src/ui/staging/` | `card.rs`, `list.rs` |\n| `Trunk.toml` | x |\n| `tests/e2e/` | y |\n## Next",
        );
        assert!(named_in(&rows, "src/ui/staging/card.rs"));
        assert!(named_in(&rows, "src/ui/staging/mod.rs"));
        assert!(named_in(&rows, "Trunk.toml"));
        // A file under a named folder is not named by the folder alone
        // (probed in review 3, C4).
        assert!(!named_in(&rows, "src/ui/staging/unlisted_widget.rs"));
        assert!(!named_in(&rows, "src/ui/staging/deeper/card.rs"));
        assert!(covered_in(&rows, "tests/e2e/specs/a.spec.mjs"));
        assert!(!covered_in(&rows, "tests/it/a.rs"));
    }

    #[test]
    fn the_codemap_names_every_file_and_only_files_that_exist() {
        let map = read("ARCHITECTURE.md");
        let rows = codemap_rows(&map);
        let root = crate::source::root();
        let mut files = Vec::new();
        project_files(&root, &mut files);
        let mut missing = Vec::new();
        for file in &files {
            let one_by_one = NAMED_ONE_BY_ONE
                .iter()
                .any(|dir| file.starts_with(&format!("{dir}/")))
                || !file.contains('/');
            let ok = if one_by_one {
                named_in(&rows, file)
            } else {
                covered_in(&rows, file)
            };
            if !ok {
                missing.push(file.clone());
            }
        }
        missing.sort();
        assert!(
            missing.is_empty(),
            "not in ARCHITECTURE.md's codemap: {missing:#?}"
        );
        for (paths, _) in &rows {
            for path in paths {
                assert!(
                    root.join(path).exists(),
                    "the codemap names {path}, which is not there"
                );
            }
        }
    }

    /// Files that may create effects or signals, and why. Everything else
    /// is derived from the one `Session` signal (ARCHITECTURE.md, "State").
    const STATE_OWNERS: &[(&str, &str)] = &[
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
            "the Session and config signals; the one effect that follows the session (storage, events)",
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
            "RenderEffect::new",
            "RwSignal::new",
            "ArcRwSignal::new",
            "StoredValue::new",
            "ArcStoredValue::new",
            "Trigger::new",
            "signal(",
        ]
        .iter()
        .any(|make| code.contains(make))
    }

    #[test]
    fn only_listed_files_create_effects_or_signals() {
        assert!(creates_state("let x = RwSignal::new(1);"));
        assert!(!creates_state("let x = Memo::new(|_| 1);"));
        assert!(creates_state("let x = ArcRwSignal::new(1);"));
        assert!(creates_state("RenderEffect::new(|_| ());"));
        for (path, text) in rust_files("src") {
            let full = path.display().to_string();
            let path = &full[full.rfind("/src/").map_or(0, |i| i + 1)..];
            let creates = creates_state(&code_only(&text));
            let listed = STATE_OWNERS.iter().any(|(file, _)| *file == path);
            assert!(
                !creates || listed,
                "{path} creates an effect or signal; derive it from Session, or add it to STATE_OWNERS with a reason"
            );
        }
        for (file, _) in STATE_OWNERS {
            assert!(
                crate::source::root().join(file).exists(),
                "STATE_OWNERS lists {file}, which is not there"
            );
        }
    }

    /// The bodies of the `Effect::new(…)` calls in `code`.
    fn effect_bodies(code: &str) -> Vec<&str> {
        code.match_indices("Effect::new(")
            .map(|(at, call)| {
                let body = &code[at + call.len()..];
                let mut depth = 1usize;
                let end = body
                    .char_indices()
                    .find(|(_, c)| {
                        match c {
                            '(' => depth += 1,
                            ')' => depth -= 1,
                            _ => {}
                        }
                        depth == 0
                    })
                    .map_or(body.len(), |(i, _)| i);
                &body[..end]
            })
            .collect()
    }

    fn writes_a_signal(body: &str) -> bool {
        [
            ".set(",
            ".update(",
            ".try_update(",
            ".try_set(",
            ".write(",
            ".session(",
        ]
        .iter()
        .any(|write| body.contains(write))
    }

    #[test]
    fn no_effect_writes_a_signal() {
        let probe = "Effect::new(move |_| { if x.get() { y.set(1) } }); z.set(2);";
        assert_eq!(effect_bodies(probe).len(), 1);
        assert!(writes_a_signal(effect_bodies(probe)[0]));
        assert!(!writes_a_signal(
            effect_bodies("Effect::new(move |_| f(x.get()));")[0]
        ));
        let mut effects = 0;
        for (path, text) in rust_files("src") {
            for body in effect_bodies(&code_only(&text)) {
                effects += 1;
                assert!(
                    !writes_a_signal(body),
                    "{}: an effect writes a signal; derive the value from Session instead",
                    path.display()
                );
            }
        }
        assert!(effects >= 5, "only {effects} effects found");
    }

    /// The changes a view makes to the session: each `ctx.session(…)` call's
    /// closure, which must be one call of a public `Session` method.
    fn session_steps(code: &str) -> Vec<Result<String, String>> {
        code.split("ctx.session(")
            .skip(1)
            .map(|call| {
                let body = call.trim_start();
                let Some(rest) = body.strip_prefix("|s|") else {
                    let word: String = body
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if !word.is_empty() && body[word.len()..].trim_start().starts_with(')') {
                        return Err(word);
                    }
                    return Err(body.chars().take(40).collect());
                };
                let rest = rest.trim_start();
                let rest = rest.strip_prefix('{').map(str::trim_start).unwrap_or(rest);
                let Some(rest) = rest.strip_prefix("s.") else {
                    // `|s| on_remove(s, index)`: a prop holding a method.
                    let word: String = rest
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if !word.is_empty() && rest[word.len()..].starts_with("(s") {
                        return Err(word);
                    }
                    return Err(rest.chars().take(40).collect());
                };
                let method: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                // One call: after its parentheses close, only the closure's end.
                let after = &rest[method.len()..];
                let mut depth = 0usize;
                let mut end = after.len();
                for (i, c) in after.char_indices() {
                    match c {
                        '(' => depth += 1,
                        ')' if depth == 1 => {
                            end = i + 1;
                            break;
                        }
                        ')' => depth = depth.saturating_sub(1),
                        _ => {}
                    }
                }
                let tail = after[end..].trim_start();
                let tail = tail.strip_prefix(';').unwrap_or(tail).trim_start();
                let tail = tail.strip_prefix('}').unwrap_or(tail).trim_start();
                if tail.starts_with(')') {
                    Ok(method)
                } else {
                    Err(format!("{method}{}", &after[..end.min(after.len())]))
                }
            })
            .collect()
    }

    /// Every `pub fn` of `impl Session`, by name.
    fn session_methods() -> Vec<String> {
        let text = read("src/domain/session.rs");
        let code = &text[..text.find("#[cfg(test)]").unwrap_or(text.len())];
        code.lines()
            .filter_map(|l| l.trim().strip_prefix("pub fn "))
            .map(|rest| {
                rest.chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect()
            })
            .collect()
    }

    #[test]
    fn every_change_of_the_session_is_one_session_method() {
        assert_eq!(
            session_steps("ctx.session(|s| s.open_summary())"),
            [Ok("open_summary".to_owned())]
        );
        assert_eq!(
            session_steps("ctx.session(|s| {\n s.change_draft(DraftChange::Weeks(t))\n })"),
            [Ok("change_draft".to_owned())]
        );
        assert!(session_steps("ctx.session(|s| s.staging_mut().start())")[0].is_err());
        assert!(session_steps("ctx.session(|s| { s.forget(); s.open_phq9() })")[0].is_err());
        assert!(session_steps("ctx.session(|x| x.forget())")[0].is_err());
        let methods = session_methods();
        assert!(methods.contains(&"open_summary".to_owned()));
        let mut calls = 0;
        for (path, text) in rust_files("src/ui") {
            let code = code_only(&text);
            for step in session_steps(&code) {
                calls += 1;
                match step {
                    Ok(method) => assert!(
                        methods.contains(&method),
                        "{}: ctx.session calls {method}, not a public Session method",
                        path.display()
                    ),
                    // A prop that holds a `Session` method (NavButtons,
                    // SavedRow), given as `on_next=Session::see_results`.
                    Err(param)
                        if code.contains(&format!("{param}: fn(&mut Session"))
                            || code.contains(&format!("{param}: Option<fn(&mut Session")) => {}
                    Err(code) => panic!(
                        "{}: ctx.session(|s| s.method(…)) with one Session method, not {code}",
                        path.display()
                    ),
                }
            }
            // Methods passed as values (`on_next=Session::see_results`).
            for named in code.split("Session::").skip(1) {
                let name: String = named
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                let known = methods.contains(&name) || name == "SCREENS";
                assert!(
                    known,
                    "{}: Session::{name} is not a public Session method",
                    path.display()
                );
            }
        }
        assert!(calls > 40, "only {calls} session calls found");
    }

    /// Sentence building that belongs in `i18n`, found on one line of a view.
    fn builds_sentences(code: &str) -> bool {
        let fills = crate::source::identifiers(code)
            .iter()
            .any(|(_, word)| word == "fill");
        fills || (code.contains("format!") && code.contains("copy()"))
    }

    #[test]
    fn views_take_whole_sentences_from_i18n() {
        assert!(builds_sentences("let x = fill(t.a, &[]);"));
        assert!(builds_sentences(r#"format!("{} {}", ctx.copy().ui.a, n)"#));
        assert!(!builds_sentences(r#"format!("trd-term-{index}")"#));
        for (path, text) in rust_files("src/ui") {
            for (n, line) in code_only(&text).lines().enumerate() {
                assert!(
                    !builds_sentences(line),
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
