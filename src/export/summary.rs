//! The summary for the doctor as one model, in the visitor's language.
//!
//! The summary screen, the printout and the downloaded HTML all render this
//! model, so they cannot disagree. It is built from the session alone plus
//! the date, which the caller supplies (the domain reads no clock).

use crate::domain::lang::Lang;
use crate::domain::responses::SafetyFlag;
use crate::domain::session::Session;
use crate::i18n::{copy, fill};

/// A table with a header row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// The PHQ-9 part, when the questionnaire is complete.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phq9Part {
    pub answers: Table,
    pub total: String,
    pub item9: String,
    /// Set when item 9 raised the crisis flag.
    pub item9_note: Option<String>,
    pub difficulty: Option<String>,
    pub score: u8,
    pub level: &'static str,
}

/// One staging method's result line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StagingLine {
    pub method: String,
    pub result: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub lang: Lang,
    pub title: String,
    pub made_on: String,
    pub language: String,
    pub disclaimer: String,
    pub phq9_heading: String,
    pub phq9: Option<Phq9Part>,
    pub phq9_missing: String,
    /// The remembered totals over time ("remember on this device"), if any.
    pub progress_heading: String,
    pub progress: Vec<String>,
    pub history_heading: String,
    pub medicines: Option<Table>,
    pub medicines_missing: String,
    pub history_lines: Vec<String>,
    pub staging_heading: String,
    pub staging: Vec<StagingLine>,
    pub notes_heading: String,
    pub notes: Vec<String>,
    pub attribution: String,
    /// The crisis lines that end the kept summary (decision 22).
    pub crisis_close: String,
}

/// Builds the summary of `session` as of `date` (shown as given): one
/// function per part of the document below, each the only place that part's
/// words are chosen.
pub fn summary(session: &Session, date: &str) -> Summary {
    let lang = session.lang();
    let t = copy(lang).answers();
    let m = copy(lang).summary();
    Summary {
        lang,
        title: m.title.to_owned(),
        made_on: fill(m.made_on, &[("date", date)]),
        language: fill(m.language_line, &[("language", lang.endonym())]),
        disclaimer: m.disclaimer.to_owned(),
        phq9_heading: m.phq9_heading.to_owned(),
        phq9: phq9_part(session),
        phq9_missing: m.phq9_not_taken.to_owned(),
        progress_heading: t.progress_title.to_owned(),
        progress: progress(session, date),
        history_heading: m.history_heading.to_owned(),
        medicines: medicines(session),
        medicines_missing: m.history_none.to_owned(),
        history_lines: history_lines(session),
        staging_heading: m.staging_heading.to_owned(),
        staging: staging_lines(session),
        notes_heading: m.notes_heading.to_owned(),
        notes: notes(lang),
        crisis_close: m.crisis_close.to_owned(),
        attribution: session.phq9().instrument().attribution.get(lang).to_owned(),
    }
}

/// The PHQ-9: every answer with its points, the total and its band, item 9
/// and what its answer means, the difficulty item when it was asked.
fn phq9_part(session: &Session) -> Option<Phq9Part> {
    let lang = session.lang();
    let t = copy(lang).answers();
    let m = copy(lang).summary();
    let wizard = session.phq9();
    let instrument = wizard.instrument();
    wizard.score().map(|score| {
        let responses = wizard.responses();
        let answer = |item: usize| {
            responses.chosen_option(item).map(|o| {
                fill(
                    m.answer_points,
                    &[
                        ("answer", o.label.get(lang)),
                        ("points", &o.weight.to_string()),
                    ],
                )
            })
        };
        let rows = instrument
            .scored_indices()
            .map(|item| {
                vec![
                    (item + 1).to_string(),
                    instrument.items[item].text.get(lang).to_owned(),
                    answer(item).unwrap_or_default(),
                ]
            })
            .collect();
        let safety_item = instrument.scored_indices().last().unwrap_or_default();
        let follow_up = (0..instrument.items.len()).find(|&i| !instrument.items[i].is_scored());
        Phq9Part {
            answers: Table {
                headers: vec![
                    m.col_number.into(),
                    m.col_question.into(),
                    m.col_answer.into(),
                ],
                rows,
            },
            total: fill(
                m.total_line,
                &[
                    ("score", &score.total.to_string()),
                    ("max", &score.max.to_string()),
                    ("band", t.band(score.band.severity)),
                    ("min", &score.band.min.to_string()),
                    ("high", &score.band.max.to_string()),
                ],
            ),
            item9: fill(
                m.item9_line,
                &[("answer", &answer(safety_item).unwrap_or_default())],
            ),
            item9_note: (score.safety != SafetyFlag::NotRaised).then(|| m.item9_flag.to_owned()),
            difficulty: follow_up
                .and_then(|item| responses.chosen_option(item))
                .map(|o| fill(m.difficulty_line, &[("answer", o.label.get(lang))])),
            score: score.total,
            level: score.band.severity.slug(),
        }
    })
}

