//! A sentence with a phone number in it, the number as a `tel:` link.

use leptos::prelude::*;

use crate::domain::embed::Phone;

/// Renders `text`, whose `{phone}` placeholder becomes a link that dials
/// `phone`. Text without the placeholder is shown as it is.
#[component]
pub fn PhoneText(
    /// Copy with a `{phone}` placeholder, other placeholders already filled.
    text: String,
    /// The number to link.
    phone: Phone,
) -> impl IntoView {
    let (before, after) = match text.split_once("{phone}") {
        Some((before, after)) => (before.to_owned(), Some(after.to_owned())),
        None => (text, None),
    };
    let link = after
        .is_some()
        .then(|| view! { <a class="trd-phone" href=phone.href>{phone.display}</a> });
    view! { {before}{link}{after} }
}
