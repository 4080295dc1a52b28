//! The take-away files: the FHIR export maps onto the PHQ-9 definition,
//! is valid JSON with the right LOINC codes; the summary carries everything.

use serde_json::Value;
use trd_widget::domain::lang::Lang;
use trd_widget::domain::phq9::PHQ9;
use trd_widget::domain::session::Session;
use trd_widget::domain::staging::builder::{DoseMode, DraftChange};
use trd_widget::domain::staging::history::Outcome;
use trd_widget::domain::staging::medicines::medicine;
use trd_widget::export::{fhir, html, summary};

fn answered(values: [u8; 9], difficulty: Option<u8>, lang: Lang) -> Session {
    let mut session = Session::new(&PHQ9, lang);
    for (item, value) in values.into_iter().enumerate() {
        session.answer(item, value).expect("valid");
    }
    if let Some(value) = difficulty {
        session.answer(9, value).expect("valid");
    }
    session
}

fn ids() -> fhir::BundleIds {
    fhir::BundleIds {
        questionnaire: "q-id".into(),
        response: "r-id".into(),
        observation: "o-id".into(),
    }
}

/// The whole bundle the widget downloads.
fn bundle(session: &Session) -> Value {
    let complete = session.phq9().responses().complete().expect("complete");
    let json = fhir::phq9_bundle(&complete, session.lang(), "2026-11-26T10:00:00Z", &ids())
        .expect("scored");
    serde_json::from_str(&json).expect("valid JSON")
}

/// The bundle's QuestionnaireResponse.
fn export(session: &Session) -> Value {
    let value = bundle(session);
    assert_eq!(
        value["entry"][1]["resource"]["resourceType"],
        "QuestionnaireResponse"
    );
    value["entry"][1]["resource"].clone()
}

#[test]
fn the_bundle_holds_the_questionnaire_the_response_and_the_total_as_an_observation() {
    let value = bundle(&answered([1, 2, 3, 0, 1, 2, 3, 0, 1], Some(2), Lang::Es));
    assert_eq!(value["resourceType"], "Bundle");
    assert_eq!(value["type"], "collection");
    let entries = value["entry"].as_array().expect("entries");
    let urls: Vec<&str> = entries
        .iter()
        .map(|e| e["fullUrl"].as_str().expect("fullUrl"))
        .collect();
    assert_eq!(urls, ["urn:uuid:q-id", "urn:uuid:r-id", "urn:uuid:o-id"]);
    let questionnaire = &entries[0]["resource"];
    assert_eq!(questionnaire["url"], PHQ9.canonical);
    assert!(
        !PHQ9.canonical.contains(".invalid"),
        "a canonical a record system can resolve"
    );
    assert_eq!(questionnaire["code"][0]["code"], "44249-1");
    let items = questionnaire["item"].as_array().expect("items");
    for (item, defined) in items.iter().zip(PHQ9.items) {
        assert_eq!(item["linkId"], defined.link_id);
        assert_eq!(
            item["code"][0]["code"], defined.code.code,
            "{}",
            defined.link_id
        );
        assert_eq!(item["text"], defined.text.es);
        let codes: Vec<&str> = item["answerOption"]
            .as_array()
            .expect("answers")
            .iter()
            .map(|o| o["valueCoding"]["code"].as_str().expect("code"))
            .collect();
        let expected: Vec<&str> = defined.options.iter().map(|o| o.code.code).collect();
        assert_eq!(codes, expected);
    }
    assert_eq!(items.last().expect("total")["readOnly"], true);
    let observation = &entries[2]["resource"];
    assert_eq!(observation["resourceType"], "Observation");
    assert_eq!(observation["code"]["coding"][0]["code"], "44261-6");
    assert_eq!(observation["valueInteger"], 13);
    assert_eq!(observation["derivedFrom"][0]["reference"], "urn:uuid:r-id");
    assert_eq!(observation["effectiveDateTime"], "2026-11-26T10:00:00Z");
    for entry in entries {
        assert!(
            entry["resource"].get("subject").is_none(),
            "no subject: the visitor is anonymous"
        );
        assert!(
            entry["resource"].get("identifier").is_none(),
            "no identifier"
        );
    }
}

