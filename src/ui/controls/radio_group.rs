//! A native radio group for one choice among labelled options.
//!
//! Not generic on purpose: a generic component is compiled once per type
//! it is used with (the Leptos book's binary-size chapter). The options are
//! their labels and the choice is an index; the caller maps the index to
//! its own value (`Outcome::ALL[index]`).

use leptos::prelude::*;

use crate::ui::controls::field_error::FieldError;

/// The index of `value` in `all`, for a group's `selected`.
pub fn index_of<T: PartialEq>(all: &[T], value: Option<T>) -> Option<usize> {
    let value = value?;
    all.iter().position(|option| *option == value)
}

/// A `fieldset` with a `legend` and one radio per option, in order. An
/// error, when shown, is tied to the group with `aria-describedby`.
#[component]
pub fn RadioGroup(
    /// The radios' `name`, unique within the widget.
    name: &'static str,
    /// The question (tracked).
    #[prop(into)]
    legend: Signal<&'static str>,
    /// Each choice's label, in display order (tracked: labels follow the
    /// language, and the choices can depend on other answers).
    #[prop(into)]
    options: Signal<Vec<&'static str>>,
    /// The index of the current choice.
    #[prop(into)]
    selected: Signal<Option<usize>>,
    /// Called with the index of the choice the visitor picks.
    on_pick: Callback<usize>,
    /// The error message, if the group needs fixing.
    #[prop(optional, into)]
    error: MaybeProp<String>,
) -> impl IntoView {
    let error_id = format!("{name}-error");
    let described = {
        let error_id = error_id.clone();
        move || error.get().map(|_| error_id.clone())
    };
    let radios = move || {
        options
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, label)| {
                view! {
                    <label class="trd-choice">
                        <input
                            type="radio"
                            name=name
                            prop:checked=move || selected.get() == Some(index)
                            on:change=move |_| on_pick.run(index)
                        />
                        <span>{label}</span>
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
            <FieldError id=error_id message=Signal::derive(move || error.get()) />
            {radios}
        </fieldset>
    }
}
