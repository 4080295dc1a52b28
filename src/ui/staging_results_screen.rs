//! Both results together: the PHQ-9 (if taken) and every staging method.

use leptos::prelude::*;

use super::context::use_session;
use super::definition_card::DefinitionCard;
use super::learn_link::LearnLink;
use super::maudsley_card::MaudsleyCard;
use super::mghs_card::MghsCard;
use super::phq9_summary::Phq9Summary;
use super::remember_panel::RememberPanel;
use super::screen_heading::ScreenHeading;
use super::thase_rush_card::ThaseRushCard;
use crate::domain::learn::Topic;
use crate::domain::options::Section;
use crate::i18n::staging::staging;
use crate::i18n::summary::summary_text;

#[component]
pub fn StagingResultsScreen() -> impl IntoView {
    let ctx = use_session();
    let s = move || staging(ctx.lang.get());
    view! {
        <section class="trd-staging-results">
            <ScreenHeading text=Signal::derive(move || s().results_title.to_owned()) />
            <p>{move || s().results_estimate}</p>
            <Show when=move || ctx.offers(Section::Phq9)>
                <Phq9Summary />
            </Show>
            <DefinitionCard />
            <ThaseRushCard />
            <MaudsleyCard />
            <MghsCard />
            <p><LearnLink topic=Topic::Outlook /></p>
            <RememberPanel />
            <div class="trd-nav">
                <button type="button" class="trd-primary" on:click=move |_| ctx.session(|x| x.open_summary())>
                    {move || summary_text(ctx.lang.get()).open}
                </button>
            </div>
            <div class="trd-nav">
                <button type="button" class="trd-secondary" on:click=move |_| ctx.staging(|b| b.edit_history())>
                    {move || s().edit_history}
                </button>
                <button type="button" class="trd-secondary" hidden=move || !ctx.offers(Section::Phq9) on:click=move |_| ctx.session(|x| x.open_phq9())>
                    {move || s().back_to_phq9}
                </button>
            </div>
        </section>
    }
}