#[test]
fn every_exported_link_id_exists_in_the_definition() {
    let value = export(&answered([1, 2, 3, 0, 1, 2, 3, 0, 1], Some(2), Lang::En));
    let defined: Vec<&str> = PHQ9
        .items
        .iter()
        .map(|i| i.link_id)
        .chain([PHQ9.total_link_id])
        .collect();
    let items = value["item"].as_array().expect("items");
    assert_eq!(
        items.len(),
        11,
        "9 items, the difficulty item and the total"
    );
    for item in items {
        let link_id = item["linkId"].as_str().expect("linkId");
        assert!(
            defined.contains(&link_id),
            "{link_id} is not in the PHQ-9 definition"
        );
    }
}

#[test]
fn fhir_export_is_a_completed_anonymous_response_with_loinc_codes() {
    let values = [1, 2, 3, 0, 1, 2, 3, 0, 1];
    let value = export(&answered(values, Some(2), Lang::Es));
    assert_eq!(value["resourceType"], "QuestionnaireResponse");
    assert_eq!(value["status"], "completed");
    assert_eq!(value["language"], "es");
    assert_eq!(value["authored"], "2026-11-26T10:00:00Z");
    assert_eq!(
        value["questionnaire"],
        format!("{}|{}", PHQ9.canonical, PHQ9.version)
    );
    assert!(
        value.get("subject").is_none(),
        "no subject: the visitor is anonymous"
    );
    let items = value["item"].as_array().expect("items");
    let answer_codes = ["LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"];
    for (index, expected) in values.iter().enumerate() {
        let item = &items[index];
        assert_eq!(item["text"], PHQ9.items[index].text.es);
        let coding = &item["answer"][0]["valueCoding"];
        assert_eq!(coding["system"], "http://loinc.org");
        assert_eq!(coding["code"], answer_codes[usize::from(*expected)]);
    }
    assert_eq!(
        items[9]["answer"][0]["valueCoding"]["code"], "LA6575-0",
        "Very difficult"
    );
    let total = &items[10];
    assert_eq!(total["linkId"], "phq9-total");
    assert_eq!(total["answer"][0]["valueInteger"], 13);
    let narrative = value["text"]["div"].as_str().expect("narrative");
    assert!(narrative.contains("Regenstrief"), "LOINC notice");
    assert!(narrative.contains("Pfizer"), "PHQ-9 attribution");
    // The narrative is in the visitor's language (it was English-only).
    assert!(
        narrative.contains("Puntaje total del PHQ-9: 13 de 27."),
        "{narrative}"
    );
    assert!(narrative.contains(PHQ9.attribution.es), "{narrative}");
}

#[test]
fn an_unasked_difficulty_item_is_left_out() {
    let value = export(&answered([0; 9], None, Lang::En));
    let items = value["item"].as_array().expect("items");
    assert_eq!(items.len(), 10);
    assert_eq!(items[9]["answer"][0]["valueInteger"], 0);
}

#[test]
fn the_summary_has_answers_history_results_and_notes() {
    let mut session = answered([3, 3, 3, 3, 3, 3, 2, 0, 2], None, Lang::En);
    let staging = &mut session;
    staging.add_trial();
    staging.change_draft(DraftChange::Medicine(medicine("sertraline")));
    staging.change_draft(DraftChange::Weeks("8".into()));
    staging.change_draft(DraftChange::DoseMode(DoseMode::Amount));
    staging.change_draft(DraftChange::Dose("100".into()));
    staging.change_draft(DraftChange::Outcome(Outcome::NoHelp));
    staging.save_draft();
    assert!(staging.staging().draft().is_none(), "saved");
    staging.set_months("30".into());
    let model = summary::summary(&session, "2026-11-26");
    let phq9 = model.phq9.as_ref().expect("complete");
    assert_eq!(phq9.answers.rows.len(), 9);
    assert_eq!(phq9.answers.rows[0][2], "Nearly every day (3)");
    assert_eq!(
        phq9.total,
        "Total: 22 out of 27, in the severe range (20 to 27)."
    );
    assert!(
        phq9.item9.ends_with("More than half the days (2)."),
        "{}",
        phq9.item9
    );
    assert!(phq9.item9_note.is_some());
    let medicines = model.medicines.as_ref().expect("a medicine");
    assert_eq!(medicines.rows[0][0], "Sertraline (Zoloft)");
    assert_eq!(medicines.rows[0][3], "100 mg a day");
    // The verdict says "Counted" once (clinical review 3).
    assert_eq!(
        medicines.rows[0][6],
        "Counted: it did not help enough after 6 weeks or more, at or above the lowest dose this tool counts."
    );
    assert_eq!(model.staging[1].result, "Stage I");
    assert!(model.made_on.contains("2026-11-26"));
    assert_eq!(model.language, "Language used: English.");

    let document = html::standalone(&model);
    assert!(document.starts_with("<!doctype html>"));
    assert!(document.contains("data-score=\"22\""));
    assert!(document.contains("Sertraline (Zoloft)"));
    assert!(
        !document.contains("<script"),
        "a downloaded file runs nothing"
    );
    assert!(
        !document.contains("http://") && !document.contains("src="),
        "and loads nothing"
    );
}

