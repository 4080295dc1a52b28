//! Every text exists in every language.

use trd_widget::domain::crisis::resources;
use trd_widget::domain::lang::{Lang, Localized};
use trd_widget::domain::phq9::PHQ9;
use trd_widget::i18n::placeholders;

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
