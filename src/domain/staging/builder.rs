//! The history builder as a pure state machine: the staging flow's screens,
//! the saved history, and the one medicine or ECT course being edited.
//!
//! Drafts hold what the visitor typed, as text; saving validates it into a
//! [`Trial`] or [`EctCourse`], or records an error per field for the UI to
//! show beside that field. Nothing invalid ever reaches the staging methods.

use super::history::{
    DoseReport, EctCourse, EctPlacement, MsmSeverity, Outcome, TreatmentHistory, Trial,
};
use super::medicines::{AugmentationAgent, Medicine, MinimumDose, OtherTreatment};
use super::validate::{self, FieldError};
use super::{assess, Assessment};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StagingScreen {
    Intro,
    History,
    Results,
}

impl StagingScreen {
    pub fn slug(self) -> &'static str {
        match self {
            StagingScreen::Intro => "staging-intro",
            StagingScreen::History => "history",
            StagingScreen::Results => "staging-results",
        }
    }
}

/// How the visitor describes the dose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DoseMode {
    Amount,
    FullDose,
    LowerDose,
    NotSure,
}

/// A medicine being added or edited, as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TrialDraft {
    pub medicine: Option<&'static Medicine>,
    pub weeks: String,
    pub weeks_unsure: bool,
    pub dose_mode: Option<DoseMode>,
    pub dose: String,
    pub outcome: Option<Outcome>,
    pub dose_raised: bool,
    pub duration_extended: bool,
    pub augmented_with: Option<&'static AugmentationAgent>,
}

/// One change to the draft: each form control sends one of these.
#[derive(Clone, Debug, PartialEq)]
pub enum DraftChange {
    Medicine(Option<&'static Medicine>),
    Weeks(String),
    WeeksUnsure(bool),
    DoseMode(DoseMode),
    Dose(String),
    Outcome(Outcome),
    DoseRaised(bool),
    DurationExtended(bool),
    Augmentation(Option<&'static AugmentationAgent>),
}

/// A required choice that was not made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Missing;

/// What is wrong with a draft, per field.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct DraftErrors {
    pub medicine: Option<Missing>,
    pub weeks: Option<FieldError>,
    pub dose_mode: Option<Missing>,
    pub dose: Option<FieldError>,
    pub outcome: Option<Missing>,
}

impl DraftErrors {
    pub fn is_empty(&self) -> bool {
        *self == DraftErrors::default()
    }
}

impl TrialDraft {
    pub fn from_trial(trial: &Trial) -> Self {
        let (dose_mode, dose) = match trial.dose {
            DoseReport::Amount(amount) => (DoseMode::Amount, amount.display('.')),
            DoseReport::FullDose => (DoseMode::FullDose, String::new()),
            DoseReport::LowerDose => (DoseMode::LowerDose, String::new()),
            DoseReport::NotSure => (DoseMode::NotSure, String::new()),
        };
        TrialDraft {
            medicine: Some(trial.medicine),
            weeks: trial.weeks.map(|w| w.to_string()).unwrap_or_default(),
            weeks_unsure: trial.weeks.is_none(),
            dose_mode: Some(dose_mode),
            dose,
            outcome: Some(trial.outcome),
            dose_raised: trial.dose_raised,
            duration_extended: trial.duration_extended,
            augmented_with: trial.augmented_with,
        }
    }

    /// Whether the dose can be given in milligrams: only for medicines whose
    /// minimum adequate dose is verified.
    pub fn amount_allowed(&self) -> bool {
        self.medicine
            .is_some_and(|m| matches!(m.minimum, MinimumDose::Known { .. }))
    }

    fn apply(&mut self, change: DraftChange) {
        match change {
            DraftChange::Medicine(medicine) => {
                self.medicine = medicine;
                if !self.amount_allowed() && self.dose_mode == Some(DoseMode::Amount) {
                    self.dose_mode = None;
                }
            }
            DraftChange::Weeks(text) => self.weeks = text,
            DraftChange::WeeksUnsure(unsure) => self.weeks_unsure = unsure,
            DraftChange::DoseMode(mode) => self.dose_mode = Some(mode),
            DraftChange::Dose(text) => self.dose = text,
            DraftChange::Outcome(outcome) => self.outcome = Some(outcome),
            DraftChange::DoseRaised(on) => self.dose_raised = on,
            DraftChange::DurationExtended(on) => self.duration_extended = on,
            DraftChange::Augmentation(agent) => self.augmented_with = agent,
        }
    }

