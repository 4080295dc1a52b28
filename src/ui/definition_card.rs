//! Does the history meet the usual definition of TRD?

use leptos::prelude::*;

use super::card_details::CardDetails;
use super::context::use_session;
use super::learn_link::LearnLink;
use super::trial_verdicts::TrialVerdicts;
use super::unknown_line::UnknownLine;
use crate::domain::learn::Topic;
use crate::i18n::fill;
use crate::i18n::staging::staging;

#[component]
pub fn DefinitionCard() -> impl IntoView {
    let ctx = use_session();
    let s = move || staging(ctx.lang.get());
    let result = Memo::new(move |_| ctx.assessment.get().definition);
    let met = move || result.get().as_entered.met;
    let figure = move || s().definition(met());
    let meaning = move || {
        let entered = result.get().as_entered;
        if entered.met {
            s().def_met.to_owned()
        } else {
            fill(
                s().def_not_met,
                &[("n", &entered.distinct_failed.to_string())],
            )
        }
    };
    let alternative = Signal::derive(move || {
        let staged = result.get();
        let other = staged.if_unknown_adequate?;
        (other.met != staged.as_entered.met)
            .then(|| if other.met { s().def_yes } else { s().def_no }.to_owned())
    });
    view! {
        <section class="trd-stage-card" data-instrument="trd-definition" data-met=move || met().to_string() aria-labelledby="trd-card-definition">
            <h3 id="trd-card-definition">{move || s().def_title}</h3>
            <p class="trd-figure">{figure}</p>
            <p>{meaning}</p>
            <UnknownLine alternative />
            <p><LearnLink topic=Topic::WhatIsTrd /></p>
            <p><LearnLink topic=Topic::WhyTrdHappens /></p>
            <TrialVerdicts />
            <CardDetails how=|t| t.def_how source=|t| t.def_source />
        </section>
    }
}
