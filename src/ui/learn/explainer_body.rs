//! An explainer page's blocks: headings, paragraphs, lists, glossary terms,
//! a treatment's possible downsides, and text shown with the crisis lines.

use leptos::prelude::*;

use crate::content::{Block, Inline};
use crate::ui::context::use_session;
use crate::ui::crisis::crisis_callout::CrisisCallout;
use crate::ui::crisis::page_crisis_lines::PageCrisisLines;
use crate::ui::learn::glossary_term::GlossaryTerm;

fn inlines(items: Vec<Inline>, counter: &mut usize) -> AnyView {
    items
        .into_iter()
        .map(|inline| match inline {
            Inline::Text(text) => text.into_any(),
            Inline::Term { id, text } => {
                *counter += 1;
                let index = *counter;
                view! { <GlossaryTerm id text index /> }.into_any()
            }
        })
        .collect_view()
        .into_any()
}

/// Renders parsed blocks. Headings are `h3`: the page title is the `h2`.
#[component]
pub fn ExplainerBody(
    /// The page's blocks.
    blocks: Vec<Block>,
) -> impl IntoView {
    let ctx = use_session();
    let mut counter = 0;
    blocks
        .into_iter()
        .map(|block| match block {
            Block::Heading(text) => view! { <h3>{text}</h3> }.into_any(),
            Block::Paragraph(items) => view! { <p>{inlines(items, &mut counter)}</p> }.into_any(),
            Block::List(items) => {
                let rows = items
                    .into_iter()
                    .map(|item| view! { <li>{inlines(item, &mut counter)}</li> })
                    .collect::<Vec<_>>();
                view! { <ul class="trd-explainer-list">{rows}</ul> }.into_any()
            }
            // Project decision 17: downsides sit beside the benefits.
            Block::Downsides(items) => view! {
                <p class="trd-downsides" data-downsides>
                    <strong>{move || ctx.copy().learn().downsides}</strong>
                    " "
                    {inlines(items, &mut counter)}
                </p>
            }
            .into_any(),
            Block::Crisis(items) => {
                view! { <CrisisCallout>{inlines(items, &mut counter)}</CrisisCallout> }.into_any()
            }
            Block::CrisisLines => view! { <PageCrisisLines /> }.into_any(),
        })
        .collect_view()
}
