//! The PHQ-9 as shipped equals the project's clinical source of truth,
//! `../shared/clinical-spec.md` (sections 1.2-1.11), byte for byte.
//!
//! The PHQ-9 sections are pinned in `tests/fixtures/clinical-spec-phq9.md`
//! (and the crisis lines and doses beside it, for `spec_tables`) so the
//! checks run from any clone. When `shared/` is checked out beside the
//! repository (as on CI and developers' machines), each pinned copy must
//! equal it: a change to the spec fails here until someone has reviewed it
//! and copied the new sections in.

use std::path::PathBuf;

use trd_widget::domain::instrument::{AnswerOption, Severity};
use trd_widget::domain::phq9::PHQ9;

/// The parts of the spec pinned in `tests/fixtures/`, each with where it
/// starts and ends in the full spec: the PHQ-9 (this file), the crisis
/// lines and the minimum-dose table (`spec_tables`).
pub const PINNED: [(&str, &str, &str); 3] = [
    ("clinical-spec-phq9.md", "### 1.2", "## 2. Thase"),
    ("clinical-spec-crisis.md", "## 8. Crisis", "## 9. Facts"),
    ("clinical-spec-doses.md", "### 6.3", "### 6.4"),
];

/// A pinned part of the spec, by its fixture's name.
pub fn pinned(fixture: &str) -> String {
    let path = crate::source::root().join("tests/fixtures").join(fixture);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

fn spec() -> String {
    pinned("clinical-spec-phq9.md")
}

#[test]
fn pinned_copies_match_the_shared_spec() {
    let shared = std::env::var_os("TRD_CLINICAL_SPEC")
        .map(PathBuf::from)
        .unwrap_or_else(|| crate::source::root().join("../shared/clinical-spec.md"));
    let Ok(full) = std::fs::read_to_string(&shared) else {
        eprintln!(
            "note: {} not found; checked against the pinned copies only",
            shared.display()
        );
        return;
    };
    for (fixture, from, to) in PINNED {
        let start = full
            .find(from)
            .unwrap_or_else(|| panic!("spec has no {from:?}"));
        let end = start
            + full[start..]
                .find(to)
                .unwrap_or_else(|| panic!("spec has no {to:?} after {from:?}"));
        assert!(
            full[start..end] == pinned(fixture),
            "{from:?} of {} changed: review it against src/domain, then copy it to tests/fixtures/{fixture}",
            shared.display()
        );
    }
}

/// The text from the heading that starts with `from` to the next one that
/// starts with `to`.
fn section<'a>(spec: &'a str, from: &str, to: &str) -> &'a str {
    let start = spec
        .find(from)
        .unwrap_or_else(|| panic!("spec has no {from:?}"));
    let rest = &spec[start..];
    let end = rest
        .find(to)
        .unwrap_or_else(|| panic!("spec has no {to:?} after {from:?}"));
    &rest[..end]
}

/// Table cells of the rows whose first cell is a number 1-9.
fn numbered_rows(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .filter_map(|line| {
            let cells: Vec<String> = line
                .trim()
                .trim_matches('|')
                .split('|')
                .map(|c| c.trim().to_owned())
                .collect();
            let first = cells.first()?;
            (first.len() == 1 && first.chars().all(|c| c.is_ascii_digit())).then_some(cells)
        })
        .collect()
}

/// The text of the blockquote line right after the line containing `marker`.
fn quote_after<'a>(text: &'a str, marker: &str) -> &'a str {
    let mut lines = text
        .lines()
        .skip_while(|line| !line.contains(marker))
        .skip(1);
    let line = lines
        .find(|line| line.starts_with("> "))
        .unwrap_or_else(|| panic!("no quote after {marker:?}"));
    line.trim_start_matches("> ").trim_matches('*')
}

fn labels(options: &[AnswerOption], lang_en: bool) -> Vec<&'static str> {
    options
        .iter()
        .map(|o| if lang_en { o.label.en } else { o.label.es })
        .collect()
}

#[test]
fn english_items_are_verbatim() {
    let spec = spec();
    let rows = numbered_rows(section(&spec, "### 1.3", "### 1.4"));
    assert_eq!(rows.len(), 9);
    for (index, row) in rows.iter().enumerate() {
        assert_eq!(PHQ9.items[index].text.en, row[1], "item {}", index + 1);
    }
}

#[test]
fn spanish_items_are_verbatim() {
    let spec = spec();
    let rows = numbered_rows(section(&spec, "### 1.7", "### 1.8"));
    assert_eq!(rows.len(), 9);
    for (index, row) in rows.iter().enumerate() {
        assert_eq!(PHQ9.items[index].text.es, row[1], "ítem {}", index + 1);
    }
}

#[test]
fn time_frame_and_difficulty_question_are_verbatim() {
    let spec = spec();
    let stem_en = quote_after(section(&spec, "### 1.2", "### 1.3"), "### 1.2");
    let spanish = section(&spec, "### 1.7", "### 1.8");
    let stem_es = quote_after(spanish, "**Instructions:**");
    for item in &PHQ9.items[..9] {
        let stem = item.stem.expect("scored items carry the time frame");
        assert_eq!(stem.en, stem_en);
        assert_eq!(stem.es, stem_es);
    }
    let difficulty = &PHQ9.items[9];
    assert!(difficulty.stem.is_none());
    assert_eq!(
        difficulty.text.en,
        quote_after(section(&spec, "### 1.5", "### 1.6"), "### 1.5")
    );
    assert_eq!(
        difficulty.text.es,
        quote_after(spanish, "**Difficulty question:**")
    );
}

