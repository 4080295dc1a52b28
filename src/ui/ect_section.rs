//! ECT courses in this episode: the list, and the form to add one.

use leptos::prelude::*;

use super::context::use_session;
use super::radio_group::RadioGroup;
use crate::domain::lang::Lang;
use crate::domain::staging::history::{EctPlacement, Outcome};
use crate::i18n::fill;
use crate::i18n::staging::staging;

#[component]
pub fn EctSection() -> impl IntoView {
    let ctx = use_session();
    let s = move || staging(ctx.lang.get());
    let courses = Memo::new(move |_| ctx.with_staging(|b| b.history().ect.clone()));
    let draft = Memo::new(move |_| ctx.with_staging(|b| b.ect_draft()));
    let list = move || {
        let courses = courses.get();
        if courses.is_empty() {
            return view! { <p class="trd-hint">{s().ect_none}</p> }.into_any();
        }
        let rows = courses
            .iter()
            .enumerate()
            .map(|(index, course)| {
                let name = format!("{} {}", s().ect_heading, index + 1);
                let remove_label = fill(s().remove_label, &[("name", &name)]);
                view! {
                    <li class="trd-trial" data-ect=course.placement.slug()>
                        <span class="trd-trial-name">{name}</span>
                        <span class="trd-trial-summary">
                            {format!("{} · {}", s().placement(course.placement), s().outcome(course.outcome))}
                        </span>
                        <span class="trd-row-actions">
                            <button type="button" class="trd-link-button" aria-label=remove_label on:click=move |_| ctx.staging(|b| b.remove_ect(index))>
                                {s().remove}
                            </button>
                        </span>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="trd-trials">{rows}</ul> }.into_any()
    };
    let placement_label: fn(EctPlacement, Lang) -> String =
        |p, lang| staging(lang).placement(p).to_owned();
    let outcome_label: fn(Outcome, Lang) -> String = |o, lang| staging(lang).outcome(o).to_owned();
    view! {
        <section class="trd-section" aria-labelledby="trd-ect-title">
            <h3 id="trd-ect-title">{move || s().ect_heading}</h3>
            {list}
            <Show
                when=move || draft.get().is_some()
                fallback=move || view! {
                    <button type="button" class="trd-secondary" on:click=move |_| ctx.staging(|b| b.add_ect())>
                        {move || s().add_ect}
                    </button>
                }
            >
                <div class="trd-form">
                    <RadioGroup
                        name="trd-ect-placement"
                        legend=Signal::derive(move || s().ect_placement.to_owned())
                        options=Signal::derive(|| EctPlacement::ALL.to_vec())
                        label=placement_label
                        selected=Signal::derive(move || draft.get().and_then(|d| d.placement))
                        on_pick=Callback::new(move |p| ctx.staging(|b| b.set_ect_placement(p)))
                        error=Signal::derive(move || draft.get().filter(|d| d.missing_placement).map(|_| s().error_choose.to_owned()))
                    />
                    <RadioGroup
                        name="trd-ect-outcome"
                        legend=Signal::derive(move || s().ect_outcome.to_owned())
                        options=Signal::derive(|| Outcome::ALL.to_vec())
                        label=outcome_label
                        selected=Signal::derive(move || draft.get().and_then(|d| d.outcome))
                        on_pick=Callback::new(move |o| ctx.staging(|b| b.set_ect_outcome(o)))
                        error=Signal::derive(move || draft.get().filter(|d| d.missing_outcome).map(|_| s().error_choose.to_owned()))
                    />
                    <div class="trd-nav">
                        <button type="button" class="trd-secondary" on:click=move |_| ctx.staging(|b| b.cancel_ect())>
                            {move || s().cancel}
                        </button>
                        <button type="button" class="trd-primary" on:click=move |_| ctx.staging(|b| { b.save_ect(); })>
                            {move || s().save_ect}
                        </button>
                    </div>
                </div>
            </Show>
        </section>
    }
}
