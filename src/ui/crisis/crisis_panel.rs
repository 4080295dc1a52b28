//! The prominent crisis panel, shown the moment item 9 is answered above 0.
//!
//! Clinical-spec 1.10: above the screen and its score (right below the
//! widget's language switch), graded wording, and never a gate: the visitor
//! can still finish and see their results.

use leptos::html::Section;
use leptos::prelude::*;

use crate::domain::crisis::LinesPart;
use crate::domain::learn::Topic;
use crate::domain::session::Session;
use crate::ui::context::{use_config, use_session};
use crate::ui::crisis::crisis_lines::CrisisLines;
use crate::ui::crisis::phone_text::PhoneText;
use crate::ui::host::HostCtx;
use crate::ui::learn::learn_link::LearnLink;

/// Shown by the widget's root while the item-9 flag is raised.
#[component]
pub fn CrisisPanel() -> impl IntoView {
    let ctx = use_session();
    let config = use_config();
    let host = expect_context::<HostCtx>();
    let panel = NodeRef::<Section>::new();
    // The panel appears above the question being answered; bring it into
    // view in case the page is scrolled past the top of the widget.
    Effect::new(move |_| {
        if let Some(panel) = panel.get() {
            host.0.bring_into_view(&panel);
        }
    });
    let level = move || ctx.safety.get().slug();
    let message = move || ctx.copy().ui.crisis_panel_message(ctx.safety.get());
    let footer = move || {
        ctx.copy()
            .ui
            .crisis_panel_footer(ctx.read(Session::answering))
    };
    let clinic_line = move || {
        config.clinic().phone.map(|phone| {
            let sentence = ctx.copy().ui.crisis_panel_clinic_line(phone);
            view! {
                <p>
                    <PhoneText sentence />
                </p>
            }
        })
    };
    view! {
        <section
            class="trd-crisis-panel"
            data-crisis-panel
            data-level=level
            node_ref=panel
            aria-labelledby="trd-crisis-title"
        >
            <div role="alert">
                <h2 id="trd-crisis-title" class="trd-crisis-panel-title">
                    {move || ctx.copy().ui.crisis_panel_title}
                </h2>
                <p>{message}</p>
            </div>
            <CrisisLines part=LinesPart::All />
            {clinic_line}
            <p>
                <LearnLink topic=Topic::GettingHelp />
            </p>
            <p class="trd-small">{footer}</p>
        </section>
    }
}
