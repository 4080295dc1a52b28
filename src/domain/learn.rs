//! The explainer topics, as identifiers. Their text lives in `content/`
//! and is loaded by `crate::content`; the domain only needs to know which
//! topic is open.

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

    /// Stable id: the content file name and the `data-topic` attribute.
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
}
