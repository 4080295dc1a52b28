//! Questionnaires as data.
//!
//! Each instrument is one static value: items with a stable `link_id`, LOINC
//! codes where they exist, answer options with weights and localized text,
//! and the score bands. The vocabulary is borrowed from FHIR
//! (`link_id`, `code`, `answer_option`, `weight`) so that exporting a FHIR R4
//! `QuestionnaireResponse` is a mapping, not a translation; the FHIR types
//! themselves are not the internal model.

use super::lang::Localized;

/// A code in a published terminology (LOINC for the PHQ-9).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Code {
    pub system: &'static str,
    pub code: &'static str,
    /// The code system's own display name, where the spec states it.
    pub display: Option<&'static str>,
}

/// One choice a person can pick for an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnswerOption {
    pub code: Code,
    /// Points this answer adds to the total when its item is scored.
    pub weight: u8,
    pub label: Localized,
}

/// What an item's answer does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemRole {
    /// Counts towards the total. `safety` marks an item whose answer must
    /// raise the crisis flag by itself (PHQ-9 item 9).
    Scored { safety: Option<SafetyRule> },
    /// Asked only when some scored item is above zero, and never counted
    /// (PHQ-9 item 10, the difficulty question).
    FollowUp,
}

/// Weights at or above which a safety item raises the flag, and at or above
/// which the flag is urgent. Clinical-spec 1.10: any answer above "Not at all"
/// triggers; "More than half the days" and above get stronger wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SafetyRule {
    pub raised_at: u8,
    pub urgent_at: u8,
}

/// One question of an instrument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Item {
    /// Stable id, local to this instrument's definition (see the FHIR export).
    pub link_id: &'static str,
    pub code: Code,
    /// The instruction the item is read under ("Over the last 2 weeks..."),
    /// shown with the item so the time frame is always visible.
    pub stem: Option<Localized>,
    pub text: Localized,
    pub options: &'static [AnswerOption],
    pub role: ItemRole,
}

impl Item {
    pub fn is_scored(&self) -> bool {
        matches!(self.role, ItemRole::Scored { .. })
    }
}

/// Severity levels of the PHQ-9 bands (manual Table 4 labels).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    NoneMinimal,
    Mild,
    Moderate,
    ModeratelySevere,
    Severe,
}

impl Severity {
    /// The value of `data-level` in the documented test contract.
    pub fn slug(self) -> &'static str {
        match self {
            Severity::NoneMinimal => "none-minimal",
            Severity::Mild => "mild",
            Severity::Moderate => "moderate",
            Severity::ModeratelySevere => "moderately-severe",
            Severity::Severe => "severe",
        }
    }
}

/// An inclusive range of totals and the severity it stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Band {
    pub min: u8,
    pub max: u8,
    pub severity: Severity,
}

/// A summed questionnaire.
#[derive(Debug, PartialEq, Eq)]
pub struct Instrument {
    /// The value of `data-instrument` in the test contract.
    pub slug: &'static str,
    pub name: Localized,
    /// Canonical URL of this project's Questionnaire (link ids are local to it).
    pub canonical: &'static str,
    pub version: &'static str,
    pub code: Code,
    pub total_code: Code,
    /// The `link_id` of the total score in exports.
    pub total_link_id: &'static str,
    pub items: &'static [Item],
    pub bands: &'static [Band],
    pub attribution: Localized,
}

impl Instrument {
    /// Indices of the items that count towards the total.
    pub fn scored_indices(&self) -> impl Iterator<Item = usize> + '_ {
        self.items
            .iter()
            .enumerate()
            .filter(|(_, item)| item.is_scored())
            .map(|(index, _)| index)
    }

    pub fn scored_count(&self) -> usize {
        self.scored_indices().count()
    }

    /// The highest total the scored items can reach.
    pub fn max_total(&self) -> u16 {
        self.items
            .iter()
            .filter(|item| item.is_scored())
            .map(|item| {
                u16::from(
                    item.options
                        .iter()
                        .map(|option| option.weight)
                        .max()
                        .unwrap_or(0),
                )
            })
            .sum()
    }

    pub fn band_for(&self, total: u8) -> Option<Band> {
        self.bands
            .iter()
            .copied()
            .find(|band| (band.min..=band.max).contains(&total))
    }

    pub fn item_by_link_id(&self, link_id: &str) -> Option<&Item> {
        self.items.iter().find(|item| item.link_id == link_id)
    }
}
