//! What this is, who it is for, and that nothing leaves the device.

use leptos::prelude::*;

use crate::domain::options::Section;
use crate::ui::context::use_session;
use crate::ui::frame::screen_heading::ScreenHeading;

#[component]
pub fn IntroScreen() -> impl IntoView {
    let ctx = use_session();
    view! {
        <section class="trd-intro">
            <ScreenHeading text=Signal::derive(move || ctx.copy().ui.intro_title.to_owned()) />
            <p>{move || ctx.copy().ui.intro_what}</p>
            <p>{move || ctx.copy().ui.intro_adults}</p>
            <p>{move || ctx.copy().ui.intro_not_diagnosis}</p>
            <p class="trd-private">{move || ctx.copy().ui.intro_private}</p>
            <p hidden=move || !ctx.offers(Section::Learn)>
                <button
                    type="button"
                    class="trd-link-button"
                    data-learn
                    on:click=move |_| ctx.session(|s| s.open_learn(None))
                >
                    {move || ctx.copy().ui.learn_open}
                </button>
            </p>
            <div class="trd-nav">
                <button
                    type="button"
                    class="trd-secondary"
                    hidden=move || !ctx.offers(Section::Staging)
                    on:click=move |_| ctx.session(|s| s.open_staging())
                >
                    {move || ctx.copy().ui.open_staging}
                </button>
                <button
                    type="button"
                    class="trd-primary"
                    on:click=move |_| ctx.session(|s| s.phq9_next())
                >
                    {move || ctx.copy().ui.start}
                </button>
            </div>
        </section>
    }
}
