//! Checking what the visitor typed into the history builder.
//!
//! Each field gets a typed error the UI shows next to it, in the visitor's
//! language. Nothing out of range is clamped: an implausible value (5,000 mg,
//! 900 weeks) is an error to fix, never a silently wrong stage.

use super::medicines::Medicine;

/// Longest trial accepted, in weeks (10 years).
pub const MAX_WEEKS: u16 = 520;
/// Longest episode accepted, in months (50 years).
pub const MAX_MONTHS: u16 = 600;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FieldError {
    Empty,
    NotANumber,
    NotWhole,
    Negative,
    Zero,
    TooLarge { max: f32 },
}

fn number(text: &str) -> Result<f32, FieldError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(FieldError::Empty);
    }
    // Accept a decimal comma, as Spanish speakers write it.
    let value: f32 = text
        .replace(',', ".")
        .parse()
        .map_err(|_| FieldError::NotANumber)?;
    if !value.is_finite() {
        return Err(FieldError::NotANumber);
    }
    if value < 0.0 {
        return Err(FieldError::Negative);
    }
    Ok(value)
}

fn whole(text: &str, max: u16, zero_ok: bool) -> Result<u16, FieldError> {
    let value = number(text)?;
    if value.fract() != 0.0 {
        return Err(FieldError::NotWhole);
    }
    if value == 0.0 && !zero_ok {
        return Err(FieldError::Zero);
    }
    if value > f32::from(max) {
        return Err(FieldError::TooLarge {
            max: f32::from(max),
        });
    }
    Ok(value as u16)
}

/// Weeks on a medicine: a whole number from 1 to 520.
pub fn weeks(text: &str) -> Result<u16, FieldError> {
    whole(text, MAX_WEEKS, false)
}

/// Months in the current episode: a whole number from 0 to 600.
pub fn months(text: &str) -> Result<u16, FieldError> {
    whole(text, MAX_MONTHS, true)
}

/// A daily dose of `medicine`, above zero and not implausibly high.
pub fn dose(text: &str, medicine: &Medicine) -> Result<f32, FieldError> {
    let value = number(text)?;
    if value == 0.0 {
        return Err(FieldError::Zero);
    }
    if value > medicine.implausible_above {
        return Err(FieldError::TooLarge {
            max: medicine.implausible_above,
        });
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::staging::medicines::medicine;

    #[test]
    fn weeks_are_whole_positive_and_plausible() {
        assert_eq!(weeks("8"), Ok(8));
        assert_eq!(weeks(" 12 "), Ok(12));
        assert_eq!(weeks("520"), Ok(520));
        assert_eq!(weeks(""), Err(FieldError::Empty));
        assert_eq!(weeks("six"), Err(FieldError::NotANumber));
        assert_eq!(weeks("-3"), Err(FieldError::Negative));
        assert_eq!(weeks("0"), Err(FieldError::Zero));
        assert_eq!(weeks("6.5"), Err(FieldError::NotWhole));
        assert_eq!(weeks("900"), Err(FieldError::TooLarge { max: 520.0 }));
        assert_eq!(weeks("NaN"), Err(FieldError::NotANumber));
        assert_eq!(weeks("inf"), Err(FieldError::NotANumber));
    }

    #[test]
    fn months_may_be_zero() {
        assert_eq!(months("0"), Ok(0));
        assert_eq!(months("24"), Ok(24));
        assert_eq!(months("601"), Err(FieldError::TooLarge { max: 600.0 }));
    }

    #[test]
    fn doses_are_positive_and_below_the_implausible_line() {
        let sertraline = medicine("sertraline").expect("in catalogue");
        assert_eq!(dose("100", sertraline), Ok(100.0));
        assert_eq!(dose("37,5", sertraline), Ok(37.5));
        assert_eq!(
            dose("5000", sertraline),
            Err(FieldError::TooLarge { max: 400.0 })
        );
        assert_eq!(dose("0", sertraline), Err(FieldError::Zero));
        assert_eq!(dose("-50", sertraline), Err(FieldError::Negative));
        assert_eq!(dose("50mg", sertraline), Err(FieldError::NotANumber));
        assert_eq!(dose("", sertraline), Err(FieldError::Empty));
    }
}
