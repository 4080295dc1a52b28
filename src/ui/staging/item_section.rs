//! A part of the history that lists what was entered and adds one more:
//! its heading, the list, then the open form or the button that opens it
//! (focus goes back to that button when the form closes). Medicines and
//! ECT courses are both this shape.

use leptos::html::Button;
use leptos::prelude::*;

use crate::domain::session::Session;
use crate::ui::context::use_session;
use crate::ui::controls::form_focus::return_focus_on_close;

#[component]
pub fn ItemSection(
    /// The heading's id, which names the section.
    title_id: &'static str,
    /// The heading (tracked).
    #[prop(into)]
    title: Signal<&'static str>,
    /// The button that opens the form (tracked).
    #[prop(into)]
    add_label: Signal<&'static str>,
    /// Whether the form is open.
    open: Memo<bool>,
    /// Opens the form: one `Session` method.
    on_add: fn(&mut Session),
    /// What was entered.
    list: fn() -> AnyView,
    /// The form, drawn each time it opens.
    form: fn() -> AnyView,
) -> impl IntoView {
    let ctx = use_session();
    let add_button = NodeRef::<Button>::new();
    return_focus_on_close(open, add_button);
    view! {
        <section class="trd-section" aria-labelledby=title_id>
            <h3 id=title_id>{move || title.get()}</h3>
            {list()}
            {move || {
                if open.get() {
                    form()
                } else {
                    view! {
                        <button
                            type="button"
                            class="trd-secondary"
                            node_ref=add_button
                            on:click=move |_| ctx.session(on_add)
                        >
                            {move || add_label.get()}
                        </button>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}
