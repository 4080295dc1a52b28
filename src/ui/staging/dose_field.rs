//! The dose: a daily amount (with the minimum full dose as a hint), the
//! full dose, a lower dose, or "I'm not sure".

use leptos::prelude::*;

use crate::domain::staging::builder::{DoseMode, DraftChange};
use crate::domain::staging::medicines::DoseUnit;
use crate::ui::context::use_session;
use crate::ui::controls::number_field::NumberField;
use crate::ui::controls::radio_group::{index_of, RadioGroup};

const HINT_ID: &str = "trd-dose-hint";
const ERROR_ID: &str = "trd-dose-error";

#[component]
pub fn DoseField() -> impl IntoView {
    let ctx = use_session();
    let draft = Memo::new(move |_| ctx.with_staging(|b| b.draft().map(|o| o.draft.clone())));
    let errors = Memo::new(move |_| ctx.with_staging(|b| b.draft_errors()));
    let modes = Memo::new(move |_| draft.get().unwrap_or_default().dose_modes());
    let mode = Signal::derive(move || draft.get().and_then(|d| d.dose_mode));
    let hint = move || {
        let minimum = draft.get().and_then(|d| d.medicine).map(|m| m.minimum)?;
        Some(ctx.copy().staging().dose_hint_for(minimum, mode.get()))
    };
    let amount_error = Memo::new(move |_| errors.get().dose);
    let amount_label = move || {
        let unit = draft.get().and_then(|d| d.medicine).map(|m| m.unit);
        ctx.copy()
            .staging()
            .dose_amount_label(unit.unwrap_or(DoseUnit::MgPerDay))
    };
    view! {
        <div class="trd-field">
            <RadioGroup
                name="trd-dose-mode"
                legend=Signal::derive(move || ctx.copy().staging().field_dose)
                options=Signal::derive(move || ctx.copy().staging().dose_mode_labels(modes.get()))
                selected=Signal::derive(move || index_of(modes.get(), mode.get()))
                on_pick=Callback::new(move |i| {
                    if let Some(&m) = modes.get_untracked().get(i) {
                        ctx.session(|s| s.change_draft(DraftChange::DoseMode(m)));
                    }
                })
                error=Signal::derive(move || {
                    errors.get().dose_mode.map(|_| ctx.copy().staging().error_choose.to_owned())
                })
            />
            <p class="trd-hint" id=HINT_ID>
                {hint}
            </p>
            <Show when=move || mode.get() == Some(DoseMode::Amount)>
                <label class="trd-field-label" for="trd-dose">
                    {amount_label}
                </label>
                <NumberField
                    id="trd-dose"
                    error_id=ERROR_ID
                    inputmode="decimal"
                    hint_id=HINT_ID
                    value=Signal::derive(move || draft.get().map(|d| d.dose).unwrap_or_default())
                    error=amount_error
                    on_input=Callback::new(move |text| {
                        ctx.session(|s| s.change_draft(DraftChange::Dose(text)))
                    })
                />
            </Show>
        </div>
    }
}
