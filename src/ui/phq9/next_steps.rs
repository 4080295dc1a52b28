//! What to do next: the clinic (from the snippet), and help right now.
//!
//! A referral is always paired with immediate options (clinical-spec
//! 10.2.3): the crisis block follows on every screen, and this list ends
//! with "you do not have to wait".

use leptos::prelude::*;

use crate::ui::context::{use_config, use_session};
use crate::ui::crisis::phone_text::PhoneText;

#[component]
pub fn NextSteps() -> impl IntoView {
    let ctx = use_session();
    let config = use_config();
    let site = move || {
        config.options(|o| o.clinic_url.clone()).map(|url| {
            view! {
                <li>
                    <a
                        href=url.as_str().to_owned()
                        target="_blank"
                        rel="noopener noreferrer"
                        data-clinic-url
                    >
                        {move || ctx.copy().answers().next_steps_site}
                    </a>
                </li>
            }
        })
    };
    let booking = move || {
        config.options(|o| o.booking_url.clone()).map(|url| {
            view! {
                <p>
                    <a
                        class="trd-button-link"
                        href=url.as_str().to_owned()
                        target="_blank"
                        rel="noopener noreferrer"
                        data-booking
                    >
                        {move || ctx.copy().answers().next_steps_book}
                    </a>
                </p>
            }
        })
    };
    view! {
        <section class="trd-next-steps" aria-labelledby="trd-next-steps-title">
            <h3 id="trd-next-steps-title">{move || ctx.copy().answers().next_steps_title}</h3>
            {booking}
            <ul>
                <li>
                    {move || {
                        let sentence = ctx
                            .copy()
                            .answers()
                            .next_steps_clinic_line(&config.clinic());
                        view! { <PhoneText sentence /> }
                    }}
                </li>
                {site}
                <li>{move || ctx.copy().answers().next_steps_share}</li>
                <li>{move || ctx.copy().answers().next_steps_now}</li>
            </ul>
        </section>
    }
}
