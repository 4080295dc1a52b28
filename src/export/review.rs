//! The clinician review page (`review.html` in the build): every explainer,
//! glossary entry, checklist point, crisis line and piece of result copy,
//! English and Spanish side by side, each with its sources, so a clinician
//! can read and print the whole text in one sitting (clinical review,
//! project decision 16). Written natively at build time by
//! `examples/review_page.rs`; the widget itself never links to it.

use super::html::escape;
use crate::content::{checklist, glossary, page, Block, Inline, Page, Topic};
use crate::domain::crisis::resources;
use crate::domain::lang::Lang;
use crate::i18n;

const CSS: &str = "
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: #111; margin: 1.5em; line-height: 1.45; }
h1 { font-size: 1.6em; } h2 { margin-top: 2em; border-bottom: 2px solid #333; } h3 { margin-top: 1.5em; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }
th, td { border: 1px solid #999; padding: 0.35em 0.5em; text-align: left; vertical-align: top; }
th { background: #eee; } td.key { font-family: monospace; font-size: 0.85em; white-space: nowrap; }
.meta { color: #333; } .term { text-decoration: underline dotted; }
.downsides { background: #f3f6f8; } .crisis { background: #fdf1f2; } .source { font-size: 0.9em; color: #333; }
@media print { body { margin: 0; } section { break-inside: auto; } tr { break-inside: avoid; } h2, h3 { break-after: avoid; } }
";

fn inlines(items: &[Inline]) -> String {
    items
        .iter()
        .map(|i| match i {
            Inline::Text(t) => escape(t),
            Inline::Term { id, text } => format!(
                "<span class=\"term\" title=\"glossary: {}\">{}</span>",
                escape(id),
                escape(text)
            ),
        })
        .collect()
}

/// One block as a table cell's content, with its class.
fn block(block: &Block, lang: Lang) -> (String, &'static str) {
    match block {
        Block::Heading(h) => (format!("<strong>{}</strong>", escape(h)), "heading"),
        Block::Paragraph(i) => (inlines(i), "paragraph"),
        Block::List(items) => (
            format!(
                "<ul>{}</ul>",
                items
                    .iter()
                    .map(|i| format!("<li>{}</li>", inlines(i)))
                    .collect::<String>()
            ),
            "list",
        ),
        Block::Downsides(i) => (
            format!(
                "<strong>{}</strong> {}",
                escape(i18n::copy(lang).learn().downsides),
                inlines(i)
            ),
            "downsides",
        ),
        Block::Crisis(i) => (inlines(i), "crisis"),
        Block::CrisisLines => (
            "<em>Every crisis line of the \"Crisis resources\" section below, tappable, with the clinic's own lines</em>".to_owned(),
            "crisis-lines",
        ),
    }
}

/// A Spanish cell's content, marked so screen readers pronounce it.
fn spanish(cell: String) -> String {
    format!("<div lang=\"es\">{cell}</div>")
}

fn row(out: &mut String, class: &str, cells: &[String]) {
    out.push_str(&format!("<tr class=\"{class}\">"));
    for cell in cells {
        out.push_str(&format!("<td>{cell}</td>"));
    }
    out.push_str("</tr>");
}

fn head(out: &mut String, columns: &[&str]) {
    out.push_str("<table><thead><tr>");
    for c in columns {
        out.push_str(&format!("<th scope=\"col\">{}</th>", escape(c)));
    }
    out.push_str("</tr></thead><tbody>");
}

fn sign_off(page: &Page, lang: Lang) -> String {
    let l = i18n::copy(lang).learn();
    let checked = page.checked.map_or_else(
        || "Sources: check pending (clinical-spec 13.8).".to_owned(),
        |date| l.checked_line(date),
    );
    match &page.review {
        Some(review) => format!(
            "{checked} {}",
            l.reviewed_line(&review.reviewer, review.date)
        ),
        None if lang == Lang::En => format!("{checked} Not yet reviewed by a named clinician."),
        None => checked,
    }
}

fn topic_section(out: &mut String, topic: Topic) {
    let pages: Vec<Option<Page>> = Lang::ALL.iter().map(|&l| page(topic, l).ok()).collect();
    let (Some(en), Some(es)) = (&pages[0], &pages[1]) else {
        out.push_str(&format!(
            "<p>{}: this page could not be read.</p>",
            escape(topic.slug())
        ));
        return;
    };
    out.push_str(&format!(
        "<section data-review-topic=\"{}\"><h3 id=\"topic-{0}\">{} / {}</h3>",
        topic.slug(),
        escape(&en.title),
        escape(&es.title)
    ));
    out.push_str(&format!(
        "<p class=\"meta\">File: <code>content/explainers/{}.en.md</code>, <code>.es.md</code>. {}</p>",
        topic.slug(),
        escape(&sign_off(en, Lang::En))
    ));
    head(out, &["English", "Español"]);
    for (a, b) in en.blocks.iter().zip(&es.blocks) {
        let (a, class) = block(a, Lang::En);
        let (b, _) = block(b, Lang::Es);
        row(out, class, &[a, spanish(b)]);
    }
    for (a, b) in en.sources.iter().zip(&es.sources) {
        row(out, "source", &[escape(a), spanish(escape(b))]);
    }
    out.push_str("</tbody></table></section>");
}

fn glossary_section(out: &mut String) {
    out.push_str("<section id=\"glossary\"><h2>Glossary</h2>");
    head(out, &["id", "English", "Español"]);
    let es = glossary::entries(Lang::Es);
    for en in glossary::entries(Lang::En) {
        let other = es.iter().find(|e| e.id == en.id);
        let cell = |term: &str, definition: &str| {
            format!("<strong>{}</strong>: {}", escape(term), escape(definition))
        };
        let es_cell = other.map_or_else(String::new, |e| cell(e.term, e.definition));
        out.push_str(&format!("<tr><td class=\"key\">{}</td>", escape(en.id)));
        out.push_str(&format!(
            "<td>{}</td><td>{}</td></tr>",
            cell(en.term, en.definition),
            spanish(es_cell)
        ));
    }
    out.push_str("</tbody></table></section>");
}

fn checklist_section(out: &mut String) {
    out.push_str("<section id=\"checklist\"><h2>Psilocybin checklist</h2>");
    out.push_str("<p class=\"meta\">Each point: the statement a visitor ticks, then the point to raise (clinical-spec 7.2; decision 11).</p>");
    head(out, &["id", "English", "Español"]);
    let es = checklist::points(Lang::Es);
    for en in checklist::points(Lang::En) {
        let cell = |s: &str, r: &str| format!("{}<br><em>{}</em>", escape(s), escape(r));
        let es_cell = es
            .iter()
            .find(|p| p.id == en.id)
            .map_or_else(String::new, |p| cell(p.statement, p.to_raise));
        out.push_str(&format!(
            "<tr><td class=\"key\">{}</td><td>{}</td><td>{}</td></tr>",
            escape(en.id),
            cell(en.statement, en.to_raise),
            spanish(es_cell)
        ));
    }
    out.push_str("</tbody></table></section>");
}

fn crisis_section(out: &mut String) {
    out.push_str("<section id=\"crisis\"><h2>Crisis resources</h2>");
    head(out, &["English", "Español"]);
    let lines = |lang: Lang| {
        let r = resources(lang);
        let mut cell = format!("<strong>{}</strong><ul>", escape(r.heading));
        for line in r.lines {
            let actions: Vec<String> = line
                .actions
                .iter()
                .map(|a| match a.href {
                    Some(href) => format!("{} <code>{}</code>", escape(a.label), escape(href)),
                    None => escape(a.label),
                })
                .collect();
            cell.push_str(&format!(
                "<li>{}: {}</li>",
                escape(line.title),
                actions.join("; ")
            ));
        }
        cell.push_str("</ul>");
        cell
    };
    row(out, "crisis", &[lines(Lang::En), spanish(lines(Lang::Es))]);
    out.push_str("</tbody></table></section>");
}

fn copy_section(out: &mut String) {
    out.push_str("<section id=\"copy\"><h2>Result and screen copy</h2>");
    out.push_str("<p class=\"meta\">Every sentence of the widget's screens, by key. <code>{name}</code> is filled in on screen. Keys ending in <code>_source</code> are the sources shown with a result.</p>");
    for i18n::Entries {
        title,
        file,
        en,
        es,
    } in i18n::every_catalogue()
    {
        out.push_str(&format!(
            "<h3>{}</h3><p class=\"meta\">File: <code>{}</code></p>",
            escape(title),
            escape(file)
        ));
        head(out, &["key", "English", "Español"]);
        for ((key, a), (_, b)) in en.iter().zip(&es) {
            let class = if key.ends_with("_source") {
                "source"
            } else {
                "copy"
            };
            out.push_str(&format!(
                "<tr class=\"{class}\"><td class=\"key\">{}</td><td>{}</td><td>{}</td></tr>",
                escape(key),
                escape(a),
                spanish(escape(b))
            ));
        }
        out.push_str("</tbody></table>");
    }
    out.push_str("</section>");
}

/// The whole review page as a self-contained HTML document.
pub fn review_page() -> String {
    let mut out = String::from("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.push_str("<meta name=\"robots\" content=\"noindex\">");
    out.push_str("<title>trd-widget: all text for clinical review</title>");
    out.push_str(&format!("<style>{CSS}</style></head><body>"));
    out.push_str("<h1>trd-widget: all text for clinical review</h1>");
    out.push_str("<p>Everything the widget writes, except the PHQ-9 items themselves (verbatim from the official forms and checked against the clinical spec by the test suite). English and Spanish are side by side. Made from this build's content files and catalogues, so it is always current.</p>");
    out.push_str("<p><strong>How to sign off an explainer:</strong> read the page here, then add two lines under <code>checked:</code> in both of its content files: <code>reviewer: Name, credentials</code> and <code>reviewed: YYYY-MM-DD</code>. The page then says \u{201c}Reviewed by \u{2026} on \u{2026}\u{201d}. Until then it says only when its sources were checked.</p>");
    out.push_str("<nav><ul>");
    for topic in Topic::ALL {
        let title = page(topic, Lang::En).map_or_else(|_| topic.slug().to_owned(), |p| p.title);
        out.push_str(&format!(
            "<li><a href=\"#topic-{}\">{}</a></li>",
            topic.slug(),
            escape(&title)
        ));
    }
    out.push_str("<li><a href=\"#glossary\">Glossary</a></li><li><a href=\"#checklist\">Psilocybin checklist</a></li><li><a href=\"#crisis\">Crisis resources</a></li><li><a href=\"#copy\">Result and screen copy</a></li></ul></nav>");
    out.push_str("<section id=\"explainers\"><h2>Explainer pages</h2>");
    for topic in Topic::ALL {
        topic_section(&mut out, topic);
    }
    out.push_str("</section>");
    glossary_section(&mut out);
    checklist_section(&mut out);
    crisis_section(&mut out);
    copy_section(&mut out);
    out.push_str("</body></html>\n");
    out
}
