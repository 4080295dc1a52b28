//! Reads what the snippet and the page say about this widget.

use web_sys::{Document, HtmlElement};

use crate::domain::embed::RawEmbed;

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
