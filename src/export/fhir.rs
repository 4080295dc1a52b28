//! The PHQ-9 for a health record (clinical-spec 1.11), as the HL7 SDC and
//! US Core screening patterns expect it: a FHIR R4 `Bundle` of type
//! `collection` with the `Questionnaire` (the project's canonical, LOINC
//! 44249-1, every item with its LOINC code and answer list), the
//! `QuestionnaireResponse` that points at it, and an `Observation` of the
//! total score (LOINC 44261-6) derived from the response.
//!
//! Built from the instrument's own data, so every `linkId` exists in its
//! definition and every answer carries its LOINC code. No `subject` and no
//! identifier of the visitor: the visitor is anonymous, and the file is
//! made and kept on their device. Written through serde (`serde_json`, which
//! the remembering code already needs), not by hand.

use serde::Serialize;

use super::html::escape;
use crate::domain::error::DomainError;
use crate::domain::instrument::{Code, Instrument};
use crate::domain::lang::Lang;
use crate::domain::responses::CompleteResponses;
use crate::i18n::copy;

const LOINC_NOTICE: &str = "This content from LOINC® is copyright © 1995 Regenstrief Institute, Inc. and the LOINC Committee, and available at no cost under the license at https://loinc.org/license/";

/// Why the bundle could not be written.
#[derive(Debug)]
pub enum ExportError {
    /// The answers do not give a total (never for complete answers).
    Score(DomainError),
    /// serde_json refused a value (never for these types: no map keys).
    Json(serde_json::Error),
}

/// The three resources' ids in the bundle (`urn:uuid:` full URLs), made by
/// the caller: the domain and the export draw no random numbers.
pub struct BundleIds {
    pub questionnaire: String,
    pub response: String,
    pub observation: String,
}

#[derive(Serialize)]
struct Coding {
    system: &'static str,
    code: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    display: Option<&'static str>,
}

impl From<&Code> for Coding {
    fn from(code: &Code) -> Self {
        Coding {
            system: code.system,
            code: code.code,
            display: code.display,
        }
    }
}

#[derive(Serialize)]
struct CodeableConcept {
    coding: Vec<Coding>,
}

