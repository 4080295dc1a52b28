//! The explainer topics, each compiled in from `content/explainers/`.

use super::parse::{parse, ContentError, Page};
use crate::domain::lang::Lang;

pub use crate::domain::learn::Topic;

/// The page's source text. A missing language is a compile error.
pub fn source(topic: Topic, lang: Lang) -> &'static str {
    macro_rules! files {
        ($slug:literal) => {
            match lang {
                Lang::En => include_str!(concat!("../../content/explainers/", $slug, ".en.md")),
                Lang::Es => include_str!(concat!("../../content/explainers/", $slug, ".es.md")),
            }
        };
    }
    match topic {
        Topic::WhatIsTrd => files!("what-is-trd"),
        Topic::WhyTrdHappens => files!("why-trd-happens"),
        Topic::DiagnosisAndStaging => files!("diagnosis-and-staging"),
        Topic::Biomarkers => files!("biomarkers"),
        Topic::TreatmentOptions => files!("treatment-options"),
        Topic::KetamineAndEsketamine => files!("ketamine-and-esketamine"),
        Topic::Psilocybin => files!("psilocybin"),
        Topic::Outlook => files!("outlook"),
        Topic::GettingHelp => files!("getting-help"),
    }
}

/// The parsed page of a topic.
pub fn page(topic: Topic, lang: Lang) -> Result<Page, ContentError> {
    parse(source(topic, lang))
}
