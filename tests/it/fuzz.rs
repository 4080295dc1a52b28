//! Property tests for every parser of outside input (options from the
//! snippet, numbers typed into fields, the remembered value, content files,
//! dates): arbitrary input never panics, and always gives a valid value or
//! a typed error.

use proptest::prelude::*;
use trd_widget::content::parse::parse;
use trd_widget::domain::date::Date;
use trd_widget::domain::embed::RawEmbed;
use trd_widget::domain::options::{Contact, RawOptions, MIN_CONTRAST};
use trd_widget::domain::staging::medicines::MEDICINES;
use trd_widget::domain::staging::validate::{
    dose, months, weeks, FieldError, MAX_MONTHS, MAX_WEEKS,
};
use trd_widget::export::stored::{from_stored, Stored};

/// Text as a clinic's page or a visitor might send it: junk, numbers,
/// URLs, emoji, other scripts, very long strings.
fn junk() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9.,+\\- e]{0,24}",
        "(https?|javascript|data|ftp):[ -~]{0,40}",
        "#[0-9a-fA-F]{0,8}",
        "[a-z0-9, ]{0,30}",
        Just("1e309".to_owned()),
        Just("-0".to_owned()),
        Just("٣".to_owned()),
        Just("😀".repeat(50)),
        Just("x".repeat(5000)),
    ]
}

fn maybe() -> impl Strategy<Value = Option<String>> {
    prop::option::of(junk())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn options_always_resolve_to_safe_values(values in prop::collection::vec(maybe(), 15)) {
        let v = |i: usize| values[i].clone();
        let raw = RawEmbed {
            lang_attr: v(0),
            page_lang: v(1),
            browser_langs: vec![],
            clinic_name: v(2),
            clinic_phone: v(3),
            options: RawOptions {
                clinic_url: v(4),
                booking_url: v(5),
                crisis_region: v(6),
                crisis_lines: [v(7), v(8), v(9)],
                accent_color: v(10),
                start: v(11),
                sections: v(12),
                remember: v(13),
                events: None,
                theme: v(14),
            },
        };
        let (config, layout, warnings) = raw.resolve();
        let o = &config.options;
        prop_assert!(!layout.sections.is_empty());
        for url in o.clinic_url.iter().chain(&o.booking_url) {
            let lower = url.as_str().to_ascii_lowercase();
            prop_assert!(lower.starts_with("https://") || lower.starts_with("http://localhost") || lower.starts_with("http://127.0.0.1") || lower.starts_with("http://[::1]"));
        }
        for line in &o.extra_crisis_lines {
            match &line.contact {
                Contact::Call(p) | Contact::Text(p) => prop_assert!(p.href.starts_with("tel:")),
                Contact::Web(u) => prop_assert!(u.as_str().to_ascii_lowercase().starts_with("http")),
            }
        }
        if let Some(accent) = o.accent {
            prop_assert!(accent.fill.contrast(accent.on_fill) >= MIN_CONTRAST);
        }
        for w in &warnings {
            prop_assert!(!w.to_string().is_empty());
        }
    }

    #[test]
    fn number_fields_give_a_value_in_range_or_a_typed_error(text in junk(), which in 0usize..MEDICINES.len()) {
        match weeks(&text) {
            Ok(w) => prop_assert!((1..=MAX_WEEKS).contains(&w)),
            Err(e) => {
                let typed = matches!(
                    e,
                    FieldError::Empty
                        | FieldError::NotANumber
                        | FieldError::NotWhole
                        | FieldError::Negative
                        | FieldError::Zero
                        | FieldError::TooLarge { .. }
                );
                prop_assert!(typed);
            }
        }
        if let Ok(m) = months(&text) {
            prop_assert!(m.thousandths() <= u32::from(MAX_MONTHS) * 1000);
        }
        let medicine = &MEDICINES[which];
        if let Ok(d) = dose(&text, medicine) {
            prop_assert!(d.thousandths() > 0 && d.thousandths() <= medicine.implausible_above * 1000);
        }
    }

    #[test]
    fn a_remembered_value_is_read_or_refused_never_a_panic(text in any::<String>()) {
        if let Ok(stored) = serde_json::from_str::<Stored>(&text) {
            if let Ok((totals, _)) = from_stored(stored) {
                prop_assert!(totals.iter().all(|t| t.total <= 27));
            }
        }
    }

    #[test]
    fn content_files_parse_or_give_a_typed_error(text in any::<String>(), body in "[ -~\\n]{0,300}") {
        let _ = parse(&text);
        let _ = parse(&format!("title: T\nchecked: 2026-11-27\nsource: S.\n---\n{body}"));
    }

    #[test]
    fn dates_are_real_or_none(text in "[0-9-]{0,12}") {
        if let Some(d) = Date::parse(&text) {
            prop_assert!((1..=12).contains(&d.month) && (1..=31).contains(&d.day));
        }
    }
}
