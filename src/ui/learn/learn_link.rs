//! A link to an explainer page from elsewhere in the widget.

use leptos::prelude::*;

use crate::domain::learn::Topic;
use crate::domain::options::Section;
use crate::ui::context::use_session;

/// Opens `topic` over the current screen; "Back" returns here.
#[component]
pub fn LearnLink(
    /// The page to open.
    topic: Topic,
) -> impl IntoView {
    let ctx = use_session();
    view! {
        <button
            type="button"
            class="trd-link-button trd-learn-link"
            data-topic=topic.slug()
            hidden=move || !ctx.offers(Section::Learn)
            on:click=move |_| ctx.session(|s| s.open_learn(Some(topic)))
        >
            {move || ctx.copy().learn().link(topic)}
        </button>
    }
}
