//! Explainer content: complete in every language, sourced, reviewed, using
//! only glossary terms that exist, and in plain language (Flesch-Kincaid
//! grade 8 or below for every English page; project decision 1).

use trd_widget::content::{checklist, glossary, page, Block, Topic};
use trd_widget::domain::lang::Lang;

/// Highest Flesch-Kincaid grade allowed for widget-written English text.
const MAX_GRADE: f64 = 8.0;

fn syllables(word: &str) -> usize {
    let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() >= 2 && letters.chars().all(|c| c.is_uppercase()) {
        // Acronyms are read letter by letter: "FDA" is ef-dee-ay.
        return letters.len();
    }
    let lower = letters.to_lowercase();
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut previous = false;
    for c in lower.chars() {
        let is_vowel = vowel(c);
        if is_vowel && !previous {
            count += 1;
        }
        previous = is_vowel;
    }
    if lower.ends_with('e') && !lower.ends_with("le") && count > 1 {
        count -= 1;
    }
    count.max(1)
}

/// Words, sentences and syllables of a text whose lines (headings, list
/// items) also end sentences.
fn counts(text: &str) -> (usize, usize, usize) {
    let (mut words, mut sentences, mut syllable_total) = (0, 0, 0);
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let mut open = false;
        for token in line.split_whitespace() {
            if token.chars().any(char::is_alphabetic) {
                words += 1;
                syllable_total += syllables(token);
                open = true;
            }
            let core = token.trim_end_matches(['"', ')', '\'', '»']);
            let abbreviation = core.trim_end_matches('.').contains('.') || core.len() <= 2;
            if core.ends_with(['.', '!', '?']) && !abbreviation && open {
                sentences += 1;
                open = false;
            }
        }
        if open {
            sentences += 1;
        }
    }
    (words, sentences, syllable_total)
}

fn grade(text: &str) -> f64 {
    let (words, sentences, syllables) = counts(text);
    let (w, s, y) = (words as f64, sentences.max(1) as f64, syllables as f64);
    0.39 * (w / s) + 11.8 * (y / w) - 15.59
}

#[test]
fn the_grade_formula_behaves() {
    assert_eq!(syllables("help"), 1);
    assert_eq!(syllables("medicine"), 3);
    assert_eq!(syllables("table"), 2);
    assert_eq!(syllables("FDA"), 3);
    assert_eq!(counts("The cat sat. The dog ran!\nA heading"), (8, 3, 9));
    assert_eq!(counts("In one U.S. study, people got well."), (7, 1, 10));
    assert!(grade("The cat sat on the mat. It was a good cat.") < 2.0);
    let dense = "Pharmacological augmentation strategies demonstrate heterogeneous effectiveness across individualized treatment-resistant populations.";
    assert!(grade(dense) > 16.0, "{}", grade(dense));
}

#[test]
fn every_topic_exists_in_every_language_with_the_same_shape() {
    for topic in Topic::ALL {
        let pages: Vec<_> = Lang::ALL
            .iter()
            .map(|&lang| {
                page(topic, lang).unwrap_or_else(|e| panic!("{} ({lang:?}): {e}", topic.slug()))
            })
            .collect();
        let shape = |p: &trd_widget::content::Page| {
            p.blocks
                .iter()
                .map(|b| match b {
                    Block::Heading(_) => "h".to_owned(),
                    Block::Paragraph(_) => "p".to_owned(),
                    Block::List(items) => format!("ul{}", items.len()),
                })
                .collect::<Vec<_>>()
        };
        let (en, es) = (&pages[0], &pages[1]);
        assert_eq!(
            shape(en),
            shape(es),
            "{}: the Spanish page has another structure",
            topic.slug()
        );
        assert_eq!(
            en.terms(),
            es.terms(),
            "{}: glossary terms differ",
            topic.slug()
        );
        assert_eq!(
            en.sources.len(),
            es.sources.len(),
            "{}: sources differ",
            topic.slug()
        );
        assert_ne!(en.title, es.title, "{}: title not translated", topic.slug());
        for page in &pages {
            assert!(!page.sources.is_empty(), "{}: no source", topic.slug());
            assert!(page.blocks.len() >= 3, "{}: too short", topic.slug());
            let date = page.reviewed.as_bytes();
            assert!(
                date.len() == 10 && date[4] == b'-' && date[7] == b'-',
                "{}: reviewed {:?}",
                topic.slug(),
                page.reviewed
            );
        }
    }
}

