//! What the visitor can take away, made on their device: the summary for
//! the doctor (one model, shown on screen, printed and downloaded as HTML)
//! and the PHQ-9 as a FHIR R4 `QuestionnaireResponse`. Also the clinician
//! review page (`review.rs`): every word the widget writes, both languages
//! side by side, written at build time and never part of the widget.
//!
//! Serialization lives here, at its own boundary; the domain types do not
//! know about JSON or HTML.

pub mod fhir;
pub mod html;
pub mod json;
pub mod review;
pub mod stored;
pub mod summary;
