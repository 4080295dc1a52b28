//! What to do next: the clinic (from the snippet), and help right now.
//!
//! A referral is always paired with immediate options (clinical-spec
//! 10.2.3): the crisis block follows on every screen, and this list ends
//! with "you do not have to wait".

use leptos::prelude::*;

use super::context::{use_config, use_session};
use super::phone_text::PhoneText;
use crate::domain::embed::Clinic;
use crate::i18n::{fill, UiText};

#[component]
pub fn NextSteps() -> impl IntoView {
    let ctx = use_session();
    let config = use_config();
    let t = move || ctx.text();
    let site = move || {
        config.options(|o| o.clinic_url.clone()).map(|url| {
            view! {
                <li>
                    <a href=url.as_str().to_owned() target="_blank" rel="noopener noreferrer" data-clinic-url>
                        {move || t().next_steps_site}
                    </a>
                </li>
            }
        })
    };
    let booking = move || {
        config.options(|o| o.booking_url.clone()).map(|url| {
            view! {
                <p>
                    <a class="trd-button-link" href=url.as_str().to_owned() target="_blank" rel="noopener noreferrer" data-booking>
                        {move || t().next_steps_book}
                    </a>
                </p>
            }
        })
    };
    view! {
        <section class="trd-next-steps" aria-labelledby="trd-next-steps-title">
            <h3 id="trd-next-steps-title">{move || t().next_steps_title}</h3>
            {booking}
            <ul>
                <li>{move || clinic_line(t(), config.clinic().as_ref())}</li>
                {site}
                <li>{move || t().next_steps_share}</li>
                <li>{move || t().next_steps_now}</li>
            </ul>
        </section>
    }
}

/// "Call {clinic} at {phone}.", with the phone number as a `tel:` link.
fn clinic_line(t: &'static UiText, clinic: Option<&Clinic>) -> AnyView {
    let name = clinic.and_then(|c| c.name.clone());
    let phone = clinic.and_then(|c| c.phone.clone());
    let template = match (&name, &phone) {
        (Some(_), Some(_)) => t.next_steps_clinic_phone,
        (Some(_), None) => t.next_steps_clinic_name,
        (None, Some(_)) => t.next_steps_phone,
        (None, None) => return t.next_steps_no_clinic.into_any(),
    };
    let text = fill(template, &[("clinic", name.as_deref().unwrap_or_default())]);
    match phone {
        None => text.into_any(),
        Some(phone) => view! { <PhoneText text phone /> }.into_any(),
    }
}
