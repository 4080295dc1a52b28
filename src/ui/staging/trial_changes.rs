//! Optional details of a trial: dose raised, taken longer, medicine added.

use leptos::prelude::*;

use crate::domain::staging::builder::DraftChange;
use crate::domain::staging::medicines::{augmentation_agent, AUGMENTATION_AGENTS};
use crate::ui::context::use_session;

#[component]
pub fn TrialChanges() -> impl IntoView {
    let ctx = use_session();
    let draft = Memo::new(move |_| {
        ctx.with_staging(|b| {
            b.draft().map(|o| {
                (
                    o.draft.dose_raised,
                    o.draft.duration_extended,
                    o.draft.augmented_with.map(|a| a.id),
                )
            })
        })
    });
    let raised = move || draft.get().is_some_and(|d| d.0);
    let extended = move || draft.get().is_some_and(|d| d.1);
    let agent = move || draft.get().and_then(|d| d.2);
    let agents = move || {
        let lang = ctx.lang.get();
        AUGMENTATION_AGENTS
            .iter()
            .map(|a| {
                view! {
                    <option value=a.id prop:selected=move || agent() == Some(a.id)>
                        {a.name.get(lang)}
                    </option>
                }
            })
            .collect_view()
    };
    // The choice in full on the select's face (see `medicine_picker`).
    let face = move || match agent().and_then(augmentation_agent) {
        Some(a) => a.name.get(ctx.lang.get()),
        None => ctx.copy().staging().augmentation_none,
    };
    view! {
        <fieldset class="trd-field trd-checks">
            <legend class="trd-field-label">
                {move || ctx.copy().staging().field_optimisations}
            </legend>
            <label class="trd-check">
                <input
                    type="checkbox"
                    prop:checked=raised
                    on:change=move |ev| {
                        ctx.session(|s| {
                            s.change_draft(DraftChange::DoseRaised(event_target_checked(&ev)))
                        })
                    }
                />
                <span>{move || ctx.copy().staging().opt_dose_raised}</span>
            </label>
            <label class="trd-check">
                <input
                    type="checkbox"
                    prop:checked=extended
                    on:change=move |ev| {
                        ctx.session(|s| {
                            s.change_draft(DraftChange::DurationExtended(event_target_checked(&ev)))
                        })
                    }
                />
                <span>{move || ctx.copy().staging().opt_duration}</span>
            </label>
        </fieldset>
        <div class="trd-field">
            <label class="trd-field-label" for="trd-augmentation">
                {move || ctx.copy().staging().field_augmentation}
            </label>
            <div class="trd-select">
                <select
                    id="trd-augmentation"
                    on:change=move |ev| {
                        let picked = augmentation_agent(&event_target_value(&ev));
                        ctx.session(|s| s.change_draft(DraftChange::Augmentation(picked)));
                    }
                >
                    <option value="" prop:selected=move || agent().is_none()>
                        {move || ctx.copy().staging().augmentation_none}
                    </option>
                    {agents}
                </select>
                <span class="trd-select-face" data-select-shows aria-hidden="true">
                    {face}
                </span>
            </div>
        </div>
    }
}
