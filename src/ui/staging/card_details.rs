//! The parts every staging card shares: how it is calculated, its source,
//! and the "educational estimate" note.

use leptos::prelude::*;

use crate::i18n::staging::StagingText;
use crate::ui::context::use_session;

#[component]
pub fn CardDetails(
    /// The method's explanation in the current language.
    how: fn(&StagingText) -> &'static str,
    /// The method's published source.
    source: fn(&StagingText) -> &'static str,
) -> impl IntoView {
    let ctx = use_session();
    view! {
        <details class="trd-details">
            <summary>{move || ctx.copy().staging.how_title}</summary>
            <p>{move || how(ctx.copy().staging)}</p>
            <p class="trd-small">
                <span class="trd-source-label">{move || ctx.copy().staging.source_label}</span>
                " "
                {move || source(ctx.copy().staging)}
            </p>
        </details>
        <p class="trd-small trd-estimate">{move || ctx.copy().staging.estimate_note}</p>
    }
}
