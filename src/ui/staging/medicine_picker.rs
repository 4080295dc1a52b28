//! Choosing the medicine: a native select grouped by class, which phones
//! show as their own picker and screen readers read with its group. The
//! select is drawn transparent over a face that shows the choice in full,
//! wrapping where a closed select would cut it ("Dextromethorphan-bupropion
//! (Auvelity)" at 320 px).

use leptos::prelude::*;

use crate::domain::staging::builder::DraftChange;
use crate::domain::staging::medicines::{medicine, DrugClass, MEDICINES};
use crate::ui::context::use_session;
use crate::ui::controls::field_error::{described_by, FieldError};

const ERROR_ID: &str = "trd-medicine-error";
const CLASS_ID: &str = "trd-medicine-class";

#[component]
pub fn MedicinePicker() -> impl IntoView {
    let ctx = use_session();
    let chosen = Memo::new(move |_| ctx.with_staging(|b| b.draft().and_then(|o| o.draft.medicine)));
    let error = Memo::new(move |_| ctx.with_staging(|b| b.draft_errors().medicine.is_some()));
    let groups = move || {
        let lang = ctx.lang.get();
        DrugClass::ALL
            .into_iter()
            .map(|class| {
                let options = MEDICINES
                    .iter()
                    .filter(|m| m.class == class)
                    .map(|m| {
                        view! {
                            <option
                                value=m.id
                                prop:selected=move || chosen.get().is_some_and(|c| c.id == m.id)
                            >
                                {ctx.copy().staging().medicine_name(m)}
                            </option>
                        }
                    })
                    .collect_view();
                view! { <optgroup label=class.name().get(lang)>{options}</optgroup> }
            })
            .collect_view()
    };
    let class_line = move || {
        chosen
            .get()
            .map(|m| ctx.copy().staging().medicine_class_line(m.class))
    };
    let face = move || match chosen.get() {
        Some(m) => ctx.copy().staging().medicine_name(m),
        None => ctx.copy().staging().medicine_placeholder.to_owned(),
    };
    view! {
        <div class="trd-field">
            <label class="trd-field-label" for="trd-medicine">
                {move || ctx.copy().staging().field_medicine}
            </label>
            <div class="trd-select">
                <select
                    id="trd-medicine"
                    aria-invalid=move || error.get().to_string()
                    aria-describedby=move || described_by(
                        chosen.get().map(|_| CLASS_ID),
                        error.get().then_some(ERROR_ID),
                    )
                    on:change=move |ev| {
                        let picked = medicine(&event_target_value(&ev));
                        ctx.session(|s| s.change_draft(DraftChange::Medicine(picked)));
                    }
                >
                    <option value="" prop:selected=move || chosen.get().is_none()>
                        {move || ctx.copy().staging().medicine_placeholder}
                    </option>
                    {groups}
                </select>
                <span class="trd-select-face" data-select-shows aria-hidden="true">
                    {face}
                </span>
            </div>
            <p class="trd-hint" id=CLASS_ID>
                {class_line}
            </p>
            <FieldError
                id=ERROR_ID
                message=Signal::derive(move || {
                    error.get().then(|| ctx.copy().staging().error_choose.to_owned())
                })
            />
        </div>
    }
}
