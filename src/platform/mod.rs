//! The only code that touches the host page.
//!
//! The JS loader (`loader.js`, assembled into `trd-widget.js` at build
//! time) defines the `<trd-widget>` custom element and calls [`mount()`]
//! for every element that connects. Everything the widget learns about the
//! page (attributes, `<html lang>`, browser languages) is read here and
//! handed to the pure domain; every failure is a typed error, logged once
//! with what to fix, and the fallback content stays visible.

mod attributes;
mod console;
mod error;
mod mount;
mod services;
mod storage;
mod styles;

pub use error::MountError;
pub use mount::{mount, WidgetHandle};
