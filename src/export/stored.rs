//! The one value "remember on this device" stores, and its wire format:
//! versioned JSON under one namespaced localStorage key. The domain types
//! do not know about it; this module maps them (serde derive here only).

use serde::{Deserialize, Serialize};

use crate::domain::date::Date;
use crate::domain::progress::{DatedTotal, MAX_ENTRIES};
use crate::domain::staging::history::{
    Dose, DoseReport, EctCourse, EctPlacement, Months, MsmSeverity, Outcome, TreatmentHistory,
    Trial,
};
use crate::domain::staging::medicines::{augmentation_agent, medicine, OtherTreatment};

/// The only key the widget ever uses, and only after the visitor opts in.
pub const KEY: &str = "trd-widget:remembered";
/// The format's version; another version is not read (and not a panic).
pub const VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stored {
    pub version: u32,
    /// PHQ-9 totals with their dates, oldest first.
    pub phq9: Vec<StoredTotal>,
    /// The treatment history, when the visitor entered one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub history: Option<StoredHistory>,
}

/// A treatment history by stable ids (medicines by catalogue id).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoredHistory {
    pub trials: Vec<StoredTrial>,
    pub ect: Vec<StoredEct>,
    /// Episode length in thousandths of a month.
    pub months: Option<u32>,
    /// `1` (subsyndromal) to `5` (severe with psychosis).
    pub severity: Option<u8>,
    pub other: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoredTrial {
    pub medicine: String,
    pub weeks: Option<u16>,
    /// `amount`, `full`, `lower` or `unsure`.
    pub dose: String,
    /// With `amount`: thousandths of the medicine's unit.
    pub amount: Option<u32>,
    pub outcome: String,
    pub dose_raised: bool,
    pub duration_extended: bool,
    pub augmented_with: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoredEct {
    pub placement: String,
    pub outcome: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoredTotal {
    /// `YYYY-MM-DD`.
    pub date: String,
    pub total: u8,
}

/// Why a stored value could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoredError {
    Version(u32),
    BadDate(String),
    BadTotal(u8),
    TooMany(usize),
    /// A medicine, agent, treatment or choice this version does not know.
    Unknown(String),
}

/// The history by ids; `None` when nothing was entered.
pub fn history_to_stored(history: &TreatmentHistory) -> Option<StoredHistory> {
    if *history == TreatmentHistory::default() {
        return None;
    }
    Some(StoredHistory {
        trials: history
            .trials
            .iter()
            .map(|t| {
                let (dose, amount) = match t.dose {
                    DoseReport::Amount(a) => ("amount", Some(a.thousandths())),
                    DoseReport::FullDose => ("full", None),
                    DoseReport::LowerDose => ("lower", None),
                    DoseReport::NotSure => ("unsure", None),
                };
                StoredTrial {
                    medicine: t.medicine.id.to_owned(),
                    weeks: t.weeks,
                    dose: dose.to_owned(),
                    amount,
                    outcome: t.outcome.slug().to_owned(),
                    dose_raised: t.dose_raised,
                    duration_extended: t.duration_extended,
                    augmented_with: t.augmented_with.map(|a| a.id.to_owned()),
                }
            })
            .collect(),
        ect: history
            .ect
            .iter()
            .map(|c| StoredEct {
                placement: c.placement.slug().to_owned(),
                outcome: c.outcome.slug().to_owned(),
            })
            .collect(),
        months: history.episode_months.map(Months::thousandths),
        severity: history.severity.map(|s| s.points()),
        other: history.other.iter().map(|o| o.slug().to_owned()).collect(),
    })
}

fn unknown(what: &str) -> StoredError {
    StoredError::Unknown(what.chars().take(40).collect())
}

/// The history back from ids; anything unknown is a typed error.
pub fn history_from_stored(stored: StoredHistory) -> Result<TreatmentHistory, StoredError> {
    let outcome = |slug: &str| {
        Outcome::ALL
            .into_iter()
            .find(|o| o.slug() == slug)
            .ok_or_else(|| unknown(slug))
    };
    let trials = stored
        .trials
        .into_iter()
        .map(|t| {
            let dose = match (t.dose.as_str(), t.amount) {
                ("amount", Some(a)) if a > 0 && a <= 10_000_000 => {
                    DoseReport::Amount(Dose::from_thousandths(a))
                }
                ("full", None) => DoseReport::FullDose,
                ("lower", None) => DoseReport::LowerDose,
                ("unsure", None) => DoseReport::NotSure,
                (other, _) => return Err(unknown(other)),
            };
            let augmented_with = match t.augmented_with {
                Some(id) => Some(augmentation_agent(&id).ok_or_else(|| unknown(&id))?),
                None => None,
            };
            Ok(Trial {
                medicine: medicine(&t.medicine).ok_or_else(|| unknown(&t.medicine))?,
                weeks: t
                    .weeks
                    .filter(|w| (1..=crate::domain::staging::validate::MAX_WEEKS).contains(w)),
                dose,
                outcome: outcome(&t.outcome)?,
                dose_raised: t.dose_raised,
                duration_extended: t.duration_extended,
                augmented_with,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let ect = stored
        .ect
        .into_iter()
        .map(|c| {
            Ok(EctCourse {
                placement: EctPlacement::ALL
                    .into_iter()
                    .find(|p| p.slug() == c.placement)
                    .ok_or_else(|| unknown(&c.placement))?,
                outcome: outcome(&c.outcome)?,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let severity = match stored.severity {
        Some(points) => Some(
            MsmSeverity::ALL
                .into_iter()
                .find(|s| s.points() == points)
                .ok_or_else(|| unknown(&points.to_string()))?,
        ),
        None => None,
    };
    let other = stored
        .other
        .iter()
        .map(|slug| {
            OtherTreatment::ALL
                .into_iter()
                .find(|o| o.slug() == slug)
                .ok_or_else(|| unknown(slug))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(TreatmentHistory {
        trials,
        ect,
        episode_months: stored
            .months
            .filter(|m| *m <= 600_000)
            .map(Months::from_thousandths),
        severity,
        other,
    })
}

pub fn to_stored(totals: &[DatedTotal], history: &TreatmentHistory) -> Stored {
    Stored {
        history: history_to_stored(history),
        version: VERSION,
        phq9: totals
            .iter()
            .map(|t| StoredTotal {
                date: format!("{:04}-{:02}-{:02}", t.date.year, t.date.month, t.date.day),
                total: t.total,
            })
            .collect(),
    }
}

/// What was remembered: the totals and, if entered, the treatment history.
pub type Remembered = (Vec<DatedTotal>, Option<TreatmentHistory>);

/// Checks a value read back: the version, every date, total and id.
pub fn from_stored(stored: Stored) -> Result<Remembered, StoredError> {
    if stored.version != VERSION {
        return Err(StoredError::Version(stored.version));
    }
    if stored.phq9.len() > MAX_ENTRIES {
        return Err(StoredError::TooMany(stored.phq9.len()));
    }
    let totals = stored
        .phq9
        .into_iter()
        .map(|t| {
            let date = Date::parse(&t.date).ok_or(StoredError::BadDate(t.date))?;
            if t.total > 27 {
                return Err(StoredError::BadTotal(t.total));
            }
            Ok(DatedTotal {
                date,
                total: t.total,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let history = stored.history.map(history_from_stored).transpose()?;
    Ok((totals, history))
}
