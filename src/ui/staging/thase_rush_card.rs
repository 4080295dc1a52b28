//! The Thase-Rush stage.

use leptos::prelude::*;

use crate::domain::learn::Topic;
use crate::domain::staging::Method;
use crate::ui::context::{use_assessment, use_session};
use crate::ui::frame::scale_picture::ScalePicture;
use crate::ui::learn::learn_link::LearnLink;
use crate::ui::staging::card_details::CardDetails;
use crate::ui::staging::trial_verdicts::TrialVerdicts;
use crate::ui::staging::unknown_line::UnknownLine;

#[component]
pub fn ThaseRushCard() -> impl IntoView {
    let ctx = use_session();
    let assessment = use_assessment();
    let result = Memo::new(move |_| assessment.get().thase_rush);
    let stage = move || result.get().as_entered.stage;
    let classes = move || {
        let classes = result.get().as_entered.classes;
        ctx.copy()
            .staging()
            .tr_classes_line(classes, ctx.lang.get())
    };
    let unilateral = move || result.get().as_entered.failed_other_ect;
    let ect_early = move || result.get().as_entered.ect_before_stage_four();
    let alternative = Signal::derive(move || {
        let staged = result.get();
        let other = staged.if_unknown_adequate?.stage;
        (other != staged.as_entered.stage).then(|| ctx.copy().staging().stage(other))
    });
    view! {
        <section
            class="trd-stage-card"
            data-instrument=Method::ThaseRush.slug()
            data-stage=move || stage().slug()
            aria-labelledby="trd-card-thase-rush"
        >
            <h3 id="trd-card-thase-rush">{move || ctx.copy().staging().tr_title}</h3>
            <p class="trd-figure">{move || ctx.copy().staging().stage(stage())}</p>
            <ScalePicture scale=Signal::derive(move || ctx.copy().thase_rush_scale(stage())) />
            <p>{move || ctx.copy().staging().stage_meaning(stage())}</p>
            <p>{classes}</p>
            {move || {
                unilateral()
                    .then(|| view! { <p>{ctx.copy().staging().tr_unilateral_note}</p> }.into_any())
            }}
            {move || {
                ect_early()
                    .then(|| {
                        view! {
                            <p data-note="ect-before-stage-iv">
                                {ctx.copy().staging().tr_ect_early_note}
                            </p>
                        }
                            .into_any()
                    })
            }}
            <UnknownLine alternative />
            <p>
                <LearnLink topic=Topic::TreatmentOptions />
            </p>
            <TrialVerdicts />
            <CardDetails method=Method::ThaseRush />
        </section>
    }
}
