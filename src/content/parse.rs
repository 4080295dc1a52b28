//! The explainer file format: a small, reviewable subset of Markdown.
//!
//! ```text
//! title: What is treatment-resistant depression?
//! reviewed: 2026-11-26
//! source: Zhdanava M, et al. J Clin Psychiatry 2021;82(2):20m13699.
//! ---
//! A paragraph, with a {{hpa-axis|glossary term}}.
//!
//! ## A heading
//!
//! - A list item
//! ```

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
}

/// One parsed explainer page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    pub title: String,
    pub reviewed: String,
    pub sources: Vec<String>,
    pub blocks: Vec<Block>,
}

/// What is wrong with a content file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContentError {
    NoSeparator,
    MissingField(&'static str),
    UnknownField(String),
    UnclosedTerm { line: String },
}

impl std::fmt::Display for ContentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ContentError::NoSeparator => write!(f, "no '---' line after the header"),
            ContentError::MissingField(field) => write!(f, "the header has no '{field}:'"),
            ContentError::UnknownField(field) => write!(f, "unknown header field '{field}'"),
            ContentError::UnclosedTerm { line } => write!(f, "a '{{{{' is not closed in: {line}"),
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
    let mut reviewed = None;
    let mut sources = Vec::new();
    for line in header.lines().filter(|l| !l.trim().is_empty()) {
        let (key, value) = line
            .split_once(':')
            .ok_or_else(|| ContentError::UnknownField(line.to_owned()))?;
        let value = value.trim().to_owned();
        match key.trim() {
            "title" => title = Some(value),
            "reviewed" => reviewed = Some(value),
            "source" => sources.push(value),
            other => return Err(ContentError::UnknownField(other.to_owned())),
        }
    }
    let mut blocks = Vec::new();
    for chunk in body.split("\n\n").map(str::trim).filter(|c| !c.is_empty()) {
        if let Some(heading) = chunk.strip_prefix("## ") {
            blocks.push(Block::Heading(heading.trim().to_owned()));
        } else if chunk.starts_with("- ") {
            let items = chunk
                .lines()
                .map(|l| inlines(l.trim().trim_start_matches("- ")))
                .collect::<Result<Vec<_>, _>>()?;
            blocks.push(Block::List(items));
        } else {
            let joined = chunk.lines().map(str::trim).collect::<Vec<_>>().join(" ");
            blocks.push(Block::Paragraph(inlines(&joined)?));
        }
    }
    Ok(Page {
        title: title.ok_or(ContentError::MissingField("title"))?,
        reviewed: reviewed.ok_or(ContentError::MissingField("reviewed"))?,
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
                Block::Heading(_) => Vec::new(),
                Block::Paragraph(inlines) => from(inlines),
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
                Block::Paragraph(inlines) => parts.push(flat(inlines)),
                Block::List(items) => parts.extend(items.iter().map(|i| flat(i))),
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
            "title: T\nreviewed: 2026-11-26\nsource: A 2020.\nsource: B 2021.\n---\nOne {{hpa|HPA axis}} here.\nStill one.\n\n## H\n\n- a {{x}}\n- b\n",
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
        assert_eq!(page.terms(), vec!["hpa", "x"]);
        assert!(page.plain_text().contains("One HPA axis here."));
    }

    #[test]
    fn rejects_malformed_files() {
        assert_eq!(parse("title: T"), Err(ContentError::NoSeparator));
        assert_eq!(
            parse("reviewed: x\n---\nbody"),
            Err(ContentError::MissingField("title"))
        );
        assert_eq!(
            parse("title: T\nauthor: me\n---\nx"),
            Err(ContentError::UnknownField("author".into()))
        );
        assert!(matches!(
            parse("title: T\nreviewed: r\n---\na {{b"),
            Err(ContentError::UnclosedTerm { .. })
        ));
    }
}
