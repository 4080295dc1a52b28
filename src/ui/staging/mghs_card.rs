//! The MGH staging score (no bands: none are published), and the bar of
//! what it is made of.

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
pub fn MghsCard() -> impl IntoView {
    let ctx = use_session();
    let assessment = use_assessment();
    let result = Memo::new(move |_| assessment.get().mgh_s);
    let score = move || result.get().as_entered.display();
    let alternative = Signal::derive(move || {
        let staged = result.get();
        let other = staged.if_unknown_adequate?;
        (other.halves != staged.as_entered.halves).then(|| other.display())
    });
    let picture = move || {
        let scale = ctx.copy().mghs_scale(result.get().as_entered)?;
        Some(view! { <ScalePicture scale=Signal::stored(scale) /> })
    };
    view! {
        <section
            class="trd-stage-card"
            data-instrument=Method::MghS.slug()
            data-score=score
            aria-labelledby="trd-card-mgh-s"
        >
            <h3 id="trd-card-mgh-s">{move || ctx.copy().staging().mghs_title}</h3>
            <p class="trd-figure">{score}</p>
            {picture}
            <p>{move || ctx.copy().staging().mghs_meaning}</p>
            <UnknownLine alternative />
            <p>
                <LearnLink topic=Topic::DiagnosisAndStaging />
            </p>
            <TrialVerdicts />
            <CardDetails method=Method::MghS />
        </section>
    }
}
