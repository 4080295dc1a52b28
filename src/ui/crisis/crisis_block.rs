//! The compact crisis block shown on every screen, whatever the answers.
//!
//! Clinical-spec 1.10.4: most people who died by suicide in the VA sample
//! had answered item 9 "Not at all", so this never depends on the answers.
//! Project decision 19: 988, its Spanish option and 911 always in view, the
//! other lines one tap away in a native disclosure; while the item-9 panel
//! or the getting-help page shows every line, the block does not repeat
//! them.

use leptos::prelude::*;

use crate::domain::crisis::{resources, LinesPart};
use crate::ui::context::use_session;
use crate::ui::crisis::crisis_lines::CrisisLines;

#[component]
pub fn CrisisBlock() -> impl IntoView {
    let ctx = use_session();
    let full_list_shown =
        Memo::new(move |_| ctx.safety.get().is_raised() || ctx.read(|s| s.lists_crisis_lines()));
    let more = move || {
        (!full_list_shown.get()).then(|| {
            view! {
                <details class="trd-details trd-crisis-more" data-crisis-more>
                    <summary>{move || ctx.copy().ui.crisis_more}</summary>
                    <CrisisLines part=LinesPart::More />
                </details>
            }
            .into_any()
        })
    };
    view! {
        <section
            class="trd-crisis-block"
            data-crisis-block
            aria-label=move || ctx.copy().ui.crisis_block_label
        >
            <p class="trd-crisis-heading">{move || resources(ctx.lang.get()).heading}</p>
            <CrisisLines part=LinesPart::Compact />
            {more}
        </section>
    }
}
