//! Every crisis line on an explainer page (its `crisis-lines:` block), from
//! the same data as the crisis block, so the getting-help page and the
//! block can never disagree (clinical review 3). While the item-9 panel
//! lists every line at the top, the page points there instead of showing
//! the list a second time (decision 19).

use leptos::prelude::*;

use crate::domain::crisis::LinesPart;
use crate::ui::context::use_session;
use crate::ui::crisis::crisis_lines::CrisisLines;

#[component]
pub fn PageCrisisLines() -> impl IntoView {
    let ctx = use_session();
    let panel_open = Memo::new(move |_| ctx.safety.get().is_raised());
    move || {
        if panel_open.get() {
            view! { <p data-crisis-lines-above>{move || ctx.copy().ui.crisis_lines_above}</p> }
                .into_any()
        } else {
            view! {
                <div class="trd-page-crisis-lines" data-page-crisis-lines>
                    <CrisisLines part=LinesPart::All />
                </div>
            }
            .into_any()
        }
    }
}
