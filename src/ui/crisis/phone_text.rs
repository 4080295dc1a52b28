//! A sentence from the catalogue with the clinic's phone number as a link.

use leptos::prelude::*;

use crate::i18n::Sentence;

/// Renders `sentence`, its phone number (if any) as a link that dials it.
#[component]
pub fn PhoneText(
    /// Built by an i18n helper.
    sentence: Sentence,
) -> impl IntoView {
    let Sentence { before, phone } = sentence;
    let rest = phone.map(|(phone, after)| {
        view! {
            <a class="trd-phone" href=phone.href>
                {phone.display}
            </a>
            {after}
        }
    });
    view! {
        {before}
        {rest}
    }
}
