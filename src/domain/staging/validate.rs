//! Checking what the visitor typed into the history builder.
//!
//! Each field gets a typed error the UI shows next to it, in the visitor's
//! language. Nothing out of range is clamped: an implausible value (5,000 mg,
//! 900 weeks) is an error to fix, never a silently wrong stage.

use super::history::{Dose, Months};
use super::medicines::Medicine;

/// Longest trial accepted, in weeks (10 years).
pub const MAX_WEEKS: u16 = 520;
/// Longest episode accepted, in months (50 years).
pub const MAX_MONTHS: u16 = 600;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldError {
    Empty,
    NotANumber,
    NotWhole,
    Negative,
    Zero,
    /// Above the largest accepted value, in whole units.
    TooLarge {
        max: u32,
    },
}

/// A non-negative decimal as a visitor types it, in thousandths: digits
/// with at most one decimal point or comma (Spanish speakers write "12,5").
/// Digits past the third decimal round up, so a value just above a
/// whole-number cut-off (12.0001 months) never falls onto it. No float is
/// parsed: what is not plain digits ("1e309", "NaN", "٣") is not a number.
fn thousandths(text: &str) -> Result<u64, FieldError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(FieldError::Empty);
    }
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (int_part, frac_part) = match digits.split_once(['.', ',']) {
        Some((int_part, frac_part)) => (int_part, frac_part),
        None => (digits, ""),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (int_part.is_empty() && frac_part.is_empty())
        || !all_digits(int_part)
        || !all_digits(frac_part)
    {
        return Err(FieldError::NotANumber);
    }
    // Anything with more than 12 integer digits is far past every limit.
    let int_value = if int_part.trim_start_matches('0').len() > 12 {
        u64::MAX / 2000
    } else {
        int_part
            .bytes()
            .fold(0u64, |n, b| n * 10 + u64::from(b - b'0'))
    };
    let frac = frac_part.as_bytes();
    let mut frac_value = 0u64;
    for i in 0..3 {
        frac_value = frac_value * 10 + frac.get(i).map_or(0, |b| u64::from(b - b'0'));
    }
    let rest_nonzero = frac.iter().skip(3).any(|&b| b != b'0');
    let value = int_value * 1000 + frac_value + u64::from(rest_nonzero);
    if negative && value > 0 {
        return Err(FieldError::Negative);
    }
    Ok(value)
}

fn too_large(max: u64) -> FieldError {
    FieldError::TooLarge { max: max as u32 }
}

fn whole(text: &str, max: u16, zero_ok: bool) -> Result<u16, FieldError> {
    let value = thousandths(text)?;
    if value % 1000 != 0 {
        return Err(FieldError::NotWhole);
    }
    if value == 0 && !zero_ok {
        return Err(FieldError::Zero);
    }
    if value > u64::from(max) * 1000 {
        return Err(too_large(u64::from(max)));
    }
    Ok((value / 1000) as u16)
}

/// Weeks on a medicine: a whole number from 1 to 520.
pub fn weeks(text: &str) -> Result<u16, FieldError> {
    whole(text, MAX_WEEKS, false)
}

/// Months in the current episode, whole or not (project decision 6:
/// continuous months), from 0 to 600.
pub fn months(text: &str) -> Result<Months, FieldError> {
    let value = thousandths(text)?;
    if value > u64::from(MAX_MONTHS) * 1000 {
        return Err(too_large(u64::from(MAX_MONTHS)));
    }
    Ok(Months::from_thousandths(value as u32))
}

/// A daily dose of `medicine`, above zero and not implausibly high.
pub fn dose(text: &str, medicine: &Medicine) -> Result<Dose, FieldError> {
    let value = thousandths(text)?;
    if value == 0 {
        return Err(FieldError::Zero);
    }
    if value > u64::from(medicine.implausible_above) * 1000 {
        return Err(FieldError::TooLarge {
            max: medicine.implausible_above,
        });
    }
    Ok(Dose::from_thousandths(value as u32))
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
        assert_eq!(weeks("900"), Err(FieldError::TooLarge { max: 520 }));
        assert_eq!(weeks("NaN"), Err(FieldError::NotANumber));
        assert_eq!(weeks("inf"), Err(FieldError::NotANumber));
    }

    #[test]
    fn months_may_be_zero_or_part_of_a_month() {
        let m = |t| Ok(Months::from_thousandths(t));
        assert_eq!(months("0"), m(0));
        assert_eq!(months("24"), m(24_000));
        assert_eq!(months("12.5"), m(12_500));
        assert_eq!(months("12,5"), m(12_500));
        assert_eq!(months(".5"), m(500));
        assert_eq!(months("12."), m(12_000));
        // Past the third decimal, round up: never onto a cut-off.
        assert_eq!(months("12.0001"), m(12_001));
        assert_eq!(months("11.99999"), m(12_000));
        assert_eq!(months("600"), m(600_000));
        assert_eq!(months("600.001"), Err(FieldError::TooLarge { max: 600 }));
        assert_eq!(months("601"), Err(FieldError::TooLarge { max: 600 }));
        assert_eq!(
            months("99999999999999999999"),
            Err(FieldError::TooLarge { max: 600 })
        );
        assert_eq!(months("-0"), m(0));
    }

    #[test]
    fn what_is_not_a_number_gets_the_same_typed_errors() {
        for junk in [
            "six", "1e309", "NaN", "inf", "٣", "12.5.1", "1,2,3", ".", "-", "12 5", "½",
        ] {
            assert_eq!(months(junk), Err(FieldError::NotANumber), "{junk:?}");
            assert_eq!(weeks(junk), Err(FieldError::NotANumber), "{junk:?}");
        }
        assert_eq!(months(""), Err(FieldError::Empty));
        assert_eq!(months("   "), Err(FieldError::Empty));
        assert_eq!(months("-1"), Err(FieldError::Negative));
        assert_eq!(months("-0,5"), Err(FieldError::Negative));
    }

    #[test]
    fn doses_are_positive_and_below_the_implausible_line() {
        let sertraline = medicine("sertraline").expect("in catalogue");
        assert_eq!(dose("100", sertraline), Ok(Dose::whole(100)));
        assert_eq!(dose("37,5", sertraline), Ok(Dose::from_thousandths(37_500)));
        assert_eq!(
            dose("5000", sertraline),
            Err(FieldError::TooLarge { max: 400 })
        );
        assert_eq!(dose("0", sertraline), Err(FieldError::Zero));
        assert_eq!(dose("-50", sertraline), Err(FieldError::Negative));
        assert_eq!(dose("50mg", sertraline), Err(FieldError::NotANumber));
        assert_eq!(dose("", sertraline), Err(FieldError::Empty));
    }
}
