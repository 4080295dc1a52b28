//! The PHQ-9 as a FHIR R4 `QuestionnaireResponse` (clinical-spec 1.11).
//!
//! Built from the instrument's own data, so every `linkId` exists in its
//! definition and every answer carries its LOINC code. No `subject`: the
//! visitor is anonymous, and the file is made and kept on their device.

use super::html::escape;
use super::json::Json;
use crate::domain::instrument::{Code, Instrument};
use crate::domain::lang::Lang;
use crate::domain::responses::CompleteResponses;
use crate::i18n::copy;

const LOINC_NOTICE: &str = "This content from LOINC® is copyright © 1995 Regenstrief Institute, Inc. and the LOINC Committee, and available at no cost under the license at https://loinc.org/license/";

fn coding(code: &Code, display: Option<&str>) -> Json {
    let mut fields = vec![
        ("system", Json::str(code.system)),
        ("code", Json::str(code.code)),
    ];
    if let Some(display) = display.or(code.display) {
        fields.push(("display", Json::str(display)));
    }
    Json::Object(fields)
}

/// The response as FHIR R4 JSON. `authored` is an ISO 8601 date-time with a
/// time zone (supplied by the caller: the domain does not read clocks).
pub fn questionnaire_response(
    answers: &CompleteResponses,
    lang: Lang,
    authored: &str,
) -> Result<String, crate::domain::error::DomainError> {
    let responses = answers.responses();
    let instrument: &Instrument = responses.instrument();
    let score = answers.score()?;
    let mut items: Vec<Json> = instrument
        .items
        .iter()
        .enumerate()
        .filter_map(|(index, item)| {
            let option = responses.chosen_option(index)?;
            Some(Json::Object(vec![
                ("linkId", Json::str(item.link_id)),
                ("text", Json::str(item.text.get(lang))),
                (
                    "answer",
                    Json::Array(vec![Json::Object(vec![(
                        "valueCoding",
                        coding(&option.code, None),
                    )])]),
                ),
            ]))
        })
        .collect();
    items.push(Json::Object(vec![
        ("linkId", Json::str(instrument.total_link_id)),
        (
            "text",
            Json::str(instrument.total_code.display.unwrap_or("Total score")),
        ),
        (
            "answer",
            Json::Array(vec![Json::Object(vec![(
                "valueInteger",
                Json::Int(i64::from(score.total)),
            )])]),
        ),
    ]));
    // In the visitor's language; the LOINC notice stays as its licence
    // gives it, in English.
    let narrative = format!(
        "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>{}</p><p>{}</p><p>{}</p></div>",
        escape(&copy(lang).summary().fhir_total_line(&score)),
        escape(instrument.attribution.get(lang)),
        escape(LOINC_NOTICE)
    );
    let resource = Json::Object(vec![
        ("resourceType", Json::str("QuestionnaireResponse")),
        ("language", Json::str(lang.tag())),
        (
            "text",
            Json::Object(vec![
                ("status", Json::str("generated")),
                ("div", Json::Str(narrative)),
            ]),
        ),
        (
            "questionnaire",
            Json::Str(format!("{}|{}", instrument.canonical, instrument.version)),
        ),
        ("status", Json::str("completed")),
        ("authored", Json::str(authored)),
        ("item", Json::Array(items)),
    ]);
    Ok(resource.render())
}
