//! The summary as HTML: a body fragment for printing, and a self-contained
//! document (styles inline, no external file, no script) for download.

use super::summary::{Summary, Table};
use crate::domain::phq9::PHQ9;

/// Styles for the printed and downloaded summary.
pub const SUMMARY_CSS: &str = "
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: #111; margin: 1.5em; line-height: 1.45; }
h1 { font-size: 1.5em; margin: 0 0 0.2em; }
h2 { font-size: 1.15em; margin: 1.4em 0 0.4em; border-bottom: 1px solid #999; }
table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
th, td { border: 1px solid #999; padding: 0.3em 0.45em; text-align: left; vertical-align: top; }
th { background: #eee; }
.meta, .notes, .attribution { color: #333; font-size: 0.9em; }
.flag, .crisis { font-weight: bold; }
.crisis { border-top: 1px solid #999; padding-top: 0.6em; }
@page { margin: 1.5cm; }
@media print { body { margin: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
";

/// Escapes text for HTML content and double-quoted attributes.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Where the summary's HTML goes. One writer serves both, so the screen,
/// the printout and the download say the same thing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Inside the widget, under the screen's own heading, in the widget's
    /// classes (`<div data-summary>` is the view's).
    Screen,
    /// A document of its own: printed, or saved as a file.
    Document,
}

/// The tags and classes that differ between the two targets.
struct Look {
    heading: &'static str,
    meta: &'static str,
    flag: &'static str,
    table_open: &'static str,
    table_close: &'static str,
    /// A table of row headers and values, never wide enough to scroll.
    rows_open: &'static str,
    notes: &'static str,
    attribution: &'static str,
}

impl Target {
    fn look(self) -> Look {
        match self {
            Target::Screen => Look {
                heading: "h3",
                meta: "trd-small",
                flag: "trd-band",
                table_open:
                    "<div class=\"trd-table-scroll\" tabindex=\"0\"><table class=\"trd-table\">",
                table_close: "</table></div>",
                rows_open: "<table class=\"trd-table\">",
                notes: "trd-notes",
                attribution: "trd-small",
            },
            Target::Document => Look {
                heading: "h2",
                meta: "meta",
                flag: "flag",
                table_open: "<table>",
                table_close: "</table>",
                rows_open: "<table>",
                notes: "notes",
                attribution: "attribution",
            },
        }
    }
}

fn table(out: &mut String, table: &Table, look: &Look) {
    out.push_str(look.table_open);
    out.push_str("<thead><tr>");
    for header in &table.headers {
        out.push_str(&format!("<th scope=\"col\">{}</th>", escape(header)));
    }
    out.push_str("</tr></thead><tbody>");
    for row in &table.rows {
        out.push_str("<tr>");
        for cell in row {
            out.push_str(&format!("<td>{}</td>", escape(cell)));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody>");
    out.push_str(look.table_close);
}

/// A wide table on screen: one record per row, its first cell as the
/// record's heading and the others under their column's name, so nothing
/// scrolls sideways on a phone. The printout and the download keep the
/// table.
fn records(out: &mut String, table: &Table) {
    out.push_str("<ul class=\"trd-records\">");
    for row in &table.rows {
        let name = row.first().map(String::as_str).unwrap_or_default();
        out.push_str(&format!("<li><h4>{}</h4><dl>", escape(name)));
        for (header, cell) in table.headers.iter().zip(row).skip(1) {
            out.push_str(&format!(
                "<div><dt>{}</dt><dd>{}</dd></div>",
                escape(header),
                escape(cell)
            ));
        }
        out.push_str("</dl></li>");
    }
    out.push_str("</ul>");
}

fn paragraph(out: &mut String, class: &str, text: &str) {
    if class.is_empty() {
        out.push_str(&format!("<p>{}</p>", escape(text)));
    } else {
        out.push_str(&format!("<p class=\"{class}\">{}</p>", escape(text)));
    }
}

fn heading(out: &mut String, look: &Look, text: &str) {
    out.push_str(&format!("<{h}>{}</{h}>", escape(text), h = look.heading));
}

/// The summary's content, without `<html>` or styles, for the print frame
/// and the download.
pub fn body(summary: &Summary) -> String {
    summary_html(summary, Target::Document)
}

/// The summary as HTML for `target`. Every value is escaped here.
pub fn summary_html(summary: &Summary, target: Target) -> String {
    let look = target.look();
    let look = &look;
    let mut out = String::new();
    if target == Target::Document {
        out.push_str(&format!(
            "<main data-summary lang=\"{}\">",
            summary.lang.tag()
        ));
        out.push_str(&format!("<h1>{}</h1>", escape(&summary.title)));
    }
    paragraph(&mut out, look.meta, &summary.made_on);
    paragraph(&mut out, look.meta, &summary.language);
    let disclaimer = if target == Target::Document {
        look.meta
    } else {
        ""
    };
    paragraph(&mut out, disclaimer, &summary.disclaimer);

    heading(&mut out, look, &summary.phq9_heading);
    match &summary.phq9 {
        Some(phq9) => {
            out.push_str(&format!(
                "<div data-instrument=\"{}\" data-score=\"{}\" data-level=\"{}\">",
                PHQ9.slug, phq9.score, phq9.level
            ));
            table(&mut out, &phq9.answers, look);
            paragraph(&mut out, look.flag, &phq9.total);
            paragraph(&mut out, look.flag, &phq9.item9);
            if let Some(note) = &phq9.item9_note {
                paragraph(&mut out, look.flag, note);
            }
            if let Some(difficulty) = &phq9.difficulty {
                paragraph(&mut out, "", difficulty);
            }
            out.push_str("</div>");
        }
        None => paragraph(&mut out, "", &summary.phq9_missing),
    }
    if !summary.progress.is_empty() {
        heading(&mut out, look, &summary.progress_heading);
        out.push_str("<ul data-progress>");
        for line in &summary.progress {
            out.push_str(&format!("<li>{}</li>", escape(line)));
        }
        out.push_str("</ul>");
    }

    heading(&mut out, look, &summary.history_heading);
    match &summary.medicines {
        Some(medicines) if target == Target::Screen => records(&mut out, medicines),
        Some(medicines) => table(&mut out, medicines, look),
        None => paragraph(&mut out, "", &summary.medicines_missing),
    }
    for line in &summary.history_lines {
        paragraph(&mut out, "", line);
    }

    heading(&mut out, look, &summary.staging_heading);
    out.push_str(look.rows_open);
    out.push_str("<tbody>");
    for line in &summary.staging {
        out.push_str(&format!(
            "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
            escape(&line.method),
            escape(&line.result)
        ));
    }
    out.push_str("</tbody></table>");

    heading(&mut out, look, &summary.notes_heading);
    out.push_str(&format!("<ul class=\"{}\">", look.notes));
    for note in &summary.notes {
        out.push_str(&format!("<li>{}</li>", escape(note)));
    }
    out.push_str("</ul>");
    paragraph(&mut out, look.attribution, &summary.attribution);
    // What the visitor keeps ends with the crisis lines (decision 22); on
    // screen the crisis block below the summary already shows them.
    if target == Target::Document {
        paragraph(&mut out, "crisis", &summary.crisis_close);
        out.push_str("</main>");
    }
    out
}

/// A complete, self-contained HTML document of the summary.
pub fn standalone(summary: &Summary) -> String {
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n<style>{css}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n",
        lang = summary.lang.tag(),
        title = escape(&summary.title),
        css = SUMMARY_CSS,
        body = body(summary)
    )
}
