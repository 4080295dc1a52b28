//! The staging methods, each a pure function of one treatment history.
//!
//! - TRD definition: at least two failed adequate trials of different
//!   antidepressants in the current episode (clinical-spec 6.1; EMA, FDA
//!   labels).
//! - Thase-Rush (Thase & Rush 1997, tabulated by Fava 2003): the set rule
//!   of clinical-spec 2.3.
//! - Maudsley Staging Method (Fekadu 2009, 2018): clinical-spec 3.3.
//! - MGH-S (Fava 2003; Petersen 2005): clinical-spec 4.3.
//!
//! None of them depends on the order of trials.

use crate::domain::sorted::SortedSet;

use super::adequacy::{counted, Assume};
use super::history::{EctPlacement, TreatmentHistory};
use super::medicines::DrugClass;

/// "Has my depression been treatment-resistant?"
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrdDefinition {
    pub met: bool,
    /// Different antidepressants with a failed adequate trial.
    pub distinct_failed: usize,
}

pub fn trd_definition(history: &TreatmentHistory, assume: Assume) -> TrdDefinition {
    let distinct = counted(&history.trials, assume)
        .map(|t| t.medicine.id)
        .collect::<SortedSet<_>>()
        .len();
    TrdDefinition {
        met: distinct >= 2,
        distinct_failed: distinct,
    }
}

/// Thase-Rush stages. `Zero` ("no failed adequate trial yet") is this
/// widget's own label, not a published stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ThaseRushStage {
    Zero,
    I,
    II,
    III,
    IV,
    V,
}

impl ThaseRushStage {
    pub const ALL: [ThaseRushStage; 6] = [
        ThaseRushStage::Zero,
        ThaseRushStage::I,
        ThaseRushStage::II,
        ThaseRushStage::III,
        ThaseRushStage::IV,
        ThaseRushStage::V,
    ];

