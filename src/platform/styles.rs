//! The widget's CSS, applied inside each shadow root.
//!
//! One constructed stylesheet, shared by every widget on the page and
//! adopted by each shadow root. Constructed sheets are not inline styles,
//! so they work under `style-src 'self'`; and styles in a shadow root
//! neither leak into the host page nor get matched by its selectors.

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Document, HtmlElement, ShadowRoot};

use super::console;
use super::error::describe;
use crate::domain::options::Accent;

/// `style/widget.css`, compiled in.
const CSS: &str = include_str!("../../style/widget.css");

thread_local! {
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

/// Applies the widget's styles to `root`. Browsers without constructable
/// stylesheets (Safari before 16.4) get a `<style>` element instead, which
/// works everywhere except under a strict `style-src`.
pub fn apply(root: &ShadowRoot, document: &Document) {
    match shared_sheet() {
        Ok(sheet) => {
            let sheets = js_sys::Array::of1(&sheet);
            root.set_adopted_style_sheets(&sheets);
        }
        Err(why) => {
            console::warn(&format!(
                "constructable stylesheets are not available ({why}); using a <style> element, which a strict style-src CSP will block."
            ));
            if let Err(error) = append_style_element(root, document) {
                console::warn(&format!(
                    "could not add the widget's styles ({})",
                    describe(&error)
                ));
            }
        }
    }
}

/// Sets the clinic's accent colours as custom properties on the mount
/// container (through the CSSOM, which a strict `style-src` allows), or
/// removes them to go back to the widget's own colours.
pub fn apply_accent(container: &HtmlElement, accent: Option<Accent>) {
    let style = container.style();
    let values = accent.map(|a| [a.fill, a.on_fill, a.text, a.soft].map(|c| c.hex()));
    for (i, name) in [
        "--trd-clinic-accent",
        "--trd-clinic-accent-ink",
        "--trd-clinic-accent-text",
        "--trd-clinic-accent-soft",
    ]
    .into_iter()
    .enumerate()
    {
        let result = match &values {
            Some(values) => style.set_property(name, &values[i]),
            None => style.remove_property(name).map(|_| ()),
        };
        if let Err(error) = result {
            console::warn(&format!(
                "could not apply accent-color ({})",
                describe(&error)
            ));
            return;
        }
    }
}

fn shared_sheet() -> Result<CssStyleSheet, String> {
    SHEET.with(|cell| {
        if let Some(sheet) = cell.borrow().as_ref() {
            return Ok(sheet.clone());
        }
        let sheet = CssStyleSheet::new().map_err(|e| describe(&e))?;
        sheet.replace_sync(CSS).map_err(|e| describe(&e))?;
        *cell.borrow_mut() = Some(sheet.clone());
        Ok(sheet)
    })
}

fn append_style_element(root: &ShadowRoot, document: &Document) -> Result<(), JsValue> {
    let style = document.create_element("style")?;
    style.set_text_content(Some(CSS));
    root.append_child(style.unchecked_ref())?;
    Ok(())
}
