//! trd-widget: an embeddable, private-by-design depression self-check.
//!
//! See `ARCHITECTURE.md` for the codemap and the invariants. In short:
//! `platform` (host page) → `ui` (Leptos components) → `domain` and `i18n`
//! (pure Rust).

pub mod content;
pub mod domain;
pub mod export;
pub mod i18n;
pub mod platform;
pub mod split;
pub mod ui;
