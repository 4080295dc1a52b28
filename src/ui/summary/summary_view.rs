//! The summary model as it appears on screen: written by the same HTML
//! writer as the printout and the download (`export::html`), which escapes
//! every value, so the three cannot drift apart.

use leptos::prelude::*;

use crate::export::html::{summary_html, Target};
use crate::export::summary::Summary;

/// Renders `summary`, re-rendering when it changes.
#[component]
pub fn SummaryView(
    /// The summary to show.
    #[prop(into)]
    summary: Signal<Summary>,
) -> impl IntoView {
    let html = move || summary_html(&summary.get(), Target::Screen);
    view! { <div class="trd-summary-body" data-summary inner_html=html></div> }
}
