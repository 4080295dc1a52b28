//! Shows the component for the current flow and screen. The intro is in
//! the first load; every other screen comes from its split module
//! (`lazy_screens.rs`), and what the visitor will most likely open next is
//! fetched ahead, once the screen is on the page.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::session::Flow;
use crate::domain::wizard::Screen;
use crate::ui::context::use_session;
use crate::ui::frame::lazy_screen::{LazyScreen, ViewFuture};
use crate::ui::frame::lazy_screens::{
    answers_view, learn_view, preload_answers, preload_questions, question_view, staging_view,
    summary_view,
};
use crate::ui::phq9::intro_screen::IntroScreen;

/// A screen from a split module.
fn lazy(load: impl Fn() -> ViewFuture + Send + Sync + 'static) -> AnyView {
    view! { <LazyScreen load=Box::new(load) /> }.into_any()
}

/// Re-renders only when the flow or screen changes (the memos filter out
/// language switches and answers), so focus and scroll stay put while the
/// visitor works on a screen.
#[component]
pub fn ScreenSwitch() -> impl IntoView {
    let ctx = use_session();
    // On the intro, the questions are fetched ahead; while the visitor
    // answers, the review and result. Quietly: a failure here is retried
    // when they open. Effects run after the screen is on the page.
    Effect::new(move |_| {
        if ctx.flow.get() != Flow::Phq9 {
            return;
        }
        match ctx.screen.get() {
            Screen::Intro => spawn_local(async {
                let _ = preload_questions().await;
            }),
            Screen::Question(_) => spawn_local(async {
                let _ = preload_answers().await;
            }),
            Screen::Review | Screen::Result => {}
        }
    });
    move || match ctx.flow.get() {
        Flow::Phq9 => match ctx.screen.get() {
            Screen::Intro => view! { <IntroScreen /> }.into_any(),
            Screen::Question(item) => lazy(move || Box::pin(question_view(item))),
            screen @ (Screen::Review | Screen::Result) => {
                lazy(move || Box::pin(answers_view(screen)))
            }
        },
        Flow::Staging => {
            let screen = ctx.staging_screen.get();
            lazy(move || Box::pin(staging_view(screen)))
        }
        Flow::Summary => lazy(|| Box::pin(summary_view())),
        Flow::Learn => lazy(|| Box::pin(learn_view())),
    }
}
