//! The list of crisis resources, shared by the compact block and the
//! item-9 panel.

use leptos::prelude::*;

use super::context::use_session;
use crate::domain::crisis::{resources, CrisisAction, CrisisLine};
use crate::domain::lang::Lang;

#[component]
pub fn CrisisLines() -> impl IntoView {
    let ctx = use_session();
    view! {
        <ul class="trd-crisis-lines">
            {move || resources(ctx.lang.get()).lines.iter().map(line_view).collect_view()}
        </ul>
    }
}

/// One resource and its links.
pub fn line_view(line: &'static CrisisLine) -> impl IntoView {
    view! {
        <li class="trd-crisis-line" class:trd-emergency=line.emergency>
            <span class="trd-crisis-title" lang=line.title_lang.map(Lang::tag)>{line.title}</span>
            <span class="trd-crisis-actions">{line.actions.iter().map(action_view).collect_view()}</span>
        </li>
    }
}

fn action_view(action: &'static CrisisAction) -> AnyView {
    let lang = action.lang.map(Lang::tag);
    match action.href {
        // Web links open in a new tab so the visitor's answers stay here.
        Some(href) if href.starts_with("https://") => view! {
            <a class="trd-crisis-action" href=href lang=lang target="_blank" rel="noopener noreferrer">
                {action.label}
            </a>
        }
        .into_any(),
        Some(href) => view! {
            <a class="trd-crisis-action" href=href lang=lang>{action.label}</a>
        }
        .into_any(),
        None => view! { <span class="trd-crisis-action trd-plain" lang=lang>{action.label}</span> }
            .into_any(),
    }
}
