//! The medicines saved so far, each with Edit and Remove.

use leptos::prelude::*;

use crate::ui::context::use_session;

#[component]
pub fn TrialList() -> impl IntoView {
    let ctx = use_session();
    let trials = Memo::new(move |_| ctx.with_staging(|b| b.history().trials.clone()));
    move || {
        let trials = trials.get();
        if trials.is_empty() {
            return view! { <p class="trd-hint">{ctx.copy().staging().medicines_none}</p> }
                .into_any();
        }
        let rows = trials
            .iter()
            .enumerate()
            .map(|(index, trial)| {
                let name = ctx.copy().staging().medicine_name(trial.medicine);
                let edit_label = ctx.copy().staging().edit_label_for(&name);
                let remove_label = ctx.copy().staging().remove_label_for(&name);
                view! {
                    <li class="trd-trial" data-medicine=trial.medicine.id>
                        <span class="trd-trial-name">{name}</span>
                        <span class="trd-trial-summary">
                            {ctx.copy().staging().trial_line(trial)}
                        </span>
                        <span class="trd-row-actions">
                            <button
                                type="button"
                                class="trd-link-button"
                                aria-label=edit_label
                                on:click=move |_| ctx.session(|s| s.edit_trial(index))
                            >
                                {ctx.copy().staging().edit}
                            </button>
                            <button
                                type="button"
                                class="trd-link-button"
                                aria-label=remove_label
                                on:click=move |_| ctx.session(|s| s.remove_trial(index))
                            >
                                {ctx.copy().staging().remove}
                            </button>
                        </span>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="trd-trials">{rows}</ul> }.into_any()
    }
}
