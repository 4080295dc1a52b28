//! Explainer content: complete in every language, sourced, dated, using
//! only glossary terms that exist, in plain language (Flesch-Kincaid grade
//! 8 or below for every English page; project decision 1), and within what
//! the clinical spec supports: no [M]-only detail cited precisely, a
//! downsides line for every treatment (decision 17), and every mention of
//! suicide beside the crisis lines (decision 3; spec 9.3 and 9.5).

use trd_widget::content::{checklist, glossary, page, Block, Inline, Page, Topic};
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
                    Block::Downsides(_) => "downsides".to_owned(),
                    Block::Crisis(_) => "crisis".to_owned(),
                    Block::CrisisLines => "crisis-lines".to_owned(),
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
        // The same sources: each pair of source lines cites the same
        // numbers (years, volumes, pages, DOIs), whatever the wording.
        for (a, b) in en.sources.iter().zip(&es.sources) {
            assert_eq!(numbers(a), numbers(b), "{}: {a} / {b}", topic.slug());
        }
        assert_eq!(
            en.checked,
            es.checked,
            "{}: checked dates differ",
            topic.slug()
        );
        assert_eq!(en.review, es.review, "{}: reviews differ", topic.slug());
        for page in &pages {
            assert!(!page.sources.is_empty(), "{}: no source", topic.slug());
            assert!(page.blocks.len() >= 3, "{}: too short", topic.slug());
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
    for (lang, points) in [(Lang::En, &en), (Lang::Es, &es)] {
        assert_eq!(
            points.len(),
            checklist::line_count(lang),
            "{lang:?}: a malformed checklist line"
        );
    }
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
    for catalogue in trd_widget::i18n::every_catalogue() {
        report.push((
            format!("screens: {}", catalogue.title),
            grade(&screens(catalogue.en)),
        ));
    }
    for (page, g) in &report {
        eprintln!("Flesch-Kincaid grade {g:5.2}  {page}");
    }
    let too_hard: Vec<_> = report.iter().filter(|(_, g)| *g > MAX_GRADE).collect();
    assert!(too_hard.is_empty(), "above grade {MAX_GRADE}: {too_hard:?}");
}

/// The runs of digits in a text, in order.
fn numbers(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .map(str::to_owned)
        .collect()
}

fn all_pages() -> Vec<(Topic, Lang, Page)> {
    Topic::ALL
        .into_iter()
        .flat_map(|topic| Lang::ALL.map(|lang| (topic, lang, page(topic, lang).expect("parses"))))
        .collect()
}

fn flat(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|i| match i {
            Inline::Text(t) => t.as_str(),
            Inline::Term { text, .. } => text.as_str(),
        })
        .collect()
}

/// Details the spec tags [M] (unverified): none may be cited precisely,
/// anywhere the widget writes (project rule: say less rather than guess).
/// Each row is a pattern and the spec row it comes from.
const UNVERIFIED: &[(&str, &str)] = &[
    ("23-29", "Thase & Rush 1997 page range (spec 2.1, 12 #13)"),
    ("1905-1917", "STAR*D page end (spec 9)"),
    ("177-184", "MSM development paper pages (spec 3.1)"),
    ("70(2)", "MSM development paper volume (spec 3.1)"),
    ("1195-1202", "Simon 2013 pages (spec 12 #7)"),
    ("221-227", "Simon 2016 pages (spec 12 #8)"),
    ("172(10)", "ketamine meta-analysis volume (spec 9.1 M8)"),
    ("214(1)", "Chamberlain print citation (spec 9.1 M20)"),
    ("62(11)", "O'Reardon rTMS pages (spec 9.5 RM1)"),
    ("Newport", "ketamine meta-analysis authors (spec 9.1 M8)"),
    ("Reutfors", "Swedish register authors (spec 9.3 P9-P10)"),
    ("Bergfeld", "TRD suicidality review authors (spec 9.3 P11)"),
    ("Bennabi", "TRD risk-factor review authors (spec 9.3 P1)"),
    ("Belujon", "dopamine review authors (spec 9.1 M5)"),
    ("Schür", "GABA meta-analysis authors (spec 9.1 M11)"),
    ("Heijnen", "ECT remission in medication resistance (spec 9)"),
    (
        "48 in 100",
        "ECT remission in medication resistance (spec 9, Heijnen [M])",
    ),
    (
        "48 de cada 100",
        "ECT remission in medication resistance (spec 9, Heijnen [M])",
    ),
    ("20 in 100", "Goodwin week-12 sustained response (spec 7.1)"),
    (
        "20 de cada 100",
        "Goodwin week-12 sustained response (spec 7.1)",
    ),
    (
        "aripiprazole (2007)",
        "aripiprazole approval year (spec 6.2)",
    ),
    (
        "quetiapine XR (2009)",
        "quetiapine approval year (spec 6.2)",
    ),
    ("in 2005", "VNS approval year (spec 6.4)"),
    ("en 2005", "VNS approval year (spec 6.4)"),
    ("988lineadevida", "Spanish 988 site (spec 8)"),
    ("1-866-488-7386", "Trevor Project number (spec 8)"),
    ("Press 3", "ended 988 option (spec 0.1 #7)"),
    ("1.022", "Kautzky duration odds ratio (spec 9.4.5)"),
    ("62%", "infliximab exploratory subgroup (spec 9.4.4)"),
    (
        "2.1 per 100,000",
        "ECT death rate, not for visitors (spec 9.5)",
    ),
    ("< 18", "early onset threshold (spec 9.4.1)"),
    ("under 18", "early onset threshold (spec 9.4.1)"),
    (
        "twice the risk",
        "suicide multiplier as a headline (spec 9.3)",
    ),
];

