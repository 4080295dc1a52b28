//! The list of antidepressants, and the form to add or change one.

use leptos::html::Button;
use leptos::prelude::*;

use super::context::use_session;
use super::trial_form::TrialForm;
use super::trial_list::TrialList;

#[component]
pub fn MedicineSection() -> impl IntoView {
    let ctx = use_session();
    let open = Memo::new(move |_| ctx.with_staging(|b| b.draft().is_some()));
    let add_button = NodeRef::<Button>::new();
    // When the form closes (saved or cancelled), focus returns to "Add a
    // medicine" instead of falling back to the page.
    Effect::new(move |was_open: Option<bool>| {
        let is_open = open.get();
        if was_open == Some(true) && !is_open {
            if let Some(button) = add_button.get() {
                let _ = button.focus();
            }
        }
        is_open
    });
    view! {
        <section class="trd-section" aria-labelledby="trd-medicines-title">
            <h3 id="trd-medicines-title">{move || ctx.copy().staging.medicines_heading}</h3>
            <TrialList />
            <Show
                when=move || open.get()
                fallback=move || {
                    view! {
                        <button type="button" class="trd-secondary" node_ref=add_button on:click=move |_| ctx.staging(|b| b.add_trial())>
                            {move || ctx.copy().staging.add_medicine}
                        </button>
                    }
                }
            >
                <TrialForm />
            </Show>
        </section>
    }
}
