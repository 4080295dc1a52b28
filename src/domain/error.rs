//! Typed errors of the pure domain.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DomainError {
    /// An item index outside the instrument.
    NoSuchItem { item: usize },
    /// An answer outside the item's options. Never clamped.
    AnswerOutOfRange {
        link_id: &'static str,
        value: u8,
        options: usize,
    },
    /// A total was asked for before every scored item had an answer.
    Incomplete { missing: Vec<usize> },
    /// A total outside every band: a defect in the instrument's data.
    TotalOutOfRange { total: u16 },
}

impl fmt::Display for DomainError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DomainError::NoSuchItem { item } => write!(f, "there is no item {item}"),
            DomainError::AnswerOutOfRange {
                link_id,
                value,
                options,
            } => write!(
                f,
                "answer {value} to {link_id} is outside its {options} options"
            ),
            DomainError::Incomplete { missing } => {
                write!(f, "{} scored item(s) still need an answer", missing.len())
            }
            DomainError::TotalOutOfRange { total } => {
                write!(f, "total {total} is outside every band")
            }
        }
    }
}

impl std::error::Error for DomainError {}
