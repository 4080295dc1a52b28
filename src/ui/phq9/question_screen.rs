//! One questionnaire item: progress, the item's choices, and navigation.

use leptos::prelude::*;

use crate::domain::session::Session;

use crate::domain::wizard::Notice;
use crate::ui::context::use_session;
use crate::ui::frame::nav_buttons::NavButtons;
use crate::ui::phq9::choice_group::ChoiceGroup;
use crate::ui::phq9::progress_indicator::ProgressIndicator;

/// The id that ties the "choose an answer" notice to the fieldset. Ids are
/// scoped to the widget's shadow root, so several widgets do not clash.
const NOTICE_ID: &str = "trd-notice";

#[component]
pub fn QuestionScreen(
    /// Index of the item in the instrument.
    item: usize,
) -> impl IntoView {
    let ctx = use_session();
    let notice = Memo::new(move |_| ctx.read(|s| s.phq9().notice()));
    let optional = !ctx.instrument().items[item].is_scored();
    view! {
        <section class="trd-question">
            <ProgressIndicator />
            <ChoiceGroup
                item
                described_by=Signal::derive(move || notice.get().map(|_| NOTICE_ID))
            />
            {optional
                .then(|| {
                    view! { <p class="trd-hint">{move || ctx.copy().ui.follow_up_optional}</p> }
                })}
            {move || {
                (notice.get() == Some(Notice::ChooseAnswer))
                    .then(|| {
                        view! {
                            <p class="trd-notice" id=NOTICE_ID role="alert">
                                {ctx.copy().ui.choose_answer}
                            </p>
                        }
                            .into_any()
                    })
            }}
            <NavButtons
                next_label=Signal::derive(move || ctx.copy().ui.next)
                on_back=Session::phq9_back
                on_next=Session::phq9_next
            />
        </section>
    }
}
