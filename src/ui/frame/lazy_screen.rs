//! A screen that comes from a split module (see `lazy_screens.rs`): shown
//! once its module has loaded. If the module cannot be fetched, a calm
//! notice in the visitor's language says so and offers to try again; the
//! crisis lines and the rest of the widget stay as they are.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;

use crate::split::ChunkError;
use crate::ui::context::use_session;
use crate::ui::frame::screen_heading::ScreenHeading;

/// A screen's view, once its module is there.
pub type ViewFuture = Pin<Box<dyn Future<Output = Result<AnyView, ChunkError>> + Send>>;

/// What loads the screen; called again for each retry.
pub type Load = Box<dyn Fn() -> ViewFuture + Send + Sync>;

#[component]
pub fn LazyScreen(
    /// Fetches the screen's module and builds the screen.
    load: Load,
    /// Called once the screen (or the notice) is on the page.
    on_shown: Box<dyn Fn() + Send + Sync>,
) -> impl IntoView {
    let ctx = use_session();
    // Transient: how many times the visitor asked to try again.
    let attempt = RwSignal::new(0u32);
    let on_shown = std::sync::Arc::new(on_shown);
    move || {
        attempt.track();
        let future = load();
        let on_shown = std::sync::Arc::clone(&on_shown);
        Suspend::new(async move {
            let loaded = future.await;
            on_shown();
            match loaded {
                Ok(view) => view,
                Err(ChunkError) => view! {
                    <div class="trd-chunk-error" data-chunk-error>
                        <ScreenHeading text=Signal::derive(move || {
                            ctx.copy().ui.chunk_failed_title.to_owned()
                        }) />
                        <p>{move || ctx.copy().ui.chunk_failed}</p>
                        <div class="trd-nav">
                            <button
                                type="button"
                                class="trd-primary"
                                on:click=move |_| attempt.update(|n| *n += 1)
                            >
                                {move || ctx.copy().ui.chunk_retry}
                            </button>
                        </div>
                    </div>
                }
                .into_any(),
            }
        })
    }
}
