//! The explainers: the list of topics, or one page.

use leptos::prelude::*;

use crate::ui::context::use_session;
use crate::ui::learn::explainer_page::ExplainerPage;
use crate::ui::learn::topic_list::TopicList;

#[component]
pub fn LearnScreen() -> impl IntoView {
    let ctx = use_session();
    let topic = Memo::new(move |_| ctx.read(|s| s.topic()));
    move || match topic.get() {
        None => view! { <TopicList /> }.into_any(),
        Some(topic) => view! { <ExplainerPage topic /> }.into_any(),
    }
}
