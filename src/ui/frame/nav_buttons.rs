//! The Back / Next row of a screen.

use leptos::prelude::*;

use crate::domain::session::Session;
use crate::ui::context::use_session;

/// Back and a primary forward button. Back comes first in the DOM, so
/// Tab order matches the visual order; the forward button is the larger.
#[component]
pub fn NavButtons(
    /// The forward button's label (tracked).
    #[prop(into)]
    next_label: Signal<&'static str>,
    /// What Back does: one `Session` method.
    on_back: fn(&mut Session),
    /// What the forward button does: one `Session` method.
    on_next: fn(&mut Session),
) -> impl IntoView {
    let ctx = use_session();
    view! {
        <div class="trd-nav">
            <button type="button" class="trd-secondary" on:click=move |_| ctx.session(on_back)>
                {move || ctx.copy().ui.back}
            </button>
            <button type="button" class="trd-primary" on:click=move |_| ctx.session(on_next)>
                {move || next_label.get()}
            </button>
        </div>
    }
}
