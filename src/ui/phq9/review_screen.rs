//! Every answer on one list, each with a way to change it.

use leptos::prelude::*;

use crate::domain::session::Session;

use crate::ui::context::use_session;
use crate::ui::frame::nav_buttons::NavButtons;
use crate::ui::frame::screen_heading::ScreenHeading;

#[component]
pub fn ReviewScreen() -> impl IntoView {
    let ctx = use_session();
    // Answers cannot change while the review is showing, so the list of
    // asked items is read once; the labels still follow the language.
    let items = ctx.read_untracked(|s| s.phq9().asked_items());
    let instrument = ctx.instrument();
    let rows = items
        .into_iter()
        .map(|item| {
            let spec = &instrument.items[item];
            let answer = move || {
                let lang = ctx.lang.get();
                ctx.read(|s| s.phq9().responses().chosen_option(item))
                    .map_or_else(
                        || ctx.copy().answers().not_answered.to_owned(),
                        |option| option.label.get(lang).to_owned(),
                    )
            };
            let change_label = move || ctx.copy().answers().review_change_for(item);
            view! {
                <li class="trd-review-row" data-link-id=spec.link_id>
                    <span class="trd-review-item">{move || spec.text.get(ctx.lang.get())}</span>
                    <span class="trd-review-answer">{answer}</span>
                    <button
                        type="button"
                        class="trd-link-button"
                        aria-label=change_label
                        on:click=move |_| ctx.session(|s| s.phq9_edit(item))
                    >
                        {move || ctx.copy().answers().review_change}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="trd-review">
            <ScreenHeading text=Signal::derive(move || {
                ctx.copy().answers().review_title.to_owned()
            }) />
            <p>{move || ctx.copy().answers().review_intro}</p>
            <ol class="trd-review-list">{rows}</ol>
            <NavButtons
                next_label=Signal::derive(move || ctx.copy().answers().see_result)
                on_back=Session::phq9_back
                on_next=Session::phq9_next
            />
        </section>
    }
}
