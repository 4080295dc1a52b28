//! The list of crisis resources, shared by the compact block and the
//! item-9 panel.

use leptos::prelude::*;

use crate::domain::crisis::{lines_for, CrisisAction, CrisisLine, LinesPart};
use crate::domain::lang::Lang;
use crate::domain::options::{Contact, ExtraCrisisLine};
use crate::i18n::UiText;
use crate::ui::context::{use_config, use_session};

/// The lines of `part` for the clinic's region, the clinic's own lines just
/// before 911 (which stays last).
#[component]
pub fn CrisisLines(
    /// Which lines (project decision 19).
    part: LinesPart,
) -> impl IntoView {
    let ctx = use_session();
    let config = use_config();
    let lines = move || {
        let lang = ctx.lang.get();
        let region = config.options(|o| o.crisis_region);
        let extra = if part.shows_clinic_lines() {
            config.options(|o| o.extra_crisis_lines.clone())
        } else {
            Vec::new()
        };
        let (emergency, others): (Vec<_>, Vec<_>) = lines_for(lang, region)
            .filter(|line| part.shows(line))
            .partition(|line| line.emergency);
        let t = ctx.copy().ui;
        view! {
            {others.into_iter().map(line_view).collect_view()}
            {extra.into_iter().map(|line| extra_view(line, t)).collect_view()}
            {emergency.into_iter().map(line_view).collect_view()}
        }
    };
    view! { <ul class="trd-crisis-lines">{lines}</ul> }
}

/// A clinic's own line: its label as written, and one link.
fn extra_view(line: ExtraCrisisLine, t: &'static UiText) -> impl IntoView {
    let href = line.contact.href();
    let label = t.crisis_extra_label(&line.contact);
    let web = matches!(line.contact, Contact::Web(_));
    let target = web.then_some("_blank");
    let rel = web.then_some("noopener noreferrer");
    view! {
        <li class="trd-crisis-line" data-clinic-line>
            <span class="trd-crisis-title">{line.label}</span>
            <span class="trd-crisis-actions">
                <a class="trd-crisis-action" href=href target=target rel=rel>
                    {label}
                </a>
            </span>
        </li>
    }
}

/// One resource and its links.
pub fn line_view(line: &'static CrisisLine) -> impl IntoView {
    view! {
        <li class="trd-crisis-line" class:trd-emergency=line.emergency>
            <span class="trd-crisis-title" lang=line.title_lang.map(Lang::tag)>
                {line.title}
            </span>
            <span class="trd-crisis-actions">
                {line.actions.iter().map(action_view).collect_view()}
            </span>
        </li>
    }
}

fn action_view(action: &'static CrisisAction) -> AnyView {
    let lang = action.lang.map(Lang::tag);
    match action.href {
        // Web links open in a new tab so the visitor's answers stay here.
        Some(href) if href.starts_with("https://") => view! {
            <a
                class="trd-crisis-action"
                href=href
                lang=lang
                target="_blank"
                rel="noopener noreferrer"
            >
                {action.label}
            </a>
        }
        .into_any(),
        Some(href) => view! {
            <a class="trd-crisis-action" href=href lang=lang>
                {action.label}
            </a>
        }
        .into_any(),
        None => view! {
            <span class="trd-crisis-action trd-plain" lang=lang>
                {action.label}
            </span>
        }
        .into_any(),
    }
}
