//! The history builder as a pure state machine: the staging flow's screens,
//! the saved history, and the one medicine ([`draft`]) or ECT course
//! ([`ect`]) being edited.
//!
//! Drafts hold what the visitor typed, as text; saving validates it into a
//! [`Trial`](super::history::Trial) or [`EctCourse`](super::history::EctCourse),
//! or keeps an error per field beside the draft for the UI to show by that
//! field. Nothing invalid ever reaches the staging methods.

mod draft;
mod ect;
#[cfg(test)]
mod tests;

pub use draft::{DoseMode, DraftChange, DraftErrors, DraftTarget, Missing, OpenDraft, TrialDraft};
pub use ect::{EctChange, EctDraft, EctErrors, OpenEct};

use super::history::{MsmSeverity, TreatmentHistory};
use super::medicines::OtherTreatment;
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
    draft: Option<OpenDraft>,
    ect: Option<OpenEct>,
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
            ect: None,
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
            .map(|m| m.display())
            .unwrap_or_default();
        self.months_error = None;
        self.history = history;
    }

    /// The open medicine form, if any.
    pub fn draft(&self) -> Option<&OpenDraft> {
        self.draft.as_ref()
    }

    /// The open medicine form's errors (none while no form is open).
    pub fn draft_errors(&self) -> DraftErrors {
        self.draft.as_ref().map(|d| d.errors).unwrap_or_default()
    }

    /// The open ECT form, if any.
    pub fn ect(&self) -> Option<OpenEct> {
        self.ect
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
        self.draft = Some(OpenDraft::new(DraftTarget::New, TrialDraft::default()));
        self.notice = None;
    }

    /// Opens the form on a saved trial.
    pub fn edit_trial(&mut self, index: usize) {
        if let Some(trial) = self.history.trials.get(index) {
            let draft = TrialDraft::from_trial(trial);
            self.draft = Some(OpenDraft::new(DraftTarget::Existing(index), draft));
            self.notice = None;
        }
    }

    pub fn remove_trial(&mut self, index: usize) {
        if index < self.history.trials.len() {
            self.history.trials.remove(index);
            // A draft editing a later trial now points one place earlier.
            if let Some(open) = &mut self.draft {
                if let DraftTarget::Existing(editing) = &mut open.target {
                    if *editing == index {
                        self.draft = None;
                    } else if *editing > index {
                        *editing -= 1;
                    }
                }
            }
        }
    }

    /// Records one change to the medicine form; a change clears that
    /// field's error (code review 3, C6: the ECT form already did).
    pub fn change_draft(&mut self, change: DraftChange) {
        if let Some(open) = &mut self.draft {
            open.errors.clear_for(&change);
            open.draft.apply(change);
        }
    }

    /// Validates the open medicine form: saves it and closes the form, or
    /// keeps it open with an error per field ([`Builder::draft_errors`]).
    pub fn save_draft(&mut self) {
        let Some(open) = &mut self.draft else { return };
        match open.draft.build() {
            Ok(trial) => {
                match open.target {
                    DraftTarget::New => self.history.trials.push(trial),
                    DraftTarget::Existing(index) => {
                        if let Some(slot) = self.history.trials.get_mut(index) {
                            *slot = trial;
                        }
                    }
                }
                self.draft = None;
                self.notice = None;
            }
            Err(errors) => open.errors = errors,
        }
    }

    pub fn cancel_draft(&mut self) {
        self.draft = None;
        self.notice = None;
    }

    /// Opens an empty ECT form.
    pub fn add_ect(&mut self) {
        self.ect = Some(OpenEct::default());
        self.notice = None;
    }

    /// Records one ECT choice; a choice clears that field's error.
    pub fn change_ect(&mut self, change: EctChange) {
        if let Some(open) = &mut self.ect {
            open.draft.apply(change);
            match change {
                EctChange::Placement(_) => open.errors.placement = None,
                EctChange::Outcome(_) => open.errors.outcome = None,
            }
        }
    }

    /// Validates the open ECT form: saves it and closes the form, or keeps
    /// it open with an error per field.
    pub fn save_ect(&mut self) {
        let Some(open) = &mut self.ect else { return };
        match open.draft.build() {
            Ok(course) => {
                self.history.ect.push(course);
                self.ect = None;
                self.notice = None;
            }
            Err(errors) => open.errors = errors,
        }
    }

    pub fn cancel_ect(&mut self) {
        self.ect = None;
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
            // Kept in catalogue order, without std's sort.
            let at = self.history.other.partition_point(|t| *t < treatment);
            self.history.other.insert(at, treatment);
        }
    }

    /// Goes to the results, unless a form is open or a field is invalid.
    pub fn see_results(&mut self) {
        self.notice = if self.draft.is_some() || self.ect.is_some() {
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
