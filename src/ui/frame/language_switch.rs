//! Switches the language at any point; answers are kept.

use leptos::prelude::*;

use crate::domain::lang::Lang;
use crate::ui::context::use_session;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let ctx = use_session();
    let label = move || ctx.copy().ui.language_label;
    view! {
        <div class="trd-lang" role="group" aria-label=label>
            {Lang::ALL
                .into_iter()
                .map(|lang| {
                    let pressed = move || (ctx.lang.get() == lang).to_string();
                    view! {
                        <button
                            type="button"
                            class="trd-lang-button"
                            lang=lang.tag()
                            aria-pressed=pressed
                            on:click=move |_| ctx.session(|s| s.set_lang(lang))
                        >
                            {lang.endonym()}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
