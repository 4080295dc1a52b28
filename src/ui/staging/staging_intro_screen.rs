//! What TRD staging is, before the history builder.

use leptos::prelude::*;

use crate::domain::options::Section;
use crate::ui::context::use_session;
use crate::ui::frame::screen_heading::ScreenHeading;

#[component]
pub fn StagingIntroScreen() -> impl IntoView {
    let ctx = use_session();
    view! {
        <section class="trd-staging-intro">
            <ScreenHeading text=Signal::derive(move || {
                ctx.copy().staging().intro_title.to_owned()
            }) />
            <p>{move || ctx.copy().staging().intro_what}</p>
            <p>{move || ctx.copy().staging().intro_how}</p>
            <p>{move || ctx.copy().staging().intro_estimate}</p>
            <p class="trd-private">{move || ctx.copy().ui.intro_private}</p>
            <div class="trd-nav">
                <button
                    type="button"
                    class="trd-secondary"
                    hidden=move || !ctx.offers(Section::Phq9)
                    on:click=move |_| ctx.session(|s| s.staging_back())
                >
                    {move || ctx.copy().staging().back_to_phq9}
                </button>
                <button
                    type="button"
                    class="trd-primary"
                    on:click=move |_| ctx.session(|s| s.start_history())
                >
                    {move || ctx.copy().ui.start}
                </button>
            </div>
        </section>
    }
}
