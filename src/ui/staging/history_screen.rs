//! The treatment-history builder: medicines, ECT, the episode, and other
//! treatments, then the results.

use leptos::prelude::*;

use crate::domain::session::Session;

use crate::domain::staging::builder::BuilderNotice;
use crate::ui::context::use_session;
use crate::ui::frame::nav_buttons::NavButtons;
use crate::ui::frame::screen_heading::ScreenHeading;
use crate::ui::staging::ect_form::EctForm;
use crate::ui::staging::ect_list::EctList;
use crate::ui::staging::episode_section::EpisodeSection;
use crate::ui::staging::item_section::ItemSection;
use crate::ui::staging::other_treatments::OtherTreatments;
use crate::ui::staging::trial_form::TrialForm;
use crate::ui::staging::trial_list::TrialList;

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
            <ItemSection
                title_id="trd-medicines-title"
                title=Signal::derive(move || ctx.copy().staging().medicines_heading)
                add_label=Signal::derive(move || ctx.copy().staging().add_medicine)
                open=Memo::new(move |_| ctx.with_staging(|b| b.draft().is_some()))
                on_add=Session::add_trial
                list=|| view! { <TrialList /> }.into_any()
                form=|| view! { <TrialForm /> }.into_any()
            />
            <ItemSection
                title_id="trd-ect-title"
                title=Signal::derive(move || ctx.copy().staging().ect_heading)
                add_label=Signal::derive(move || ctx.copy().staging().add_ect)
                open=Memo::new(move |_| ctx.with_staging(|b| b.ect().is_some()))
                on_add=Session::add_ect
                list=|| view! { <EctList /> }.into_any()
                form=|| view! { <EctForm /> }.into_any()
            />
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
