//! Both results together: the PHQ-9 (if taken) and every staging method.

use leptos::prelude::*;

use crate::domain::learn::Topic;
use crate::domain::options::Section;
use crate::domain::staging::Method;
use crate::ui::context::{use_session, AssessmentCtx};
use crate::ui::frame::screen_heading::ScreenHeading;
use crate::ui::learn::learn_link::LearnLink;
use crate::ui::phq9::remember_panel::RememberPanel;
use crate::ui::staging::phq9_card::Phq9Card;
use crate::ui::staging::stage_card::StageCard;
use crate::ui::staging::trial_verdicts::TrialVerdicts;

#[component]
pub fn StagingResultsScreen() -> impl IntoView {
    let ctx = use_session();
    AssessmentCtx::provide(ctx);
    view! {
        <section class="trd-staging-results">
            <ScreenHeading text=Signal::derive(move || {
                ctx.copy().staging().results_title.to_owned()
            }) />
            <p>{move || ctx.copy().staging().results_estimate}</p>
            <Show when=move || ctx.offers(Section::Phq9)>
                <Phq9Card />
            </Show>
            {Method::ALL.map(|method| view! { <StageCard method /> })}
            <TrialVerdicts />
            <p>
                <LearnLink topic=Topic::Outlook />
            </p>
            <RememberPanel />
            <div class="trd-nav">
                <button
                    type="button"
                    class="trd-primary"
                    on:click=move |_| ctx.session(|s| s.open_summary())
                >
                    {move || ctx.copy().summary().open}
                </button>
            </div>
            <div class="trd-nav">
                <button
                    type="button"
                    class="trd-secondary"
                    on:click=move |_| ctx.session(|s| s.edit_history())
                >
                    {move || ctx.copy().staging().edit_history}
                </button>
                <button
                    type="button"
                    class="trd-secondary"
                    hidden=move || !ctx.offers(Section::Phq9)
                    on:click=move |_| ctx.session(|s| s.open_phq9())
                >
                    {move || ctx.copy().staging().back_to_phq9}
                </button>
            </div>
        </section>
    }
}
