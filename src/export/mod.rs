//! What the visitor can take away, made on their device: the summary for
//! the doctor (one model, shown on screen, printed and downloaded as HTML)
//! and the PHQ-9 as a FHIR R4 `Bundle` (Questionnaire, QuestionnaireResponse
//! and the total as an Observation). Also the clinician
//! review page (`review.rs`): every word the widget writes, both languages
//! side by side, written at build time and never part of the widget.
//!
//! Serialization lives here, at its own boundary; the domain types do not
//! know about JSON or HTML.

pub mod fhir;
pub mod html;
pub mod review;
pub mod stored;
pub mod summary;

/// The name of a downloaded file: what it holds and the visitor's date
/// (`YYYY-MM-DD`), so two downloads on different days do not collide.
pub fn file_name(kind: FileKind, date: &str) -> String {
    match kind {
        FileKind::SummaryHtml => format!("trd-widget-summary-{date}.html"),
        FileKind::Phq9Fhir => format!("phq9-fhir-bundle-{date}.json"),
    }
}

/// What a download holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    SummaryHtml,
    Phq9Fhir,
}
