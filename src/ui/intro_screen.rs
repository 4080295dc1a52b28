//! What this is, who it is for, and that nothing leaves the device.

use leptos::prelude::*;

use super::context::use_session;
use super::screen_heading::ScreenHeading;
use crate::domain::options::Section;
use crate::i18n::learn::learn_text;

#[component]
pub fn IntroScreen() -> impl IntoView {
    let ctx = use_session();
    let t = move || ctx.text();
    view! {
        <section class="trd-intro">
            <ScreenHeading text=Signal::derive(move || t().intro_title.to_owned()) />
            <p>{move || t().intro_what}</p>
            <p>{move || t().intro_adults}</p>
            <p>{move || t().intro_not_diagnosis}</p>
            <p class="trd-private">{move || t().intro_private}</p>
            <p hidden=move || !ctx.offers(Section::Learn)>
                <button type="button" class="trd-link-button" data-learn on:click=move |_| ctx.session(|s| s.open_learn(None))>
                    {move || learn_text(ctx.lang.get()).open}
                </button>
            </p>
            <div class="trd-nav">
                <button type="button" class="trd-secondary" hidden=move || !ctx.offers(Section::Staging) on:click=move |_| ctx.session(|s| s.open_staging())>
                    {move || t().open_staging}
                </button>
                <button type="button" class="trd-primary" on:click=move |_| ctx.phq9(|w| w.next())>
                    {move || t().start}
                </button>
            </div>
        </section>
    }
}
