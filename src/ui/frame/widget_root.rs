//! The root of one widget: state, context and the page frame.

use leptos::prelude::*;

use crate::domain::embed::EmbedConfig;
use crate::domain::session::Session;
use crate::ui::context::{ConfigCtx, SessionCtx};
use crate::ui::crisis::crisis_block::CrisisBlock;
use crate::ui::crisis::crisis_panel::CrisisPanel;
use crate::ui::frame::attribution_footer::AttributionFooter;
use crate::ui::frame::language_switch::LanguageSwitch;
use crate::ui::frame::screen_switch::ScreenSwitch;
use crate::ui::host::{Host, HostCtx};

/// One independent widget over its two signals, which the platform
/// creates (and applies storage and attribute changes to).
#[component]
pub fn WidgetRoot(
    /// Everything the visitor does: language, screens, answers.
    state: RwSignal<Session>,
    /// What the clinic's snippet set.
    config: RwSignal<EmbedConfig>,
    /// Browser services (date, print, save).
    host: &'static (dyn Host + Send + Sync),
) -> impl IntoView {
    let ctx = SessionCtx::new(state);
    let config = ConfigCtx::new(config);
    provide_context(ctx);
    provide_context(config);
    provide_context(HostCtx(host));
    let lang_tag = move || ctx.lang.get().tag();
    let screen_slug = move || ctx.read(Session::screen_slug);
    let label = move || ctx.copy().ui.widget_label;

    view! {
        <div
            class="trd"
            lang=lang_tag
            data-screen=screen_slug
            data-theme=move || config.options(|o| o.theme.slug())
            role="region"
            aria-label=label
        >
            // A div, not <header>: inside the host page a <header> would be a
            // second page banner for screen-reader users. It stays in one
            // place on every screen.
            <div class="trd-header">
                <LanguageSwitch />
            </div>
            // Clinical-spec 1.10: above the screen and its score, the moment
            // item 9 is answered above 0; below the header, so the language
            // switch does not jump away when it appears.
            <Show when=move || ctx.safety.get().is_raised()>
                <CrisisPanel />
            </Show>
            <div class="trd-screen">
                <ScreenSwitch />
            </div>
            <CrisisBlock />
            <AttributionFooter />
        </div>
    }
}
