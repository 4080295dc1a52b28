//! Explainer pages and the glossary, as data.
//!
//! Text lives in `content/` at the repository root, one file per topic and
//! language, so a clinician can review and edit it without touching code.
//! The files are compiled in (`include_str!`) and parsed by [`parse`]; tests
//! check that every topic exists in every language, cites its sources, uses
//! only glossary terms that exist, and reads at or below grade 8.
//!
//! Facts come from clinical-spec sections 6, 7, 9 and 10 with their
//! citations; facts the spec marks [M] are left out or said less precisely.

pub mod checklist;
pub mod glossary;
mod lines;
pub mod parse;
pub mod topics;

pub use parse::{Block, Inline, Page};
pub use topics::{page, Topic};
