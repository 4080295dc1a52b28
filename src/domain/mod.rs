//! The pure core: instruments as data, the scoring engine, the questionnaire
//! state machine and the resolution of embed attributes.
//!
//! Nothing in here knows about Leptos, the DOM or the browser; the
//! `tidy` test in `tests/it` fails if that ever changes. The clock, storage,
//! language detection and downloads come in as parameters.

pub mod crisis;
pub mod date;
pub mod embed;
pub mod error;
pub mod instrument;
pub mod lang;
pub mod learn;
pub mod option_list;
pub mod options;
pub mod phq9;
pub mod progress;
pub mod responses;
pub mod session;
pub mod sorted;
pub mod staging;
pub mod wizard;
