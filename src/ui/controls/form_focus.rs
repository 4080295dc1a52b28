//! Focus handling every form in the widget shares: focus moves to a form's
//! heading when it opens, to the first field to fix after a save that
//! failed, and back to the button that opened it when it closes. Keyboard and screen-reader users land where the work is.

use leptos::html::{Button, Form, H3};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A field that needs fixing: an invalid input, or the first radio of a
/// group marked invalid by `RadioGroup`.
const FIRST_INVALID: &str = "[aria-invalid='true'], fieldset[data-invalid] input";

/// Focuses `heading` once, when the form mounts.
pub fn focus_heading_on_open(heading: NodeRef<H3>) {
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
}

/// Focuses the first invalid field in `form` whenever `has_errors` turns
/// true (each failed save).
pub fn focus_first_error(form: NodeRef<Form>, has_errors: Signal<bool>) {
    Effect::new(move |_| {
        if !has_errors.get() {
            return;
        }
        let field = form
            .get_untracked()
            .and_then(|f| f.query_selector(FIRST_INVALID).ok().flatten());
        if let Some(field) = field {
            let _ = field.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
}

/// When the form closes (saved or cancelled), focus returns to the button
/// that opens it, instead of falling back to the page.
pub fn return_focus_on_close(open: Memo<bool>, opener: NodeRef<Button>) {
    Effect::new(move |was_open: Option<bool>| {
        let is_open = open.get();
        if was_open == Some(true) && !is_open {
            if let Some(button) = opener.get() {
                let _ = button.focus();
            }
        }
        is_open
    });
}