/// Every text the widget writes outside the instrument: explainers (with
/// their sources), glossary, checklist and every catalogue.
fn every_widget_text() -> Vec<(String, String)> {
    let mut texts = Vec::new();
    for (topic, lang, page) in all_pages() {
        let place = format!("{} ({lang:?})", topic.slug());
        texts.push((place.clone(), page.plain_text()));
        texts.extend(page.sources.iter().map(|s| (place.clone(), s.clone())));
    }
    for lang in Lang::ALL {
        for e in glossary::entries(lang) {
            texts.push((
                format!("glossary {} ({lang:?})", e.id),
                e.definition.to_owned(),
            ));
        }
        for p in checklist::points(lang) {
            texts.push((
                format!("checklist {} ({lang:?})", p.id),
                format!("{}\n{}", p.statement, p.to_raise),
            ));
        }
    }
    let catalogues = trd_widget::i18n::every_catalogue()
        .into_iter()
        .flat_map(|catalogue| [catalogue.en, catalogue.es]);
    for entries in catalogues {
        texts.extend(
            entries
                .into_iter()
                .map(|(k, t)| (k.to_owned(), t.to_owned())),
        );
    }
    texts
}

fn unverified_citations(texts: &[(String, String)]) -> Vec<String> {
    let mut found = Vec::new();
    for (place, text) in texts {
        for (pattern, why) in UNVERIFIED {
            if text.contains(pattern) {
                found.push(format!("{place}: '{pattern}' ({why})"));
            }
        }
    }
    found
}

#[test]
fn no_unverified_detail_is_cited_precisely() {
    let found = unverified_citations(&every_widget_text());
    assert!(found.is_empty(), "[M]-only details: {found:#?}");
}

#[test]
fn the_unverified_detail_check_can_fail() {
    let old = vec![(
        "diagnosis-and-staging (old)".to_owned(),
        "Thase ME, Rush AJ. J Clin Psychiatry 1997;58(Suppl 13):23-29.".to_owned(),
    )];
    assert_eq!(unverified_citations(&old).len(), 1);
}

/// Treatments the options page must show with their downsides (project
/// decision 17; spec 9.5's scope), each as words that name it per language.
const TREATMENTS: &[(&str, &str)] = &[
    ("antidepressant", "antidepresivo"),
    ("antipsychotic", "antipsicótico"),
    ("Symbyax", "Symbyax"),
    ("Lithium", "Litio"),
    ("T3", "T3"),
    ("Esketamine", "Esketamina"),
    ("Ketamine", "ketamina"),
    ("MAOI", "IMAO"),
    ("ECT", "TEC"),
    ("rTMS", "EMTr"),
    ("VNS", "ENV"),
    ("Psilocybin", "Psilocibina"),
];

/// The page's sections: a heading (empty for the opening) and its blocks.
fn sections(page: &Page) -> Vec<(String, Vec<&Block>)> {
    let mut out = vec![(String::new(), Vec::new())];
    for block in &page.blocks {
        match block {
            Block::Heading(h) => out.push((h.clone(), Vec::new())),
            other => out.last_mut().expect("one").1.push(other),
        }
    }
    out
}

fn block_text(block: &Block) -> String {
    match block {
        Block::Heading(h) => h.clone(),
        Block::Paragraph(i) | Block::Downsides(i) | Block::Crisis(i) => flat(i),
        Block::List(items) => items.iter().map(|i| flat(i)).collect::<Vec<_>>().join("\n"),
        Block::CrisisLines => String::new(),
    }
}

