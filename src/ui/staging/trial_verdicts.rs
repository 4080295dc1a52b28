//! Which of the visitor's medicines counted, and why the others did not.

use leptos::prelude::*;

use crate::i18n::staging::medicine_name;
use crate::ui::context::{use_assessment, use_session};

#[component]
pub fn TrialVerdicts() -> impl IntoView {
    let ctx = use_session();
    let assessment = use_assessment();
    let trials = Memo::new(move |_| ctx.with_staging(|b| b.history().trials.clone()));
    let rows = move || {
        let lang = ctx.lang.get();
        let verdicts = assessment.get().verdicts;
        let trials = trials.get();
        if trials.is_empty() {
            return view! { <p>{ctx.copy().staging().medicines_none}</p> }.into_any();
        }
        let items = trials
            .iter()
            .zip(verdicts)
            .map(|(trial, verdict)| {
                view! {
                    <li
                        data-medicine=trial.medicine.id
                        data-counted=verdict.is_counted().to_string()
                    >
                        <strong>{medicine_name(trial.medicine, lang)}</strong>
                        ": "
                        {ctx.copy().staging().verdict(verdict)}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="trd-verdicts">{items}</ul> }.into_any()
    };
    view! {
        <details class="trd-details">
            <summary>{move || ctx.copy().staging().trials_title}</summary>
            {rows}
        </details>
    }
}
