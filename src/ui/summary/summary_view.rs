//! The summary model as it appears on screen.

use leptos::prelude::*;

use crate::domain::phq9::PHQ9;
use crate::export::summary::{Summary, Table};

fn table_view(table: Table) -> impl IntoView {
    let headers = table
        .headers
        .into_iter()
        .map(|h| view! { <th scope="col">{h}</th> })
        .collect_view();
    let rows = table
        .rows
        .into_iter()
        .map(|row| view! { <tr>{row.into_iter().map(|cell| view! { <td>{cell}</td> }).collect_view()}</tr> })
        .collect_view();
    view! {
        <div class="trd-table-scroll" tabindex="0">
            <table class="trd-table">
                <thead>
                    <tr>{headers}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// Renders `summary`, re-rendering when it changes.
#[component]
pub fn SummaryView(
    /// The summary to show.
    #[prop(into)]
    summary: Signal<Summary>,
) -> impl IntoView {
    move || {
        let s = summary.get();
        let phq9 = match s.phq9 {
            Some(part) => view! {
                <div
                    data-instrument=PHQ9.slug
                    data-score=part.score.to_string()
                    data-level=part.level
                >
                    {table_view(part.answers)}
                    <p class="trd-band">{part.total}</p>
                    <p class="trd-band">{part.item9}</p>
                    {part.item9_note.map(|note| view! { <p class="trd-band">{note}</p> })}
                    {part.difficulty.map(|line| view! { <p>{line}</p> })}
                </div>
            }
            .into_any(),
            None => view! { <p>{s.phq9_missing}</p> }.into_any(),
        };
        let progress = (!s.progress.is_empty()).then(|| {
            let items = s
                .progress
                .into_iter()
                .map(|line| view! { <li>{line}</li> })
                .collect_view();
            view! {
                <h3>{s.progress_heading}</h3>
                <ul data-progress>{items}</ul>
            }
        });
        let medicines = match s.medicines {
            Some(table) => table_view(table).into_any(),
            None => view! { <p>{s.medicines_missing}</p> }.into_any(),
        };
        let staging = s
            .staging
            .into_iter()
            .map(|line| {
                view! {
                    <tr>
                        <th scope="row">{line.method}</th>
                        <td>{line.result}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="trd-summary-body" data-summary>
                <p class="trd-small">{s.made_on}</p>
                <p class="trd-small">{s.language}</p>
                <p>{s.disclaimer}</p>
                <h3>{s.phq9_heading}</h3>
                {phq9}
                {progress}
                <h3>{s.history_heading}</h3>
                {medicines}
                {s.history_lines.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
                <h3>{s.staging_heading}</h3>
                <table class="trd-table">
                    <tbody>{staging}</tbody>
                </table>
                <h3>{s.notes_heading}</h3>
                <ul class="trd-notes">
                    {s.notes.into_iter().map(|note| view! { <li>{note}</li> }).collect_view()}
                </ul>
                <p class="trd-small">{s.attribution}</p>
            </div>
        }
    }
}
