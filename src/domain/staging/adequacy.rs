//! Whether a trial counts (project decisions 4 and 21, clinical-spec 6.1).
//!
//! Adequate = at least 6 weeks at or above the minimum dose of 6.3, or "the
//! full dose my prescriber intended". A trial whose dose or duration the
//! visitor does not know is unknown, never adequate; the results say what
//! would change if the unknown trials were adequate. "A lower dose than my
//! prescriber planned" without milligrams is unknown too (decision 21 [C]):
//! lower than the plan does not say lower than this tool's minimum.

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
}

/// Why this tool cannot judge a trial's dose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DoseDoubt {
    /// The visitor was not sure of the dose, or gave milligrams of a
    /// medicine with no verified minimum (only the prescriber's full dose
    /// can judge those).
    NotSure,
    /// "A lower dose than my prescriber planned", with no milligrams.
    LowerThanPlanned,
}

/// What this tool could not judge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unsure {
    Duration,
    Dose(DoseDoubt),
    DurationAndDose(DoseDoubt),
}

/// What made a failed trial's dose enough: this tool's lowest dose, or the
/// prescriber's planned full dose (decision 21: the verdict says which).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountedOn {
    LowestDose,
    PlannedDose,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Adequacy {
    Adequate(CountedOn),
    NotAdequate(Shortfall),
    Unknown(Unsure),
}

/// What the dose alone says.
enum DoseJudgment {
    Enough(CountedOn),
    Below(Shortfall),
    Doubt(DoseDoubt),
}

fn dose_judgment(trial: &Trial) -> DoseJudgment {
    match (trial.dose, trial.medicine.minimum) {
        (DoseReport::FullDose, _) => DoseJudgment::Enough(CountedOn::PlannedDose),
        (DoseReport::LowerDose, _) => DoseJudgment::Doubt(DoseDoubt::LowerThanPlanned),
        (DoseReport::NotSure, _) => DoseJudgment::Doubt(DoseDoubt::NotSure),
        (DoseReport::Amount(amount), MinimumDose::Known { amount: minimum }) => {
            if amount >= minimum {
                DoseJudgment::Enough(CountedOn::LowestDose)
            } else {
                DoseJudgment::Below(Shortfall::DoseBelowMinimum { amount, minimum })
            }
        }
        // Milligrams cannot be judged without a verified minimum.
        (DoseReport::Amount(_), MinimumDose::Unverified) => DoseJudgment::Doubt(DoseDoubt::NotSure),
    }
}

/// Judges a trial's dose and duration.
pub fn adequacy(trial: &Trial) -> Adequacy {
    let weeks_known = match trial.weeks {
        Some(weeks) if weeks < ADEQUATE_WEEKS => {
            return Adequacy::NotAdequate(Shortfall::TooShort { weeks });
        }
        Some(_) => true,
        None => false,
    };
    match (weeks_known, dose_judgment(trial)) {
        (_, DoseJudgment::Below(shortfall)) => Adequacy::NotAdequate(shortfall),
        (true, DoseJudgment::Enough(on)) => Adequacy::Adequate(on),
        (false, DoseJudgment::Enough(_)) => Adequacy::Unknown(Unsure::Duration),
        (true, DoseJudgment::Doubt(doubt)) => Adequacy::Unknown(Unsure::Dose(doubt)),
        (false, DoseJudgment::Doubt(doubt)) => Adequacy::Unknown(Unsure::DurationAndDose(doubt)),
    }
}

/// How the staging methods treat one trial, as the visitor entered it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Verdict {
    /// A failed adequate trial: it counts.
    Counted(CountedOn),
    /// It helped, so it is not a treatment failure.
    Helped,
    NotAdequate(Shortfall),
    Unknown(Unsure),
}

impl Verdict {
    pub fn is_counted(self) -> bool {
        matches!(self, Verdict::Counted(_))
    }
}

/// Which assumption about unknown trials a computation makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Assume {
    /// Unknown trials do not count (what the results show).
    AsEntered,
    /// Unknown trials count as adequate (the "if" line of each result).
    UnknownAdequate,
}

pub fn verdict(trial: &Trial) -> Verdict {
    if !trial.outcome.is_failure() {
        return Verdict::Helped;
    }
    match adequacy(trial) {
        Adequacy::Adequate(on) => Verdict::Counted(on),
        Adequacy::NotAdequate(shortfall) => Verdict::NotAdequate(shortfall),
        Adequacy::Unknown(unsure) => Verdict::Unknown(unsure),
    }
}

/// Whether a trial counts as a failed adequate trial under `assume`.
pub fn counts(trial: &Trial, assume: Assume) -> bool {
    match verdict(trial) {
        Verdict::Counted(_) => true,
        Verdict::Unknown(_) => assume == Assume::UnknownAdequate,
        Verdict::Helped | Verdict::NotAdequate(_) => false,
    }
}

/// The trials that count: failed and adequate.
pub fn counted(trials: &[Trial], assume: Assume) -> impl Iterator<Item = &Trial> {
    trials.iter().filter(move |t| counts(t, assume))
}
