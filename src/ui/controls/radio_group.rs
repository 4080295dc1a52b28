//! A native radio group for a choice among enum values.

use leptos::prelude::*;

use crate::domain::lang::Lang;
use crate::ui::context::use_session;

/// A `fieldset` with a `legend` and one radio per option, in order. An
/// error, when shown, is tied to the group with `aria-describedby`.
#[component]
pub fn RadioGroup<T>(
    /// The radios' `name`, unique within the widget.
    name: &'static str,
    /// The question (tracked).
    #[prop(into)]
    legend: Signal<String>,
    /// The choices, in display order (tracked).
    #[prop(into)]
    options: Signal<Vec<T>>,
    /// Each choice's label in a language.
    label: fn(T, Lang) -> String,
    /// The current choice.
    #[prop(into)]
    selected: Signal<Option<T>>,
    /// Called with the choice the visitor picks.
    on_pick: Callback<T>,
    /// The error message, if the group needs fixing.
    #[prop(into)]
    error: Signal<Option<String>>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let ctx = use_session();
    let error_id = format!("{name}-error");
    let described = {
        let error_id = error_id.clone();
        move || error.get().map(|_| error_id.clone())
    };
    let radios = move || {
        let lang = ctx.lang.get();
        options
            .get()
            .into_iter()
            .map(|option| {
                view! {
                    <label class="trd-choice">
                        <input
                            type="radio"
                            name=name
                            prop:checked=move || selected.get() == Some(option)
                            on:change=move |_| on_pick.run(option)
                        />
                        <span>{label(option, lang)}</span>
                    </label>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset
            class="trd-choices trd-field"
            data-invalid=move || error.get().map(|_| "true")
            aria-describedby=described
        >
            <legend>
                <span class="trd-field-label">{move || legend.get()}</span>
            </legend>
            <Show when=move || error.get().is_some()>
                <p class="trd-field-error" id=error_id.clone()>
                    {move || error.get()}
                </p>
            </Show>
            {radios}
        </fieldset>
    }
}