/// The totals remembered over time ("remember on this device"), if any.
fn progress(session: &Session, date: &str) -> Vec<String> {
    let lang = session.lang();
    let t = copy(lang).answers();
    crate::domain::date::Date::parse(date)
        .map(|today| session.progress(today))
        .unwrap_or_default()
        .into_iter()
        .map(|e| t.progress_entry_text(e))
        .collect()
}

/// The medicines as a table: name, class, weeks, dose, outcome, changes,
/// and whether the trial counted and why.
fn medicines(session: &Session) -> Option<Table> {
    let lang = session.lang();
    let s = copy(lang).staging();
    let m = copy(lang).summary();
    let builder = session.staging();
    let history = builder.history();
    let assessment = builder.assessment();
    (!history.trials.is_empty()).then(|| Table {
        headers: [
            m.col_medicine,
            m.col_class,
            m.col_weeks,
            m.col_dose,
            m.col_outcome,
            m.col_changes,
            m.col_counted,
        ]
        .map(String::from)
        .to_vec(),
        rows: history
            .trials
            .iter()
            .zip(&assessment.verdicts)
            .map(|(trial, verdict)| {
                let dose = s
                    .dose_text(trial.dose, trial.medicine.unit)
                    .unwrap_or_else(|| m.not_sure.to_owned());
                let changes = s.changes(trial);
                vec![
                    s.medicine_name(trial.medicine),
                    trial.medicine.class.name().get(lang).to_owned(),
                    trial
                        .weeks
                        .map_or_else(|| m.not_sure.to_owned(), |w| w.to_string()),
                    dose,
                    s.outcome(trial.outcome).to_owned(),
                    if changes.is_empty() {
                        m.none.to_owned()
                    } else {
                        changes.join(", ")
                    },
                    // The verdict starts with "Counted" or "Not counted".
                    s.verdict(*verdict),
                ]
            })
            .collect(),
    })
}

/// The rest of the history: each ECT course, the episode's length and
/// severity, other treatments.
fn history_lines(session: &Session) -> Vec<String> {
    let lang = session.lang();
    let s = copy(lang).staging();
    let m = copy(lang).summary();
    let history = session.staging().history();
    let mut lines: Vec<String> = history
        .ect
        .iter()
        .enumerate()
        .map(|(i, course)| {
            fill(
                m.ect_line,
                &[
                    ("n", &(i + 1).to_string()),
                    ("placement", s.placement(course.placement)),
                    ("outcome", s.outcome(course.outcome)),
                ],
            )
        })
        .collect();
    lines.push(match history.episode_months {
        Some(months) => fill(m.months_line, &[("months", &months.display())]),
        None => m.months_unknown.to_owned(),
    });
    lines.push(match history.severity {
        Some(severity) => fill(m.severity_line, &[("severity", s.severity(severity))]),
        None => m.severity_unknown.to_owned(),
    });
    if !history.other.is_empty() {
        let list: Vec<&str> = history.other.iter().map(|o| o.name().get(lang)).collect();
        lines.push(fill(m.other_line, &[("list", &list.join(", "))]));
    }
    lines
}

/// Each staging method's result, as entered.
fn staging_lines(session: &Session) -> Vec<StagingLine> {
    let s = copy(session.lang()).staging();
    let assessment = session.staging().assessment();
    let tr = &assessment.thase_rush.as_entered;
    let definition = &assessment.definition.as_entered;
    vec![
        StagingLine {
            method: s.def_title.to_owned(),
            result: if definition.met {
                s.def_yes.to_owned()
            } else {
                s.def_no.to_owned()
            },
        },
        StagingLine {
            method: s.tr_title.to_owned(),
            result: s.stage(tr.stage),
        },
        StagingLine {
            method: s.msm_title.to_owned(),
            result: s.maudsley(assessment.maudsley.as_entered),
        },
        StagingLine {
            method: s.mghs_title.to_owned(),
            result: assessment.mgh_s.as_entered.display(),
        },
    ]
}

/// The doctor's notes. Each note that states this tool's counting rules
/// ends by saying so (decision 22).
fn notes(lang: Lang) -> Vec<String> {
    let s = copy(lang).staging();
    let m = copy(lang).summary();
    [
        m.note_adequate,
        m.note_thase_rush,
        m.note_maudsley,
        m.note_mghs,
    ]
    .map(|rules| format!("{rules} {}", s.rules_not_reviewed))
    .into_iter()
    .chain([s.estimate_note.to_owned()])
    .collect()
}
