//! "Things to discuss with a prescriber about psilocybin": tick what applies,
//! see what to raise with a prescriber. Nothing is scored or sent
//! (project decision 11). A point about suicide comes first, inside the
//! crisis callout (review 3 M4).

use leptos::prelude::*;

use crate::content::checklist;
use crate::ui::context::use_session;
use crate::ui::crisis::crisis_callout::CrisisCallout;

#[component]
pub fn PsilocybinChecklist() -> impl IntoView {
    let ctx = use_session();
    let boxes = move || {
        checklist::points(ctx.lang.get())
            .into_iter()
            .map(|point| {
                view! {
                    <label class="trd-check">
                        <input
                            type="checkbox"
                            value=point.id
                            prop:checked=move || ctx.read(|s| s.is_ticked(point.id))
                            on:change=move |_| ctx.session(|s| s.toggle_ticked(point.id))
                        />
                        <span>{point.statement}</span>
                    </label>
                }
            })
            .collect_view()
    };
    let points = move || {
        let (crisis, raised): (Vec<_>, Vec<_>) = checklist::points(ctx.lang.get())
            .into_iter()
            .filter(|p| ctx.read(|s| s.is_ticked(p.id)))
            .partition(|p| p.crisis);
        if crisis.is_empty() && raised.is_empty() {
            return view! { <p class="trd-hint">{ctx.copy().learn().checklist_none}</p> }
                .into_any();
        }
        view! {
            <ul class="trd-explainer-list">
                {crisis
                    .into_iter()
                    .map(|p| {
                        view! {
                            <li data-point=p.id>
                                <CrisisCallout>{p.to_raise}</CrisisCallout>
                            </li>
                        }
                    })
                    .collect_view()}
                {raised
                    .into_iter()
                    .map(|p| view! { <li data-point=p.id>{p.to_raise}</li> })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section class="trd-checklist" aria-labelledby="trd-checklist-title">
            <h3 id="trd-checklist-title">{move || ctx.copy().learn().checklist_title}</h3>
            <p>{move || ctx.copy().learn().checklist_intro}</p>
            <fieldset class="trd-checks">
                <legend class="trd-field-label">
                    {move || ctx.copy().learn().checklist_title}
                </legend>
                {boxes}
            </fieldset>
            <h4>{move || ctx.copy().learn().checklist_points}</h4>
            <div aria-live="polite">{points}</div>
            <p class="trd-notice trd-prescriber" data-prescriber-warning>
                {move || ctx.copy().learn().prescriber_warning}
            </p>
        </section>
    }
}
