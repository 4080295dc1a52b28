//! The heading of a screen, which takes focus when the screen changes.

use leptos::html::H2;
use leptos::prelude::*;

use crate::ui::context::use_session;

/// A screen's `<h2>`. Focused on mount except for the very first screen,
/// so keyboard and screen-reader users land on each new screen while the
/// host page keeps its focus on load.
#[component]
pub fn ScreenHeading(
    /// The heading text (tracked).
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    let ctx = use_session();
    let heading = NodeRef::<H2>::new();
    let take_focus = ctx.shown_first_screen.get_value();
    ctx.shown_first_screen.set_value(true);
    Effect::new(move |_| {
        if let (true, Some(heading)) = (take_focus, heading.get()) {
            // Focus can only fail on a detached node; nothing to recover.
            let _ = heading.focus();
        }
    });
    view! {
        <h2 class="trd-heading" tabindex="-1" node_ref=heading>
            {move || text.get()}
        </h2>
    }
}
