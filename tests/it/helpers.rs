//! Every sentence-building helper in `i18n`, rendered for representative
//! inputs in both languages: nothing is left as a `{placeholder}`, nothing
//! is empty, and Spanish questions and exclamations are balanced (¿…?, ¡…!).

use trd_widget::content::Topic;
use trd_widget::domain::date::Date;
use trd_widget::domain::lang::Lang;
use trd_widget::domain::phq9::PHQ9;
use trd_widget::domain::progress::{DatedTotal, StorageNotice};
use trd_widget::domain::responses::Responses;
use trd_widget::domain::staging::adequacy::{Shortfall, Unsure, Verdict};
use trd_widget::domain::staging::builder::DoseMode;
use trd_widget::domain::staging::history::{
    Dose, DoseReport, EctPlacement, MsmSeverity, Outcome, Trial,
};
use trd_widget::domain::staging::medicines::{augmentation_agent, medicine, DoseUnit, MEDICINES};
use trd_widget::domain::staging::methods::{Maudsley, MsmBand, MsmScore, ThaseRushStage};
use trd_widget::domain::staging::validate::FieldError;
use trd_widget::i18n::learn::learn_text;
use trd_widget::i18n::staging::{medicine_name, staging};
use trd_widget::i18n::{date_in_words, ui};

/// Problems with one rendered text.
fn problems(text: &str, lang: Lang) -> Vec<String> {
    let mut found = Vec::new();
    if text.trim().is_empty() {
        found.push("empty".to_owned());
    }
    if text.contains('{') || text.contains('}') {
        found.push("unfilled placeholder".to_owned());
    }
    if lang == Lang::Es {
        for (open, close) in [('¿', '?'), ('¡', '!')] {
            let opens = text.matches(open).count();
            let closes = text.matches(close).count();
            if opens != closes {
                found.push(format!("{opens} {open} but {closes} {close}"));
            }
        }
    }
    found
}

