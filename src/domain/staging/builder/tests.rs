//! The history builder's flow and both drafts, driven as the forms drive them.
use super::*;
use crate::domain::staging::history::{EctCourse, EctPlacement, Outcome};
use crate::domain::staging::medicines::{augmentation_agent, medicine};
use crate::domain::staging::methods::ThaseRushStage;

fn fill(
    builder: &mut Builder,
    id: &str,
    weeks: &str,
    mode: DoseMode,
    dose: &str,
    outcome: Outcome,
) -> bool {
    builder.add_trial();
    builder.change_draft(DraftChange::Medicine(medicine(id)));
    builder.change_draft(DraftChange::Weeks(weeks.into()));
    builder.change_draft(DraftChange::DoseMode(mode));
    builder.change_draft(DraftChange::Dose(dose.into()));
    builder.change_draft(DraftChange::Outcome(outcome));
    builder.save_draft();
    builder.draft().is_none()
}

#[test]
fn a_complete_draft_saves_as_a_trial() {
    let mut b = Builder::default();
    b.start();
    assert!(fill(
        &mut b,
        "sertraline",
        "8",
        DoseMode::Amount,
        "100",
        Outcome::NoHelp
    ));
    assert!(fill(
        &mut b,
        "venlafaxine",
        "10",
        DoseMode::FullDose,
        "",
        Outcome::Partial
    ));
    assert_eq!(b.history().trials.len(), 2);
    assert_eq!(
        b.assessment().thase_rush.as_entered.stage,
        ThaseRushStage::II
    );
    assert!(b.draft().is_none());
}

#[test]
fn bad_input_is_kept_with_an_error_per_field_and_never_saved() {
    let mut b = Builder::default();
    assert!(!fill(
        &mut b,
        "sertraline",
        "900",
        DoseMode::Amount,
        "5000",
        Outcome::NoHelp
    ));
    let errors = b.draft_errors();
    assert_eq!(errors.weeks, Some(FieldError::TooLarge { max: 520 }));
    assert_eq!(errors.dose, Some(FieldError::TooLarge { max: 400 }));
    assert!(b.history().trials.is_empty());
    assert_eq!(
        b.draft().map(|o| o.draft.weeks.as_str()),
        Some("900"),
        "what was typed is kept"
    );

    b.add_trial();
    b.save_draft();
    assert!(b.draft().is_some(), "an empty form stays open");
    let errors = b.draft_errors();
    assert_eq!(errors.medicine, Some(Missing));
    assert_eq!(errors.weeks, Some(FieldError::Empty));
    assert_eq!(errors.dose_mode, Some(Missing));
    assert_eq!(errors.outcome, Some(Missing));

    for (weeks, error) in [
        ("-2", FieldError::Negative),
        ("abc", FieldError::NotANumber),
    ] {
        assert!(!fill(
            &mut b,
            "sertraline",
            weeks,
            DoseMode::FullDose,
            "",
            Outcome::NoHelp
        ));
        assert_eq!(b.draft_errors().weeks, Some(error));
    }
}

#[test]
fn changing_a_field_clears_only_its_error() {
    let mut b = Builder::default();
    b.add_trial();
    b.save_draft();
    let all = b.draft_errors();
    assert!(all.medicine.is_some() && all.weeks.is_some() && all.outcome.is_some());
    b.change_draft(DraftChange::Weeks("8".into()));
    let errors = b.draft_errors();
    assert_eq!(errors.weeks, None, "the field being fixed");
    assert_eq!(
        (errors.medicine, errors.dose_mode, errors.outcome),
        (all.medicine, all.dose_mode, all.outcome),
        "the others stay until they are fixed or saved again"
    );
    b.change_draft(DraftChange::Outcome(Outcome::NoHelp));
    b.change_draft(DraftChange::DoseRaised(true));
    let errors = b.draft_errors();
    assert_eq!(errors.outcome, None);
    assert_eq!(errors.medicine, Some(Missing));
    b.save_draft();
    assert_eq!(b.draft_errors().weeks, None, "8 weeks is valid");
    assert_eq!(
        b.draft_errors().medicine,
        Some(Missing),
        "saving checks again"
    );
}

#[test]
fn unsure_weeks_need_no_number() {
    let mut b = Builder::default();
    b.add_trial();
    b.change_draft(DraftChange::Medicine(medicine("sertraline")));
    b.change_draft(DraftChange::WeeksUnsure(true));
    b.change_draft(DraftChange::DoseMode(DoseMode::NotSure));
    b.change_draft(DraftChange::Outcome(Outcome::NoHelp));
    b.save_draft();
    assert_eq!(b.history().trials[0].weeks, None);
    assert!(b.assessment().has_unknown_trials());
}

