//! The treatment-history builder: medicines, ECT, the episode, and other
//! treatments, then the results.

use leptos::prelude::*;

use crate::domain::session::Session;

use crate::domain::staging::builder::BuilderNotice;
use crate::ui::context::use_session;
use crate::ui::frame::nav_buttons::NavButtons;
use crate::ui::frame::screen_heading::ScreenHeading;
use crate::ui::staging::ect_section::EctSection;
use crate::ui::staging::episode_section::EpisodeSection;
use crate::ui::staging::medicine_section::MedicineSection;
use crate::ui::staging::other_treatments::OtherTreatments;

#[component]
pub fn HistoryScreen() -> impl IntoView {
    let ctx = use_session();
    let notice = Memo::new(move |_| ctx.with_staging(|b| b.notice()));
    let notice_text = move || match notice.get() {
        Some(BuilderNotice::UnsavedDraft) => Some(ctx.copy().staging().notice_unsaved),
        Some(BuilderNotice::InvalidMonths) => Some(ctx.copy().staging().notice_months),
        None => None,
    };
    view! {
        <section class="trd-history">
            <ScreenHeading text=Signal::derive(move || {
                ctx.copy().staging().history_title.to_owned()
            }) />
            <p>{move || ctx.copy().staging().history_episode_note}</p>
            <MedicineSection />
            <EctSection />
            <EpisodeSection />
            <OtherTreatments />
            {move || {
                notice_text()
                    .map(|text| {
                        view! {
                            <p class="trd-notice" role="alert">
                                {text}
                            </p>
                        }
                            .into_any()
                    })
            }}
            <NavButtons
                next_label=Signal::derive(move || ctx.copy().staging().see_results)
                on_back=Session::staging_back
                on_next=Session::see_results
            />
        </section>
    }
}
