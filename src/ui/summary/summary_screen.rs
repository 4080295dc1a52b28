//! The summary for the doctor: shown, printed, and saved as files.

use leptos::html::Div;
use leptos::prelude::*;

use crate::export::html::{body, standalone, SUMMARY_CSS};
use crate::export::{fhir, file_name, summary::summary, FileKind};
use crate::ui::context::use_session;
use crate::ui::frame::screen_heading::ScreenHeading;
use crate::ui::host::{HostCtx, ServiceError};
use crate::ui::summary::summary_view::SummaryView;

#[component]
pub fn SummaryScreen() -> impl IntoView {
    let ctx = use_session();
    let host = expect_context::<HostCtx>().0;
    let today = host.today();
    let date = today.date.clone();
    let model = Memo::new(move |_| ctx.read(|s| summary(s, &date)));
    let anchor = NodeRef::<Div>::new();
    // Local, transient UI state (ARCHITECTURE: the listed exceptions): the
    // browser refused a print or download. The visitor sees a calm
    // sentence in their language; the browser's own words go to the console.
    let failed = RwSignal::new(false);
    let report = move |result: Result<(), ServiceError>| {
        if let Err(error) = &result {
            leptos::logging::warn!("trd-widget: could not print or save: {}", error.detail());
        }
        failed.set(result.is_err());
    };
    let file_date = today.date.clone();
    let print = move |_| {
        if let Some(anchor) = anchor.get() {
            let model = model.get_untracked();
            report(host.print(&anchor, &model.title, &body(&model), SUMMARY_CSS));
        }
    };
    let save_html = {
        let file_date = file_date.clone();
        move |_| {
            if let Some(anchor) = anchor.get() {
                let name = file_name(FileKind::SummaryHtml, &file_date);
                report(host.save(
                    &anchor,
                    &name,
                    "text/html",
                    &standalone(&model.get_untracked()),
                ));
            }
        }
    };
    let timestamp = today.timestamp.clone();
    let save_fhir = move |_| {
        let Some(anchor) = anchor.get() else { return };
        let export = ctx.read_untracked(|s| {
            let complete = s.phq9().responses().complete().ok()?;
            let ids = fhir::BundleIds {
                questionnaire: host.uuid(),
                response: host.uuid(),
                observation: host.uuid(),
            };
            fhir::phq9_bundle(&complete, s.lang(), &timestamp, &ids).ok()
        });
        if let Some(json) = export {
            let name = file_name(FileKind::Phq9Fhir, &file_date);
            report(host.save(&anchor, &name, "application/fhir+json", &json));
        }
    };
    let phq9_done = move || ctx.score.get().is_some();
    view! {
        <section class="trd-summary">
            <ScreenHeading text=Signal::derive(move || ctx.copy().summary().title.to_owned()) />
            <div class="trd-nav trd-summary-actions" node_ref=anchor>
                <button type="button" class="trd-primary" on:click=print>
                    {move || ctx.copy().summary().print}
                </button>
                <button type="button" class="trd-secondary" on:click=save_html>
                    {move || ctx.copy().summary().download_html}
                </button>
                {move || {
                    let save_fhir = save_fhir.clone();
                    phq9_done()
                        .then(|| {
                            view! {
                                <button type="button" class="trd-secondary" on:click=save_fhir>
                                    {ctx.copy().summary().download_fhir}
                                </button>
                            }
                                .into_any()
                        })
                }}
            </div>
            {move || {
                failed
                    .get()
                    .then(|| {
                        view! {
                            <p class="trd-notice" role="alert">
                                {ctx.copy().summary().action_failed}
                            </p>
                        }
                            .into_any()
                    })
            }}
            <SummaryView summary=model />
            <div class="trd-nav">
                <button
                    type="button"
                    class="trd-secondary"
                    on:click=move |_| ctx.session(|s| s.close_summary())
                >
                    {move || ctx.copy().summary().back}
                </button>
            </div>
        </section>
    }
}
