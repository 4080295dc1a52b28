//! "If the medicines you were not sure about were adequate, this would be ..."

use leptos::prelude::*;

use crate::ui::context::{use_assessment, use_session};

/// Shown only when some trials are unknown. `alternative` is the result
/// with them counted, in words; `None` when it would not change.
#[component]
pub fn UnknownLine(
    /// The other result, or `None` if it is the same (tracked; only read
    /// when unknown trials exist).
    #[prop(into)]
    alternative: Signal<Option<String>>,
) -> impl IntoView {
    let ctx = use_session();
    let assessment = use_assessment();
    let shown = move || assessment.get().has_unknown_trials();
    let text = move || {
        ctx.copy()
            .staging()
            .if_unknown_line(alternative.get().as_deref())
    };
    view! {
        {move || {
            shown()
                .then(|| {
                    view! {
                        <p class="trd-if-unknown" data-if-unknown>
                            {text()}
                        </p>
                    }
                        .into_any()
                })
        }}
    }
}
