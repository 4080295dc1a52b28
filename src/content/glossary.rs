//! Plain-language definitions of the terms explainers mark `{{id|text}}`.
//! One line per term in `content/glossary.<lang>.md`: `id | term | definition`.

use crate::domain::lang::Lang;

const EN: &str = include_str!("../../content/glossary.en.md");
const ES: &str = include_str!("../../content/glossary.es.md");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub id: &'static str,
    pub term: &'static str,
    pub definition: &'static str,
}

/// Every entry for a language, in file order. Malformed lines are skipped;
/// the content tests fail on them.
pub fn entries(lang: Lang) -> Vec<Entry> {
    let source = match lang {
        Lang::En => EN,
        Lang::Es => ES,
    };
    super::lines::fields3(source)
        .map(|[id, term, definition]| Entry {
            id,
            term,
            definition,
        })
        .collect()
}

pub fn lookup(id: &str, lang: Lang) -> Option<Entry> {
    entries(lang).into_iter().find(|e| e.id == id)
}

/// Source lines, for checking that none was skipped.
pub fn line_count(lang: Lang) -> usize {
    super::lines::line_count(match lang {
        Lang::En => EN,
        Lang::Es => ES,
    })
}
