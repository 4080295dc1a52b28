//! The message under a form field that needs fixing.

use leptos::prelude::*;

/// Shows `message` (when there is one) with the id the field's
/// `aria-describedby` points to.
#[component]
pub fn FieldError(
    /// The id the field refers to.
    #[prop(into)]
    id: String,
    /// The message in the visitor's language, if the field has an error.
    #[prop(into)]
    message: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        {move || {
            message
                .get()
                .map(|text| {
                    view! {
                        <p class="trd-field-error" id=id.clone()>
                            {text}
                        </p>
                    }
                        .into_any()
                })
        }}
    }
}

/// The value of `aria-describedby` for a field: its hint, and its error when
/// shown.
pub fn described_by(hint: Option<&'static str>, error: Option<&'static str>) -> Option<String> {
    let ids: Vec<&str> = hint.into_iter().chain(error).collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}
