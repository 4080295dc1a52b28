//! One staging method's card, any of the four: the shape is
//! `present::stage_card::StageCard`, so the cards differ only in data.

use leptos::prelude::*;

use crate::domain::staging::Method;
use crate::present::stage_card::stage_card;
use crate::ui::context::{use_assessment, use_session};
use crate::ui::frame::scale_picture::ScalePicture;
use crate::ui::learn::learn_link::LearnLink;
use crate::ui::staging::card_details::CardDetails;

/// The card is drawn anew only when the assessment or the language
/// changes, which on the results screen is a language switch.
#[component]
pub fn StageCard(
    /// The method whose result the card shows.
    method: Method,
) -> impl IntoView {
    let ctx = use_session();
    let assessment = use_assessment();
    let heading = format!("trd-card-{}", method.slug());
    move || {
        let card = assessment.with(|a| stage_card(method, a, ctx.copy()));
        let picture = card
            .scale
            .map(|scale| view! { <ScalePicture scale=Signal::stored(scale) /> });
        let lines = card
            .lines
            .into_iter()
            .map(|line| view! { <p data-note=line.note>{line.text}</p> })
            .collect_view();
        let if_unknown = card.if_unknown.map(|text| {
            view! {
                <p class="trd-if-unknown" data-if-unknown>
                    {text}
                </p>
            }
        });
        let links = card
            .topics
            .iter()
            .map(|topic| {
                view! {
                    <p>
                        <LearnLink topic=*topic />
                    </p>
                }
            })
            .collect_view();
        view! {
            <section
                class="trd-stage-card"
                data-instrument=method.slug()
                data-met=card.data.met
                data-stage=card.data.stage
                data-score=card.data.score
                data-level=card.data.level
                data-applicable=card.data.applicable
                data-needs-input=card.data.needs_input
                aria-labelledby=heading.clone()
            >
                <h3 id=heading.clone()>{card.title}</h3>
                <p class="trd-figure">{card.figure}</p>
                {picture}
                {lines}
                {if_unknown}
                {links}
                <CardDetails method />
            </section>
        }
    }
}
