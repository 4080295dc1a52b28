//! One visitor's treatment history for the current episode, as entered.

use super::medicines::{AugmentationAgent, Medicine, OtherTreatment};

/// How well a treatment worked, in the visitor's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    NoHelp,
    /// Some help, but not enough: counted as a failure to respond, as the
    /// TRD definitions count "not improved enough" (widget convention).
    Partial,
    Helped,
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [Outcome::NoHelp, Outcome::Partial, Outcome::Helped];

    pub fn is_failure(self) -> bool {
        self != Outcome::Helped
    }

    pub fn slug(self) -> &'static str {
        match self {
            Outcome::NoHelp => "no-help",
            Outcome::Partial => "partial",
            Outcome::Helped => "helped",
        }
    }
}

/// What the visitor knows about the daily dose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DoseReport {
    /// A daily amount in the medicine's unit, already validated.
    Amount(Dose),
    /// "It was the full dose my prescriber intended."
    FullDose,
    /// "It was a lower dose."
    LowerDose,
    NotSure,
}

/// One antidepressant trial in the current episode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Trial {
    pub medicine: &'static Medicine,
    /// Weeks taken; `None` when the visitor is not sure.
    pub weeks: Option<u16>,
    pub dose: DoseReport,
    pub outcome: Outcome,
    /// The dose was raised during the trial (MGH-S optimisation).
    pub dose_raised: bool,
    /// The trial was kept going longer than planned (MGH-S optimisation).
    pub duration_extended: bool,
    /// Another medicine was added to it (augmentation or combination).
    pub augmented_with: Option<&'static AugmentationAgent>,
}

/// Where the ECT electrodes were placed. Only bilateral ECT can reach
/// Thase-Rush stage V.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EctPlacement {
    Bilateral,
    RightUnilateral,
    Unknown,
}

impl EctPlacement {
    pub const ALL: [EctPlacement; 3] = [
        EctPlacement::Bilateral,
        EctPlacement::RightUnilateral,
        EctPlacement::Unknown,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            EctPlacement::Bilateral => "bilateral",
            EctPlacement::RightUnilateral => "right-unilateral",
            EctPlacement::Unknown => "unknown",
        }
    }
}

/// A course of electroconvulsive therapy in the current episode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EctCourse {
    pub placement: EctPlacement,
    pub outcome: Outcome,
}

/// Symptom severity for the Maudsley method, chosen by the visitor from
/// plain descriptions (a clinician rating in the source; never mapped from
/// the PHQ-9).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MsmSeverity {
    Subsyndromal,
    Mild,
    Moderate,
    SevereWithoutPsychosis,
    SevereWithPsychosis,
}

impl MsmSeverity {
    pub const ALL: [MsmSeverity; 5] = [
        MsmSeverity::Subsyndromal,
        MsmSeverity::Mild,
        MsmSeverity::Moderate,
        MsmSeverity::SevereWithoutPsychosis,
        MsmSeverity::SevereWithPsychosis,
    ];

    /// Points on the MSM severity dimension (clinical-spec 3.2).
    pub fn points(self) -> u8 {
        match self {
            MsmSeverity::Subsyndromal => 1,
            MsmSeverity::Mild => 2,
            MsmSeverity::Moderate => 3,
            MsmSeverity::SevereWithoutPsychosis => 4,
            MsmSeverity::SevereWithPsychosis => 5,
        }
    }
}

/// Everything the staging methods read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TreatmentHistory {
    pub trials: Vec<Trial>,
    pub ect: Vec<EctCourse>,
    /// Length of the current episode.
    pub episode_months: Option<Months>,
    pub severity: Option<MsmSeverity>,
    pub other: Vec<OtherTreatment>,
}

/// A length of time in months, whole or not (project decision 6: continuous
/// months), kept in thousandths of a month so comparisons are exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Months {
    thousandths: u32,
}

impl Months {
    pub const fn whole(months: u16) -> Months {
        Months {
            thousandths: months as u32 * 1000,
        }
    }

    pub const fn from_thousandths(thousandths: u32) -> Months {
        Months { thousandths }
    }

    pub const fn thousandths(self) -> u32 {
        self.thousandths
    }

    /// MSM duration points (clinical-spec 3.3): 12 months and under is
    /// acute (1), over 12 up to 24 sub-acute (2), over 24 chronic (3).
    pub fn msm_points(self) -> u8 {
        match self.thousandths {
            0..=12_000 => 1,
            12_001..=24_000 => 2,
            _ => 3,
        }
    }

    /// "12", or "12.5"; no trailing zeros.
    pub fn display(self) -> String {
        decimal_text(self.thousandths)
    }
}

/// `thousandths` / 1000 as text, without floats: "12", "12.5", "0.125".
/// US English and US Spanish both write a decimal point (project decision
/// 20); number fields still accept a comma (`validate::decimal`).
pub fn decimal_text(thousandths: u32) -> String {
    let whole = thousandths / 1000;
    let fraction = thousandths % 1000;
    if fraction == 0 {
        return whole.to_string();
    }
    let digits = format!("{fraction:03}");
    format!("{whole}.{}", digits.trim_end_matches('0'))
}

/// A dose in thousandths of the medicine's unit (mg, or mg/24 h for a
/// patch): exact, compared and shown without floating point.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Dose(u32);

impl Dose {
    /// A whole number of units.
    pub const fn whole(units: u32) -> Dose {
        Dose(units * 1000)
    }

    pub const fn from_thousandths(thousandths: u32) -> Dose {
        Dose(thousandths)
    }

    pub const fn thousandths(self) -> u32 {
        self.0
    }

    /// "150", or "37.5".
    pub fn display(self) -> String {
        decimal_text(self.0)
    }
}
