//! Every text exists in every language.

use trd_widget::domain::crisis::resources;
use trd_widget::domain::lang::{Lang, Localized};
use trd_widget::domain::phq9::PHQ9;
use trd_widget::i18n::{every_catalogue, placeholders};

/// Keys that are empty on purpose in English (the Spanish band-name note).
const EMPTY_IN_ENGLISH: &[&str] = &["band_names_note"];
/// Keys whose text is the same in both languages on purpose (citations).
const SAME_IN_BOTH: &[&str] = &[
    "msm_source",
    "mghs_source",
    "answer_points",
    "no",
    "progress_entry",
    "mghs_part_line",
];

#[test]
fn every_catalogue_is_translated_with_the_same_placeholders() {
    for catalogue in trd_widget::i18n::every_catalogue() {
        check_catalogues(catalogue.en, catalogue.es);
    }
}

fn check_catalogues(en: Vec<(&str, &str)>, es: Vec<(&str, &str)>) {
    assert_eq!(en.len(), es.len());
    for ((key, english), (es_key, spanish)) in en.into_iter().zip(es) {
        assert_eq!(key, es_key);
        assert!(!spanish.trim().is_empty(), "{key} is empty in Spanish");
        if EMPTY_IN_ENGLISH.contains(&key) {
            continue;
        }
        assert!(!english.trim().is_empty(), "{key} is empty in English");
        if !SAME_IN_BOTH.contains(&key) {
            assert_ne!(english, spanish, "{key} is not translated");
        }
        let mut en_names = placeholders(english);
        let mut es_names = placeholders(spanish);
        en_names.sort_unstable();
        es_names.sort_unstable();
        assert_eq!(en_names, es_names, "{key} has different placeholders");
    }
}

fn check_localized(what: &str, text: &Localized) {
    for lang in Lang::ALL {
        assert!(
            !text.get(lang).trim().is_empty(),
            "{what} is empty in {lang:?}"
        );
    }
}

#[test]
fn every_instrument_text_exists_in_every_language() {
    check_localized("PHQ-9 name", &PHQ9.name);
    check_localized("PHQ-9 attribution", &PHQ9.attribution);
    for item in PHQ9.items {
        check_localized(item.link_id, &item.text);
        assert_ne!(item.text.en, item.text.es, "{}", item.link_id);
        if let Some(stem) = &item.stem {
            check_localized(item.link_id, stem);
        }
        for option in item.options {
            check_localized(item.link_id, &option.label);
            assert_ne!(option.label.en, option.label.es);
        }
    }
}

#[test]
fn every_language_has_crisis_resources() {
    for lang in Lang::ALL {
        let block = resources(lang);
        assert!(!block.heading.is_empty());
        assert!(block.lines.len() >= 4, "{lang:?}");
    }
}

#[test]
fn every_catalogue_carries_its_language() {
    use trd_widget::i18n::copy;
    for lang in Lang::ALL {
        let c = copy(lang);
        let carried = [
            ("ui", c.ui.lang),
            ("answers", c.answers().lang),
            ("staging", c.staging().lang),
            ("learn", c.learn().lang),
            ("summary", c.summary().lang),
        ];
        for (name, carried) in carried {
            assert_eq!(
                carried, lang,
                "copy({lang:?}).{name} says it is {carried:?}"
            );
        }
    }
}

/// One `fill(template, &[("slot", …), …])` call in the source: the
/// catalogue key its template comes from (`None` for a template chosen in
/// code), and the slot names it fills.
#[derive(Debug, PartialEq)]
struct FillCall {
    at: String,
    key: Option<String>,
    slots: Vec<String>,
}

fn fill_calls(file: &str, source: &str) -> Vec<FillCall> {
    let mut calls = Vec::new();
    for (at, _) in source.match_indices("fill(") {
        let before = source[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
        let line = &source[line_start..];
        if line.trim_start().starts_with("//") || line.trim_start().starts_with("pub fn fill") {
            continue;
        }
        // The call's arguments, up to its closing parenthesis.
        let args = &source[at + "fill(".len()..];
        let mut depth = 1usize;
        let end = args
            .char_indices()
            .find(|(_, c)| {
                match c {
                    '(' | '[' => depth += 1,
                    ')' | ']' => depth -= 1,
                    _ => {}
                }
                depth == 0
            })
            .map_or(args.len(), |(i, _)| i);
        let args = &args[..end];
        let template = args.split(',').next().unwrap_or_default().trim();
        let key = template
            .contains('.')
            .then(|| template.rsplit('.').next().unwrap_or_default().to_owned());
        let slots = args
            .split("(\"")
            .skip(1)
            .filter_map(|rest| rest.split_once('"'))
            .filter(|(_, after)| after.trim_start().starts_with(','))
            .map(|(name, _)| name.to_owned())
            .collect();
        let line_number = source[..at].matches('\n').count() + 1;
        calls.push(FillCall {
            at: format!("{file}:{line_number}"),
            key,
            slots,
        });
    }
    calls
}

#[test]
fn the_fill_reader_reads_keys_and_slots() {
    let calls = fill_calls(
        "x.rs",
        "let a = fill(self.tr_figure, &[(\"stage\", s.slug()), (\"n\", &f(1, 2))]);\n// fill(self.no, &[])\nfill(template, &[(\"amount\", &a)])",
    );
    assert_eq!(
        calls,
        [
            FillCall {
                at: "x.rs:1".into(),
                key: Some("tr_figure".into()),
                slots: vec!["stage".into(), "n".into()]
            },
            FillCall {
                at: "x.rs:3".into(),
                key: None,
                slots: vec!["amount".into()]
            },
        ]
    );
}

#[test]
fn every_fill_names_exactly_its_templates_placeholders() {
    // Placeholders checked as if typed: each call site fills exactly the
    // slots its template has, in both languages, so a renamed or missing
    // `{slot}` fails here, not in front of a visitor.
    let mut texts: std::collections::BTreeMap<&str, Vec<&str>> = Default::default();
    for catalogue in every_catalogue() {
        for (key, text) in catalogue.en.into_iter().chain(catalogue.es) {
            texts.entry(key).or_default().push(text);
        }
    }
    let mut checked = 0;
    for dir in ["src/i18n", "src/export"] {
        for (path, source) in crate::source::rust_files(dir) {
            let full = path.display().to_string();
            let file = &full[full.rfind("/src/").map_or(0, |i| i + 1)..];
            if file == "src/i18n/mod.rs" {
                // Defines `fill` and tests it on literal templates.
                continue;
            }
            for call in fill_calls(file, &source) {
                let key = call.key.as_deref().unwrap_or_else(|| {
                    panic!(
                        "{}: fill a catalogue entry named at the call, so its slots can be checked",
                        call.at
                    )
                });
                {
                    let found = texts
                        .get(key)
                        .unwrap_or_else(|| panic!("{}: no catalogue entry {key}", call.at));
                    for text in found {
                        // `{phone}` is left for `Sentence::with_phone`,
                        // which makes it a link.
                        let mut wanted: Vec<&str> = placeholders(text)
                            .into_iter()
                            .filter(|p| *p != "phone")
                            .collect();
                        wanted.sort_unstable();
                        wanted.dedup();
                        let mut given: Vec<&str> = call.slots.iter().map(String::as_str).collect();
                        given.sort_unstable();
                        assert_eq!(given, wanted, "{}: fill({key}) against {text:?}", call.at);
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked >= 80, "only {checked} templates checked");
}
