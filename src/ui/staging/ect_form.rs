//! The form for one ECT course: where the pads were placed, how it went.
//! A `<form>` with the medicine form's focus handling.

use leptos::html::{Form, H3};
use leptos::prelude::*;

use crate::domain::staging::builder::EctChange;
use crate::domain::staging::history::{EctPlacement, Outcome};
use crate::ui::context::use_session;
use crate::ui::controls::form_focus::{focus_first_error, focus_heading_on_open};
use crate::ui::controls::radio_group::{index_of, RadioGroup};

#[component]
pub fn EctForm() -> impl IntoView {
    let ctx = use_session();
    let open = Memo::new(move |_| ctx.with_staging(|b| b.ect()).unwrap_or_default());
    let heading = NodeRef::<H3>::new();
    let form = NodeRef::<Form>::new();
    focus_heading_on_open(heading);
    focus_first_error(
        form,
        Signal::derive(move || {
            let errors = open.get().errors;
            errors.placement.is_some() || errors.outcome.is_some()
        }),
    );
    let choose = move |missing: bool| missing.then(|| ctx.copy().staging().error_choose.to_owned());
    view! {
        <form
            class="trd-form"
            novalidate
            node_ref=form
            aria-labelledby="trd-ect-form-title"
            on:submit=move |ev| {
                ev.prevent_default();
                ctx.session(|s| s.save_ect());
            }
        >
            <h3 id="trd-ect-form-title" tabindex="-1" node_ref=heading>
                {move || ctx.copy().staging().add_ect}
            </h3>
            <RadioGroup
                name="trd-ect-placement"
                legend=Signal::derive(move || ctx.copy().staging().ect_placement)
                options=Signal::derive(move || ctx.copy().staging().placement_labels())
                selected=Signal::derive(move || {
                    index_of(&EctPlacement::ALL, open.get().draft.placement)
                })
                on_pick=Callback::new(move |i| {
                    if let Some(&p) = EctPlacement::ALL.get(i) {
                        ctx.session(|s| s.change_ect(EctChange::Placement(p)));
                    }
                })
                error=Signal::derive(move || choose(open.get().errors.placement.is_some()))
            />
            <RadioGroup
                name="trd-ect-outcome"
                legend=Signal::derive(move || ctx.copy().staging().ect_outcome)
                options=Signal::derive(move || ctx.copy().staging().outcome_labels())
                selected=Signal::derive(move || index_of(&Outcome::ALL, open.get().draft.outcome))
                on_pick=Callback::new(move |i| {
                    if let Some(&o) = Outcome::ALL.get(i) {
                        ctx.session(|s| s.change_ect(EctChange::Outcome(o)));
                    }
                })
                error=Signal::derive(move || choose(open.get().errors.outcome.is_some()))
            />
            <div class="trd-nav">
                <button
                    type="button"
                    class="trd-secondary"
                    on:click=move |_| ctx.session(|s| s.cancel_ect())
                >
                    {move || ctx.copy().staging().cancel}
                </button>
                <button type="submit" class="trd-primary">
                    {move || ctx.copy().staging().save_ect}
                </button>
            </div>
        </form>
    }
}
