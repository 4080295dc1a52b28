//! Mounting one widget into its element's shadow root, and unmounting it.

use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use web_sys::{
    CustomEvent, CustomEventInit, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode,
};

use super::attributes;
use super::console;
use super::error::{describe, MountError};
use super::services::BROWSER_HOST;
use super::storage;
use super::styles;
use crate::domain::embed::{EmbedConfig, EmbedWarning};
use crate::domain::lang::Lang;
use crate::domain::options::Layout;
use crate::domain::phq9::PHQ9;
use crate::domain::session::{Milestone, Session};
use crate::ui::WidgetRoot;

/// A mounted widget. Dropping it (or calling `unmount`) removes the view,
/// disposes its reactive state (answers included) and its listeners.
#[wasm_bindgen]
pub struct WidgetHandle {
    // Field order is drop order: the view goes before its container.
    _view: Box<dyn Any>,
    container: HtmlElement,
    host: HtmlElement,
    state: Option<RwSignal<Session>>,
    config: Option<RwSignal<EmbedConfig>>,
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

    /// Applies a changed attribute other than `lang` (clinic details,
    /// links, crisis lines, colour, sections, opt-ins). A bad new value
    /// warns once and falls back to its default, as at mount; problems with
    /// the other attributes were said at mount and are not repeated. The
    /// language and every answer are kept.
    pub fn update(&self, changed: String) {
        let (Some(state), Some(config)) = (self.state, self.config) else {
            return;
        };
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let (fresh, layout) = read_config(&self.host, &document, Some(&changed));
        styles::apply_accent(&self.container, fresh.options.accent);
        let _ = state.try_update(|s| s.set_layout(&layout));
        let _ = config.try_update(|c| {
            c.clinic = fresh.clinic;
            c.options = fresh.options;
        });
    }
}

/// What the widget would say about `element`'s attributes, without
/// mounting anything: `[attribute, message]` pairs, each message the one
/// the console would get. For staff forms (the WordPress settings page)
/// through `TrdWidget.check`, so a form says exactly what the widget does.
#[wasm_bindgen]
pub fn check(element: HtmlElement) -> js_sys::Array {
    let found = js_sys::Array::new();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return found;
    };
    let (_, _, warnings) = attributes::read(&element, &document).resolve();
    for warning in &warnings {
        found.push(&js_sys::Array::of2(
            &warning.attribute().into(),
            &warning.to_string().into(),
        ));
    }
    found
}

/// The element's snippet resolved, its problems said in the console: all
/// of them at mount, only the changed attribute's after a change.
fn read_config(
    host: &HtmlElement,
    document: &web_sys::Document,
    changed: Option<&str>,
) -> (EmbedConfig, Layout) {
    let (config, layout, warnings) = attributes::read(host, document).resolve();
    for warning in &warnings {
        if changed.is_none_or(|name| warning.attribute() == name) {
            console::warn(&warning.to_string());
        }
    }
    (config, layout)
}

/// Tells the host page where the visitor is, only when the clinic opted in
/// (`events`): `trd-widget:ready`, and `trd-widget:started` /
/// `trd-widget:completed` with `{ section }` once each. Never an answer, a
/// score or a stage.
fn emit(host: &HtmlElement, name: &str, section: Option<&str>) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    let detail = js_sys::Object::new();
    if let Some(section) = section {
        let _ = js_sys::Reflect::set(&detail, &"section".into(), &section.into());
    }
    init.set_detail(&detail);
    match CustomEvent::new_with_event_init_dict(&format!("trd-widget:{name}"), &init) {
        Ok(event) => {
            let _ = host.dispatch_event(&event);
        }
        Err(error) => console::warn(&format!(
            "could not send the {name} event ({})",
            describe(&error)
        )),
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

    let (config, layout) = read_config(&host, &document, None);

    let container: HtmlElement = document
        .create_element("div")
        .map_err(|e| MountError::Dom(describe(&e)))?
        .unchecked_into();
    container.set_class_name("trd-mount");
    root.append_child(&container)
        .map_err(|e| MountError::Dom(describe(&e)))?;

    styles::apply_accent(&container, config.options.accent);
    let events_on = config.options.events;
    let slot = Rc::new(Cell::new(None));
    let view = {
        let slot = Rc::clone(&slot);
        let host = host.clone();
        mount_to(container.clone(), move || {
            // Created inside the mount, so unmounting disposes them.
            let state = RwSignal::new(Session::configured(&PHQ9, config.lang, &layout));
            let config = RwSignal::new(config);
            slot.set(Some((state, config)));
            restore(state, config);
            follow_session(state, config, host);
            view! { <WidgetRoot state config host=&BROWSER_HOST /> }
        })
    };
    if events_on {
        emit(&host, "ready", None);
    }
    let signals = slot.take();
    Ok(WidgetHandle {
        _view: Box::new(view),
        container,
        host,
        state: signals.map(|(state, _)| state),
        config: signals.map(|(_, config)| config),
    })
}

/// Remembered totals from an earlier visit, only where the clinic offers
/// remembering (and so only after the visitor opted in then). The storage
/// code is fetched for this (issue 17), only when something was
/// remembered, so the totals arrive a moment after the first screen;
/// blocked storage is said at once.
fn restore(state: RwSignal<Session>, config: RwSignal<EmbedConfig>) {
    let remembered = config
        .with_untracked(|c| c.options.remember)
        .then(storage::remembered);
    if let Some(Err(notice)) = remembered {
        state.update(|s| s.storage_failed(notice));
    }
    if let Some(Ok(true)) = remembered {
        spawn_local(async move {
            let restored = storage::loaded().await.and_then(|ops| (ops.load)());
            let _ = state.try_update(|s| match restored {
                Ok(Some((past, history))) => s.restore(past, history),
                Ok(None) => {}
                Err(notice) => s.storage_failed(notice),
            });
        });
    }
}

/// The one effect that follows the session outside the widget: storage
/// each time `Session::keep_revision` says it must change (never at
/// mount), and each milestone reached, announced once (if the clinic
/// opted in to events when it is reached).
fn follow_session(state: RwSignal<Session>, config: RwSignal<EmbedConfig>, host: HtmlElement) {
    let mut written = state.with_untracked(Session::keep_revision);
    let mut sent = Vec::<Milestone>::new();
    Effect::new(move |_| {
        let revision = state.with(Session::keep_revision);
        if revision != written {
            written = revision;
            storage::keep(state);
        }
        if !config.with(|c| c.options.events) {
            return;
        }
        for milestone in state.with(Session::milestones) {
            if !sent.contains(&milestone) {
                sent.push(milestone);
                emit(&host, milestone.kind(), Some(milestone.section().slug()));
            }
        }
    });
}

fn shadow_root(host: &HtmlElement) -> Result<ShadowRoot, MountError> {
    if let Some(root) = host.shadow_root() {
        return Ok(root);
    }
    let init = ShadowRootInit::new(ShadowRootMode::Open);
    host.attach_shadow(&init)
        .map_err(|e| MountError::AttachShadow(describe(&e)))
}