#[test]
fn milligrams_only_for_medicines_with_a_verified_minimum() {
    let mut b = Builder::default();
    b.add_trial();
    b.change_draft(DraftChange::Medicine(medicine("sertraline")));
    b.change_draft(DraftChange::DoseMode(DoseMode::Amount));
    b.change_draft(DraftChange::Medicine(medicine("phenelzine")));
    let draft = &b.draft().expect("open").draft;
    assert!(!draft.amount_allowed());
    assert_eq!(draft.dose_mode, None, "the amount option is withdrawn");
    assert_eq!(draft.dose_modes(), &DoseMode::ALL[1..]);
    b.change_draft(DraftChange::Medicine(medicine("sertraline")));
    assert_eq!(b.draft().expect("open").draft.dose_modes(), &DoseMode::ALL);
}

#[test]
fn edit_and_remove() {
    let mut b = Builder::default();
    assert!(fill(
        &mut b,
        "sertraline",
        "8",
        DoseMode::FullDose,
        "",
        Outcome::NoHelp
    ));
    assert!(fill(
        &mut b,
        "bupropion",
        "8",
        DoseMode::FullDose,
        "",
        Outcome::NoHelp
    ));
    b.edit_trial(0);
    b.change_draft(DraftChange::DoseRaised(true));
    b.change_draft(DraftChange::Augmentation(augmentation_agent("lithium")));
    b.save_draft();
    assert!(b.draft().is_none());
    assert!(b.history().trials[0].dose_raised);
    assert_eq!(b.history().trials.len(), 2);
    assert_eq!(b.assessment().mgh_s.as_entered.display(), "3.0");

    b.edit_trial(1);
    b.remove_trial(0);
    assert_eq!(b.draft().map(|o| o.target), Some(DraftTarget::Existing(0)));
    b.remove_trial(0);
    assert!(b.draft().is_none());
    assert!(b.history().trials.is_empty());
}

#[test]
fn ect_courses_need_placement_and_outcome() {
    let mut b = Builder::default();
    b.add_ect();
    b.save_ect();
    let errors = b.ect().expect("still open").errors;
    assert_eq!(
        errors,
        EctErrors {
            placement: Some(Missing),
            outcome: Some(Missing)
        }
    );
    b.change_ect(EctChange::Placement(EctPlacement::Bilateral));
    b.save_ect();
    let errors = b.ect().expect("still open").errors;
    assert_eq!(
        errors,
        EctErrors {
            placement: None,
            outcome: Some(Missing)
        }
    );
    b.change_ect(EctChange::Outcome(Outcome::NoHelp));
    b.save_ect();
    assert_eq!(b.ect(), None);
    assert_eq!(
        b.history().ect,
        vec![EctCourse {
            placement: EctPlacement::Bilateral,
            outcome: Outcome::NoHelp
        }]
    );
    b.remove_ect(0);
    assert!(b.history().ect.is_empty());
}

#[test]
fn results_wait_for_open_forms_and_valid_months() {
    let mut b = Builder::default();
    b.start();
    b.add_trial();
    b.see_results();
    assert_eq!(b.notice(), Some(BuilderNotice::UnsavedDraft));
    assert_eq!(b.screen(), StagingScreen::History);
    b.cancel_draft();
    b.add_ect();
    b.see_results();
    assert_eq!(b.notice(), Some(BuilderNotice::UnsavedDraft));
    b.cancel_ect();
    b.set_months("-4".into());
    assert_eq!(b.months_error(), Some(FieldError::Negative));
    b.see_results();
    assert_eq!(b.notice(), Some(BuilderNotice::InvalidMonths));
    b.set_months("14".into());
    assert_eq!(b.notice(), None);
    b.see_results();
    assert_eq!(b.screen(), StagingScreen::Results);
    assert_eq!(
        b.history().episode_months,
        Some(crate::domain::staging::history::Months::whole(14))
    );
    // With no medicines yet, there is still a sensible result.
    let assessment = b.assessment();
    assert!(!assessment.definition.as_entered.met);
    assert_eq!(assessment.thase_rush.as_entered.stage, ThaseRushStage::Zero);
    assert!(b.back());
    assert!(b.back());
    assert!(!b.back());
}

#[test]
fn other_treatments_toggle() {
    let mut b = Builder::default();
    b.toggle_other(OtherTreatment::Rtms);
    b.toggle_other(OtherTreatment::Esketamine);
    assert_eq!(
        b.history().other,
        vec![OtherTreatment::Esketamine, OtherTreatment::Rtms]
    );
    b.toggle_other(OtherTreatment::Rtms);
    assert_eq!(b.history().other, vec![OtherTreatment::Esketamine]);
}