/// Treatments named in a section with no downsides line.
fn treatments_without_downsides(page: &Page, lang: Lang) -> Vec<&'static str> {
    TREATMENTS
        .iter()
        .map(|(en, es)| if lang == Lang::En { *en } else { *es })
        .filter(|name| {
            let named: Vec<_> = sections(page)
                .into_iter()
                .filter(|(heading, blocks)| {
                    heading.contains(name)
                        || blocks.iter().any(|b| {
                            !matches!(b, Block::Downsides(_)) && block_text(b).contains(name)
                        })
                })
                .collect();
            named.is_empty()
                || named
                    .iter()
                    .any(|(_, blocks)| !blocks.iter().any(|b| matches!(b, Block::Downsides(_))))
        })
        .collect()
}

#[test]
fn every_treatment_on_the_options_page_has_a_downsides_line() {
    for lang in Lang::ALL {
        let page = page(Topic::TreatmentOptions, lang).expect("parses");
        let missing = treatments_without_downsides(&page, lang);
        assert!(missing.is_empty(), "{lang:?}: no downsides for {missing:?}");
        // The balance rule's closing sentence (spec 9.5).
        let last = page.blocks.last().map(block_text).unwrap_or_default();
        let weigh = if lang == Lang::En {
            "weigh"
        } else {
            "comparar"
        };
        assert!(last.contains(weigh), "{lang:?}: {last}");
    }
}

#[test]
fn the_downsides_check_can_fail() {
    let page = trd_widget::content::parse::parse(
        "title: T\nchecked: 2026-11-27\nsource: S.\n---\nx\n\n## ECT\n\nECT helps.\n\n## rTMS\n\nrTMS helps.\n\ndownsides: Headache.\n",
    )
    .expect("parses");
    let missing = treatments_without_downsides(&page, Lang::En);
    assert!(
        missing.contains(&"ECT") && !missing.contains(&"rTMS"),
        "{missing:?}"
    );
}

