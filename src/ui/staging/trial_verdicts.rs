//! Which of the visitor's medicines counted, and why the others did not:
//! once on the results screen, below the four cards that count them.

use leptos::prelude::*;

use crate::ui::context::{use_assessment, use_session};

#[component]
pub fn TrialVerdicts() -> impl IntoView {
    let ctx = use_session();
    let assessment = use_assessment();
    let trials = Memo::new(move |_| ctx.with_staging(|b| b.history().trials.clone()));
    let rows = move || {
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
                        <strong>{ctx.copy().staging().medicine_name(trial.medicine)}</strong>
                        ": "
                        {ctx.copy().staging().verdict(verdict)}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="trd-verdicts">{items}</ul> }.into_any()
    };
    view! {
        <details class="trd-details" data-verdicts>
            <summary>{move || ctx.copy().staging().trials_title}</summary>
            {rows}
        </details>
    }
}
