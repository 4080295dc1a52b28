//! The explainer file format: a small, reviewable subset of Markdown.
//!
//! ```text
//! title: What is treatment-resistant depression?
//! checked: 2026-11-27
//! reviewer: Jane Doe, MD, psychiatrist
//! reviewed: 2026-12-01
//! source: Zhdanava M, et al. J Clin Psychiatry 2021;82(2):20m13699.
//! ---
//! A paragraph, with a {{hpa-axis|glossary term}}.
//!
//! ## A heading
//!
//! - A list item
//!
//! downsides: A treatment's possible downsides (project decision 17).
//!
//! crisis: A sentence that mentions suicide, shown inside a crisis callout.
//!
//! crisis-lines:
//! ```
//!
//! `crisis-lines:` alone is the full list of crisis lines, rendered from the
//! same data as the crisis block (`domain::crisis`, with the clinic's own
//! lines and region), so the page and the block can never disagree.
//!
//! `checked:` is the day the sources were last checked (project decision
//! 16), or `pending` where a check is due and not yet recorded (the
//! getting-help page, until its numbers are re-checked on the live sites
//! as clinical-spec 13.8 asks): such a page shows no date. `reviewer:` and `reviewed:` come together, and only once a named
//! clinician has signed the page off; until then the page says only when
//! its sources were checked.

use crate::domain::date::Date;

/// A run of text, or a glossary term (`{{id|shown text}}`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Term { id: String, text: String },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Heading(String),
    Paragraph(Vec<Inline>),
    List(Vec<Vec<Inline>>),
    /// A treatment's possible downsides, shown beside its benefits.
    Downsides(Vec<Inline>),
    /// Text shown together with the crisis lines (every mention of suicide).
    Crisis(Vec<Inline>),
    /// Every crisis line, tappable, from `domain::crisis`.
    CrisisLines,
}

/// A clinician's sign-off of a page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Review {
    pub reviewer: String,
    pub date: Date,
}

/// One parsed explainer page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    pub title: String,
    /// When the page's sources were last checked; `None` while a check is
    /// pending (`checked: pending`).
    pub checked: Option<Date>,
    /// Set only when a named clinician has reviewed the page.
    pub review: Option<Review>,
    pub sources: Vec<String>,
    pub blocks: Vec<Block>,
}

/// What is wrong with a content file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContentError {
    NoSeparator,
    MissingField(&'static str),
    UnknownField(String),
    UnclosedTerm {
        line: String,
    },
    BadDate(String),
    /// `reviewer:` without `reviewed:`, or the other way round.
    HalfReview,
}

impl std::fmt::Display for ContentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ContentError::NoSeparator => write!(f, "no '---' line after the header"),
            ContentError::MissingField(field) => write!(f, "the header has no '{field}:'"),
            ContentError::UnknownField(field) => write!(f, "unknown header field '{field}'"),
            ContentError::UnclosedTerm { line } => write!(f, "a '{{{{' is not closed in: {line}"),
            ContentError::BadDate(date) => write!(f, "'{date}' is not a date like 2026-11-27"),
            ContentError::HalfReview => {
                write!(f, "'reviewer:' and 'reviewed:' must be given together")
            }
        }
    }
}

/// Splits a line into text and glossary terms.
pub fn inlines(line: &str) -> Result<Vec<Inline>, ContentError> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(start) = rest.find("{{") {
        if start > 0 {
            out.push(Inline::Text(rest[..start].to_owned()));
        }
        let after = &rest[start + 2..];
        let end = after.find("}}").ok_or_else(|| ContentError::UnclosedTerm {
            line: line.to_owned(),
        })?;
        let inner = &after[..end];
        let (id, text) = inner.split_once('|').unwrap_or((inner, inner));
        out.push(Inline::Term {
            id: id.trim().to_owned(),
            text: text.trim().to_owned(),
        });
        rest = &after[end + 2..];
    }
    if !rest.is_empty() {
        out.push(Inline::Text(rest.to_owned()));
    }
    Ok(out)
}

pub fn parse(source: &str) -> Result<Page, ContentError> {
    let (header, body) = source
        .split_once("\n---\n")
        .ok_or(ContentError::NoSeparator)?;
    let mut title = None;
    let mut checked = None;
    let mut reviewer = None;
    let mut reviewed = None;
    let mut sources = Vec::new();
    let date =
        |value: &str| Date::parse(value).ok_or_else(|| ContentError::BadDate(value.to_owned()));
    for line in header.lines().filter(|l| !l.trim().is_empty()) {
        let (key, value) = line
            .split_once(':')
            .ok_or_else(|| ContentError::UnknownField(line.to_owned()))?;
        let value = value.trim().to_owned();
        match key.trim() {
            "title" => title = Some(value),
            "checked" if value == "pending" => checked = Some(None),
            "checked" => checked = Some(Some(date(&value)?)),
            "reviewer" => reviewer = Some(value),
            "reviewed" => reviewed = Some(date(&value)?),
            "source" => sources.push(value),
            other => return Err(ContentError::UnknownField(other.to_owned())),
        }
    }
    let mut blocks = Vec::new();
    for chunk in body.split("\n\n").map(str::trim).filter(|c| !c.is_empty()) {
        let joined = || chunk.lines().map(str::trim).collect::<Vec<_>>().join(" ");
        if chunk == "crisis-lines:" {
            blocks.push(Block::CrisisLines);
        } else if let Some(heading) = chunk.strip_prefix("## ") {
            blocks.push(Block::Heading(heading.trim().to_owned()));
        } else if chunk.starts_with("downsides:") {
            let text = joined();
            blocks.push(Block::Downsides(inlines(
                text["downsides:".len()..].trim(),
            )?));
        } else if chunk.starts_with("crisis:") {
            let text = joined();
            blocks.push(Block::Crisis(inlines(text["crisis:".len()..].trim())?));
        } else if chunk.starts_with("- ") {
            let items = chunk
                .lines()
                .map(|l| inlines(l.trim().trim_start_matches("- ")))
                .collect::<Result<Vec<_>, _>>()?;
            blocks.push(Block::List(items));
        } else {
            blocks.push(Block::Paragraph(inlines(&joined())?));
        }
    }
    let review = match (reviewer, reviewed) {
        (Some(reviewer), Some(date)) => Some(Review { reviewer, date }),
        (None, None) => None,
        _ => return Err(ContentError::HalfReview),
    };
    Ok(Page {
        title: title.ok_or(ContentError::MissingField("title"))?,
        checked: checked.ok_or(ContentError::MissingField("checked"))?,
        review,
        sources,
        blocks,
    })
}

