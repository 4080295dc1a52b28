//! The form for one medicine: which, how long, what dose, how it went.

use leptos::html::{Form, H3};
use leptos::prelude::*;

use crate::i18n::copy;
use wasm_bindgen::JsCast;

use super::context::use_session;
use super::dose_field::DoseField;
use super::medicine_picker::MedicinePicker;
use super::radio_group::RadioGroup;
use super::trial_changes::TrialChanges;
use super::weeks_field::WeeksField;
use crate::domain::lang::Lang;
use crate::domain::staging::builder::{DraftChange, DraftTarget};
use crate::domain::staging::history::Outcome;

#[component]
pub fn TrialForm() -> impl IntoView {
    let ctx = use_session();
    let editing = Memo::new(move |_| {
        ctx.with_staging(|b| matches!(b.draft(), Some((DraftTarget::Existing(_), _))))
    });
    let errors = Memo::new(move |_| ctx.with_staging(|b| b.draft_errors()));
    let outcome = Memo::new(move |_| ctx.with_staging(|b| b.draft().and_then(|(_, d)| d.outcome)));
    let heading = NodeRef::<H3>::new();
    let form = NodeRef::<Form>::new();
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    // After a save that failed, take the visitor to the first field to fix.
    Effect::new(move |_| {
        if !errors.get().is_empty() {
            if let Some(field) = form.get_untracked().and_then(|f| {
                f.query_selector("[aria-invalid='true'], fieldset[data-invalid] input")
                    .ok()
                    .flatten()
            }) {
                let _ = field.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }
    });
    let title = move || {
        if editing.get() {
            ctx.copy().staging.form_title_edit
        } else {
            ctx.copy().staging.form_title_new
        }
    };
    let outcome_label: fn(Outcome, Lang) -> String =
        |o, lang| copy(lang).staging.outcome(o).to_owned();
    view! {
        <form
            class="trd-form"
            novalidate
            node_ref=form
            aria-labelledby="trd-trial-form-title"
            on:submit=move |ev| {
                ev.prevent_default();
                ctx.staging(|b| {
                    b.save_draft();
                });
            }
        >
            <h3 id="trd-trial-form-title" tabindex="-1" node_ref=heading>{title}</h3>
            <MedicinePicker />
            <WeeksField />
            <DoseField />
            <RadioGroup
                name="trd-outcome"
                legend=Signal::derive(move || ctx.copy().staging.field_outcome.to_owned())
                options=Signal::derive(|| Outcome::ALL.to_vec())
                label=outcome_label
                selected=outcome
                on_pick=Callback::new(move |o| ctx.staging(|b| b.change_draft(DraftChange::Outcome(o))))
                error=Signal::derive(move || errors.get().outcome.map(|_| ctx.copy().staging.error_choose.to_owned()))
            />
            <TrialChanges />
            <div class="trd-nav">
                <button type="button" class="trd-secondary" on:click=move |_| ctx.staging(|b| b.cancel_draft())>
                    {move || ctx.copy().staging.cancel}
                </button>
                <button type="submit" class="trd-primary">{move || ctx.copy().staging.save_medicine}</button>
            </div>
        </form>
    }
}
