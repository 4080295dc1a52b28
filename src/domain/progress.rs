//! PHQ-9 totals over time, for a visitor who chose "remember on this
//! device" (only where the clinic offers it). Measurement-based care for
//! people trying treatment after treatment, kept on their own device.
//!
//! Pure: the dates come in from the platform; storing is `crate::platform`'s
//! job and the stored format `crate::export::stored`'s.

use super::date::Date;
use crate::domain::sorted::SortedSet;

/// One PHQ-9 total on one day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct DatedTotal {
    pub date: Date,
    /// 0 to 27.
    pub total: u8,
}

/// The most entries kept (oldest dropped first).
pub const MAX_ENTRIES: usize = 200;

/// `past` with today's total, if any, replacing an earlier one of the same
/// day; in date order, at most [`MAX_ENTRIES`].
pub fn with_today(past: &[DatedTotal], today: Date, current: Option<u8>) -> Vec<DatedTotal> {
    let mut all: Vec<DatedTotal> = past
        .iter()
        .copied()
        .filter(|e| e.total <= 27 && !(current.is_some() && e.date == today))
        .collect();
    if let Some(total) = current.filter(|t| *t <= 27) {
        all.push(DatedTotal { date: today, total });
    }
    // Date order, one entry a day: a sorted set (no std sort in the wasm).
    let mut all: Vec<DatedTotal> = all
        .into_iter()
        .collect::<SortedSet<_>>()
        .into_iter()
        .collect();
    all.dedup_by_key(|e| e.date);
    let excess = all.len().saturating_sub(MAX_ENTRIES);
    all.drain(..excess);
    all
}

/// Why "remember on this device" could not do its job, for a calm message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageNotice {
    /// The browser does not allow storage here (private mode, settings).
    Unavailable,
    /// What was saved could not be read; the widget started fresh.
    Unreadable,
    /// The device refused to save (for example, storage full).
    NotSaved,
    /// The code that remembers could not be fetched (offline, blocked);
    /// nothing on the device was touched.
    NotLoaded,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).expect("date")
    }

    #[test]
    fn today_replaces_the_same_day_and_keeps_order() {
        let past = [
            DatedTotal {
                date: day("2026-11-20"),
                total: 14,
            },
            DatedTotal {
                date: day("2026-11-01"),
                total: 19,
            },
            DatedTotal {
                date: day("2026-11-27"),
                total: 9,
            },
        ];
        let now = with_today(&past, day("2026-11-27"), Some(12));
        assert_eq!(
            now.iter().map(|e| e.total).collect::<Vec<_>>(),
            [19, 14, 12],
            "sorted by date, today's replaced"
        );
        let kept = with_today(&past, day("2026-11-27"), None);
        assert_eq!(kept.len(), 3);
        let bad = [DatedTotal {
            date: day("2026-11-02"),
            total: 40,
        }];
        assert!(with_today(&bad, day("2026-11-27"), None).is_empty());
    }

    #[test]
    fn at_most_max_entries_newest_kept() {
        let past: Vec<_> = (0..MAX_ENTRIES + 10)
            .map(|i| DatedTotal {
                date: Date {
                    year: 2000 + (i / 300) as u16,
                    month: 1 + ((i / 28) % 12) as u8,
                    day: 1 + (i % 28) as u8,
                },
                total: 5,
            })
            .collect();
        let kept = with_today(&past, day("2030-01-01"), Some(7));
        assert_eq!(kept.len(), MAX_ENTRIES);
        assert_eq!(kept.last().map(|e| e.total), Some(7));
    }
}
