//! One explainer page: its blocks, sources, and when they were checked.

use leptos::prelude::*;

use crate::content::page;
use crate::domain::learn::Topic;
use crate::ui::context::use_session;
use crate::ui::frame::screen_heading::ScreenHeading;
use crate::ui::learn::explainer_body::ExplainerBody;
use crate::ui::learn::psilocybin_checklist::PsilocybinChecklist;

#[component]
pub fn ExplainerPage(
    /// The topic to show.
    topic: Topic,
) -> impl IntoView {
    let ctx = use_session();
    let parsed = Memo::new(move |_| page(topic, ctx.lang.get()).ok());
    let title = Signal::derive(move || {
        parsed
            .get()
            .map(|p| p.title)
            .unwrap_or_else(|| ctx.copy().learn().content_error.to_owned())
    });
    let body = move || {
        parsed
            .get()
            .map(|p| view! { <ExplainerBody blocks=p.blocks /> })
    };
    let sources = move || {
        parsed.get().map(|p| {
            p.sources
                .into_iter()
                .map(|s| view! { <li>{s}</li> })
                .collect_view()
        })
    };
    // Project decision 16: when the sources were checked, and a review
    // only where a named clinician signed the page off.
    let dates = move || {
        parsed.get().map(|p| {
            let checked = p.checked.map(|date| ctx.copy().learn().checked_line(date));
            let reviewed = p
                .review
                .map(|r| ctx.copy().learn().reviewed_line(&r.reviewer, r.date));
            view! {
                {checked
                    .map(|text| {
                        view! {
                            <p class="trd-small" data-checked>
                                {text}
                            </p>
                        }
                    })}
                {reviewed
                    .map(|text| {
                        view! {
                            <p class="trd-small" data-reviewed>
                                {text}
                            </p>
                        }
                    })}
            }
        })
    };
    view! {
        <article class="trd-explainer" data-topic=topic.slug()>
            <ScreenHeading text=title />
            {body}
            {topic.has_checklist().then(|| view! { <PsilocybinChecklist /> })}
            <p class="trd-notice">{move || ctx.copy().learn().not_advice}</p>
            <h3>{move || ctx.copy().learn().sources}</h3>
            <ul class="trd-sources">{sources}</ul>
            {dates}
            <div class="trd-nav">
                <button
                    type="button"
                    class="trd-secondary"
                    on:click=move |_| ctx.session(|s| s.open_learn(None))
                >
                    {move || ctx.copy().learn().all_topics}
                </button>
                <button
                    type="button"
                    class="trd-secondary"
                    hidden=move || !ctx.read(|s| s.can_close_learn())
                    on:click=move |_| ctx.session(|s| s.close_learn())
                >
                    {move || ctx.copy().learn().back}
                </button>
            </div>
        </article>
    }
}
