//! The PHQ-9 total, its band in plain words, and what it can mean.
//!
//! Carries the test contract: `data-instrument`, `data-score`, `data-level`.

use leptos::prelude::*;

use crate::domain::responses::SummedScore;
use crate::present::scale::phq9_scale;
use crate::ui::context::use_session;
use crate::ui::frame::scale_picture::ScalePicture;
use crate::ui::frame::screen_heading::ScreenHeading;

#[component]
pub fn ResultCard(
    /// The score to show.
    score: SummedScore,
) -> impl IntoView {
    let ctx = use_session();
    let severity = score.band.severity;
    let total = score.total.to_string();
    let out_of = move || ctx.copy().answers().score_line(&score);
    let band = move || ctx.copy().answers().band_line(&score);
    let note = move || ctx.copy().answers().band_names_note;
    view! {
        <div
            class="trd-result-card"
            data-instrument=ctx.instrument().slug
            data-score=total
            data-level=severity.slug()
        >
            <ScreenHeading text=Signal::derive(move || {
                ctx.copy().answers().result_title.to_owned()
            }) />
            <p class="trd-score">{out_of}</p>
            <ScalePicture scale=Signal::derive(move || phq9_scale(ctx.copy(), &score)) />
            <p class="trd-band">{band}</p>
            <p>{move || ctx.copy().answers().meaning(severity)}</p>
            <p>{move || ctx.copy().answers().result_not_diagnosis}</p>
            {move || {
                let note = note();
                (!note.is_empty()).then(|| view! { <p class="trd-small">{note}</p> }.into_any())
            }}
        </div>
    }
}
