//! Every answer on one list, each with a way to change it.

use leptos::prelude::*;

use super::context::use_session;
use super::nav_buttons::NavButtons;
use super::screen_heading::ScreenHeading;
use crate::i18n::fill;

#[component]
pub fn ReviewScreen() -> impl IntoView {
    let ctx = use_session();
    let t = move || ctx.text();
    // Answers cannot change while the review is showing, so the list of
    // asked items is read once; the labels still follow the language.
    let items = ctx.state.with_untracked(|s| s.phq9().asked_items());
    let instrument = ctx.instrument();
    let rows = items
        .into_iter()
        .map(|item| {
            let spec = &instrument.items[item];
            let number = (item + 1).to_string();
            let answer = move || {
                let lang = ctx.lang.get();
                ctx.state
                    .with(|s| s.phq9().responses().chosen_option(item))
                    .map_or_else(
                        || ctx.text().not_answered.to_owned(),
                        |option| option.label.get(lang).to_owned(),
                    )
            };
            let change_label = move || fill(t().review_change_label, &[("n", &number)]);
            view! {
                <li class="trd-review-row" data-link-id=spec.link_id>
                    <span class="trd-review-item">{move || spec.text.get(ctx.lang.get())}</span>
                    <span class="trd-review-answer">{answer}</span>
                    <button
                        type="button"
                        class="trd-link-button"
                        aria-label=change_label
                        on:click=move |_| ctx.phq9(|w| w.edit(item))
                    >
                        {move || t().review_change}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="trd-review">
            <ScreenHeading text=Signal::derive(move || t().review_title.to_owned()) />
            <p>{move || t().review_intro}</p>
            <ol class="trd-review-list">{rows}</ol>
            <NavButtons next_label=Signal::derive(move || t().see_result) />
        </section>
    }
}
