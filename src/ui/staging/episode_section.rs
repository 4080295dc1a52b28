//! The episode: how long it has lasted, and how bad it has been (Maudsley
//! severity, chosen from plain descriptions; the PHQ-9 band is shown beside
//! it as a hint, never mapped onto it).

use leptos::prelude::*;

use crate::domain::staging::history::MsmSeverity;
use crate::ui::context::use_session;
use crate::ui::controls::number_field::NumberField;
use crate::ui::controls::radio_group::{index_of, RadioGroup};

const HINT_ID: &str = "trd-months-hint";
const ERROR_ID: &str = "trd-months-error";

#[component]
pub fn EpisodeSection() -> impl IntoView {
    let ctx = use_session();
    let months = Memo::new(move |_| ctx.with_staging(|b| b.months_text().to_owned()));
    let error = Memo::new(move |_| ctx.with_staging(|b| b.months_error()));
    let severity = Memo::new(move |_| ctx.with_staging(|b| b.history().severity));
    let phq9_hint = move || {
        ctx.score
            .get()
            .map(|score| ctx.copy().severity_phq9_hint(&score))
    };
    view! {
        <section class="trd-section" aria-labelledby="trd-episode-title">
            <h3 id="trd-episode-title">{move || ctx.copy().staging().episode_heading}</h3>
            <div class="trd-field">
                <label class="trd-field-label" for="trd-months">
                    {move || ctx.copy().staging().months_label}
                </label>
                <p class="trd-hint" id=HINT_ID>
                    {move || ctx.copy().staging().months_hint}
                </p>
                <NumberField
                    id="trd-months"
                    error_id=ERROR_ID
                    inputmode="numeric"
                    hint_id=HINT_ID
                    value=months
                    error=error
                    on_input=Callback::new(move |text| ctx.session(|s| s.set_months(text)))
                />
            </div>
            <RadioGroup
                name="trd-severity"
                legend=Signal::derive(move || ctx.copy().staging().severity_legend)
                options=Signal::derive(move || ctx.copy().staging().severity_labels())
                selected=Signal::derive(move || index_of(&MsmSeverity::ALL, severity.get()))
                on_pick=Callback::new(move |i| {
                    if let Some(&v) = MsmSeverity::ALL.get(i) {
                        ctx.session(|s| s.set_severity(v));
                    }
                })
            />
            {move || {
                phq9_hint()
                    .map(|hint| view! { <p class="trd-hint trd-phq9-hint">{hint}</p> }.into_any())
            }}
        </section>
    }
}
