//! The Maudsley Staging Method score and band.

use leptos::prelude::*;

use crate::domain::learn::Topic;
use crate::domain::staging::methods::Maudsley;
use crate::domain::staging::Method;
use crate::ui::context::{use_assessment, use_session};
use crate::ui::frame::scale_picture::ScalePicture;
use crate::ui::learn::learn_link::LearnLink;
use crate::ui::staging::card_details::CardDetails;
use crate::ui::staging::trial_verdicts::TrialVerdicts;
use crate::ui::staging::unknown_line::UnknownLine;

#[component]
pub fn MaudsleyCard() -> impl IntoView {
    let ctx = use_session();
    let assessment = use_assessment();
    let result = Memo::new(move |_| assessment.get().maudsley);
    let entered = move || result.get().as_entered;
    let scored = move || match entered() {
        Maudsley::Scored(score) => Some(score),
        _ => None,
    };
    let meaning = move || ctx.copy().staging().maudsley_meaning(entered());
    let alternative = Signal::derive(move || {
        let staged = result.get();
        // Compare what is shown: a change inside a dimension that leaves the
        // total and band as they are is no change to the visitor.
        let other = ctx.copy().staging().maudsley(staged.if_unknown_adequate?);
        (other != ctx.copy().staging().maudsley(staged.as_entered)).then_some(other)
    });
    view! {
        <section
            class="trd-stage-card"
            data-instrument=Method::Maudsley.slug()
            data-score=move || scored().map(|v| v.total.to_string())
            data-level=move || scored().map(|v| v.band.slug())
            data-applicable=move || (!matches!(entered(), Maudsley::NotApplicable)).to_string()
            data-needs-input=move || {
                matches!(entered(), Maudsley::NeedsInput { .. }).then_some("true")
            }
            aria-labelledby="trd-card-maudsley"
        >
            <h3 id="trd-card-maudsley">{move || ctx.copy().staging().msm_title}</h3>
            <p class="trd-figure">{move || ctx.copy().staging().maudsley(entered())}</p>
            {move || {
                scored()
                    .map(|score| {
                        view! {
                            <ScalePicture scale=Signal::derive(move || {
                                ctx.copy().maudsley_scale(score)
                            }) />
                        }
                            .into_any()
                    })
            }}
            <p>{meaning}</p>
            <UnknownLine alternative />
            <p>
                <LearnLink topic=Topic::DiagnosisAndStaging />
            </p>
            <TrialVerdicts />
            <CardDetails method=Method::Maudsley />
        </section>
    }
}
