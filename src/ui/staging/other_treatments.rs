//! Other treatments, recorded for the doctor's summary and not scored.

use leptos::prelude::*;

use crate::domain::staging::medicines::OtherTreatment;
use crate::ui::context::use_session;

#[component]
pub fn OtherTreatments() -> impl IntoView {
    let ctx = use_session();
    let chosen = Memo::new(move |_| ctx.with_staging(|b| b.history().other.clone()));
    let boxes = move || {
        let lang = ctx.lang.get();
        OtherTreatment::ALL
            .into_iter()
            .map(|treatment| {
                view! {
                    <label class="trd-check">
                        <input
                            type="checkbox"
                            value=treatment.slug()
                            prop:checked=move || chosen.get().contains(&treatment)
                            on:change=move |_| ctx.session(|s| s.toggle_other(treatment))
                        />
                        <span>{treatment.name().get(lang)}</span>
                    </label>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="trd-section trd-checks">
            <legend class="trd-field-label">{move || ctx.copy().staging().other_heading}</legend>
            {boxes}
        </fieldset>
    }
}
