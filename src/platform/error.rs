//! Why a widget could not start.

use std::fmt;

use wasm_bindgen::{JsCast, JsValue};

/// A failure while mounting. The loader logs it and leaves the element's
/// fallback content in place.
#[derive(Debug)]
pub enum MountError {
    /// No `window.document`: not a browser page.
    NoDocument,
    /// `attachShadow` was refused (the element already has a closed root,
    /// or is not a valid shadow host).
    AttachShadow(String),
    /// The mount point could not be created or inserted.
    Dom(String),
}

impl fmt::Display for MountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MountError::NoDocument => write!(f, "no document to mount into"),
            MountError::AttachShadow(why) => write!(
                f,
                "could not attach a shadow root to <trd-widget> ({why}); is another script using the same element?"
            ),
            MountError::Dom(why) => write!(f, "could not create the widget's elements ({why})"),
        }
    }
}

impl From<MountError> for JsValue {
    /// Without the `trd-widget: ` prefix: the loader adds it, once, to the
    /// one console message it writes for a widget that could not start.
    fn from(error: MountError) -> JsValue {
        js_sys::Error::new(&error.to_string()).into()
    }
}

/// Describes a JS exception for a message.
pub fn describe(value: &JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| format!("{value:?}"))
}
