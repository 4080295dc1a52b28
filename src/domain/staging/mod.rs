//! Treatment-resistant depression staging from one treatment history.
//!
//! The visitor enters their current episode's treatments once
//! ([`history`]); [`adequacy`] decides which trials count; [`methods`]
//! computes the TRD definition check, Thase-Rush, Maudsley and MGH-S.
//! [`assess`] runs them all, as entered and as if every unknown trial had
//! been adequate. Rules: clinical-spec sections 2-4, 6 and the project
//! decisions 4-7.

pub mod adequacy;
pub mod builder;
pub mod history;
pub mod medicines;
pub mod methods;
pub mod validate;

use adequacy::{verdict, Assume, Verdict};
use history::TreatmentHistory;
use methods::{
    maudsley, mgh_s, thase_rush, trd_definition, Maudsley, MghS, ThaseRush, TrdDefinition,
};

/// The staging methods, for the documented test contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Definition,
    ThaseRush,
    Maudsley,
    MghS,
}

impl Method {
    pub const ALL: [Method; 4] = [
        Method::Definition,
        Method::ThaseRush,
        Method::Maudsley,
        Method::MghS,
    ];

    /// The value of a staging card's `data-instrument`.
    pub fn slug(self) -> &'static str {
        match self {
            Method::Definition => "trd-definition",
            Method::ThaseRush => "thase-rush",
            Method::Maudsley => "maudsley",
            Method::MghS => "mgh-s",
        }
    }
}

/// A method's result as entered, and, when some trials are unknown, what it
/// would be if they were adequate.
#[derive(Clone, Debug, PartialEq)]
pub struct Staged<T> {
    pub as_entered: T,
    pub if_unknown_adequate: Option<T>,
}

/// Every method's result, and each trial's verdict (for "which trials
/// counted and why").
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub verdicts: Vec<Verdict>,
    pub definition: Staged<TrdDefinition>,
    pub thase_rush: Staged<ThaseRush>,
    pub maudsley: Staged<Maudsley>,
    pub mgh_s: Staged<MghS>,
}

impl Assessment {
    pub fn has_unknown_trials(&self) -> bool {
        self.verdicts
            .iter()
            .any(|v| matches!(v, Verdict::Unknown(_)))
    }
}

pub fn assess(history: &TreatmentHistory) -> Assessment {
    let verdicts: Vec<Verdict> = history.trials.iter().map(verdict).collect();
    let unknown = verdicts.iter().any(|v| matches!(v, Verdict::Unknown(_)));
    fn staged<T>(
        history: &TreatmentHistory,
        unknown: bool,
        method: fn(&TreatmentHistory, Assume) -> T,
    ) -> Staged<T> {
        Staged {
            as_entered: method(history, Assume::AsEntered),
            if_unknown_adequate: unknown.then(|| method(history, Assume::UnknownAdequate)),
        }
    }
    Assessment {
        definition: staged(history, unknown, trd_definition),
        thase_rush: staged(history, unknown, thase_rush),
        maudsley: staged(history, unknown, maudsley),
        mgh_s: staged(history, unknown, mgh_s),
        verdicts,
    }
}

#[cfg(test)]
mod tests;
