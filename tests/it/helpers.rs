//! Every sentence-building helper in `i18n`, rendered for representative
//! inputs in both languages: nothing is left as a `{placeholder}`, nothing
//! is empty, and Spanish questions and exclamations are balanced (¿…?, ¡…!).

use trd_widget::content::Topic;
use trd_widget::domain::date::Date;
use trd_widget::domain::embed::{Clinic, Phone};
use trd_widget::domain::lang::Lang;
use trd_widget::domain::options::{Contact, SafeUrl};
use trd_widget::domain::phq9::PHQ9;
use trd_widget::domain::progress::{DatedTotal, StorageNotice};
use trd_widget::domain::responses::SafetyFlag;
use trd_widget::domain::responses::{Responses, SummedScore};
use trd_widget::domain::staging::adequacy::{CountedOn, DoseDoubt, Shortfall, Unsure, Verdict};
use trd_widget::domain::staging::builder::DoseMode;
use trd_widget::domain::staging::history::EctCourse;
use trd_widget::domain::staging::history::{
    Dose, DoseReport, EctPlacement, MsmSeverity, Outcome, Trial,
};
use trd_widget::domain::staging::medicines::{augmentation_agent, medicine, DoseUnit, MEDICINES};
use trd_widget::domain::staging::medicines::{DrugClass, MinimumDose};
use trd_widget::domain::staging::methods::TrdDefinition;
use trd_widget::domain::staging::methods::{Maudsley, MghS, MsmBand, MsmScore, ThaseRushStage};
use trd_widget::domain::staging::validate::FieldError;
use trd_widget::domain::staging::Method;
use trd_widget::domain::wizard::Progress;
use trd_widget::i18n::{copy, date_in_words};
use trd_widget::present::scale::{maudsley_scale, mghs_scale, phq9_scale, thase_rush_scale};

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

/// The PHQ-9 score of nine answers of `value`.
fn score_with(value: u8) -> SummedScore {
    let mut responses = Responses::new(&PHQ9);
    for item in 0..9 {
        responses.answer(item, value).expect("valid");
    }
    responses
        .complete()
        .expect("complete")
        .score()
        .expect("scored")
}

fn renders(lang: Lang) -> Vec<(String, String)> {
    let t = copy(lang).ui;
    let a = copy(lang).answers();
    let s = copy(lang).staging();
    let mut out: Vec<(String, String)> = Vec::new();
    let mut add = |name: &str, text: String| out.push((name.to_owned(), text));
    let score = score_with(2);
    add("score_line", a.score_line(&score));
    add("score_scale_alt", a.score_scale_alt(&score));
    add("band_line", a.band_line(&score));
    for band in PHQ9.bands {
        add("band", a.band(band.severity).to_owned());
        add("meaning", a.meaning(band.severity).to_owned());
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
    add("progress_entry_text", a.progress_entry_text(entries[0]));
    add("progress_alt_text", a.progress_alt_text(&entries));
    for notice in [
        StorageNotice::Unavailable,
        StorageNotice::Unreadable,
        StorageNotice::NotSaved,
        StorageNotice::NotLoaded,
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
                s.dose_text(dose, unit).expect("a dose in words"),
            );
        }
    }
    for m in MEDICINES {
        add("medicine_name", s.medicine_name(m));
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
    add("trial_line", s.trial_line(&trial));
    add(
        "trial_line (unsure)",
        s.trial_line(&Trial {
            weeks: None,
            dose: DoseReport::NotSure,
            ..trial
        }),
    );
    for change in s.changes(&trial) {
        add("changes", change);
    }
    let verdicts = [
        Verdict::Counted(CountedOn::LowestDose),
        Verdict::Counted(CountedOn::PlannedDose),
        Verdict::Helped,
        Verdict::NotAdequate(Shortfall::TooShort { weeks: 3 }),
        Verdict::NotAdequate(Shortfall::DoseBelowMinimum {
            amount: Dose::from_thousandths(37_500),
            minimum: Dose::whole(50),
        }),
        Verdict::Unknown(Unsure::Duration),
        Verdict::Unknown(Unsure::Dose(DoseDoubt::NotSure)),
        Verdict::Unknown(Unsure::Dose(DoseDoubt::LowerThanPlanned)),
        Verdict::Unknown(Unsure::DurationAndDose(DoseDoubt::NotSure)),
        Verdict::Unknown(Unsure::DurationAndDose(DoseDoubt::LowerThanPlanned)),
    ];
    let texts: Vec<String> = verdicts.iter().map(|v| s.verdict(*v)).collect();
    for (i, text) in texts.iter().enumerate() {
        // Each reason has its own words: a full-dose trial never reads as
        // checked against a lowest dose (decision 21).
        assert!(!texts[..i].contains(text), "{lang:?}: {text} twice");
        add("verdict", text.clone());
    }
    for method in Method::ALL {
        let how = s.how(method);
        assert!(how.ends_with(s.rules_not_reviewed), "{lang:?} {method:?}");
        add("how", how);
        add("source", s.source(method).to_owned());
    }
    for topic in Topic::ALL {
        add("link", copy(lang).learn().link(topic).to_owned());
    }
    sentences(lang, &mut out);
    out
}

