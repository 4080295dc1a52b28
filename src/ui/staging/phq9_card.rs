//! The PHQ-9 result, compact, on the combined results screen.

use leptos::prelude::*;

use crate::domain::phq9::PHQ9;
use crate::ui::context::use_session;

#[component]
pub fn Phq9Card() -> impl IntoView {
    let ctx = use_session();
    move || match ctx.score.get() {
        Some(score) => {
            let t = ctx.copy().answers();
            let severity = score.band.severity;
            let out_of = t.score_line(&score);
            let band = t.band_line(&score);
            view! {
                <section
                    class="trd-stage-card"
                    data-instrument=PHQ9.slug
                    data-score=score.total.to_string()
                    data-level=severity.slug()
                    aria-labelledby="trd-card-phq9"
                >
                    <h3 id="trd-card-phq9">{ctx.copy().staging().phq9_summary_title}</h3>
                    <p class="trd-figure">{out_of}</p>
                    <p>{band}</p>
                </section>
            }
            .into_any()
        }
        None => view! {
            <section class="trd-stage-card" aria-labelledby="trd-card-phq9">
                <h3 id="trd-card-phq9">{ctx.copy().staging().phq9_summary_title}</h3>
                <p>{ctx.copy().staging().phq9_not_taken}</p>
                <button
                    type="button"
                    class="trd-secondary"
                    on:click=move |_| ctx.session(|s| s.open_phq9())
                >
                    {ctx.copy().staging().take_phq9}
                </button>
            </section>
        }
        .into_any(),
    }
}
