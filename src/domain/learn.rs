//! The explainer topics, as identifiers. Their text lives in `content/`
//! and is loaded by `crate::content`; the domain only needs to know which
//! topic is open.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Topic {
    WhatIsTrd,
    WhyTrdHappens,
    DiagnosisAndStaging,
    Biomarkers,
    TreatmentOptions,
    KetamineAndEsketamine,
    Psilocybin,
    Outlook,
    GettingHelp,
}

impl Topic {
    /// Whether the page ends with the psilocybin questions-to-ask
    /// checklist (the one interactive part of an explainer).
    pub fn has_checklist(self) -> bool {
        self == Topic::Psilocybin
    }

    /// Whether the page lists every crisis line (its content has a
    /// `crisis-lines:` block; a content test keeps the two in step). The
    /// compact block below it then does not repeat them (decision 19).
    pub fn lists_crisis_lines(self) -> bool {
        self == Topic::GettingHelp
    }

    /// In the order the topic list shows them.
    pub const ALL: [Topic; 9] = [
        Topic::WhatIsTrd,
        Topic::WhyTrdHappens,
        Topic::DiagnosisAndStaging,
        Topic::Biomarkers,
        Topic::TreatmentOptions,
        Topic::KetamineAndEsketamine,
        Topic::Psilocybin,
        Topic::Outlook,
        Topic::GettingHelp,
    ];

    /// Stable id: the content file name and the `data-topic` attribute.
    pub fn slug(self) -> &'static str {
        match self {
            Topic::WhatIsTrd => "what-is-trd",
            Topic::WhyTrdHappens => "why-trd-happens",
            Topic::DiagnosisAndStaging => "diagnosis-and-staging",
            Topic::Biomarkers => "biomarkers",
            Topic::TreatmentOptions => "treatment-options",
            Topic::KetamineAndEsketamine => "ketamine-and-esketamine",
            Topic::Psilocybin => "psilocybin",
            Topic::Outlook => "outlook",
            Topic::GettingHelp => "getting-help",
        }
    }
}
