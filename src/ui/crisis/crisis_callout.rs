//! A sentence about suicide on an explainer page, never on its own: the
//! 988 and 911 lines sit right beside it (clinical-spec 9.3 wording 2 and
//! 9.5 wording 10; project decision 3). The full list stays in the crisis
//! block below, so the screen does not repeat it (decision 19).

use leptos::prelude::*;

use crate::domain::crisis::resources;
use crate::ui::context::use_session;
use crate::ui::crisis::crisis_lines::line_view;

#[component]
pub fn CrisisCallout(
    /// The sentence that needs the crisis lines beside it.
    children: Children,
) -> impl IntoView {
    let ctx = use_session();
    let lines = move || {
        let all = resources(ctx.lang.get()).lines;
        let first = all.first().into_iter();
        let emergency = all.iter().filter(|l| l.emergency);
        first.chain(emergency).map(line_view).collect_view()
    };
    view! {
        <aside class="trd-crisis-callout" data-crisis-callout>
            <p>{children()}</p>
            <ul class="trd-crisis-lines">{lines}</ul>
        </aside>
    }
}
