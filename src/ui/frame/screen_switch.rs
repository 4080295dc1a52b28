//! Shows the component for the current flow and screen.

use leptos::prelude::*;

use crate::domain::session::Flow;
use crate::domain::staging::builder::StagingScreen;
use crate::domain::wizard::Screen;
use crate::ui::context::use_session;
use crate::ui::learn::learn_screen::LearnScreen;
use crate::ui::phq9::intro_screen::IntroScreen;
use crate::ui::phq9::question_screen::QuestionScreen;
use crate::ui::phq9::result_screen::ResultScreen;
use crate::ui::phq9::review_screen::ReviewScreen;
use crate::ui::staging::history_screen::HistoryScreen;
use crate::ui::staging::staging_intro_screen::StagingIntroScreen;
use crate::ui::staging::staging_results_screen::StagingResultsScreen;
use crate::ui::summary::summary_screen::SummaryScreen;

/// Re-renders only when the flow or screen changes (the memos filter out
/// language switches and answers), so focus and scroll stay put while the
/// visitor works on a screen.
#[component]
pub fn ScreenSwitch() -> impl IntoView {
    let ctx = use_session();
    move || match ctx.flow.get() {
        Flow::Phq9 => match ctx.screen.get() {
            Screen::Intro => view! { <IntroScreen /> }.into_any(),
            Screen::Question(item) => view! { <QuestionScreen item /> }.into_any(),
            Screen::Review => view! { <ReviewScreen /> }.into_any(),
            // The wizard only reaches Result with a complete questionnaire;
            // the review list is the safe place to be if that ever did not hold.
            Screen::Result => match ctx.score.get_untracked() {
                Some(score) => view! { <ResultScreen score /> }.into_any(),
                None => view! { <ReviewScreen /> }.into_any(),
            },
        },
        Flow::Staging => match ctx.staging_screen.get() {
            StagingScreen::Intro => view! { <StagingIntroScreen /> }.into_any(),
            StagingScreen::History => view! { <HistoryScreen /> }.into_any(),
            StagingScreen::Results => view! { <StagingResultsScreen /> }.into_any(),
        },
        Flow::Summary => view! { <SummaryScreen /> }.into_any(),
        Flow::Learn => view! { <LearnScreen /> }.into_any(),
    }
}
