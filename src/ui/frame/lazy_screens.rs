//! Which screens load later, and with what (issue 17): each split point
//! is a group of screens fetched as one module the first time one of them
//! opens. The intro and the questions, the crisis panel and block and the
//! language switch stay in the first load, so Start answers at once even
//! on a slow connection.
//!
//! - `answers`: the review and the PHQ-9 result (fetched ahead while the
//!   visitor answers the questions);
//! - `staging`: the treatment history and the staging results;
//! - `learn`: the explainers, glossary and psilocybin checklist;
//! - `summary`: the summary for the doctor and its exports.

use leptos::prelude::*;

use crate::domain::staging::builder::StagingScreen;
use crate::domain::wizard::Screen;
use crate::split::split;
use crate::ui::context::use_session;
use crate::ui::frame::screen_switch::ScreenHolder;
use crate::ui::host::HostCtx;
use crate::ui::learn::learn_screen::LearnScreen;
use crate::ui::phq9::result_screen::ResultScreen;
use crate::ui::phq9::review_screen::ReviewScreen;
use crate::ui::staging::history_screen::HistoryScreen;
use crate::ui::staging::staging_intro_screen::StagingIntroScreen;
use crate::ui::staging::staging_results_screen::StagingResultsScreen;
use crate::ui::summary::summary_screen::SummaryScreen;

/// The styles of the screens loaded later: each comes with its screens.
const FORMS_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/forms.css"));
const RESULTS_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/results.css"));
const STAGING_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/staging.css"));
const LEARN_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/learn.css"));
const SUMMARY_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/summary.css"));

/// Adds a group's styles to the widget before its screen is drawn.
fn styles(parts: &[&'static str]) {
    let host = expect_context::<HostCtx>();
    let anchor = use_context::<ScreenHolder>().and_then(|holder| holder.0.get_untracked());
    for part in parts {
        host.0
            .add_styles(anchor.as_ref().map(|div| div.as_ref()), part);
    }
}

split!(
    answers,
    preload_answers,
    /// The review or the result of the questionnaire.
    pub fn answers_view(screen: Screen) -> AnyView {
        styles(&[FORMS_CSS, RESULTS_CSS]);
        let ctx = use_session();
        // The wizard only reaches Result with a complete questionnaire;
        // the review list is the safe place to be if that ever did not hold.
        match (screen, ctx.score.get_untracked()) {
            (Screen::Result, Some(score)) => view! { <ResultScreen score /> }.into_any(),
            _ => view! { <ReviewScreen /> }.into_any(),
        }
    }
);

split!(
    staging,
    preload_staging,
    /// A screen of the staging flow.
    pub fn staging_view(screen: StagingScreen) -> AnyView {
        styles(&[FORMS_CSS, RESULTS_CSS, STAGING_CSS]);
        match screen {
            StagingScreen::Intro => view! { <StagingIntroScreen /> }.into_any(),
            StagingScreen::History => view! { <HistoryScreen /> }.into_any(),
            StagingScreen::Results => view! { <StagingResultsScreen /> }.into_any(),
        }
    }
);

split!(
    learn,
    preload_learn,
    /// The explainers: the topic list or a page.
    pub fn learn_view() -> AnyView {
        styles(&[FORMS_CSS, LEARN_CSS]);
        view! { <LearnScreen /> }.into_any()
    }
);

split!(
    summary,
    preload_summary,
    /// The summary for the doctor, with print and downloads.
    pub fn summary_view() -> AnyView {
        styles(&[SUMMARY_CSS]);
        view! { <SummaryScreen /> }.into_any()
    }
);
