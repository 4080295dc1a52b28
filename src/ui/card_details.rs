//! The parts every staging card shares: how it is calculated, its source,
//! and the "educational estimate" note.

use leptos::prelude::*;

use super::context::use_session;
use crate::i18n::staging::{staging, StagingText};

#[component]
pub fn CardDetails(
    /// The method's explanation in the current language.
    how: fn(&StagingText) -> &'static str,
    /// The method's published source.
    source: fn(&StagingText) -> &'static str,
) -> impl IntoView {
    let ctx = use_session();
    let s = move || staging(ctx.lang.get());
    view! {
        <details class="trd-details">
            <summary>{move || s().how_title}</summary>
            <p>{move || how(s())}</p>
            <p class="trd-small">
                <span class="trd-source-label">{move || s().source_label}</span>" "{move || source(s())}
            </p>
        </details>
        <p class="trd-small trd-estimate">{move || s().estimate_note}</p>
    }
}
