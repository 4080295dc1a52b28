//! The parts every staging card shares: how it is calculated, its source,
//! and the "educational estimate" note.

use leptos::prelude::*;

use crate::domain::staging::Method;
use crate::ui::context::use_session;

#[component]
pub fn CardDetails(
    /// The method whose rules and source are shown.
    method: Method,
) -> impl IntoView {
    let ctx = use_session();
    view! {
        <details class="trd-details">
            <summary>{move || ctx.copy().staging().how_title}</summary>
            <p>{move || ctx.copy().staging().how(method)}</p>
            <p class="trd-small">
                <span class="trd-source-label">{move || ctx.copy().staging().source_label}</span>
                " "
                {move || ctx.copy().staging().source(method)}
            </p>
        </details>
        <p class="trd-small trd-estimate">{move || ctx.copy().staging().estimate_note}</p>
    }
}
