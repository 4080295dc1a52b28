//! The browser services the UI asks for: the date, printing the summary,
//! and saving files. Everything happens on the device; nothing is requested.

use js_sys::{Array, Date, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Blob, BlobPropertyBag, Element, HtmlAnchorElement, HtmlIFrameElement, Node, ScrollBehavior,
    ScrollIntoViewOptions, ScrollLogicalPosition, Url,
};

use super::error::describe;
use crate::ui::host::{Host, ServiceError, Today};

/// Name and class of the hidden frame the summary is printed from.
const PRINT_FRAME: &str = "trd-print-frame";

pub struct BrowserHost;

pub static BROWSER_HOST: BrowserHost = BrowserHost;

fn fail(error: JsValue) -> ServiceError {
    ServiceError::Refused(describe(&error))
}

fn document() -> Result<web_sys::Document, ServiceError> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or(ServiceError::NoDocument)
}

/// The shadow root (or document) `anchor` lives in: the widget's own tree.
fn own_root(anchor: &Element) -> Node {
    anchor.get_root_node()
}

impl Host for BrowserHost {
    fn hold_height(&self, element: &Element, hold: bool) {
        let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() else {
            return;
        };
        let style = element.style();
        // A style that cannot be set only means the page may move a bit.
        let _ = if hold {
            // In hundredths of a pixel, written without float formatting
            // (which would add about 7 KB to the first load).
            let hundredths = (element.get_bounding_client_rect().height() * 100.0 + 0.5) as u64;
            let px = format!("{}.{:02}px", hundredths / 100, hundredths % 100);
            style.set_property("min-height", &px)
        } else {
            style.remove_property("min-height").map(|_| ())
        };
    }

    fn bring_into_view(&self, element: &Element) {
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Nearest);
        options.set_behavior(ScrollBehavior::Instant);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }

    fn add_styles(&self, anchor: Option<&Element>, css: &'static str) {
        super::styles::add(anchor, css);
    }

    /// `crypto.randomUUID()`, which every https page (and localhost) has;
    /// on a plain http page, `Math.random` shaped as a version 4 UUID.
    fn uuid(&self) -> String {
        let crypto = Reflect::get(&js_sys::global(), &"crypto".into()).unwrap_or_default();
        if let Some(uuid) = Reflect::get(&crypto, &"randomUUID".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .and_then(|f| f.call0(&crypto).ok())
            .and_then(|v| v.as_string())
        {
            return uuid;
        }
        const HEX: &[u8; 16] = b"0123456789abcdef";
        "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx"
            .chars()
            .map(|c| {
                let r = (js_sys::Math::random() * 16.0) as usize & 15;
                match c {
                    'x' => char::from(HEX[r]),
                    'y' => char::from(HEX[(r & 3) | 8]),
                    c => c,
                }
            })
            .collect()
    }

    fn today(&self) -> Today {
        let now = Date::new_0();
        Today {
            timestamp: String::from(now.to_iso_string()),
            date: format!(
                "{:04}-{:02}-{:02}",
                now.get_full_year(),
                now.get_month() + 1,
                now.get_date()
            ),
        }
    }

    /// Prints from a hidden frame inside the widget's shadow root, so the
    /// printout holds the summary and nothing of the host page. The frame
    /// gets a constructed stylesheet, which a strict CSP allows.
    fn print(
        &self,
        anchor: &Element,
        title: &str,
        body_html: &str,
        css: &str,
    ) -> Result<(), ServiceError> {
        let root = own_root(anchor);
        let frame: HtmlIFrameElement = match root.dyn_ref::<web_sys::ShadowRoot>().and_then(|r| {
            r.query_selector(&format!("iframe.{PRINT_FRAME}"))
                .ok()
                .flatten()
        }) {
            Some(existing) => existing.unchecked_into(),
            None => {
                let frame: HtmlIFrameElement = document()?
                    .create_element("iframe")
                    .map_err(fail)?
                    .unchecked_into();
                frame.set_class_name(PRINT_FRAME);
                frame.set_name(PRINT_FRAME);
                frame.set_title(title);
                frame.set_attribute("aria-hidden", "true").map_err(fail)?;
                frame.set_tab_index(-1);
                root.append_child(&frame).map_err(fail)?;
                frame
            }
        };
        let window = frame
            .content_window()
            .ok_or(ServiceError::PrintFrame("the print frame has no window"))?;
        let doc = frame
            .content_document()
            .ok_or(ServiceError::PrintFrame("the print frame has no document"))?;
        doc.set_title(title);
        let body = doc
            .body()
            .ok_or(ServiceError::PrintFrame("the print frame has no body"))?;
        body.set_inner_html(body_html);
        // A sheet must be constructed by the document that adopts it.
        let constructor = Reflect::get(&window, &"CSSStyleSheet".into()).map_err(fail)?;
        let sheet = Reflect::construct(
            constructor.unchecked_ref::<js_sys::Function>(),
            &Array::new(),
        )
        .map_err(fail)?;
        let replace = Reflect::get(&sheet, &"replaceSync".into()).map_err(fail)?;
        replace
            .unchecked_ref::<js_sys::Function>()
            .call1(&sheet, &css.into())
            .map_err(fail)?;
        Reflect::set(&doc, &"adoptedStyleSheets".into(), &Array::of1(&sheet)).map_err(fail)?;
        window.print().map_err(fail)
    }

    /// Saves a file through a `blob:` URL made on the device.
    fn save(
        &self,
        anchor: &Element,
        file_name: &str,
        mime: &str,
        contents: &str,
    ) -> Result<(), ServiceError> {
        let options = BlobPropertyBag::new();
        options.set_type(&format!("{mime};charset=utf-8"));
        let parts = Array::of1(&contents.into());
        let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
        let url = Url::create_object_url_with_blob(&blob).map_err(fail)?;
        let link: HtmlAnchorElement = document()?
            .create_element("a")
            .map_err(fail)?
            .unchecked_into();
        link.set_href(&url);
        link.set_download(file_name);
        link.set_hidden(true);
        let root = own_root(anchor);
        root.append_child(&link).map_err(fail)?;
        link.click();
        link.remove();
        // Give the download a moment to start before the URL is released.
        let release = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = Url::revoke_object_url(&url);
        });
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                release.unchecked_ref(),
                10_000,
            );
        }
        Ok(())
    }
}
