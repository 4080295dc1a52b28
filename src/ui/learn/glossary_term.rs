//! A glossary term inside an explainer: a button that shows its meaning
//! right there, for touch, keyboard and screen readers alike.

use leptos::prelude::*;

use crate::content::glossary;
use crate::ui::context::use_session;

#[component]
pub fn GlossaryTerm(
    /// The glossary id.
    id: String,
    /// The words as they appear in the sentence.
    text: String,
    /// Unique within the page, for `aria-controls`.
    index: usize,
) -> impl IntoView {
    let ctx = use_session();
    let open = RwSignal::new(false);
    let definition_id = format!("trd-term-{index}");
    let definition = {
        let id = id.clone();
        move || {
            glossary::lookup(&id, ctx.lang.get())
                .map(|e| e.definition)
                .unwrap_or_default()
        }
    };
    view! {
        <button
            type="button"
            class="trd-term"
            data-term=id
            aria-expanded=move || open.get().to_string()
            aria-controls=definition_id.clone()
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {text}
        </button>
        <span class="trd-definition" id=definition_id role="note" hidden=move || !open.get()>
            {definition}
        </span>
    }
}
