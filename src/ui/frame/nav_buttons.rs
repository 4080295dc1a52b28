//! The Back / Next row of a screen.

use leptos::prelude::*;

use crate::ui::context::use_session;
use crate::ui::host::HostCtx;
use crate::ui::remember::after_step;

/// Back and a primary forward button. Back comes first in the DOM, so
/// Tab order matches the visual order; the forward button is the larger.
#[component]
pub fn NavButtons(
    /// The forward button's label (tracked).
    #[prop(into)]
    next_label: Signal<&'static str>,
) -> impl IntoView {
    let ctx = use_session();
    let host = expect_context::<HostCtx>();
    view! {
        <div class="trd-nav">
            <button type="button" class="trd-secondary" on:click=move |_| ctx.phq9(|w| w.back())>
                {move || ctx.copy().ui.back}
            </button>
            <button
                type="button"
                class="trd-primary"
                on:click=move |_| {
                    ctx.phq9(|w| w.next());
                    after_step(ctx, host);
                }
            >
                {move || next_label.get()}
            </button>
        </div>
    }
}
