//! What TRD staging is, before the history builder.

use leptos::prelude::*;

use super::context::use_session;
use super::screen_heading::ScreenHeading;
use crate::domain::options::Section;
use crate::i18n::staging::staging;

#[component]
pub fn StagingIntroScreen() -> impl IntoView {
    let ctx = use_session();
    let s = move || staging(ctx.lang.get());
    view! {
        <section class="trd-staging-intro">
            <ScreenHeading text=Signal::derive(move || s().intro_title.to_owned()) />
            <p>{move || s().intro_what}</p>
            <p>{move || s().intro_how}</p>
            <p>{move || s().intro_estimate}</p>
            <p class="trd-private">{move || ctx.text().intro_private}</p>
            <div class="trd-nav">
                <button type="button" class="trd-secondary" hidden=move || !ctx.offers(Section::Phq9) on:click=move |_| ctx.session(|x| x.staging_back())>
                    {move || s().back_to_phq9}
                </button>
                <button type="button" class="trd-primary" on:click=move |_| ctx.staging(|b| b.start())>
                    {move || ctx.text().start}
                </button>
            </div>
        </section>
    }
}