    /// Validates the draft into a trial.
    pub fn build(&self) -> Result<Trial, DraftErrors> {
        let mut errors = DraftErrors {
            medicine: self.medicine.is_none().then_some(Missing),
            outcome: self.outcome.is_none().then_some(Missing),
            ..DraftErrors::default()
        };
        let weeks = if self.weeks_unsure {
            None
        } else {
            match validate::weeks(&self.weeks) {
                Ok(weeks) => Some(weeks),
                Err(error) => {
                    errors.weeks = Some(error);
                    None
                }
            }
        };
        let dose = match self.dose_mode {
            None => {
                errors.dose_mode = Some(Missing);
                None
            }
            Some(DoseMode::FullDose) => Some(DoseReport::FullDose),
            Some(DoseMode::LowerDose) => Some(DoseReport::LowerDose),
            Some(DoseMode::NotSure) => Some(DoseReport::NotSure),
            Some(DoseMode::Amount) => {
                self.medicine
                    .and_then(|m| match validate::dose(&self.dose, m) {
                        Ok(amount) => Some(DoseReport::Amount(amount)),
                        Err(error) => {
                            errors.dose = Some(error);
                            None
                        }
                    })
            }
        };
        match (self.medicine, dose, self.outcome, errors.is_empty()) {
            (Some(medicine), Some(dose), Some(outcome), true) => Ok(Trial {
                medicine,
                weeks,
                dose,
                outcome,
                dose_raised: self.dose_raised,
                duration_extended: self.duration_extended,
                augmented_with: self.augmented_with,
            }),
            _ => Err(errors),
        }
    }
}

/// Which trial a draft will replace when saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftTarget {
    New,
    Existing(usize),
}

/// An ECT course being added.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EctDraft {
    pub placement: Option<EctPlacement>,
    pub outcome: Option<Outcome>,
    pub missing_placement: bool,
    pub missing_outcome: bool,
}

/// Something the visitor must fix before seeing results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuilderNotice {
    /// A medicine or ECT form is still open.
    UnsavedDraft,
    /// The episode length is not a valid number.
    InvalidMonths,
}

/// The staging flow's state.
#[derive(Clone, Debug, PartialEq)]
pub struct Builder {
    screen: StagingScreen,
    history: TreatmentHistory,
    draft: Option<(DraftTarget, TrialDraft)>,
    draft_errors: DraftErrors,
    ect_draft: Option<EctDraft>,
    months: String,
    months_error: Option<FieldError>,
    notice: Option<BuilderNotice>,
}

impl Default for Builder {
    fn default() -> Self {
        Builder {
            screen: StagingScreen::Intro,
            history: TreatmentHistory::default(),
            draft: None,
            draft_errors: DraftErrors::default(),
            ect_draft: None,
            months: String::new(),
            months_error: None,
            notice: None,
        }
    }
}

impl Builder {
    pub fn screen(&self) -> StagingScreen {
        self.screen
    }

    pub fn history(&self) -> &TreatmentHistory {
        &self.history
    }

    /// A history remembered on this device from an earlier visit.
    pub fn restore(&mut self, history: TreatmentHistory) {
        self.months = history
            .episode_months
            .map(|m| m.display('.'))
            .unwrap_or_default();
        self.months_error = None;
        self.history = history;
    }

    pub fn draft(&self) -> Option<&(DraftTarget, TrialDraft)> {
        self.draft.as_ref()
    }

    pub fn draft_errors(&self) -> DraftErrors {
        self.draft_errors
    }

    pub fn ect_draft(&self) -> Option<EctDraft> {
        self.ect_draft
    }

    pub fn months_text(&self) -> &str {
        &self.months
    }

    pub fn months_error(&self) -> Option<FieldError> {
        self.months_error
    }

    pub fn notice(&self) -> Option<BuilderNotice> {
        self.notice
    }

    pub fn assessment(&self) -> Assessment {
        assess(&self.history)
    }

    pub fn start(&mut self) {
        self.screen = StagingScreen::History;
    }

    /// Opens an empty medicine form (closing any other).
    pub fn add_trial(&mut self) {
        self.draft = Some((DraftTarget::New, TrialDraft::default()));
        self.draft_errors = DraftErrors::default();
        self.notice = None;
    }

    pub fn edit_trial(&mut self, index: usize) {
        if let Some(trial) = self.history.trials.get(index) {
            self.draft = Some((DraftTarget::Existing(index), TrialDraft::from_trial(trial)));
            self.draft_errors = DraftErrors::default();
            self.notice = None;
        }
    }

    pub fn remove_trial(&mut self, index: usize) {
        if index < self.history.trials.len() {
            self.history.trials.remove(index);
            // A draft editing a later trial now points one place earlier.
            if let Some((DraftTarget::Existing(editing), _)) = &mut self.draft {
                if *editing == index {
                    self.draft = None;
                } else if *editing > index {
                    *editing -= 1;
                }
            }
        }
    }

    pub fn change_draft(&mut self, change: DraftChange) {
        if let Some((_, draft)) = &mut self.draft {
            draft.apply(change);
        }
    }

    /// Validates and saves the open medicine form. Returns whether it saved.
    pub fn save_draft(&mut self) -> bool {
        let Some((target, draft)) = &self.draft else {
            return false;
        };
        match draft.build() {
            Ok(trial) => {
                match *target {
                    DraftTarget::New => self.history.trials.push(trial),
                    DraftTarget::Existing(index) => {
                        if let Some(slot) = self.history.trials.get_mut(index) {
                            *slot = trial;
                        }
                    }
                }
                self.draft = None;
                self.draft_errors = DraftErrors::default();
                self.notice = None;
                true
            }
            Err(errors) => {
                self.draft_errors = errors;
                false
            }
        }
    }

