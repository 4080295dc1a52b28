//! The PHQ-9 total on a picture: the 0-27 scale with its five bands and the
//! visitor's mark. Built from the same numbers as the sentences beside it
//! (the instrument's bands and the score), styled by the widget's
//! stylesheet (classes only), with a text alternative that says the same.

use leptos::prelude::*;

use crate::domain::phq9::PHQ9;
use crate::domain::responses::SummedScore;
use crate::ui::context::use_session;

const WIDTH: u16 = 320;
const LEFT: u16 = 8;
const SPAN: u16 = WIDTH - 2 * LEFT;
const BAR_TOP: u16 = 18;
const BAR_HEIGHT: u16 = 16;

/// The x position of the left edge of score `value` (28 positions, 0-27).
fn x(value: u16) -> u16 {
    LEFT + SPAN * value / 28
}

#[component]
pub fn ScoreScale(
    /// The score to mark.
    score: SummedScore,
) -> impl IntoView {
    let ctx = use_session();
    let bands = PHQ9
        .bands
        .iter()
        .map(|band| {
            let (min, max) = (u16::from(band.min), u16::from(band.max));
            view! {
                <rect
                    class=format!("trd-scale-band trd-chart-{}", band.severity.slug())
                    data-band=band.severity.slug()
                    x=x(min)
                    y=BAR_TOP
                    width=x(max + 1) - x(min)
                    height=BAR_HEIGHT
                />
                <text class="trd-chart-axis" x=x(min) y=BAR_TOP + BAR_HEIGHT + 14>
                    {band.min}
                </text>
            }
        })
        .collect_view();
    let total = u16::from(score.total);
    let at = x(total) + (x(total + 1) - x(total)) / 2;
    let mark = format!("{},{} {},{} {},{}", at - 6, 2, at + 6, 2, at, BAR_TOP - 2);
    let alt = move || ctx.copy().ui.score_scale_alt(&score);
    view! {
        <svg
            class="trd-scale"
            data-score-scale
            viewBox=format!("0 0 {WIDTH} 56")
            role="img"
            aria-label=alt
        >
            {bands}
            <text class="trd-chart-axis" x=x(28) y=BAR_TOP + BAR_HEIGHT + 14 text-anchor="end">
                "27"
            </text>
            <line
                class="trd-scale-mark"
                data-mark=total
                x1=at
                y1=BAR_TOP - 2
                x2=at
                y2=BAR_TOP + BAR_HEIGHT + 2
            />
            <polygon class="trd-scale-mark" points=mark />
        </svg>
    }
}
