//! The root of one widget: state, context and the page frame.

use leptos::prelude::*;

use super::attribution_footer::AttributionFooter;
use super::context::{ConfigCtx, SessionCtx};
use super::crisis_block::CrisisBlock;
use super::crisis_panel::CrisisPanel;
use super::host::{Host, HostCtx};
use super::language_switch::LanguageSwitch;
use super::screen_switch::ScreenSwitch;
use crate::domain::embed::EmbedConfig;
use crate::domain::phq9::PHQ9;
use crate::domain::session::Session;

/// Receives a widget's state and config signals once, at mount.
pub type OnState = Box<dyn FnOnce(RwSignal<Session>, RwSignal<EmbedConfig>)>;

/// One independent widget. `on_state` receives the state and config
/// signals so the platform layer can apply attribute changes later.
#[component]
pub fn WidgetRoot(
    /// The resolved embed attributes.
    config: EmbedConfig,
    /// Browser services (date, print, save).
    host: &'static (dyn Host + Send + Sync),
    /// Called once with the widget's state and config signals.
    #[prop(optional)]
    on_state: Option<OnState>,
) -> impl IntoView {
    let state = RwSignal::new(Session::configured(
        &PHQ9,
        config.lang,
        &config.options.sections,
        config.options.start,
    ));
    let config = RwSignal::new(config);
    if let Some(on_state) = on_state {
        on_state(state, config);
    }
    let ctx = SessionCtx::new(state);
    provide_context(ctx);
    provide_context(ConfigCtx(config));
    provide_context(HostCtx(host));
    let lang_tag = move || ctx.lang.get().tag();
    let screen_slug = move || ctx.state.with(Session::screen_slug);
    let label = move || ctx.copy().ui.widget_label;

    view! {
        <div class="trd" lang=lang_tag data-screen=screen_slug role="region" aria-label=label>
            <CrisisPanel />
            // A div, not <header>: inside the host page a <header> would be a
            // second page banner for screen-reader users.
            <div class="trd-header">
                <LanguageSwitch />
            </div>
            <div class="trd-screen">
                <ScreenSwitch />
            </div>
            <CrisisBlock />
            <AttributionFooter />
        </div>
    }
}
