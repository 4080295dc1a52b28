//! The result: the card, next steps, and ways to change or start over.

use leptos::prelude::*;

use crate::domain::learn::Topic;
use crate::domain::options::Section;
use crate::domain::responses::SummedScore;
use crate::ui::context::use_session;
use crate::ui::learn::learn_link::LearnLink;
use crate::ui::phq9::next_steps::NextSteps;
use crate::ui::phq9::remember_panel::RememberPanel;
use crate::ui::phq9::result_card::ResultCard;

#[component]
pub fn ResultScreen(
    /// The score of the completed questionnaire.
    score: SummedScore,
) -> impl IntoView {
    let ctx = use_session();
    view! {
        <section class="trd-result">
            <ResultCard score />
            <NextSteps />
            <RememberPanel />
            <p class="trd-learn-links">
                {score.safety.is_raised().then(|| view! { <LearnLink topic=Topic::GettingHelp /> })}
                <LearnLink topic=Topic::WhatIsTrd />
            </p>
            <div class="trd-nav">
                <button
                    type="button"
                    class="trd-primary"
                    hidden=move || !ctx.offers(Section::Staging)
                    on:click=move |_| ctx.session(|s| s.open_staging())
                >
                    {move || ctx.copy().ui.open_staging}
                </button>
                <button
                    type="button"
                    class="trd-secondary"
                    on:click=move |_| ctx.session(|s| s.open_summary())
                >
                    {move || ctx.copy().summary().open}
                </button>
            </div>
            <div class="trd-nav">
                <button
                    type="button"
                    class="trd-secondary"
                    on:click=move |_| ctx.session(|s| s.phq9_back())
                >
                    {move || ctx.copy().answers().change_answers}
                </button>
                <button
                    type="button"
                    class="trd-secondary"
                    on:click=move |_| ctx.session(|s| s.phq9_restart())
                >
                    {move || ctx.copy().ui.start_over}
                </button>
            </div>
        </section>
    }
}
