//! ECT courses in this episode: the list, and the form to add one.

use leptos::prelude::*;

use crate::i18n::copy;

use super::context::use_session;
use super::radio_group::RadioGroup;
use crate::domain::lang::Lang;
use crate::domain::staging::history::{EctPlacement, Outcome};

#[component]
pub fn EctSection() -> impl IntoView {
    let ctx = use_session();
    let courses = Memo::new(move |_| ctx.with_staging(|b| b.history().ect.clone()));
    let draft = Memo::new(move |_| ctx.with_staging(|b| b.ect_draft()));
    let list = move || {
        let courses = courses.get();
        if courses.is_empty() {
            return view! { <p class="trd-hint">{ctx.copy().staging.ect_none}</p> }.into_any();
        }
        let rows = courses
            .iter()
            .enumerate()
            .map(|(index, course)| {
                let name = ctx.copy().staging.ect_course_name(index);
                let remove_label = ctx.copy().staging.remove_label_for(&name);
                view! {
                    <li class="trd-trial" data-ect=course.placement.slug()>
                        <span class="trd-trial-name">{name}</span>
                        <span class="trd-trial-summary">
                            {ctx.copy().staging.ect_line(*course)}
                        </span>
                        <span class="trd-row-actions">
                            <button type="button" class="trd-link-button" aria-label=remove_label on:click=move |_| ctx.staging(|b| b.remove_ect(index))>
                                {ctx.copy().staging.remove}
                            </button>
                        </span>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="trd-trials">{rows}</ul> }.into_any()
    };
    let placement_label: fn(EctPlacement, Lang) -> String =
        |p, lang| copy(lang).staging.placement(p).to_owned();
    let outcome_label: fn(Outcome, Lang) -> String =
        |o, lang| copy(lang).staging.outcome(o).to_owned();
    view! {
        <section class="trd-section" aria-labelledby="trd-ect-title">
            <h3 id="trd-ect-title">{move || ctx.copy().staging.ect_heading}</h3>
            {list}
            <Show
                when=move || draft.get().is_some()
                fallback=move || view! {
                    <button type="button" class="trd-secondary" on:click=move |_| ctx.staging(|b| b.add_ect())>
                        {move || ctx.copy().staging.add_ect}
                    </button>
                }
            >
                <div class="trd-form">
                    <RadioGroup
                        name="trd-ect-placement"
                        legend=Signal::derive(move || ctx.copy().staging.ect_placement.to_owned())
                        options=Signal::derive(|| EctPlacement::ALL.to_vec())
                        label=placement_label
                        selected=Signal::derive(move || draft.get().and_then(|d| d.placement))
                        on_pick=Callback::new(move |p| ctx.staging(|b| b.set_ect_placement(p)))
                        error=Signal::derive(move || draft.get().filter(|d| d.missing_placement).map(|_| ctx.copy().staging.error_choose.to_owned()))
                    />
                    <RadioGroup
                        name="trd-ect-outcome"
                        legend=Signal::derive(move || ctx.copy().staging.ect_outcome.to_owned())
                        options=Signal::derive(|| Outcome::ALL.to_vec())
                        label=outcome_label
                        selected=Signal::derive(move || draft.get().and_then(|d| d.outcome))
                        on_pick=Callback::new(move |o| ctx.staging(|b| b.set_ect_outcome(o)))
                        error=Signal::derive(move || draft.get().filter(|d| d.missing_outcome).map(|_| ctx.copy().staging.error_choose.to_owned()))
                    />
                    <div class="trd-nav">
                        <button type="button" class="trd-secondary" on:click=move |_| ctx.staging(|b| b.cancel_ect())>
                            {move || ctx.copy().staging.cancel}
                        </button>
                        <button type="button" class="trd-primary" on:click=move |_| ctx.staging(|b| { b.save_ect(); })>
                            {move || ctx.copy().staging.save_ect}
                        </button>
                    </div>
                </div>
            </Show>
        </section>
    }
}
