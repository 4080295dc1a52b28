//! The treatment-history builder: medicines, ECT, the episode, and other
//! treatments, then the results.

use leptos::prelude::*;

use super::context::use_session;
use super::ect_section::EctSection;
use super::episode_section::EpisodeSection;
use super::host::HostCtx;
use super::medicine_section::MedicineSection;
use super::other_treatments::OtherTreatments;
use super::remember::after_step;
use super::screen_heading::ScreenHeading;
use crate::domain::staging::builder::BuilderNotice;
use crate::i18n::staging::staging;

#[component]
pub fn HistoryScreen() -> impl IntoView {
    let ctx = use_session();
    let host = expect_context::<HostCtx>();
    let s = move || staging(ctx.lang.get());
    let notice = Memo::new(move |_| ctx.with_staging(|b| b.notice()));
    let notice_text = move || match notice.get() {
        Some(BuilderNotice::UnsavedDraft) => Some(s().notice_unsaved),
        Some(BuilderNotice::InvalidMonths) => Some(s().notice_months),
        None => None,
    };
    view! {
        <section class="trd-history">
            <ScreenHeading text=Signal::derive(move || s().history_title.to_owned()) />
            <p>{move || s().history_episode_note}</p>
            <MedicineSection />
            <EctSection />
            <EpisodeSection />
            <OtherTreatments />
            <Show when=move || notice.get().is_some()>
                <p class="trd-notice" role="alert">{notice_text}</p>
            </Show>
            <div class="trd-nav">
                <button type="button" class="trd-secondary" on:click=move |_| ctx.session(|x| x.staging_back())>
                    {move || ctx.text().back}
                </button>
                <button type="button" class="trd-primary" on:click=move |_| {
                    ctx.staging(|b| b.see_results());
                    after_step(ctx, host);
                }>
                    {move || s().see_results}
                </button>
            </div>
        </section>
    }
}
