//! The ECT form's draft, in the same shape as the medicine form's: the
//! choices made, one change per control, and validation into an
//! [`EctCourse`] with an error per field.

use super::super::history::{EctCourse, EctPlacement, Outcome};
use super::draft::Missing;

/// An ECT course being added.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EctDraft {
    pub placement: Option<EctPlacement>,
    pub outcome: Option<Outcome>,
}

/// One change to the ECT draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EctChange {
    Placement(EctPlacement),
    Outcome(Outcome),
}

/// What is wrong with an ECT draft, per field.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EctErrors {
    pub placement: Option<Missing>,
    pub outcome: Option<Missing>,
}

impl EctDraft {
    pub(super) fn apply(&mut self, change: EctChange) {
        match change {
            EctChange::Placement(placement) => self.placement = Some(placement),
            EctChange::Outcome(outcome) => self.outcome = Some(outcome),
        }
    }

    /// Validates the draft into a course.
    pub fn build(&self) -> Result<EctCourse, EctErrors> {
        match (self.placement, self.outcome) {
            (Some(placement), Some(outcome)) => Ok(EctCourse { placement, outcome }),
            (placement, outcome) => Err(EctErrors {
                placement: placement.is_none().then_some(Missing),
                outcome: outcome.is_none().then_some(Missing),
            }),
        }
    }
}

/// The open ECT form and what was wrong with it at the last save.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OpenEct {
    pub draft: EctDraft,
    pub errors: EctErrors,
}
