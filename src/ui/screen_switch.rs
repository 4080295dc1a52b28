//! Shows the component for the current screen.

use leptos::prelude::*;

use super::context::use_session;
use super::intro_screen::IntroScreen;
use super::question_screen::QuestionScreen;
use super::result_screen::ResultScreen;
use super::review_screen::ReviewScreen;
use crate::domain::wizard::Screen;

/// Re-renders only when the screen changes (the memo filters out language
/// switches and answers), so focus and scroll stay put while answering.
#[component]
pub fn ScreenSwitch() -> impl IntoView {
    let ctx = use_session();
    move || match ctx.screen.get() {
        Screen::Intro => view! { <IntroScreen /> }.into_any(),
        Screen::Question(item) => view! { <QuestionScreen item /> }.into_any(),
        Screen::Review => view! { <ReviewScreen /> }.into_any(),
        // The wizard only reaches Result with a complete questionnaire; the
        // review list is the safe place to be if that ever did not hold.
        Screen::Result => match ctx.score.get_untracked() {
            Some(score) => view! { <ResultScreen score /> }.into_any(),
            None => view! { <ReviewScreen /> }.into_any(),
        },
    }
}
