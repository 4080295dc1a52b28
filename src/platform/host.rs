//! Reads what the snippet and the page say about this widget.

use web_sys::{Document, HtmlElement};

use crate::domain::embed::RawEmbed;
use crate::domain::options::RawOptions;

/// The element's attributes, the page language and the browser languages.
pub fn read(host: &HtmlElement, document: &Document) -> RawEmbed {
    let page_lang = document
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .filter(|lang| !lang.trim().is_empty());
    RawEmbed {
        lang_attr: host.get_attribute("lang"),
        page_lang,
        browser_langs: browser_langs(),
        clinic_name: host.get_attribute("clinic-name"),
        clinic_phone: host.get_attribute("clinic-phone"),
        options: options(host),
    }
}

/// The options beyond language and contact details, as attributes.
pub fn options(host: &HtmlElement) -> RawOptions {
    let attr = |name: &str| host.get_attribute(name);
    RawOptions {
        clinic_url: attr("clinic-url"),
        booking_url: attr("booking-url"),
        crisis_region: attr("crisis-region"),
        crisis_lines: [
            attr("crisis-line-1"),
            attr("crisis-line-2"),
            attr("crisis-line-3"),
        ],
        accent_color: attr("accent-color"),
        start: attr("start"),
        sections: attr("sections"),
        remember: attr("remember"),
        events: attr("events"),
        theme: attr("theme"),
    }
}

fn browser_langs() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let navigator = window.navigator();
    let listed: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|lang| lang.as_string())
        .collect();
    if listed.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        listed
    }
}
