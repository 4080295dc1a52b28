//! A number typed as text (so partial input like "6." is never lost),
//! with its error below it and the ARIA that ties the two together.

use leptos::prelude::*;

use crate::domain::staging::validate;
use crate::ui::context::use_session;
use crate::ui::controls::field_error::{described_by, FieldError};

/// The input and its error; the caller renders the `<label for=id>`.
#[component]
pub fn NumberField(
    /// The input's id, for its label.
    id: &'static str,
    /// The error message's id.
    error_id: &'static str,
    /// `numeric` for whole numbers, `decimal` for doses.
    inputmode: &'static str,
    /// What the field holds, as typed.
    #[prop(into)]
    value: Signal<String>,
    /// Why the value cannot be used, if it cannot.
    #[prop(into)]
    error: Signal<Option<validate::FieldError>>,
    /// Called with the text after every keystroke.
    on_input: Callback<String>,
    /// The id of a hint the field also refers to.
    #[prop(optional)]
    hint_id: Option<&'static str>,
    /// Whether the field is switched off (as by "I'm not sure").
    #[prop(optional, into)]
    disabled: MaybeProp<bool>,
) -> impl IntoView {
    let ctx = use_session();
    view! {
        <input
            id=id
            class="trd-number"
            type="text"
            inputmode=inputmode
            autocomplete="off"
            prop:value=move || value.get()
            disabled=move || disabled.get().unwrap_or(false)
            aria-invalid=move || error.get().is_some().to_string()
            aria-describedby=move || described_by(hint_id, error.get().map(|_| error_id))
            on:input=move |ev| on_input.run(event_target_value(&ev))
        />
        <FieldError
            id=error_id
            message=Signal::derive(move || error.get().map(|e| ctx.copy().staging().field_error(e)))
        />
    }
}
