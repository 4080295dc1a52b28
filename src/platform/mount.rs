//! Mounting one widget into its element's shadow root, and unmounting it.

use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

use super::console;
use super::error::{describe, MountError};
use super::host;
use super::services::BROWSER_HOST;
use super::styles;
use crate::domain::embed::EmbedWarning;
use crate::domain::lang::Lang;
use crate::domain::session::Session;
use crate::ui::WidgetRoot;

/// A mounted widget. Dropping it (or calling `unmount`) removes the view,
/// disposes its reactive state (answers included) and its listeners.
#[wasm_bindgen]
pub struct WidgetHandle {
    // Field order is drop order: the view goes before its container.
    _view: Box<dyn Any>,
    container: HtmlElement,
    state: Option<RwSignal<Session>>,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Unmounts the widget and forgets everything the visitor entered.
    pub fn unmount(self) {
        drop(self);
    }

    /// Applies a changed `lang` attribute. An unknown value keeps the
    /// current language and says so in the console.
    pub fn set_lang(&self, value: Option<String>) {
        let Some(state) = self.state else { return };
        let Some(value) = value else { return };
        match Lang::from_tag(&value) {
            Some(lang) => {
                // The state may already be disposed if the page raced an
                // unmount; then there is nothing to update.
                let _ = state.try_update(|session| session.set_lang(lang));
            }
            None => {
                let using = state.try_with_untracked(Session::lang).unwrap_or(Lang::En);
                console::warn(&EmbedWarning::UnknownLang { value, using }.to_string());
            }
        }
    }
}

impl Drop for WidgetHandle {
    fn drop(&mut self) {
        self.container.remove();
    }
}

/// Mounts a widget into `host`'s open shadow root (attaching one the first
/// time, reusing it after a remove and re-insert).
#[wasm_bindgen]
pub fn mount(host: HtmlElement) -> Result<WidgetHandle, JsValue> {
    console_error_panic_hook::set_once();
    Ok(mount_widget(host)?)
}

fn mount_widget(host: HtmlElement) -> Result<WidgetHandle, MountError> {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or(MountError::NoDocument)?;
    let root = shadow_root(&host)?;
    styles::apply(&root, &document);

    let (config, warnings) = host::read(&host, &document).resolve();
    for warning in &warnings {
        console::warn(&warning.to_string());
    }

    let container: HtmlElement = document
        .create_element("div")
        .map_err(|e| MountError::Dom(describe(&e)))?
        .unchecked_into();
    container.set_class_name("trd-mount");
    root.append_child(&container)
        .map_err(|e| MountError::Dom(describe(&e)))?;

    let state_slot = Rc::new(Cell::new(None));
    let on_state = {
        let slot = Rc::clone(&state_slot);
        Box::new(move |state| slot.set(Some(state))) as Box<dyn FnOnce(RwSignal<Session>)>
    };
    let view = mount_to(container.clone(), move || {
        view! { <WidgetRoot config host=&BROWSER_HOST on_state /> }
    });
    Ok(WidgetHandle {
        _view: Box::new(view),
        container,
        state: state_slot.take(),
    })
}

fn shadow_root(host: &HtmlElement) -> Result<ShadowRoot, MountError> {
    if let Some(root) = host.shadow_root() {
        return Ok(root);
    }
    let init = ShadowRootInit::new(ShadowRootMode::Open);
    host.attach_shadow(&init)
        .map_err(|e| MountError::AttachShadow(describe(&e)))
}
