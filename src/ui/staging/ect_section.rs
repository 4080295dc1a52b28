//! The ECT part of the history: the courses entered, and the form to add
//! one (or the button that opens it).

use leptos::html::Button;
use leptos::prelude::*;

use crate::ui::context::use_session;
use crate::ui::controls::form_focus::return_focus_on_close;
use crate::ui::staging::ect_form::EctForm;
use crate::ui::staging::ect_list::EctList;

#[component]
pub fn EctSection() -> impl IntoView {
    let ctx = use_session();
    let open = Memo::new(move |_| ctx.with_staging(|b| b.ect().is_some()));
    let add_button = NodeRef::<Button>::new();
    return_focus_on_close(open, add_button);
    view! {
        <section class="trd-section" aria-labelledby="trd-ect-title">
            <h3 id="trd-ect-title">{move || ctx.copy().staging().ect_heading}</h3>
            <EctList />
            {move || {
                if open.get() {
                    view! { <EctForm /> }.into_any()
                } else {
                    view! {
                        <button
                            type="button"
                            class="trd-secondary"
                            node_ref=add_button
                            on:click=move |_| ctx.session(|s| s.add_ect())
                        >
                            {ctx.copy().staging().add_ect}
                        </button>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}
