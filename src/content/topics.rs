//! The explainer topics, each compiled in from `content/explainers/`.

use super::parse::{parse, ContentError, Page};
use crate::domain::lang::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Topic {
    WhatIsTrd,
    DiagnosisAndStaging,
    TreatmentOptions,
    Psilocybin,
    Outlook,
    GettingHelp,
}

impl Topic {
    /// In the order the topic list shows them.
    pub const ALL: [Topic; 6] = [
        Topic::WhatIsTrd,
        Topic::DiagnosisAndStaging,
        Topic::TreatmentOptions,
        Topic::Psilocybin,
        Topic::Outlook,
        Topic::GettingHelp,
    ];

    /// Stable id: the file name and the `data-topic` attribute.
    pub fn slug(self) -> &'static str {
        match self {
            Topic::WhatIsTrd => "what-is-trd",
            Topic::DiagnosisAndStaging => "diagnosis-and-staging",
            Topic::TreatmentOptions => "treatment-options",
            Topic::Psilocybin => "psilocybin",
            Topic::Outlook => "outlook",
            Topic::GettingHelp => "getting-help",
        }
    }

    /// The page's source text. A missing language is a compile error.
    pub fn source(self, lang: Lang) -> &'static str {
        macro_rules! files {
            ($slug:literal) => {
                match lang {
                    Lang::En => include_str!(concat!("../../content/explainers/", $slug, ".en.md")),
                    Lang::Es => include_str!(concat!("../../content/explainers/", $slug, ".es.md")),
                }
            };
        }
        match self {
            Topic::WhatIsTrd => files!("what-is-trd"),
            Topic::DiagnosisAndStaging => files!("diagnosis-and-staging"),
            Topic::TreatmentOptions => files!("treatment-options"),
            Topic::Psilocybin => files!("psilocybin"),
            Topic::Outlook => files!("outlook"),
            Topic::GettingHelp => files!("getting-help"),
        }
    }

    pub fn page(self, lang: Lang) -> Result<Page, ContentError> {
        parse(self.source(lang))
    }
}
