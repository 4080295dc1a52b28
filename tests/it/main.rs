//! Cross-cutting native checks, in one integration binary (also `options`:
//! every list of option names outside Rust matches the domain; `fuzz`:
//! property tests that no parser of outside input panics; `helpers`: every
//! i18n helper renders complete text in both languages):
//! - `tidy`: the architecture's boundaries hold (pure modules stay pure,
//!   dependencies point one way);
//! - `catalogue`: every text exists in every language;
//! - `verbatim`: the PHQ-9 wording, options, bands and LOINC codes equal
//!   the clinical spec, byte for byte;
//! - `spec_tables`: every crisis line (section 8) and every medicine, class
//!   and minimum dose (section 6.3) equal the clinical spec.
#![cfg(not(target_arch = "wasm32"))]
// In tests a failed expectation is the report: panicking is the point.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod catalogue;
mod content;
mod css;
mod export;
mod fuzz;
mod helpers;
mod options;
mod source;
mod spec_tables;
mod tidy;
mod verbatim;
