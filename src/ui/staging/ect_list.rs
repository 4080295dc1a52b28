//! The ECT courses entered so far, each with a Remove button.

use leptos::prelude::*;

use crate::ui::context::use_session;

#[component]
pub fn EctList() -> impl IntoView {
    let ctx = use_session();
    let courses = Memo::new(move |_| ctx.with_staging(|b| b.history().ect.clone()));
    move || {
        let courses = courses.get();
        if courses.is_empty() {
            return view! { <p class="trd-hint">{ctx.copy().staging().ect_none}</p> }.into_any();
        }
        let rows = courses
            .iter()
            .enumerate()
            .map(|(index, course)| {
                let name = ctx.copy().staging().ect_course_name(index);
                let remove_label = ctx.copy().staging().remove_label_for(&name);
                view! {
                    <li class="trd-trial" data-ect=course.placement.slug()>
                        <span class="trd-trial-name">{name}</span>
                        <span class="trd-trial-summary">
                            {ctx.copy().staging().ect_line(*course)}
                        </span>
                        <span class="trd-row-actions">
                            <button
                                type="button"
                                class="trd-link-button"
                                aria-label=remove_label
                                on:click=move |_| ctx.session(|s| s.remove_ect(index))
                            >
                                {ctx.copy().staging().remove}
                            </button>
                        </span>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="trd-trials">{rows}</ul> }.into_any()
    }
}
