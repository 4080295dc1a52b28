//! The compact crisis block shown on every screen, whatever the answers.
//!
//! Clinical-spec 1.10.4: most people who died by suicide in the VA sample
//! had answered item 9 "Not at all", so this never depends on the answers.

use leptos::prelude::*;

use crate::domain::crisis::resources;
use crate::ui::context::use_session;
use crate::ui::crisis::crisis_lines::CrisisLines;

#[component]
pub fn CrisisBlock() -> impl IntoView {
    let ctx = use_session();
    view! {
        <section
            class="trd-crisis-block"
            data-crisis-block
            aria-label=move || ctx.copy().ui.crisis_block_label
        >
            <p class="trd-crisis-heading">{move || resources(ctx.lang.get()).heading}</p>
            <CrisisLines />
        </section>
    }
}
