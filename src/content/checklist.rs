//! "Things to discuss with a prescriber about psilocybin", built from the
//! reasons people were excluded from studies (clinical-spec 7.2; project
//! decision 11). Nothing is scored and nothing is advice: each ticked line
//! shows a point to raise with a prescriber.
//! One line per point in `content/psilocybin-checklist.<lang>.md`:
//! `id | statement | point to raise`. A point to raise that starts with
//! `crisis:` mentions suicide: it is shown inside the crisis callout, with
//! 988 and 911 beside it (project decision 3; clinical-spec 9.3).

use crate::domain::lang::Lang;

const EN: &str = include_str!("../../content/psilocybin-checklist.en.md");
const ES: &str = include_str!("../../content/psilocybin-checklist.es.md");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Point {
    pub id: &'static str,
    pub statement: &'static str,
    pub to_raise: &'static str,
    /// Shown with the crisis lines beside it.
    pub crisis: bool,
}

fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::En => EN,
        Lang::Es => ES,
    }
}

/// Source lines, for checking that none was skipped.
pub fn line_count(lang: Lang) -> usize {
    super::lines::line_count(source(lang))
}

pub fn points(lang: Lang) -> Vec<Point> {
    super::lines::fields3(source(lang))
        .map(|[id, statement, to_raise]| {
            let crisis = to_raise.strip_prefix("crisis:").map(str::trim_start);
            Point {
                id,
                statement,
                to_raise: crisis.unwrap_or(to_raise),
                crisis: crisis.is_some(),
            }
        })
        .collect()
}