#[test]
fn answer_options_are_verbatim_and_weighted_zero_to_three() {
    let spec = spec();
    let english: Vec<String> = section(&spec, "### 1.4", "### 1.5")
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line
                .trim()
                .trim_matches('|')
                .split('|')
                .map(str::trim)
                .collect();
            (cells.len() == 2
                && cells[1].len() == 1
                && cells[1].chars().all(|c| c.is_ascii_digit()))
            .then(|| cells[0].to_owned())
        })
        .collect();
    let frequency = PHQ9.items[0].options;
    assert_eq!(labels(frequency, true), english);
    for item in &PHQ9.items[..9] {
        assert_eq!(item.options, frequency);
    }
    assert_eq!(
        frequency.iter().map(|o| o.weight).collect::<Vec<_>>(),
        vec![0, 1, 2, 3]
    );

    let spanish = section(&spec, "### 1.7", "### 1.8");
    let options_line = spanish
        .lines()
        .find(|line| line.starts_with("**Response options:**"))
        .expect("Spanish options line");
    let spanish_labels: Vec<&str> = options_line
        .trim_start_matches("**Response options:**")
        .split('·')
        .map(|part| {
            part.rsplit_once('=')
                .map_or(part, |(label, _)| label)
                .trim()
        })
        .collect();
    assert_eq!(labels(frequency, false), spanish_labels);

    let difficulty = PHQ9.items[9].options;
    let english_difficulty =
        quote_after(section(&spec, "### 1.5", "### 1.6"), "**If you checked off");
    assert_eq!(labels(difficulty, true).join(" / "), english_difficulty);
    let spanish_difficulty = spanish
        .lines()
        .find_map(|line| line.strip_prefix("Options: "))
        .expect("Spanish difficulty options");
    assert_eq!(labels(difficulty, false).join(" / "), spanish_difficulty);
}

#[test]
fn attribution_is_verbatim() {
    let spec = spec();
    let text = section(&spec, "### 1.6", "### 1.7");
    assert_eq!(PHQ9.attribution.en, quote_after(text, "**English:**"));
    assert_eq!(PHQ9.attribution.es, quote_after(text, "**Spanish (USA):**"));
}

#[test]
fn bands_match_the_scoring_algorithm() {
    let spec = spec();
    let algorithm = section(&spec, "### 1.8", "### 1.9");
    let ranges: Vec<(u8, u8)> = algorithm
        .lines()
        .filter(|line| line.contains('→') && line.contains('–'))
        .filter_map(|line| {
            let range = line.split_whitespace().next()?;
            let (min, max) = range.split_once('–')?;
            Some((min.parse().ok()?, max.parse().ok()?))
        })
        .collect();
    let bands: Vec<(u8, u8)> = PHQ9.bands.iter().map(|b| (b.min, b.max)).collect();
    assert_eq!(bands, ranges);
    let severities: Vec<Severity> = PHQ9.bands.iter().map(|b| b.severity).collect();
    assert_eq!(
        severities,
        vec![
            Severity::NoneMinimal,
            Severity::Mild,
            Severity::Moderate,
            Severity::ModeratelySevere,
            Severity::Severe
        ]
    );
}

#[test]
fn loinc_codes_match_the_spec() {
    let spec = spec();
    let table = &spec[spec.find("### 1.11").expect("spec has section 1.11")..];
    let row = |label: &str| -> String {
        table
            .lines()
            .find(|line| line.starts_with(&format!("| {label}")))
            .unwrap_or_else(|| panic!("no LOINC row {label:?}"))
            .trim_matches('|')
            .split('|')
            .nth(1)
            .expect("second cell")
            .trim()
            .to_owned()
    };
    let item_codes: Vec<&str> = PHQ9.items[..9].iter().map(|i| i.code.code).collect();
    assert_eq!(
        item_codes.join(", "),
        row("items 1-9, in order")
            .split(" (")
            .next()
            .unwrap_or_default()
    );
    assert!(row("panel").starts_with(PHQ9.code.code));
    assert!(row("total score").starts_with(PHQ9.total_code.code));
    let answers = row("answers to items 1-9");
    for option in PHQ9.items[0].options {
        let pair = format!("{} {}", option.code.code, option.label.en);
        assert!(answers.contains(&pair), "{pair} not in {answers}");
    }
    let difficulty = row("difficulty item");
    assert!(difficulty.starts_with(PHQ9.items[9].code.code));
    for option in PHQ9.items[9].options {
        let pair = format!("{} {}", option.code.code, option.label.en);
        assert!(difficulty.contains(&pair), "{pair} not in {difficulty}");
    }
    for item in PHQ9.items {
        assert_eq!(item.code.system, "http://loinc.org");
    }
}
