//! The medicine form's draft: what the visitor typed, the one change each
//! control sends, and the validation into a [`Trial`] with an error per
//! field.

use super::super::history::{DoseReport, Outcome, Trial};
use super::super::medicines::{AugmentationAgent, Medicine, MinimumDose};
use super::super::validate::{self, FieldError};

/// How the visitor describes the dose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DoseMode {
    Amount,
    FullDose,
    LowerDose,
    NotSure,
}

impl DoseMode {
    pub const ALL: [DoseMode; 4] = [
        DoseMode::Amount,
        DoseMode::FullDose,
        DoseMode::LowerDose,
        DoseMode::NotSure,
    ];
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

    /// A change to a field clears that field's error (as in the ECT form):
    /// the visitor is fixing it; saving checks again.
    pub(super) fn clear_for(&mut self, change: &DraftChange) {
        match change {
            DraftChange::Medicine(_) => self.medicine = None,
            DraftChange::Weeks(_) | DraftChange::WeeksUnsure(_) => self.weeks = None,
            DraftChange::DoseMode(_) => {
                self.dose_mode = None;
                self.dose = None;
            }
            DraftChange::Dose(_) => self.dose = None,
            DraftChange::Outcome(_) => self.outcome = None,
            DraftChange::DoseRaised(_)
            | DraftChange::DurationExtended(_)
            | DraftChange::Augmentation(_) => {}
        }
    }
}

impl TrialDraft {
    pub fn from_trial(trial: &Trial) -> Self {
        let (dose_mode, dose) = match trial.dose {
            DoseReport::Amount(amount) => (DoseMode::Amount, amount.display()),
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

    /// The dose choices the form offers for the chosen medicine.
    pub fn dose_modes(&self) -> &'static [DoseMode] {
        if self.amount_allowed() {
            &DoseMode::ALL
        } else {
            &DoseMode::ALL[1..]
        }
    }

    pub(super) fn apply(&mut self, change: DraftChange) {
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

/// The open medicine form: which trial it replaces, what was typed, and
/// what was wrong with it at the last save. Kept together, so errors never
/// outlive their draft.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenDraft {
    pub target: DraftTarget,
    pub draft: TrialDraft,
    pub errors: DraftErrors,
}

impl OpenDraft {
    pub fn new(target: DraftTarget, draft: TrialDraft) -> Self {
        Self {
            target,
            draft,
            errors: DraftErrors::default(),
        }
    }
}