#[test]
fn summary_text_is_escaped_in_html() {
    let session = answered([0; 9], None, Lang::En);
    let model = summary::summary(&session, "<b>today</b>");
    let document = html::standalone(&model);
    assert!(document.contains("&lt;b&gt;today&lt;/b&gt;"));
    assert!(!document.contains("<b>today"));
    // The on-screen summary comes from the same writer (inner_html), so a
    // value that slipped through here would be live markup in the widget.
    let mut model = model;
    model.disclaimer = "<img src=x onerror=\"alert(1)\">".to_owned();
    model.notes.push("a & b".to_owned());
    // The medicines: a table in the document, one record each on screen;
    // both escaped.
    model.medicines = Some(summary::Table {
        headers: vec!["Medicine".to_owned(), "<i>Class</i>".to_owned()],
        rows: vec![vec!["<img src=x>".to_owned(), "<i>SSRI</i>".to_owned()]],
    });
    for target in [html::Target::Screen, html::Target::Document] {
        let out = html::summary_html(&model, target);
        assert!(
            !out.contains("<img") && !out.contains("<i>"),
            "{target:?}: {out}"
        );
        assert!(out.contains("&lt;i&gt;SSRI&lt;/i&gt;"), "{target:?}");
        assert!(
            out.contains("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"),
            "{target:?}"
        );
        assert!(out.contains("<li>a &amp; b</li>"), "{target:?}");
    }
    // The screen version sits under the screen's heading and has no page
    // landmark of its own.
    let screen = html::summary_html(&model, html::Target::Screen);
    assert!(!screen.contains("<main") && !screen.contains("<h1") && !screen.contains("<h2"));
    assert!(screen.contains("<h3>") && screen.contains("trd-table-scroll"));
    assert!(screen.contains(
        "<li><h4>&lt;img src=x&gt;</h4><dl><div><dt>&lt;i&gt;Class&lt;/i&gt;</dt><dd>&lt;i&gt;SSRI&lt;/i&gt;</dd></div></dl></li>"
    ));
    let document = html::summary_html(&model, html::Target::Document);
    assert!(!document.contains("trd-records") && document.contains("<td>&lt;img src=x&gt;</td>"));
}

#[test]
fn the_review_page_shows_every_text_in_both_languages() {
    use trd_widget::content::{checklist, glossary, page, Topic};
    let review = trd_widget::export::review::review_page();
    assert!(review.starts_with("<!doctype html>"));
    for topic in Topic::ALL {
        assert!(
            review.contains(&format!("data-review-topic=\"{}\"", topic.slug())),
            "{}",
            topic.slug()
        );
        for lang in Lang::ALL {
            let p = page(topic, lang).expect("parses");
            assert!(review.contains(&html::escape(&p.title)), "{}", p.title);
            for source in &p.sources {
                assert!(review.contains(&html::escape(source)), "{source}");
            }
        }
    }
    for lang in Lang::ALL {
        for e in glossary::entries(lang) {
            assert!(review.contains(&html::escape(e.definition)), "{}", e.id);
        }
        for p in checklist::points(lang) {
            assert!(review.contains(&html::escape(p.to_raise)), "{}", p.id);
        }
    }
    let catalogues = [
        trd_widget::i18n::ES.entries(),
        trd_widget::i18n::staging::ES.entries(),
        trd_widget::i18n::summary::ES.entries(),
        trd_widget::i18n::learn::ES.entries(),
    ];
    for (key, text) in catalogues.into_iter().flatten() {
        assert!(review.contains(&html::escape(text)), "{key}");
    }
    assert!(review.contains("838255"), "the Veterans line");
    // Nothing unescaped from the content reaches the markup.
    assert_eq!(
        html::escape("<script>\"a\" & b</script>"),
        "&lt;script&gt;&quot;a&quot; &amp; b&lt;/script&gt;"
    );
    assert!(!review.contains("<script"));
}

