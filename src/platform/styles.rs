//! The widget's CSS, applied inside each shadow root.
//!
//! One constructed stylesheet, shared by every widget on the page and
//! adopted by each shadow root. Constructed sheets are not inline styles,
//! so they work under `style-src 'self'`; and styles in a shadow root
//! neither leak into the host page nor get matched by its selectors.
//!
//! `style/widget.css` is the first screen's; the styles of the screens
//! loaded later (`style/forms.css`, …) come with them (issue 17) and are
//! added to the same sheet, once each, by [`add`].

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Document, HtmlElement, ShadowRoot};

use super::console;
use super::error::describe;
use crate::domain::options::Accent;

/// `style/widget.css`, compiled in minified (`build.rs`).
const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

thread_local! {
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
    /// The parts added to the sheet after `CSS`, by address: each once.
    static ADDED: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// Adds a later screen's styles, once, to the shared sheet (every widget
/// on the page at once), or, without constructable sheets, as a `<style>`
/// element in `anchor`'s shadow root (once per widget).
pub fn add(anchor: Option<&web_sys::Element>, css: &'static str) {
    let (index, fresh) = ADDED.with(|added| {
        let mut added = added.borrow_mut();
        match added.iter().position(|part| std::ptr::eq(*part, css)) {
            Some(index) => (index, false),
            None => {
                added.push(css);
                (added.len() - 1, true)
            }
        }
    });
    let sheet = SHEET.with(|cell| cell.borrow().clone());
    let result = match sheet {
        Some(sheet) if fresh => {
            let all = ADDED.with(|added| added.borrow().concat());
            sheet.replace_sync(&format!("{CSS}\n{all}"))
        }
        Some(_) => Ok(()),
        None => anchor.map_or(Ok(()), |anchor| add_style_element(anchor, index, css)),
    };
    if let Err(error) = result {
        console::warn(&format!(
            "could not add the styles of a screen ({})",
            describe(&error)
        ));
    }
}

fn add_style_element(anchor: &web_sys::Element, index: usize, css: &str) -> Result<(), JsValue> {
    let root: ShadowRoot = anchor
        .get_root_node()
        .dyn_into()
        .map_err(|_| JsValue::from_str("not in a shadow root"))?;
    let marker = format!("style[data-trd-part=\"{index}\"]");
    if root.query_selector(&marker)?.is_some() {
        return Ok(());
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return Ok(());
    };
    append_style_element(&root, &document, css)?.set_attribute("data-trd-part", &index.to_string())
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
            if let Err(error) = append_style_element(root, document, CSS) {
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

/// A `<style>` element holding `css`, appended to `root`.
fn append_style_element(
    root: &ShadowRoot,
    document: &Document,
    css: &str,
) -> Result<web_sys::Element, JsValue> {
    let style = document.create_element("style")?;
    style.set_text_content(Some(css));
    root.append_child(style.unchecked_ref())?;
    Ok(style)
}
