//! Messages for clinic staff and developers, all prefixed `trd-widget:` so
//! they are easy to find among the host page's own logs.

use web_sys::console;

pub fn warn(message: &str) {
    console::warn_1(&format!("trd-widget: {message}").into());
}