#[test]
fn the_remembered_value_round_trips_and_bad_values_are_typed_errors() {
    use trd_widget::domain::date::Date;
    use trd_widget::domain::progress::DatedTotal;
    use trd_widget::export::stored::{from_stored, to_stored, Stored, StoredError};
    let totals = vec![
        DatedTotal {
            date: Date::parse("2026-10-01").expect("date"),
            total: 19,
        },
        DatedTotal {
            date: Date::parse("2026-11-27").expect("date"),
            total: 12,
        },
    ];
    let json = serde_json::to_string(&to_stored(&totals, &Default::default())).expect("serializes");
    assert_eq!(
        json,
        r#"{"version":1,"phq9":[{"date":"2026-10-01","total":19},{"date":"2026-11-27","total":12}]}"#
    );
    let back: Stored = serde_json::from_str(&json).expect("parses");
    assert_eq!(from_stored(back), Ok((totals, None)));
    let read = |text: &str| {
        serde_json::from_str::<Stored>(text)
            .map_err(|_| ())
            .map(from_stored)
    };
    assert_eq!(
        read(r#"{"version":2,"phq9":[]}"#),
        Ok(Err(StoredError::Version(2)))
    );
    assert_eq!(
        read(r#"{"version":1,"phq9":[{"date":"2026-02-30","total":3}]}"#),
        Ok(Err(StoredError::BadDate("2026-02-30".into())))
    );
    assert_eq!(
        read(r#"{"version":1,"phq9":[{"date":"2026-02-03","total":30}]}"#),
        Ok(Err(StoredError::BadTotal(30)))
    );
    for junk in [
        "",
        "null",
        "[]",
        "{}",
        r#"{"version":1,"phq9":"x"}"#,
        r#"{"version":1,"phq9":[],"extra":1}"#,
        "{\"version\":1e309}",
        "\u{0}",
    ] {
        assert_eq!(read(junk), Err(()), "{junk:?}");
    }
}

#[test]
fn a_remembered_treatment_history_round_trips_by_id() {
    use trd_widget::domain::staging::history::{Months, MsmSeverity};
    use trd_widget::export::stored::{
        from_stored, history_to_stored, to_stored, Stored, StoredError,
    };
    let mut session = Session::new(&PHQ9, Lang::En);
    let b = &mut session;
    b.start_history();
    b.add_trial();
    b.change_draft(DraftChange::Medicine(medicine("sertraline")));
    b.change_draft(DraftChange::Weeks("10".into()));
    b.change_draft(DraftChange::DoseMode(DoseMode::Amount));
    b.change_draft(DraftChange::Dose("37,5".into()));
    b.change_draft(DraftChange::Outcome(Outcome::Partial));
    b.save_draft();
    b.set_months("12.5".into());
    b.set_severity(MsmSeverity::Moderate);
    let history = session.staging().history().clone();
    assert_eq!(history.trials.len(), 1, "the draft was saved");
    assert_eq!(
        history.episode_months,
        Some(Months::from_thousandths(12_500))
    );
    let json = serde_json::to_string(&to_stored(&[], &history)).expect("serializes");
    let back: Stored = serde_json::from_str(&json).expect("parses");
    assert_eq!(from_stored(back), Ok((vec![], Some(history.clone()))));
    let mut bad = history_to_stored(&history).expect("some");
    bad.trials[0].medicine = "aspirin".into();
    let stored = Stored {
        version: 1,
        phq9: vec![],
        history: Some(bad),
    };
    assert_eq!(
        from_stored(stored),
        Err(StoredError::Unknown("aspirin".into()))
    );
}

/// A session with one saved trial of sertraline, 8 weeks, no help, with
/// the dose given as `mode` (and `mg` when it is an amount).
fn with_sertraline(lang: Lang, mode: DoseMode, mg: &str) -> Session {
    let mut session = answered([0, 0, 0, 0, 0, 0, 0, 0, 1], None, lang);
    let staging = &mut session;
    staging.add_trial();
    staging.change_draft(DraftChange::Medicine(medicine("sertraline")));
    staging.change_draft(DraftChange::Weeks("8".into()));
    staging.change_draft(DraftChange::DoseMode(mode));
    staging.change_draft(DraftChange::Dose(mg.into()));
    staging.change_draft(DraftChange::Outcome(Outcome::NoHelp));
    staging.save_draft();
    assert!(staging.staging().draft().is_none(), "saved");
    session
}

#[test]
fn the_kept_summary_ends_with_the_crisis_lines_and_says_what_item_9_means() {
    // Project decision 22, in both languages, on both kept forms (print
    // and download share `body`).
    for (lang, close, manual) in [
        (
            Lang::En,
            "If you are thinking about suicide: call or text 988 (en español: 988, oprima 2). In immediate danger: call 911.",
            "The PHQ-9 manual advises further assessment of suicide risk by someone competent to assess it.",
        ),
        (
            Lang::Es,
            "Si está pensando en el suicidio: llame o envíe un mensaje de texto al 988 (en español: oprima 2). Si corre peligro inmediato: llame al 911.",
            "El manual del PHQ-9 aconseja una evaluación adicional del riesgo de suicidio",
        ),
    ] {
        let model = summary::summary(&with_sertraline(lang, DoseMode::FullDose, ""), "2026-12-04");
        let body = html::body(&model);
        assert!(
            body.ends_with(&format!("<p class=\"crisis\">{}</p></main>", html::escape(close))),
            "{lang:?}: {body}"
        );
        let note = model.phq9.as_ref().and_then(|p| p.item9_note.clone());
        assert!(note.is_some_and(|n| n.contains(manual)), "{lang:?}");
        // The screen's own crisis block shows the lines there.
        assert!(!html::summary_html(&model, html::Target::Screen).contains(close));
    }
}

#[test]
fn every_note_that_states_a_counting_rule_ends_by_saying_it_is_not_reviewed() {
    for lang in Lang::ALL {
        let model = summary::summary(&answered([0; 9], None, lang), "2026-12-04");
        let s = trd_widget::i18n::copy(lang).staging();
        let (rules, others): (Vec<_>, Vec<_>) = model
            .notes
            .iter()
            .partition(|n| n.ends_with(s.rules_not_reviewed));
        // The adequacy rule and the three methods; the last note is the
        // "educational estimate" line, which states no rule.
        assert_eq!(rules.len(), 4, "{lang:?}: {:?}", model.notes);
        assert_eq!(others, vec![s.estimate_note], "{lang:?}");
    }
}

#[test]
fn a_full_dose_trial_says_so_and_a_lower_dose_without_milligrams_is_unknown() {
    // Decision 21 and review 3 W1, in the doctor's "Counted" column.
    let counted = |mode, mg| {
        let model = summary::summary(&with_sertraline(Lang::En, mode, mg), "2026-12-04");
        model.medicines.expect("a medicine").rows[0][6].clone()
    };
    assert_eq!(
        counted(DoseMode::FullDose, ""),
        "Counted: it did not help enough after 6 weeks or more, at the full dose your prescriber planned."
    );
    assert!(counted(DoseMode::Amount, "50").contains("at or above the lowest dose"));
    let lower = counted(DoseMode::LowerDose, "");
    assert!(lower.starts_with("Not counted: it was a lower dose than your prescriber planned"));
    // Unknown, so the results say what would change if it counted.
    let session = with_sertraline(Lang::En, DoseMode::LowerDose, "");
    let assessment = session.staging().assessment();
    assert!(assessment.has_unknown_trials());
    assert_eq!(
        assessment.mgh_s.if_unknown_adequate.map(|m| m.display()),
        Some("1.0".to_owned())
    );
}