#[test]
fn every_glossary_term_used_is_defined_in_every_language() {
    for lang in Lang::ALL {
        assert_eq!(
            glossary::entries(lang).len(),
            glossary::line_count(lang),
            "{lang:?}: a malformed glossary line"
        );
    }
    let en: Vec<_> = glossary::entries(Lang::En).iter().map(|e| e.id).collect();
    let es: Vec<_> = glossary::entries(Lang::Es).iter().map(|e| e.id).collect();
    assert_eq!(
        en, es,
        "both glossaries define the same terms, in the same order"
    );
    for topic in Topic::ALL {
        for lang in Lang::ALL {
            let page = page(topic, lang).expect("parses");
            for id in page.terms() {
                assert!(
                    glossary::lookup(id, lang).is_some(),
                    "{} ({lang:?}) uses undefined term {id}",
                    topic.slug()
                );
            }
        }
    }
}

#[test]
fn the_psilocybin_checklist_is_complete_in_every_language() {
    let en = checklist::points(Lang::En);
    let es = checklist::points(Lang::Es);
    assert!(en.len() >= 10);
    assert_eq!(
        en.iter().map(|p| p.id).collect::<Vec<_>>(),
        es.iter().map(|p| p.id).collect::<Vec<_>>()
    );
    for point in en.iter().chain(&es) {
        assert!(
            !point.statement.is_empty() && !point.to_raise.is_empty(),
            "{}",
            point.id
        );
    }
}

#[test]
fn every_english_page_reads_at_grade_8_or_below() {
    let mut report = Vec::new();
    for topic in Topic::ALL {
        let page = page(topic, Lang::En).expect("parses");
        report.push((topic.slug().to_owned(), grade(&page.plain_text())));
    }
    let glossary_text: String = glossary::entries(Lang::En)
        .iter()
        .map(|e| format!("{}\n", e.definition))
        .collect();
    report.push(("glossary".to_owned(), grade(&glossary_text)));
    let checklist_text: String = checklist::points(Lang::En)
        .iter()
        .map(|p| format!("{}\n{}\n", p.statement, p.to_raise))
        .collect();
    report.push(("psilocybin checklist".to_owned(), grade(&checklist_text)));
    // The widget's own screens: every catalogue, citations left out.
    let screens = |entries: Vec<(&str, &str)>| -> String {
        entries
            .into_iter()
            .filter(|(key, _)| !key.ends_with("_source"))
            .map(|(_, text)| format!("{text}\n"))
            .collect()
    };
    report.push((
        "screens: PHQ-9 and frame".to_owned(),
        grade(&screens(trd_widget::i18n::EN.entries())),
    ));
    report.push((
        "screens: treatment history and staging".to_owned(),
        grade(&screens(trd_widget::i18n::staging::EN.entries())),
    ));
    report.push((
        "screens: summary".to_owned(),
        grade(&screens(trd_widget::i18n::summary::EN.entries())),
    ));
    report.push((
        "screens: learn".to_owned(),
        grade(&screens(trd_widget::i18n::learn::EN.entries())),
    ));
    for (page, g) in &report {
        eprintln!("Flesch-Kincaid grade {g:5.2}  {page}");
    }
    let too_hard: Vec<_> = report.iter().filter(|(_, g)| *g > MAX_GRADE).collect();
    assert!(too_hard.is_empty(), "above grade {MAX_GRADE}: {too_hard:?}");
}
