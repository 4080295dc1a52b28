//! Does the history meet the usual definition of TRD?

use leptos::prelude::*;

use crate::domain::learn::Topic;
use crate::domain::staging::Method;
use crate::ui::context::{use_assessment, use_session};
use crate::ui::learn::learn_link::LearnLink;
use crate::ui::staging::card_details::CardDetails;
use crate::ui::staging::trial_verdicts::TrialVerdicts;
use crate::ui::staging::unknown_line::UnknownLine;

#[component]
pub fn DefinitionCard() -> impl IntoView {
    let ctx = use_session();
    let assessment = use_assessment();
    let result = Memo::new(move |_| assessment.get().definition);
    let met = move || result.get().as_entered.met;
    let figure = move || ctx.copy().staging().definition(met());
    let meaning = move || {
        ctx.copy()
            .staging()
            .definition_meaning(result.get().as_entered)
    };
    let alternative = Signal::derive(move || {
        let staged = result.get();
        let other = staged.if_unknown_adequate?;
        (other.met != staged.as_entered.met)
            .then(|| ctx.copy().staging().definition(other.met).to_owned())
    });
    view! {
        <section
            class="trd-stage-card"
            data-instrument=Method::Definition.slug()
            data-met=move || met().to_string()
            aria-labelledby="trd-card-definition"
        >
            <h3 id="trd-card-definition">{move || ctx.copy().staging().def_title}</h3>
            <p class="trd-figure">{figure}</p>
            <p>{meaning}</p>
            <UnknownLine alternative />
            <p>
                <LearnLink topic=Topic::WhatIsTrd />
            </p>
            <p>
                <LearnLink topic=Topic::WhyTrdHappens />
            </p>
            <TrialVerdicts />
            <CardDetails method=Method::Definition />
        </section>
    }
}