impl Page {
    /// Every glossary term id the page uses.
    pub fn terms(&self) -> Vec<&str> {
        fn from(inlines: &[Inline]) -> Vec<&str> {
            inlines
                .iter()
                .filter_map(|i| match i {
                    Inline::Term { id, .. } => Some(id.as_str()),
                    Inline::Text(_) => None,
                })
                .collect()
        }
        self.blocks
            .iter()
            .flat_map(|b| match b {
                Block::Heading(_) | Block::CrisisLines => Vec::new(),
                Block::Paragraph(inlines) | Block::Downsides(inlines) | Block::Crisis(inlines) => {
                    from(inlines)
                }
                Block::List(items) => items.iter().flat_map(|i| from(i)).collect(),
            })
            .collect()
    }

    /// The page's running text (title, headings, paragraphs, list items),
    /// for readability checks. Sources are not running text.
    pub fn plain_text(&self) -> String {
        let flat = |inlines: &[Inline]| {
            inlines
                .iter()
                .map(|i| match i {
                    Inline::Text(t) => t.as_str(),
                    Inline::Term { text, .. } => text.as_str(),
                })
                .collect::<String>()
        };
        let mut parts = vec![self.title.clone()];
        for block in &self.blocks {
            match block {
                Block::Heading(h) => parts.push(h.clone()),
                Block::Paragraph(inlines) | Block::Downsides(inlines) | Block::Crisis(inlines) => {
                    parts.push(flat(inlines))
                }
                Block::List(items) => parts.extend(items.iter().map(|i| flat(i))),
                Block::CrisisLines => {}
            }
        }
        parts.join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_header_blocks_and_terms() {
        let page = parse(
            "title: T\nchecked: 2026-11-26\nsource: A 2020.\nsource: B 2021.\n---\nOne {{hpa|HPA axis}} here.\nStill one.\n\n## H\n\n- a {{x}}\n- b\n\ndownsides: Some {{y|risk}}.\n\ncrisis: Call 988.\n\ncrisis-lines:\n",
        )
        .expect("valid");
        assert_eq!(page.title, "T");
        assert_eq!(page.sources, vec!["A 2020.", "B 2021."]);
        assert_eq!(
            page.blocks[0],
            Block::Paragraph(vec![
                Inline::Text("One ".into()),
                Inline::Term {
                    id: "hpa".into(),
                    text: "HPA axis".into()
                },
                Inline::Text(" here. Still one.".into()),
            ])
        );
        assert_eq!(page.blocks[1], Block::Heading("H".into()));
        assert_eq!(page.checked, Date::parse("2026-11-26"));
        let pending = parse("title: T\nchecked: pending\n---\nbody").expect("valid");
        assert_eq!(pending.checked, None);
        assert_eq!(page.review, None);
        assert!(matches!(page.blocks[3], Block::Downsides(_)));
        assert_eq!(
            page.blocks[4],
            Block::Crisis(vec![Inline::Text("Call 988.".into())])
        );
        assert_eq!(page.blocks[5], Block::CrisisLines);
        assert_eq!(page.terms(), vec!["hpa", "x", "y"]);
        assert!(page.plain_text().contains("One HPA axis here."));
    }

    #[test]
    fn rejects_malformed_files() {
        assert_eq!(parse("title: T"), Err(ContentError::NoSeparator));
        assert_eq!(
            parse("checked: 2026-11-26\n---\nbody"),
            Err(ContentError::MissingField("title"))
        );
        assert_eq!(
            parse("title: T\n---\nbody"),
            Err(ContentError::MissingField("checked"))
        );
        assert_eq!(
            parse("title: T\nchecked: 26/11/2026\n---\nbody"),
            Err(ContentError::BadDate("26/11/2026".into()))
        );
        assert_eq!(
            parse("title: T\nchecked: 2026-11-26\nreviewer: Dr. A\n---\nbody"),
            Err(ContentError::HalfReview)
        );
        assert_eq!(
            parse("title: T\nchecked: 2026-11-26\nreviewed: 2026-12-01\n---\nbody"),
            Err(ContentError::HalfReview)
        );
        let signed = parse(
            "title: T\nchecked: 2026-11-26\nreviewer: Dr. A, MD\nreviewed: 2026-12-01\n---\nbody",
        )
        .expect("valid");
        assert_eq!(
            signed.review,
            Some(Review {
                reviewer: "Dr. A, MD".into(),
                date: Date::parse("2026-12-01").expect("date")
            })
        );
        assert_eq!(
            parse("title: T\nauthor: me\n---\nx"),
            Err(ContentError::UnknownField("author".into()))
        );
        assert!(matches!(
            parse("title: T\nchecked: 2026-11-26\n---\na {{b"),
            Err(ContentError::UnclosedTerm { .. })
        ));
    }
}
