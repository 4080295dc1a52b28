//! The medicines saved so far, each with Edit and Remove.

use leptos::prelude::*;

use super::context::use_session;
use crate::i18n::fill;
use crate::i18n::staging::{medicine_name, staging};

#[component]
pub fn TrialList() -> impl IntoView {
    let ctx = use_session();
    let s = move || staging(ctx.lang.get());
    let trials = Memo::new(move |_| ctx.with_staging(|b| b.history().trials.clone()));
    move || {
        let lang = ctx.lang.get();
        let trials = trials.get();
        if trials.is_empty() {
            return view! { <p class="trd-hint">{s().medicines_none}</p> }.into_any();
        }
        let rows = trials
            .iter()
            .enumerate()
            .map(|(index, trial)| {
                let name = medicine_name(trial.medicine, lang);
                let edit_label = fill(s().edit_label, &[("name", &name)]);
                let remove_label = fill(s().remove_label, &[("name", &name)]);
                view! {
                    <li class="trd-trial" data-medicine=trial.medicine.id>
                        <span class="trd-trial-name">{name}</span>
                        <span class="trd-trial-summary">{s().trial_summary(trial, lang)}</span>
                        <span class="trd-row-actions">
                            <button type="button" class="trd-link-button" aria-label=edit_label on:click=move |_| ctx.staging(|b| b.edit_trial(index))>
                                {s().edit}
                            </button>
                            <button type="button" class="trd-link-button" aria-label=remove_label on:click=move |_| ctx.staging(|b| b.remove_trial(index))>
                                {s().remove}
                            </button>
                        </span>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="trd-trials">{rows}</ul> }.into_any()
    }
}
