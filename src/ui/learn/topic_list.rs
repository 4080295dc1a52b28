//! Every explainer topic, by its page title.

use leptos::prelude::*;

use crate::content::page;
use crate::domain::learn::Topic;
use crate::ui::context::use_session;
use crate::ui::frame::screen_heading::ScreenHeading;

#[component]
pub fn TopicList() -> impl IntoView {
    let ctx = use_session();
    let items = move || {
        let lang = ctx.lang.get();
        Topic::ALL
            .into_iter()
            .map(|topic| {
                let title = page(topic, lang)
                    .map(|p| p.title)
                    .unwrap_or_else(|_| topic.slug().to_owned());
                view! {
                    <li>
                        <button
                            type="button"
                            class="trd-topic"
                            data-topic=topic.slug()
                            on:click=move |_| ctx.session(|s| s.open_learn(Some(topic)))
                        >
                            {title}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="trd-learn">
            <ScreenHeading text=Signal::derive(move || ctx.copy().learn().title.to_owned()) />
            <p>{move || ctx.copy().learn().intro}</p>
            <ul class="trd-topics">{items}</ul>
            <div class="trd-nav">
                <button
                    type="button"
                    class="trd-secondary"
                    hidden=move || !ctx.read(|s| s.can_close_learn())
                    on:click=move |_| ctx.session(|s| s.close_learn())
                >
                    {move || ctx.copy().learn().back}
                </button>
            </div>
        </section>
    }
}
