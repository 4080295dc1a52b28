//! Leptos components, one per file, named by role.
//!
//! Components read named memos from [`context::SessionCtx`] and call one
//! domain method per event. Copy comes from `crate::i18n`, instrument
//! wording from `crate::domain`; nothing in `ui` touches the host page.

pub mod context;
mod controls;
mod crisis;
mod frame;
pub mod host;
mod learn;
mod phq9;
mod staging;
mod summary;

pub use frame::widget_root::WidgetRoot;