/// Blocks that mention suicide without the crisis lines in the same
/// section of the page.
fn suicide_without_crisis_lines(page: &Page) -> Vec<String> {
    sections(page)
        .into_iter()
        .flat_map(|(heading, blocks)| {
            let has_crisis = blocks
                .iter()
                .any(|b| matches!(b, Block::Crisis(_) | Block::CrisisLines));
            std::iter::once(heading)
                .chain(blocks.iter().map(|b| block_text(b)))
                .filter(|t| t.to_lowercase().contains("suicid"))
                .filter(|_| !has_crisis)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn every_mention_of_suicide_sits_beside_the_crisis_lines() {
    for (topic, lang, page) in all_pages() {
        let bare = suicide_without_crisis_lines(&page);
        assert!(bare.is_empty(), "{} ({lang:?}): {bare:?}", topic.slug());
    }
    let bad = trd_widget::content::parse::parse(
        "title: T\nchecked: 2026-11-27\nsource: S.\n---\nTRD is linked to suicide.\n\n## Next\n\ncrisis: Call 988.\n",
    )
    .expect("parses");
    assert_eq!(suicide_without_crisis_lines(&bad).len(), 1);
}

#[test]
fn the_psilocybin_checklist_shows_its_suicide_point_with_the_crisis_lines() {
    // Clinical review 3 M4: a point that mentions suicide is a `crisis:`
    // point, which the checklist shows inside the crisis callout.
    for lang in Lang::ALL {
        let bare: Vec<_> = checklist::points(lang)
            .into_iter()
            .filter(|p| p.to_raise.to_lowercase().contains("suicid") && !p.crisis)
            .map(|p| p.id)
            .collect();
        assert!(bare.is_empty(), "{lang:?}: {bare:?}");
        let suicide = checklist::points(lang)
            .into_iter()
            .find(|p| p.id == "suicide")
            .expect("the suicide point");
        assert!(suicide.crisis, "{lang:?}");
        let now = if lang == Lang::En {
            "right now"
        } else {
            "ahora mismo"
        };
        assert!(
            suicide.to_raise.contains(now),
            "{lang:?}: {}",
            suicide.to_raise
        );
        assert!(!suicide.to_raise.contains("today") && !suicide.to_raise.contains("hoy"));
    }
}

#[test]
fn the_getting_help_page_lists_the_crisis_lines_from_the_crisis_data() {
    // Review 3: its "Right now" list was plain text, so a visitor in crisis
    // had no number to tap there. Now the page holds a `crisis-lines:`
    // block, which renders `domain::crisis` (the same data as the crisis
    // block), and no page types a crisis number of its own.
    for (topic, lang, page) in all_pages() {
        let blocks = page
            .blocks
            .iter()
            .filter(|b| matches!(b, Block::CrisisLines))
            .count();
        let expected = usize::from(topic.lists_crisis_lines());
        assert_eq!(blocks, expected, "{} ({lang:?})", topic.slug());
    }
    for lang in Lang::ALL {
        let text = page(Topic::GettingHelp, lang).expect("parses").plain_text();
        for number in ["741741", "838255", "8255", "911"] {
            assert!(!text.contains(number), "{lang:?}: typed {number}");
        }
    }
}

/// The record of re-checking the crisis numbers on the live sites
/// (clinical-spec 13.8): one line per check, `YYYY-MM-DD` and the sites.
const CRISIS_CHECK_LOG: &str = "content/crisis-check-log.md";

#[test]
fn pages_say_when_their_sources_were_checked_and_the_crisis_page_only_when_recorded() {
    // Review 3 O5: "Sources checked on" on the crisis page reads as "the
    // numbers were confirmed that day", so it shows a date only once a
    // check of the three live sites is on record.
    let log =
        std::fs::read_to_string(crate::source::root().join(CRISIS_CHECK_LOG)).unwrap_or_default();
    for (topic, lang, page) in all_pages() {
        match (topic, page.checked) {
            (Topic::GettingHelp, None) => {}
            (Topic::GettingHelp, Some(date)) => {
                let day = format!("{:04}-{:02}-{:02}", date.year, date.month, date.day);
                let recorded = log.lines().any(|l| {
                    l.starts_with(&day)
                        && [
                            "988lifeline.org",
                            "crisistextline.org",
                            "coloradocrisisservices.org",
                        ]
                        .iter()
                        .all(|site| l.contains(site))
                });
                assert!(
                    recorded,
                    "{lang:?}: no check of the live sites on {day} in {CRISIS_CHECK_LOG}"
                );
            }
            (_, None) => panic!("{} ({lang:?}): no checked date", topic.slug()),
            (_, Some(_)) => {}
        }
    }
}

/// Project decisions 12 and 13: "full dose" only as the prescriber's
/// planned dose, never for this tool's threshold; Maudsley severity is
/// asked about now, never "at their worst".
fn dose_and_severity_wording_problems(texts: &[(String, String)]) -> Vec<String> {
    let allowed = [
        "full dose my prescriber planned",
        "full dose your prescriber planned",
        "full dose the prescriber planned",
        "dosis completa que planeó quien",
    ];
    let mut found = Vec::new();
    for (place, text) in texts {
        let mut rest = text.to_lowercase();
        for a in allowed {
            rest = rest.replace(a, "");
        }
        for banned in [
            "full dose",
            "dosis completa",
            "at their worst",
            "at your worst",
            "peor momento",
        ] {
            if rest.contains(banned) {
                found.push(format!("{place}: '{banned}'"));
            }
        }
    }
    found
}

#[test]
fn dose_and_severity_words_follow_decisions_12_and_13() {
    let found = dose_and_severity_wording_problems(&every_widget_text());
    assert!(found.is_empty(), "{found:#?}");
    let old = vec![(
        "dose_hint (old)".to_owned(),
        "At least 50 mg a day counts as a full dose.".to_owned(),
    )];
    assert_eq!(dose_and_severity_wording_problems(&old).len(), 1);
}

/// Serious risks of clinical-spec 9.5 that a treatment's downsides must
/// name (clinical review 3, M1-M3 and M9): the section heading (English,
/// Spanish), then each risk's words in both languages and its spec row.
type Risk = (&'static str, &'static str, &'static str);
const REQUIRED_RISKS: &[(&str, &str, &[Risk])] = &[
    (
        "Esketamine",
        "Esketamina",
        &[
            ("misused", "usar mal", "RE1, RE2, RE9 abuse and misuse"),
            ("bleeding in the brain", "sangrado en el cerebro", "RE8"),
            ("aneurysm", "aneurisma", "RE8"),
            ("bladder", "vejiga", "RE11"),
            (
                "cannot drive until the next day",
                "No puede manejar hasta el día siguiente",
                "RE6",
            ),
            (
                "not known if esketamine prevents suicide",
                "No se sabe si la esketamina previene el suicidio",
                "RE13",
            ),
        ],
    ),
    (
        "Ketamine infusions",
        "Infusiones de ketamina",
        &[("misused", "usar mal", "RK3"), ("bladder", "vejiga", "RK3")],
    ),
    ("VNS", "ENV", &[("infection", "infección", "RV4")]),
    ("Lithium", "Litio", &[("diarrhea", "diarrea", "RL3")]),
    (
        "Thyroid hormone",
        "Hormona tiroidea",
        &[("harmful", "hacer daño", "RT3")],
    ),
    (
        "Psilocybin",
        "Psilocibina",
        &[(
            "every dose group",
            "todos los grupos de dosis",
            "7.1 Goodwin 2022",
        )],
    ),
];

/// What a page's treatment sections lack: a required risk, a benefit line
/// before the downsides (decision 17's balance rule), or the crisis lines
/// beside a downsides block that names suicide.
fn balance_problems(page: &Page, lang: Lang) -> Vec<String> {
    let mut problems = Vec::new();
    for (heading, blocks) in sections(page) {
        let Some(at) = blocks.iter().position(|b| matches!(b, Block::Downsides(_))) else {
            continue;
        };
        if !blocks[..at]
            .iter()
            .any(|b| matches!(b, Block::Paragraph(_) | Block::List(_)))
        {
            problems.push(format!("{heading}: no benefit line before the downsides"));
        }
        // The downsides and any crisis callout right after them.
        let text: String = blocks[at..]
            .iter()
            .filter(|b| matches!(b, Block::Downsides(_) | Block::Crisis(_)))
            .map(|b| block_text(b))
            .collect::<Vec<_>>()
            .join(" ");
        for (en, es, risks) in REQUIRED_RISKS {
            let name = if lang == Lang::En { en } else { es };
            if !heading.starts_with(name) {
                continue;
            }
            for (risk_en, risk_es, row) in *risks {
                let risk = if lang == Lang::En { risk_en } else { risk_es };
                if !text.contains(risk) {
                    problems.push(format!("{heading}: no '{risk}' ({row})"));
                }
            }
        }
    }
    problems
}

#[test]
fn every_treatment_names_its_serious_risks_beside_its_benefits() {
    let mut checked = Vec::new();
    for topic in [Topic::TreatmentOptions, Topic::KetamineAndEsketamine] {
        for lang in Lang::ALL {
            let page = page(topic, lang).expect("parses");
            let problems = balance_problems(&page, lang);
            assert!(
                problems.is_empty(),
                "{} ({lang:?}): {problems:#?}",
                topic.slug()
            );
            checked.extend(
                sections(&page)
                    .into_iter()
                    .filter(|(h, _)| {
                        REQUIRED_RISKS
                            .iter()
                            .any(|(en, es, _)| h.starts_with(en) || h.starts_with(es))
                    })
                    .map(|(h, _)| h),
            );
        }
    }
    // Every required treatment was found on the options page, both languages.
    for (en, es, _) in REQUIRED_RISKS {
        assert!(checked.iter().any(|h| h.starts_with(en)), "{en}");
        assert!(checked.iter().any(|h| h.starts_with(es)), "{es}");
    }
}

#[test]
fn the_risk_check_can_fail() {
    // The esketamine block as review 3 found it on the options page.
    let old = trd_widget::content::parse::parse(
        "title: T\nchecked: 2026-11-27\nsource: S.\n---\nx\n\n## Esketamine\n\ndownsides: It raises blood pressure. You will need a ride home.\n\n## Lithium\n\nDoctors add it.\n\ndownsides: Lithium needs blood tests.\n",
    )
    .expect("parses");
    let problems = balance_problems(&old, Lang::En);
    assert!(
        problems.iter().any(|p| p.contains("no benefit line")),
        "{problems:#?}"
    );
    assert!(problems.iter().any(|p| p.contains("RE8")));
    assert!(problems.iter().any(|p| p.contains("RL3")));
}

/// "12,5" or "5,5": a decimal comma (a thousands comma has three digits
/// after it).
fn decimal_commas(texts: &[(String, String)]) -> Vec<String> {
    let pattern = regex::Regex::new(r"\d,\d{1,2}\b").expect("regex");
    texts
        .iter()
        .filter(|(_, text)| pattern.is_match(text))
        .map(|(place, text)| format!("{place}: {text}"))
        .collect()
}

#[test]
fn every_decimal_is_written_with_a_point_in_both_languages() {
    // Project decision 20: US Spanish writes "12.5", "2.8 millones".
    let found = decimal_commas(&every_widget_text());
    assert!(found.is_empty(), "{found:#?}");
    let old = vec![("months_hint (old)".to_owned(), "como 12,5".to_owned())];
    assert_eq!(decimal_commas(&old).len(), 1);
    let thousands = vec![("x".to_owned(), "2,074 personas".to_owned())];
    assert!(decimal_commas(&thousands).is_empty());
}
