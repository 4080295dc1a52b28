//! The explainers: the list of topics, or one page with its sources.

use leptos::prelude::*;

use super::context::use_session;
use super::explainer_body::ExplainerBody;
use super::psilocybin_checklist::PsilocybinChecklist;
use super::screen_heading::ScreenHeading;
use crate::content::page;
use crate::domain::learn::Topic;

#[component]
pub fn LearnScreen() -> impl IntoView {
    let ctx = use_session();
    let topic = Memo::new(move |_| ctx.state.with(|s| s.topic()));
    move || match topic.get() {
        None => view! { <TopicList /> }.into_any(),
        Some(topic) => view! { <ExplainerPage topic /> }.into_any(),
    }
}

#[component]
fn TopicList() -> impl IntoView {
    let ctx = use_session();
    let items = move || {
        let lang = ctx.lang.get();
        Topic::ALL
            .into_iter()
            .map(|topic| {
                let title = page(topic, lang).map(|p| p.title).unwrap_or_else(|_| topic.slug().to_owned());
                view! {
                    <li>
                        <button type="button" class="trd-topic" data-topic=topic.slug() on:click=move |_| ctx.session(|s| s.open_learn(Some(topic)))>
                            {title}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="trd-learn">
            <ScreenHeading text=Signal::derive(move || ctx.copy().learn.title.to_owned()) />
            <p>{move || ctx.copy().learn.intro}</p>
            <ul class="trd-topics">{items}</ul>
            <div class="trd-nav">
                <button type="button" class="trd-secondary" hidden=move || !ctx.state.with(|s| s.can_close_learn()) on:click=move |_| ctx.session(|s| s.close_learn())>
                    {move || ctx.copy().learn.back}
                </button>
            </div>
        </section>
    }
}

#[component]
fn ExplainerPage(
    /// The topic to show.
    topic: Topic,
) -> impl IntoView {
    let ctx = use_session();
    let parsed = Memo::new(move |_| page(topic, ctx.lang.get()).ok());
    let title = Signal::derive(move || {
        parsed
            .get()
            .map(|p| p.title)
            .unwrap_or_else(|| ctx.copy().learn.content_error.to_owned())
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
        let lang = ctx.lang.get();
        parsed.get().map(|p| {
            let checked = ctx.copy().learn.checked_line(p.checked, lang);
            let reviewed = p
                .review
                .map(|r| ctx.copy().learn.reviewed_line(&r.reviewer, r.date, lang));
            view! {
                <p class="trd-small" data-checked>{checked}</p>
                {reviewed.map(|text| view! { <p class="trd-small" data-reviewed>{text}</p> })}
            }
        })
    };
    view! {
        <article class="trd-explainer" data-topic=topic.slug()>
            <ScreenHeading text=title />
            {body}
            {(topic == Topic::Psilocybin).then(|| view! { <PsilocybinChecklist /> })}
            <p class="trd-notice">{move || ctx.copy().learn.not_advice}</p>
            <h3>{move || ctx.copy().learn.sources}</h3>
            <ul class="trd-sources">{sources}</ul>
            {dates}
            <div class="trd-nav">
                <button type="button" class="trd-secondary" on:click=move |_| ctx.session(|s| s.open_learn(None))>
                    {move || ctx.copy().learn.all_topics}
                </button>
                <button type="button" class="trd-secondary" hidden=move || !ctx.state.with(|s| s.can_close_learn()) on:click=move |_| ctx.session(|s| s.close_learn())>
                    {move || ctx.copy().learn.back}
                </button>
            </div>
        </article>
    }
}