    pub fn cancel_draft(&mut self) {
        self.draft = None;
        self.draft_errors = DraftErrors::default();
        self.notice = None;
    }

    pub fn add_ect(&mut self) {
        self.ect_draft = Some(EctDraft::default());
        self.notice = None;
    }

    pub fn set_ect_placement(&mut self, placement: EctPlacement) {
        if let Some(draft) = &mut self.ect_draft {
            draft.placement = Some(placement);
            draft.missing_placement = false;
        }
    }

    pub fn set_ect_outcome(&mut self, outcome: Outcome) {
        if let Some(draft) = &mut self.ect_draft {
            draft.outcome = Some(outcome);
            draft.missing_outcome = false;
        }
    }

    pub fn save_ect(&mut self) -> bool {
        let Some(draft) = &mut self.ect_draft else {
            return false;
        };
        match (draft.placement, draft.outcome) {
            (Some(placement), Some(outcome)) => {
                self.history.ect.push(EctCourse { placement, outcome });
                self.ect_draft = None;
                self.notice = None;
                true
            }
            (placement, outcome) => {
                draft.missing_placement = placement.is_none();
                draft.missing_outcome = outcome.is_none();
                false
            }
        }
    }

    pub fn cancel_ect(&mut self) {
        self.ect_draft = None;
        self.notice = None;
    }

    pub fn remove_ect(&mut self, index: usize) {
        if index < self.history.ect.len() {
            self.history.ect.remove(index);
        }
    }

    /// The episode length as typed; an empty field means "not given".
    pub fn set_months(&mut self, text: String) {
        let parsed = if text.trim().is_empty() {
            Ok(None)
        } else {
            validate::months(&text).map(Some)
        };
        match parsed {
            Ok(months) => {
                self.history.episode_months = months;
                self.months_error = None;
            }
            Err(error) => {
                self.history.episode_months = None;
                self.months_error = Some(error);
            }
        }
        self.months = text;
        if self.notice == Some(BuilderNotice::InvalidMonths) && self.months_error.is_none() {
            self.notice = None;
        }
    }

    pub fn set_severity(&mut self, severity: MsmSeverity) {
        self.history.severity = Some(severity);
    }

    pub fn toggle_other(&mut self, treatment: OtherTreatment) {
        if let Some(at) = self.history.other.iter().position(|t| *t == treatment) {
            self.history.other.remove(at);
        } else {
            self.history.other.push(treatment);
            self.history.other.sort();
        }
    }

    /// Goes to the results, unless a form is open or a field is invalid.
    pub fn see_results(&mut self) {
        self.notice = if self.draft.is_some() || self.ect_draft.is_some() {
            Some(BuilderNotice::UnsavedDraft)
        } else if self.months_error.is_some() {
            Some(BuilderNotice::InvalidMonths)
        } else {
            self.screen = StagingScreen::Results;
            None
        };
    }

    /// Goes back one screen; `false` when already at the first one.
    pub fn back(&mut self) -> bool {
        self.notice = None;
        match self.screen {
            StagingScreen::Intro => return false,
            StagingScreen::History => self.screen = StagingScreen::Intro,
            StagingScreen::Results => self.screen = StagingScreen::History,
        }
        true
    }

    /// Opens the history to change it (from the results).
    pub fn edit_history(&mut self) {
        self.screen = StagingScreen::History;
        self.notice = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
        builder.save_draft()
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
            b.draft().map(|(_, d)| d.weeks.as_str()),
            Some("900"),
            "what was typed is kept"
        );

        b.add_trial();
        assert!(!b.save_draft());
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
    fn unsure_weeks_need_no_number() {
        let mut b = Builder::default();
        b.add_trial();
        b.change_draft(DraftChange::Medicine(medicine("sertraline")));
        b.change_draft(DraftChange::WeeksUnsure(true));
        b.change_draft(DraftChange::DoseMode(DoseMode::NotSure));
        b.change_draft(DraftChange::Outcome(Outcome::NoHelp));
        assert!(b.save_draft());
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
        let draft = &b.draft().expect("open").1;
        assert!(!draft.amount_allowed());
        assert_eq!(draft.dose_mode, None, "the amount option is withdrawn");
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
        assert!(b.save_draft());
        assert!(b.history().trials[0].dose_raised);
        assert_eq!(b.history().trials.len(), 2);
        assert_eq!(b.assessment().mgh_s.as_entered.display(), "3.0");

        b.edit_trial(1);
        b.remove_trial(0);
        assert_eq!(b.draft().map(|(t, _)| *t), Some(DraftTarget::Existing(0)));
        b.remove_trial(0);
        assert!(b.draft().is_none());
        assert!(b.history().trials.is_empty());
    }

    #[test]
    fn ect_courses_need_placement_and_outcome() {
        let mut b = Builder::default();
        b.add_ect();
        b.set_ect_placement(EctPlacement::Bilateral);
        assert!(!b.save_ect());
        assert_eq!(b.ect_draft().map(|d| d.missing_outcome), Some(true));
        b.set_ect_outcome(Outcome::NoHelp);
        assert!(b.save_ect());
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
}