fn renders(lang: Lang) -> Vec<(String, String)> {
    let t = ui(lang);
    let s = staging(lang);
    let mut out: Vec<(String, String)> = Vec::new();
    let mut add = |name: &str, text: String| out.push((name.to_owned(), text));
    let mut responses = Responses::new(&PHQ9);
    for item in 0..9 {
        responses.answer(item, 2).expect("valid");
    }
    let score = responses
        .complete()
        .expect("complete")
        .score()
        .expect("scored");
    add("score_line", t.score_line(&score));
    add("band_line", t.band_line(&score));
    for band in PHQ9.bands {
        add("band", t.band(band.severity).to_owned());
        add("meaning", t.meaning(band.severity).to_owned());
    }
    let entries = [
        DatedTotal {
            date: Date::parse("2026-10-01").expect("date"),
            total: 21,
        },
        DatedTotal {
            date: Date::parse("2026-11-27").expect("date"),
            total: 4,
        },
    ];
    add(
        "progress_entry_text",
        t.progress_entry_text(entries[0], lang),
    );
    add("progress_alt_text", t.progress_alt_text(&entries, lang));
    for notice in [
        StorageNotice::Unavailable,
        StorageNotice::Unreadable,
        StorageNotice::NotSaved,
    ] {
        add("storage_notice", t.storage_notice(notice).to_owned());
    }
    add("date_in_words", date_in_words(entries[1].date, lang));
    for outcome in Outcome::ALL {
        add("outcome", s.outcome(outcome).to_owned());
    }
    for mode in [
        DoseMode::Amount,
        DoseMode::FullDose,
        DoseMode::LowerDose,
        DoseMode::NotSure,
    ] {
        add("dose_mode", s.dose_mode(mode).to_owned());
    }
    for placement in EctPlacement::ALL {
        add("placement", s.placement(placement).to_owned());
    }
    for severity in MsmSeverity::ALL {
        add("severity", s.severity(severity).to_owned());
    }
    for stage in [
        ThaseRushStage::Zero,
        ThaseRushStage::I,
        ThaseRushStage::II,
        ThaseRushStage::III,
        ThaseRushStage::IV,
        ThaseRushStage::V,
    ] {
        add("stage", s.stage(stage));
        add("stage_meaning", s.stage_meaning(stage).to_owned());
    }
    add("definition", s.definition(true).to_owned());
    add("definition", s.definition(false).to_owned());
    for band in [MsmBand::Mild, MsmBand::Moderate, MsmBand::Severe] {
        add("msm_band", s.msm_band(band).to_owned());
    }
    let scored = MsmScore {
        duration: 2,
        severity: 3,
        antidepressants: 1,
        augmentation: 0,
        ect: 1,
        total: 7,
        band: MsmBand::Moderate,
    };
    for result in [
        Maudsley::Scored(scored),
        Maudsley::NotApplicable,
        Maudsley::NeedsInput {
            months: true,
            severity: false,
        },
    ] {
        add("maudsley", s.maudsley(result));
    }
    for error in [
        FieldError::Empty,
        FieldError::NotANumber,
        FieldError::NotWhole,
        FieldError::Negative,
        FieldError::Zero,
        FieldError::TooLarge { max: 600 },
    ] {
        add("field_error", s.field_error(error));
    }
    for unit in [DoseUnit::MgPerDay, DoseUnit::MgPer24hPatch] {
        add("dose_amount_label", s.dose_amount_label(unit).to_owned());
        for dose in [
            DoseReport::Amount(Dose::from_thousandths(37_500)),
            DoseReport::FullDose,
            DoseReport::LowerDose,
        ] {
            add(
                "dose_text",
                s.dose_text(dose, unit, lang).expect("a dose in words"),
            );
        }
    }
    for m in MEDICINES {
        add("medicine_name", medicine_name(m, lang));
    }
    let trial = Trial {
        medicine: medicine("sertraline").expect("in catalogue"),
        weeks: Some(8),
        dose: DoseReport::Amount(Dose::whole(100)),
        outcome: Outcome::Partial,
        dose_raised: true,
        duration_extended: true,
        augmented_with: augmentation_agent("lithium"),
    };
    add("trial_summary", s.trial_summary(&trial, lang));
    add(
        "trial_summary (unsure)",
        s.trial_summary(
            &Trial {
                weeks: None,
                dose: DoseReport::NotSure,
                ..trial
            },
            lang,
        ),
    );
    for change in s.changes(&trial, lang) {
        add("changes", change);
    }
    for verdict in [
        Verdict::Counted,
        Verdict::Helped,
        Verdict::NotAdequate(Shortfall::TooShort { weeks: 3 }),
        Verdict::NotAdequate(Shortfall::DoseBelowMinimum {
            amount: Dose::from_thousandths(37_500),
            minimum: Dose::whole(50),
        }),
        Verdict::NotAdequate(Shortfall::LowerDose),
        Verdict::Unknown(Unsure::Duration),
        Verdict::Unknown(Unsure::Dose),
        Verdict::Unknown(Unsure::DurationAndDose),
    ] {
        add("verdict", s.verdict(verdict, lang));
    }
    for topic in Topic::ALL {
        add("link", learn_text(lang).link(topic).to_owned());
    }
    out
}

#[test]
fn every_helper_renders_complete_text_in_every_language() {
    let mut bad = Vec::new();
    for lang in Lang::ALL {
        for (name, text) in renders(lang) {
            for problem in problems(&text, lang) {
                bad.push(format!("{name} ({lang:?}): {problem}: {text:?}"));
            }
        }
    }
    assert!(bad.is_empty(), "{bad:#?}");
    // Spanish numbers use the decimal comma.
    let es = renders(Lang::Es);
    assert!(
        es.iter()
            .any(|(n, t)| n == "dose_text" && t.contains("37,5")),
        "{es:?}"
    );
}

#[test]
fn the_checks_can_fail() {
    assert!(!problems("Hello {name}", Lang::En).is_empty());
    assert!(!problems("  ", Lang::En).is_empty());
    assert!(!problems("¿Cómo se siente", Lang::Es).is_empty());
    assert!(problems("¿Cómo se siente?", Lang::Es).is_empty());
}
