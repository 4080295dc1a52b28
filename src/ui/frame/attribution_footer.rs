//! The privacy note and the PHQ-9 attribution (clinical-spec 1.6, verbatim).

use leptos::prelude::*;

use crate::ui::context::use_session;

/// The PHQ-9 distribution site named by the attribution.
const PHQ_SITE: &str = "https://www.phqscreeners.com/";

#[component]
pub fn AttributionFooter() -> impl IntoView {
    let ctx = use_session();
    let attribution = move || ctx.instrument().attribution.get(ctx.lang.get());
    view! {
        <div class="trd-footer">
            <p class="trd-private">{move || ctx.copy().ui.private_note}</p>
            <p class="trd-attribution">
                <span class="trd-attribution-title">
                    {move || ctx.copy().ui.attribution_title}": "
                </span>
                {attribution}
                " "
                <a href=PHQ_SITE target="_blank" rel="noopener noreferrer">
                    {move || ctx.copy().ui.attribution_link}
                </a>
            </p>
        </div>
    }
}
