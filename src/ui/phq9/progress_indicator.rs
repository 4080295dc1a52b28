//! "Question 3 of 9", as the screen heading and as a progress bar.

use leptos::prelude::*;

use crate::domain::wizard::Progress;
use crate::ui::context::use_session;
use crate::ui::frame::screen_heading::ScreenHeading;

#[component]
pub fn ProgressIndicator() -> impl IntoView {
    let ctx = use_session();
    let progress = Memo::new(move |_| ctx.read(|s| s.phq9().progress()));
    let label = Signal::derive(move || ctx.copy().ui.progress_label(progress.get()));
    let (value, max) = match progress.get_untracked() {
        Some(Progress::Scored { number, of }) => (number, of),
        _ => (1, 1),
    };
    view! {
        <div class="trd-progress">
            <ScreenHeading text=label />
            <progress class="trd-progress-bar" max=max value=value aria-hidden="true"></progress>
        </div>
    }
}
