//! The one value "remember on this device" stores, and its wire format:
//! versioned JSON under one namespaced localStorage key. The domain types
//! do not know about it; this module maps them (serde derive here only).

use serde::{Deserialize, Serialize};

use crate::domain::date::Date;
use crate::domain::progress::{DatedTotal, MAX_ENTRIES};

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
}

pub fn to_stored(totals: &[DatedTotal]) -> Stored {
    Stored {
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

/// Checks a value read back: the version, every date and every total.
pub fn from_stored(stored: Stored) -> Result<Vec<DatedTotal>, StoredError> {
    if stored.version != VERSION {
        return Err(StoredError::Version(stored.version));
    }
    if stored.phq9.len() > MAX_ENTRIES {
        return Err(StoredError::TooMany(stored.phq9.len()));
    }
    stored
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
        .collect()
}
