//! Whether a trial counts (project decision 4, clinical-spec 6.1).
//!
//! Adequate = at least 6 weeks at or above the minimum dose of 6.3, or "the
//! full dose my prescriber intended". A trial whose dose or duration the
//! visitor does not know is unknown, never adequate; the results say what
//! would change if the unknown trials were adequate.

use super::history::Dose;
use super::history::{DoseReport, Trial};
use super::medicines::MinimumDose;

/// Weeks a trial must last to be adequate (MGH-S, Fava 2003).
pub const ADEQUATE_WEEKS: u16 = 6;

/// Why a trial was not adequate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortfall {
    TooShort { weeks: u16 },
    DoseBelowMinimum { amount: Dose, minimum: Dose },
    LowerDose,
}

/// What the visitor was not sure of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unsure {
    Duration,
    Dose,
    DurationAndDose,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Adequacy {
    Adequate,
    NotAdequate(Shortfall),
    Unknown(Unsure),
}

/// Judges a trial's dose and duration.
pub fn adequacy(trial: &Trial) -> Adequacy {
    let duration = match trial.weeks {
        Some(weeks) if weeks >= ADEQUATE_WEEKS => Ok(true),
        Some(weeks) => Err(Shortfall::TooShort { weeks }),
        None => Ok(false),
    };
    let dose = match (trial.dose, trial.medicine.minimum) {
        (DoseReport::FullDose, _) => Ok(true),
        (DoseReport::LowerDose, _) => Err(Shortfall::LowerDose),
        (DoseReport::NotSure, _) => Ok(false),
        (
            DoseReport::Amount(amount),
            MinimumDose::Known {
                amount: minimum, ..
            },
        ) => {
            if amount >= minimum {
                Ok(true)
            } else {
                Err(Shortfall::DoseBelowMinimum { amount, minimum })
            }
        }
        // Milligrams cannot be judged without a verified minimum.
        (DoseReport::Amount(_), MinimumDose::Unverified) => Ok(false),
    };
    match (duration, dose) {
        (Err(shortfall), _) | (_, Err(shortfall)) => Adequacy::NotAdequate(shortfall),
        (Ok(true), Ok(true)) => Adequacy::Adequate,
        (Ok(false), Ok(false)) => Adequacy::Unknown(Unsure::DurationAndDose),
        (Ok(false), Ok(true)) => Adequacy::Unknown(Unsure::Duration),
        (Ok(true), Ok(false)) => Adequacy::Unknown(Unsure::Dose),
    }
}

/// How the staging methods treat one trial.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Verdict {
    /// A failed adequate trial: it counts.
    Counted,
    /// It helped, so it is not a treatment failure.
    Helped,
    NotAdequate(Shortfall),
    Unknown(Unsure),
}

/// Which assumption about unknown trials a computation makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Assume {
    /// Unknown trials do not count (what the results show).
    AsEntered,
    /// Unknown trials count as adequate (the "if" line of each result).
    UnknownAdequate,
}

pub fn verdict(trial: &Trial, assume: Assume) -> Verdict {
    if !trial.outcome.is_failure() {
        return Verdict::Helped;
    }
    match (adequacy(trial), assume) {
        (Adequacy::Adequate, _) | (Adequacy::Unknown(_), Assume::UnknownAdequate) => {
            Verdict::Counted
        }
        (Adequacy::NotAdequate(shortfall), _) => Verdict::NotAdequate(shortfall),
        (Adequacy::Unknown(unsure), Assume::AsEntered) => Verdict::Unknown(unsure),
    }
}

/// The trials that count: failed and adequate.
pub fn counted(trials: &[Trial], assume: Assume) -> impl Iterator<Item = &Trial> {
    trials
        .iter()
        .filter(move |t| verdict(t, assume) == Verdict::Counted)
}