/// The helpers that turn values into whole sentences for the views.
fn sentences(lang: Lang, out: &mut Vec<(String, String)>) {
    let c = copy(lang);
    let mut add = |name: &str, text: String| out.push((name.to_owned(), text));
    let phone = Phone::parse("(303) 555-0100").expect("phone");
    add(
        "progress_label",
        c.ui.progress_label(Some(Progress::Scored { number: 3, of: 9 })),
    );
    add("progress_label (follow-up)", c.ui.progress_label(None));
    add("review_change_for", c.answers().review_change_for(8));
    for contact in [
        Contact::Call(phone.clone()),
        Contact::Text(phone.clone()),
        Contact::Web(SafeUrl::parse("https://example.org/help").expect("url")),
    ] {
        add("crisis_extra_label", c.ui.crisis_extra_label(&contact));
    }
    for flag in [SafetyFlag::Raised, SafetyFlag::Urgent] {
        add(
            "crisis_panel_message",
            c.ui.crisis_panel_message(flag).to_owned(),
        );
    }
    add(
        "crisis_panel_clinic_line",
        c.ui.crisis_panel_clinic_line(phone.clone()).text(),
    );
    let name = Some("Mile High Support Center".to_owned());
    for clinic in [
        Clinic::default(),
        Clinic {
            name: name.clone(),
            phone: Some(phone.clone()),
        },
        Clinic {
            name: name.clone(),
            phone: None,
        },
        Clinic {
            name: None,
            phone: Some(phone.clone()),
        },
    ] {
        let line = c.answers().next_steps_clinic_line(&clinic);
        assert_eq!(line.phone.is_some(), clinic.phone.is_some());
        add("next_steps_clinic_line", line.text());
    }
    let score = score_with(1);
    add("severity_phq9_hint", c.severity_phq9_hint(&score));
    add("phq9_scale", phq9_scale(c, &score).alt);
    for stage in ThaseRushStage::ALL {
        let scale = thase_rush_scale(c, stage);
        assert_eq!(scale.bands.len(), 6);
        assert!(scale.mark.is_some_and(|m| m <= 5));
        add("thase_rush_scale", scale.alt);
    }
    add("fhir_total_line", c.summary().fhir_total_line(&score));
    add(
        "edit_label_for",
        c.staging().edit_label_for("Sertraline (Zoloft)"),
    );
    add(
        "remove_label_for",
        c.staging().remove_label_for("Sertraline (Zoloft)"),
    );
    add("ect_course_name", c.staging().ect_course_name(1));
    add(
        "ect_line",
        c.staging().ect_line(EctCourse {
            placement: EctPlacement::Bilateral,
            outcome: Outcome::NoHelp,
        }),
    );
    add(
        "medicine_class_line",
        c.staging().medicine_class_line(DrugClass::Snri),
    );
    let unverified = MEDICINES
        .iter()
        .find(|m| m.minimum == MinimumDose::Unverified);
    for m in [medicine("sertraline"), unverified].into_iter().flatten() {
        for mode in [None, Some(DoseMode::LowerDose)] {
            add("dose_hint_for", c.staging().dose_hint_for(m.minimum, mode));
        }
    }
    for (met, distinct_failed) in [(true, 2), (false, 1)] {
        add(
            "definition_meaning",
            c.staging().definition_meaning(TrdDefinition {
                met,
                distinct_failed,
            }),
        );
    }
    add(
        "tr_classes_line",
        c.staging()
            .tr_classes_line([DrugClass::Ssri, DrugClass::Snri])
            .expect("two classes"),
    );
    assert_eq!(c.staging().tr_classes_line([]), None);
    for result in [
        Maudsley::Scored(MsmScore {
            duration: 2,
            severity: 3,
            antidepressants: 1,
            augmentation: 0,
            ect: 1,
            total: 7,
            band: MsmBand::Moderate,
        }),
        Maudsley::NotApplicable,
        Maudsley::NeedsInput {
            months: false,
            severity: true,
        },
    ] {
        add("maudsley_meaning", c.staging().maudsley_meaning(result));
        if let Maudsley::Scored(score) = result {
            let scale = maudsley_scale(c, score);
            let mark = scale.mark.expect("a mark");
            assert!(scale
                .bands
                .iter()
                .any(|b| b.min <= mark && mark <= b.max && b.slug == score.band.slug()));
            add("maudsley_scale", scale.alt);
        }
    }
    // MGH-S as the bar of its parts: 2 failed trials, 3 changes, ECT is
    // 2 + 1.5 + 3; the ranges follow each other, and a 0 has no bar.
    let mghs = MghS {
        halves: 13,
        trials: 2,
        optimisations: 2,
        augmentations: 1,
        ect: true,
    };
    let scale = mghs_scale(c, mghs).expect("a bar");
    assert_eq!(
        scale
            .bands
            .iter()
            .map(|b| (b.min, b.max, b.label.as_str()))
            .collect::<Vec<_>>(),
        [(0, 3, "0"), (4, 6, "2"), (7, 12, "3.5")]
    );
    assert_eq!(scale.highest, 12);
    assert_eq!(scale.end_label, Some("6.5".to_owned()));
    assert_eq!(scale.mark, None);
    add("mghs_scale", scale.alt);
    for band in scale.bands {
        add("mghs_scale key", band.key.expect("a key"));
    }
    let nothing = MghS {
        halves: 0,
        trials: 0,
        optimisations: 0,
        augmentations: 0,
        ect: false,
    };
    assert_eq!(mghs_scale(c, nothing), None);
    add(
        "if_unknown_line",
        c.staging().if_unknown_line(Some("Stage III")),
    );
    add("if_unknown_line (same)", c.staging().if_unknown_line(None));
    let date = Date::parse("2026-11-27").expect("date");
    add("checked_line", c.learn().checked_line(date));
    add(
        "reviewed_line",
        c.learn().reviewed_line("Dr. A. Rivera", date),
    );
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
    // US Spanish writes a decimal point, as English does (decision 20):
    // "37.5", never "37,5", anywhere a helper writes a number.
    let es = renders(Lang::Es);
    assert!(
        es.iter()
            .any(|(n, t)| n == "dose_text" && t.contains("37.5")),
        "{es:?}"
    );
    for lang in Lang::ALL {
        for (name, text) in renders(lang) {
            assert!(!decimal_comma(&text), "{name} ({lang:?}): {text}");
        }
    }
    assert!(decimal_comma("5,5 puntos") && !decimal_comma("1, 2 y 3"));
}

/// A digit, a comma and a digit: "12,5".
fn decimal_comma(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == ',' && w[2].is_ascii_digit())
}

#[test]
fn the_checks_can_fail() {
    assert!(!problems("Hello {name}", Lang::En).is_empty());
    assert!(!problems("  ", Lang::En).is_empty());
    assert!(!problems("¿Cómo se siente", Lang::Es).is_empty());
    assert!(problems("¿Cómo se siente?", Lang::Es).is_empty());
}