#[derive(Serialize)]
struct Narrative {
    status: &'static str,
    div: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct AnswerOption {
    value_coding: Coding,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct QuestionnaireItem {
    link_id: &'static str,
    code: Vec<Coding>,
    text: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    required: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    read_only: Option<bool>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    answer_option: Vec<AnswerOption>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Questionnaire {
    resource_type: &'static str,
    language: &'static str,
    url: &'static str,
    version: &'static str,
    name: &'static str,
    title: &'static str,
    status: &'static str,
    code: Vec<Coding>,
    copyright: String,
    item: Vec<QuestionnaireItem>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Answer {
    #[serde(skip_serializing_if = "Option::is_none")]
    value_coding: Option<Coding>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_integer: Option<i64>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ResponseItem {
    link_id: &'static str,
    text: &'static str,
    answer: Vec<Answer>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct QuestionnaireResponse {
    resource_type: &'static str,
    language: &'static str,
    text: Narrative,
    questionnaire: String,
    status: &'static str,
    authored: String,
    item: Vec<ResponseItem>,
}

#[derive(Serialize)]
struct Reference {
    reference: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Observation {
    resource_type: &'static str,
    language: &'static str,
    status: &'static str,
    category: Vec<CodeableConcept>,
    code: CodeableConcept,
    effective_date_time: String,
    value_integer: i64,
    derived_from: Vec<Reference>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Resource {
    Questionnaire(Questionnaire),
    Response(QuestionnaireResponse),
    Observation(Observation),
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Entry {
    full_url: String,
    resource: Resource,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Bundle {
    resource_type: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    timestamp: String,
    entry: Vec<Entry>,
}

/// The Questionnaire in `lang`: every item with its LOINC code and its
/// answer list, and the total as a read-only integer.
fn questionnaire(instrument: &Instrument, lang: Lang) -> Questionnaire {
    let mut item: Vec<QuestionnaireItem> = instrument
        .items
        .iter()
        .map(|question| QuestionnaireItem {
            link_id: question.link_id,
            code: vec![Coding::from(&question.code)],
            text: question.text.get(lang),
            kind: "choice",
            // The difficulty item is asked only when a symptom was reported.
            required: question.is_scored(),
            read_only: None,
            answer_option: question
                .options
                .iter()
                .map(|option| AnswerOption {
                    value_coding: Coding {
                        display: Some(option.label.get(lang)),
                        ..Coding::from(&option.code)
                    },
                })
                .collect(),
        })
        .collect();
    item.push(QuestionnaireItem {
        link_id: instrument.total_link_id,
        code: vec![Coding::from(&instrument.total_code)],
        text: instrument.total_code.display.unwrap_or("Total score"),
        kind: "integer",
        required: false,
        read_only: Some(true),
        answer_option: Vec::new(),
    });
    Questionnaire {
        resource_type: "Questionnaire",
        language: lang.tag(),
        url: instrument.canonical,
        version: instrument.version,
        name: "PHQ9",
        title: instrument.name.get(lang),
        status: "active",
        code: vec![Coding::from(&instrument.code)],
        copyright: format!("{} {LOINC_NOTICE}", instrument.attribution.get(lang)),
        item,
    }
}

/// The Questionnaire alone, as the package ships it at its canonical URL
/// (`dist/fhir/Questionnaire-phq9.json`, written at build time).
pub fn phq9_questionnaire(instrument: &Instrument, lang: Lang) -> Result<String, ExportError> {
    serde_json::to_string_pretty(&questionnaire(instrument, lang)).map_err(ExportError::Json)
}

/// The PHQ-9 as a FHIR R4 `Bundle` (JSON). `authored` is an ISO 8601
/// date-time with a time zone (supplied by the caller: the domain does not
/// read clocks).
pub fn phq9_bundle(
    answers: &CompleteResponses,
    lang: Lang,
    authored: &str,
    ids: &BundleIds,
) -> Result<String, ExportError> {
    let responses = answers.responses();
    let instrument: &Instrument = responses.instrument();
    let score = answers.score().map_err(ExportError::Score)?;
    let total = i64::from(score.total);
    let mut items: Vec<ResponseItem> = instrument
        .items
        .iter()
        .enumerate()
        .filter_map(|(index, item)| {
            let option = responses.chosen_option(index)?;
            Some(ResponseItem {
                link_id: item.link_id,
                text: item.text.get(lang),
                answer: vec![Answer {
                    value_coding: Some(Coding::from(&option.code)),
                    value_integer: None,
                }],
            })
        })
        .collect();
    items.push(ResponseItem {
        link_id: instrument.total_link_id,
        text: instrument.total_code.display.unwrap_or("Total score"),
        answer: vec![Answer {
            value_coding: None,
            value_integer: Some(total),
        }],
    });
    // In the visitor's language; the LOINC notice stays as its licence
    // gives it, in English.
    let narrative = format!(
        "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>{}</p><p>{}</p><p>{}</p></div>",
        escape(&copy(lang).summary().fhir_total_line(&score)),
        escape(instrument.attribution.get(lang)),
        escape(LOINC_NOTICE)
    );
    let urn = |id: &str| format!("urn:uuid:{id}");
    let bundle = Bundle {
        resource_type: "Bundle",
        kind: "collection",
        timestamp: authored.to_owned(),
        entry: vec![
            Entry {
                full_url: urn(&ids.questionnaire),
                resource: Resource::Questionnaire(questionnaire(instrument, lang)),
            },
            Entry {
                full_url: urn(&ids.response),
                resource: Resource::Response(QuestionnaireResponse {
                    resource_type: "QuestionnaireResponse",
                    language: lang.tag(),
                    text: Narrative {
                        status: "generated",
                        div: narrative,
                    },
                    questionnaire: format!("{}|{}", instrument.canonical, instrument.version),
                    status: "completed",
                    authored: authored.to_owned(),
                    item: items,
                }),
            },
            Entry {
                full_url: urn(&ids.observation),
                resource: Resource::Observation(Observation {
                    resource_type: "Observation",
                    language: lang.tag(),
                    status: "final",
                    category: vec![CodeableConcept {
                        coding: vec![Coding {
                            system: "http://terminology.hl7.org/CodeSystem/observation-category",
                            code: "survey",
                            display: Some("Survey"),
                        }],
                    }],
                    code: CodeableConcept {
                        coding: vec![Coding::from(&instrument.total_code)],
                    },
                    effective_date_time: authored.to_owned(),
                    value_integer: total,
                    derived_from: vec![Reference {
                        reference: urn(&ids.response),
                    }],
                }),
            },
        ],
    };
    serde_json::to_string_pretty(&bundle).map_err(ExportError::Json)
}
