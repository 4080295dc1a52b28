//! The form for one medicine: which, how long, what dose, how it went.

use leptos::html::{Form, H3};
use leptos::prelude::*;

use crate::domain::staging::builder::{DraftChange, DraftTarget};
use crate::domain::staging::history::Outcome;
use crate::ui::context::use_session;
use crate::ui::controls::form_focus::{focus_first_error, focus_heading_on_open};
use crate::ui::controls::radio_group::{index_of, RadioGroup};
use crate::ui::staging::dose_field::DoseField;
use crate::ui::staging::medicine_picker::MedicinePicker;
use crate::ui::staging::trial_changes::TrialChanges;
use crate::ui::staging::weeks_field::WeeksField;

#[component]
pub fn TrialForm() -> impl IntoView {
    let ctx = use_session();
    let editing = Memo::new(move |_| {
        ctx.with_staging(|b| {
            b.draft()
                .is_some_and(|o| matches!(o.target, DraftTarget::Existing(_)))
        })
    });
    let errors = Memo::new(move |_| ctx.with_staging(|b| b.draft_errors()));
    let outcome = Memo::new(move |_| ctx.with_staging(|b| b.draft().and_then(|o| o.draft.outcome)));
    let heading = NodeRef::<H3>::new();
    let form = NodeRef::<Form>::new();
    focus_heading_on_open(heading);
    focus_first_error(form, Signal::derive(move || !errors.get().is_empty()));
    let title = move || {
        if editing.get() {
            ctx.copy().staging().form_title_edit
        } else {
            ctx.copy().staging().form_title_new
        }
    };
    view! {
        <form
            class="trd-form"
            novalidate
            node_ref=form
            aria-labelledby="trd-trial-form-title"
            on:submit=move |ev| {
                ev.prevent_default();
                ctx.session(|s| s.save_draft());
            }
        >
            <h3 id="trd-trial-form-title" tabindex="-1" node_ref=heading>
                {title}
            </h3>
            <MedicinePicker />
            <WeeksField />
            <DoseField />
            <RadioGroup
                name="trd-outcome"
                legend=Signal::derive(move || ctx.copy().staging().field_outcome)
                options=Signal::derive(move || ctx.copy().staging().outcome_labels())
                selected=Signal::derive(move || index_of(&Outcome::ALL, outcome.get()))
                on_pick=Callback::new(move |i| {
                    if let Some(&o) = Outcome::ALL.get(i) {
                        ctx.session(|s| s.change_draft(DraftChange::Outcome(o)));
                    }
                })
                error=Signal::derive(move || {
                    errors.get().outcome.map(|_| ctx.copy().staging().error_choose.to_owned())
                })
            />
            <TrialChanges />
            <div class="trd-nav">
                <button
                    type="button"
                    class="trd-secondary"
                    on:click=move |_| ctx.session(|s| s.cancel_draft())
                >
                    {move || ctx.copy().staging().cancel}
                </button>
                <button type="submit" class="trd-primary">
                    {move || ctx.copy().staging().save_medicine}
                </button>
            </div>
        </form>
    }
}
