//! Reads what the snippet and the page say about this widget.

use web_sys::{Document, HtmlElement};

use crate::domain::embed::RawEmbed;
use crate::domain::option_list::name;
use crate::domain::options::RawOptions;

/// The element's attributes, the page language and the browser languages.
pub fn read(host: &HtmlElement, document: &Document) -> RawEmbed {
    let page_lang = document
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .filter(|lang| !lang.trim().is_empty());
    RawEmbed {
        lang_attr: host.get_attribute(name::LANG),
        page_lang,
        browser_langs: browser_langs(),
        clinic_name: host.get_attribute(name::CLINIC_NAME),
        clinic_phone: host.get_attribute(name::CLINIC_PHONE),
        options: options(host),
    }
}

/// The options beyond language and contact details, as attributes.
pub fn options(host: &HtmlElement) -> RawOptions {
    let attr = |name: &str| host.get_attribute(name);
    RawOptions {
        clinic_url: attr(name::CLINIC_URL),
        booking_url: attr(name::BOOKING_URL),
        crisis_region: attr(name::CRISIS_REGION),
        crisis_lines: name::CRISIS_LINES.map(attr),
        accent_color: attr(name::ACCENT_COLOR),
        start: attr(name::START),
        sections: attr(name::SECTIONS),
        remember: attr(name::REMEMBER),
        events: attr(name::EVENTS),
        theme: attr(name::THEME),
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
