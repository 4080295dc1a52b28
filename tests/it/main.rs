//! Cross-cutting native checks, in one integration binary:
//! - `tidy`: the architecture's boundaries and conventions hold (pure
//!   modules stay pure, dependencies point one way, one door to the state,
//!   the codemap names every file);
//! - `catalogue`: every text exists in every language, every catalogue
//!   carries its language, every `fill` fills exactly its placeholders;
//! - `helpers`: every i18n helper renders complete text in both languages;
//! - `verbatim`: the PHQ-9 wording, options, bands and LOINC codes equal
//!   the clinical spec, byte for byte;
//! - `spec_tables`: every crisis line (section 8) and every medicine, class
//!   and minimum dose (section 6.3) equal the clinical spec;
//! - `content`: the explainers, glossary and checklist (both languages,
//!   sources, reading grade, risks beside every treatment);
//! - `css`: the minified stylesheets keep every rule;
//! - `export`: the summary, FHIR and remembered value;
//! - `options`: every generated list of option names is current;
//! - `fuzz`: property tests that no parser of outside input panics;
//! - `source`: reading the crate's own source for the checks above.
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
