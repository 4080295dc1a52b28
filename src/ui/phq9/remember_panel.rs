//! "Remember on this device" on the result screen, only where the clinic
//! offers it: the opt-in, the totals over time, and "forget my answers".

use leptos::prelude::*;

use crate::ui::context::{use_config, use_session};
use crate::ui::host::HostCtx;
use crate::ui::phq9::progress_chart::ProgressChart;

#[component]
pub fn RememberPanel() -> impl IntoView {
    let ctx = use_session();
    let config = use_config();
    let host = expect_context::<HostCtx>();
    let offered = move || config.options(|o| o.remember);
    let remembering = move || ctx.read(|s| s.remembering());
    let notice = move || {
        ctx.read(|s| s.storage_notice())
            .map(|n| ctx.copy().ui.storage_notice(n))
    };
    let entries = Memo::new(move |_| {
        let day = host.0.date();
        ctx.read(|s| day.map(|d| s.progress(d)).unwrap_or_default())
    });
    let on_toggle = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        ctx.session(|s| s.set_remembering(on));
    };
    let on_forget = move |_| {
        ctx.session(|s| s.forget());
    };
    view! {
        <section
            class="trd-remember"
            data-remember
            aria-labelledby="trd-remember-title"
            hidden=move || !offered()
        >
            <h3 id="trd-remember-title">{move || ctx.copy().answers().remember_title}</h3>
            <label class="trd-check">
                <input type="checkbox" prop:checked=remembering on:change=on_toggle />
                <span>{move || ctx.copy().answers().remember_offer}</span>
            </label>
            <p class="trd-small">{move || ctx.copy().answers().remember_explain}</p>
            <p class="trd-notice" role="status" hidden=move || notice().is_none()>
                {notice}
            </p>
            <Show when=move || remembering() && !entries.get().is_empty()>
                <ProgressChart entries=entries />
                <button type="button" class="trd-secondary" data-forget on:click=on_forget>
                    {move || ctx.copy().answers().forget}
                </button>
            </Show>
        </section>
    }
}