    /// The value of `data-stage` in the test contract.
    pub fn slug(self) -> &'static str {
        match self {
            ThaseRushStage::Zero => "0",
            ThaseRushStage::I => "I",
            ThaseRushStage::II => "II",
            ThaseRushStage::III => "III",
            ThaseRushStage::IV => "IV",
            ThaseRushStage::V => "V",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThaseRush {
    pub stage: ThaseRushStage,
    /// Classes with a failed adequate trial.
    pub classes: SortedSet<DrugClass>,
    pub failed_bilateral_ect: bool,
    /// ECT that failed but was not (known to be) bilateral: it cannot reach
    /// stage V, and the results say so.
    pub failed_other_ect: bool,
}

impl ThaseRush {
    /// Failed bilateral ECT that leaves the stage where it is: the model
    /// counts ECT only on top of stage IV (clinical-spec 2.3, a [C]
    /// convention the results state).
    pub fn ect_before_stage_four(&self) -> bool {
        self.failed_bilateral_ect && self.stage < ThaseRushStage::IV
    }
}

pub fn thase_rush(history: &TreatmentHistory, assume: Assume) -> ThaseRush {
    let classes: SortedSet<DrugClass> = counted(&history.trials, assume)
        .map(|t| t.medicine.class)
        .collect();
    let without = |excluded: &[DrugClass]| classes.iter().filter(|c| !excluded.contains(c)).count();
    let failed_ect = |bilateral: bool| {
        history.ect.iter().any(|c| {
            c.outcome.is_failure() && (c.placement == EctPlacement::Bilateral) == bilateral
        })
    };
    let failed_bilateral_ect = failed_ect(true);
    let has = |class| classes.contains(&class);
    let mut stage = match classes.len() {
        0 => ThaseRushStage::Zero,
        1 => ThaseRushStage::I,
        _ => ThaseRushStage::II,
    };
    if has(DrugClass::Tca) && without(&[DrugClass::Tca]) >= 2 {
        stage = ThaseRushStage::III;
    }
    if has(DrugClass::Tca)
        && has(DrugClass::Maoi)
        && without(&[DrugClass::Tca, DrugClass::Maoi]) >= 2
    {
        stage = ThaseRushStage::IV;
    }
    if stage == ThaseRushStage::IV && failed_bilateral_ect {
        stage = ThaseRushStage::V;
    }
    ThaseRush {
        stage,
        classes,
        failed_bilateral_ect,
        failed_other_ect: failed_ect(false),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MsmBand {
    Mild,
    Moderate,
    Severe,
}

impl MsmBand {
    pub const ALL: [MsmBand; 3] = [MsmBand::Mild, MsmBand::Moderate, MsmBand::Severe];

    /// The published range of totals (3-15 in all), for the picture; the
    /// scoring below uses the same bounds.
    pub fn range(self) -> (u8, u8) {
        match self {
            MsmBand::Mild => (3, 6),
            MsmBand::Moderate => (7, 10),
            MsmBand::Severe => (11, 15),
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            MsmBand::Mild => "mild",
            MsmBand::Moderate => "moderate",
            MsmBand::Severe => "severe",
        }
    }

    fn of(total: u8) -> MsmBand {
        MsmBand::ALL
            .into_iter()
            .find(|band| total <= band.range().1)
            .unwrap_or(MsmBand::Severe)
    }
}

/// The five MSM dimensions and their sum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MsmScore {
    pub duration: u8,
    pub severity: u8,
    pub antidepressants: u8,
    pub augmentation: u8,
    pub ect: u8,
    pub total: u8,
    pub band: MsmBand,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Maudsley {
    /// No failed antidepressant: the published range starts at 3, which
    /// needs at least one.
    NotApplicable,
    /// Applicable, but the episode length or the severity is missing.
    NeedsInput {
        months: bool,
        severity: bool,
    },
    Scored(MsmScore),
}

pub fn maudsley(history: &TreatmentHistory, assume: Assume) -> Maudsley {
    let failed = counted(&history.trials, assume)
        .map(|t| t.medicine.id)
        .collect::<SortedSet<_>>()
        .len();
    if failed == 0 {
        return Maudsley::NotApplicable;
    }
    let (Some(months), Some(severity)) = (history.episode_months, history.severity) else {
        return Maudsley::NeedsInput {
            months: history.episode_months.is_none(),
            severity: history.severity.is_none(),
        };
    };
    let duration = months.msm_points();
    let antidepressants = match failed {
        1..=2 => 1,
        3..=4 => 2,
        5..=6 => 3,
        7..=10 => 4,
        _ => 5,
    };
    let augmentation = u8::from(
        history
            .trials
            .iter()
            .any(|t| t.augmented_with.is_some() && t.outcome.is_failure()),
    );
    let ect = u8::from(!history.ect.is_empty());
    let total = duration + severity.points() + antidepressants + augmentation + ect;
    Maudsley::Scored(MsmScore {
        duration,
        severity: severity.points(),
        antidepressants,
        augmentation,
        ect,
        total,
        band: MsmBand::of(total),
    })
}

/// MGH-S, kept in half points so it is exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct MghS {
    pub halves: u16,
    pub trials: u16,
    pub optimisations: u16,
    pub augmentations: u16,
    pub ect: bool,
}

impl MghS {
    /// The score with one decimal, as published ("4.5"); a point in every
    /// language (project decision 20).
    pub fn display(self) -> String {
        format!(
            "{}.{}",
            self.halves / 2,
            if self.halves % 2 == 1 { 5 } else { 0 }
        )
    }

    /// The half points that `part` adds to the score.
    pub fn part(self, part: MghsPart) -> u16 {
        match part {
            MghsPart::Trials => 2 * self.trials,
            MghsPart::Changes => self.optimisations + self.augmentations,
            MghsPart::Ect => {
                if self.ect {
                    6
                } else {
                    0
                }
            }
        }
    }
}

/// What an MGH-S score is made of, in the order Fava 2003 counts it: the
/// failed adequate trials (1 point each), the changes made to them (half a
/// point for each raised dose, longer time or added medicine), and ECT (3
/// points, once).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MghsPart {
    Trials,
    Changes,
    Ect,
}

impl MghsPart {
    pub const ALL: [MghsPart; 3] = [MghsPart::Trials, MghsPart::Changes, MghsPart::Ect];

    /// Test contract (`data-band` in the picture) and colour class.
    pub fn slug(self) -> &'static str {
        match self {
            MghsPart::Trials => "mghs-trials",
            MghsPart::Changes => "mghs-changes",
            MghsPart::Ect => "mghs-ect",
        }
    }
}

pub fn mgh_s(history: &TreatmentHistory, assume: Assume) -> MghS {
    let counted: Vec<_> = counted(&history.trials, assume).collect();
    let trials = counted.len() as u16;
    let optimisations = counted
        .iter()
        .map(|t| u16::from(t.dose_raised) + u16::from(t.duration_extended))
        .sum::<u16>();
    let augmentations = counted
        .iter()
        .filter(|t| t.augmented_with.is_some())
        .count() as u16;
    let ect = history.ect.iter().any(|c| c.outcome.is_failure());
    MghS {
        halves: 2 * trials + optimisations + augmentations + if ect { 6 } else { 0 },
        trials,
        optimisations,
        augmentations,
        ect,
    }
}
