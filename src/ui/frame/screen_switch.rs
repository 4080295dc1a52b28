//! Shows the component for the current flow and screen. The intro and the
//! questions are in the first load; every other screen comes from its
//! split module (`lazy_screens.rs`), and what the visitor will most likely
//! open next is fetched ahead, once the screen is on the page.

use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::session::{Flow, Session};
use crate::domain::wizard::Screen;
use crate::ui::context::use_session;
use crate::ui::frame::lazy_screen::{LazyScreen, ViewFuture};
use crate::ui::frame::lazy_screens::{
    answers_view, learn_view, preload_answers, staging_view, summary_view,
};
use crate::ui::host::HostCtx;
use crate::ui::phq9::intro_screen::IntroScreen;
use crate::ui::phq9::question_screen::QuestionScreen;

/// The element the screens are drawn in (for styles added later).
#[derive(Clone, Copy)]
pub struct ScreenHolder(pub NodeRef<Div>);

/// Re-renders only when the screen changes (the memo filters out language
/// switches, answers and moving from one question to the next, which the
/// questions' own view follows), so focus and scroll stay put while the
/// visitor works on a screen.
#[component]
pub fn ScreenSwitch() -> impl IntoView {
    let ctx = use_session();
    let host = expect_context::<HostCtx>();
    let screen = Memo::new(move |_| ctx.read(Session::screen_slug));
    let holder = NodeRef::<Div>::new();
    provide_context(ScreenHolder(holder));
    // While the visitor answers, the review and result are fetched ahead.
    // Quietly: a failure here is retried when they open. Effects run once
    // the screen is on the page.
    Effect::new(move |_| {
        // Read, not only tracked: a memo computes (and so follows the
        // session) only once it is read.
        let _ = screen.get();
        if ctx.flow.get_untracked() != Flow::Phq9 {
            return;
        }
        match ctx.screen.get_untracked() {
            Screen::Question(_) => spawn_local(async {
                let _ = preload_answers().await;
            }),
            Screen::Intro | Screen::Review | Screen::Result => {}
        }
    });
    // A screen from a split module. Until it is there, the space keeps the
    // height of the screen before it.
    let lazy = move |load: fn() -> ViewFuture| -> AnyView {
        if let Some(element) = holder.get_untracked() {
            host.0.hold_height(&element, true);
        }
        let release = move || {
            if let Some(element) = holder.get_untracked() {
                host.0.hold_height(&element, false);
            }
        };
        view! { <LazyScreen load=Box::new(load) on_shown=Box::new(release) /> }.into_any()
    };
    let current = move || {
        let _ = screen.get();
        match ctx.flow.get_untracked() {
            Flow::Phq9 => match ctx.screen.get_untracked() {
                Screen::Intro => view! { <IntroScreen /> }.into_any(),
                Screen::Question(_) => (move || match ctx.screen.get() {
                    Screen::Question(item) => Some(view! { <QuestionScreen item /> }),
                    _ => None,
                })
                .into_any(),
                Screen::Review | Screen::Result => lazy(|| {
                    let screen = use_session().screen.get_untracked();
                    Box::pin(answers_view(screen))
                }),
            },
            Flow::Staging => lazy(|| {
                let screen = use_session().staging_screen.get_untracked();
                Box::pin(staging_view(screen))
            }),
            Flow::Summary => lazy(|| Box::pin(summary_view())),
            Flow::Learn => lazy(|| Box::pin(learn_view())),
        }
    };
    view! {
        <div class="trd-screen-holder" node_ref=holder>
            {current}
        </div>
    }
}
