//! How many weeks a medicine was taken, or "I'm not sure".

use leptos::prelude::*;

use crate::domain::staging::builder::DraftChange;
use crate::ui::context::use_session;
use crate::ui::controls::number_field::NumberField;

const ERROR_ID: &str = "trd-weeks-error";

#[component]
pub fn WeeksField() -> impl IntoView {
    let ctx = use_session();
    let weeks = Memo::new(move |_| {
        ctx.with_staging(|b| {
            b.draft()
                .map(|o| (o.draft.weeks.clone(), o.draft.weeks_unsure))
        })
    });
    let text = move || weeks.get().map(|(text, _)| text).unwrap_or_default();
    let unsure = move || weeks.get().is_some_and(|(_, unsure)| unsure);
    let error = Memo::new(move |_| ctx.with_staging(|b| b.draft_errors().weeks));
    view! {
        <div class="trd-field">
            <label class="trd-field-label" for="trd-weeks">
                {move || ctx.copy().staging().field_weeks}
            </label>
            <NumberField
                id="trd-weeks"
                error_id=ERROR_ID
                inputmode="numeric"
                value=Signal::derive(text)
                error=error
                disabled=Signal::derive(unsure)
                on_input=Callback::new(move |text| {
                    ctx.session(|s| s.change_draft(DraftChange::Weeks(text)))
                })
            />
            <label class="trd-check">
                <input
                    type="checkbox"
                    prop:checked=unsure
                    on:change=move |ev| {
                        ctx.session(|s| {
                            s.change_draft(DraftChange::WeeksUnsure(event_target_checked(&ev)))
                        })
                    }
                />
                <span>{move || ctx.copy().staging().weeks_unsure}</span>
            </label>
        </div>
    }
}
