//! The Maudsley Staging Method score and band.

use leptos::prelude::*;

use super::card_details::CardDetails;
use super::context::use_session;
use super::learn_link::LearnLink;
use super::trial_verdicts::TrialVerdicts;
use super::unknown_line::UnknownLine;
use crate::domain::learn::Topic;
use crate::domain::staging::methods::{Maudsley, MsmScore};
use crate::i18n::fill;
use crate::i18n::staging::{staging, StagingText};

fn parts(s: &StagingText, score: MsmScore) -> String {
    fill(
        s.msm_parts,
        &[
            ("duration", &score.duration.to_string()),
            ("severity", &score.severity.to_string()),
            ("ad", &score.antidepressants.to_string()),
            ("aug", &score.augmentation.to_string()),
            ("ect", &score.ect.to_string()),
        ],
    )
}

#[component]
pub fn MaudsleyCard() -> impl IntoView {
    let ctx = use_session();
    let s = move || staging(ctx.lang.get());
    let result = Memo::new(move |_| ctx.assessment.get().maudsley);
    let entered = move || result.get().as_entered;
    let scored = move || match entered() {
        Maudsley::Scored(score) => Some(score),
        _ => None,
    };
    let meaning = move || match entered() {
        Maudsley::Scored(score) => format!("{} {}", s().msm_meaning, parts(s(), score)),
        Maudsley::NotApplicable => s().msm_not_applicable.to_owned(),
        Maudsley::NeedsInput { .. } => s().msm_needs.to_owned(),
    };
    let alternative = Signal::derive(move || {
        let staged = result.get();
        // Compare what is shown: a change inside a dimension that leaves the
        // total and band as they are is no change to the visitor.
        let other = s().maudsley(staged.if_unknown_adequate?);
        (other != s().maudsley(staged.as_entered)).then_some(other)
    });
    view! {
        <section
            class="trd-stage-card"
            data-instrument="maudsley"
            data-score=move || scored().map(|v| v.total.to_string())
            data-level=move || scored().map(|v| v.band.slug())
            data-applicable=move || (!matches!(entered(), Maudsley::NotApplicable)).to_string()
            data-needs-input=move || matches!(entered(), Maudsley::NeedsInput { .. }).then_some("true")
            aria-labelledby="trd-card-maudsley"
        >
            <h3 id="trd-card-maudsley">{move || s().msm_title}</h3>
            <p class="trd-figure">{move || s().maudsley(entered())}</p>
            <p>{meaning}</p>
            <UnknownLine alternative />
            <p><LearnLink topic=Topic::DiagnosisAndStaging /></p>
            <TrialVerdicts />
            <CardDetails how=|t| t.msm_how source=|t| t.msm_source />
        </section>
    }
}
