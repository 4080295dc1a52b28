//! PHQ-9 totals over time as a small chart with the five bands behind it,
//! and the same numbers as text: an SVG built from the totals, styled by
//! the widget's stylesheet (classes only, nothing inline), with a text
//! alternative that says what the picture says.

use leptos::prelude::*;

use crate::domain::phq9::PHQ9;
use crate::domain::progress::DatedTotal;
use crate::ui::context::use_session;

const WIDTH: u16 = 320;
const HEIGHT: u16 = 150;
const LEFT: u16 = 26;
const TOP: u16 = 8;
const BOTTOM: u16 = 142;

/// The y position of a total (0 at the bottom, 27 at the top).
fn y(total: u16) -> u16 {
    BOTTOM - (BOTTOM - TOP) * total / 27
}

/// The x position of entry `i` of `n`, spread across the plot.
fn x(i: usize, n: usize) -> u16 {
    let span = WIDTH - LEFT - 14;
    if n <= 1 {
        LEFT + span / 2
    } else {
        LEFT + (span as usize * i / (n - 1)) as u16
    }
}

#[component]
pub fn ProgressChart(
    /// The totals to draw, oldest first.
    entries: Memo<Vec<DatedTotal>>,
) -> impl IntoView {
    let ctx = use_session();
    let bands = PHQ9
        .bands
        .iter()
        .map(|band| {
            let top = y(band.max.into());
            let height = y(band.min.into()).saturating_sub(y(band.max.into())).max(1);
            view! {
                <rect
                    class=format!("trd-chart-band trd-chart-{}", band.severity.slug())
                    x=LEFT
                    y=top
                    width=WIDTH - LEFT
                    height=height
                />
                <text class="trd-chart-axis" x=LEFT - 4 y=y(band.min.into()) text-anchor="end">
                    {band.min}
                </text>
            }
        })
        .collect_view();
    let line = move || {
        let list = entries.get();
        let n = list.len();
        list.iter()
            .enumerate()
            .map(|(i, e)| format!("{},{}", x(i, n), y(e.total.into())))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let dots = move || {
        let list = entries.get();
        let n = list.len();
        list.iter()
            .enumerate()
            .map(|(i, e)| view! { <circle class="trd-chart-dot" cx=x(i, n) cy=y(e.total.into()) r="4" /> })
            .collect_view()
    };
    let alt = move || ctx.copy().answers().progress_alt_text(&entries.get());
    let items = move || {
        entries
            .get()
            .into_iter()
            .map(|e| view! { <li>{ctx.copy().answers().progress_entry_text(e)}</li> })
            .collect_view()
    };
    view! {
        <figure class="trd-progress" data-progress>
            <figcaption id="trd-progress-title">
                {move || ctx.copy().answers().progress_title}
            </figcaption>
            <svg
                class="trd-chart"
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="img"
                aria-labelledby="trd-progress-title trd-progress-desc"
            >
                <desc id="trd-progress-desc">{alt}</desc>
                {bands}
                <polyline class="trd-chart-line" points=line />
                {dots}
            </svg>
            <ul class="trd-progress-list">{items}</ul>
        </figure>
    }
}
