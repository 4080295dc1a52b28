//! The list of antidepressants, and the form to add or change one.

use leptos::html::Button;
use leptos::prelude::*;

use crate::ui::context::use_session;
use crate::ui::controls::form_focus::return_focus_on_close;
use crate::ui::staging::trial_form::TrialForm;
use crate::ui::staging::trial_list::TrialList;

#[component]
pub fn MedicineSection() -> impl IntoView {
    let ctx = use_session();
    let open = Memo::new(move |_| ctx.with_staging(|b| b.draft().is_some()));
    let add_button = NodeRef::<Button>::new();
    return_focus_on_close(open, add_button);
    view! {
        <section class="trd-section" aria-labelledby="trd-medicines-title">
            <h3 id="trd-medicines-title">{move || ctx.copy().staging().medicines_heading}</h3>
            <TrialList />
            {move || {
                if open.get() {
                    view! { <TrialForm /> }.into_any()
                } else {
                    view! {
                        <button
                            type="button"
                            class="trd-secondary"
                            node_ref=add_button
                            on:click=move |_| ctx.session(|s| s.add_trial())
                        >
                            {ctx.copy().staging().add_medicine}
                        </button>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}
