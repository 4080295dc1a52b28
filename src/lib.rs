//! trd-widget: an embeddable, private-by-design depression self-check.
//!
//! A visitor answers the PHQ-9, enters one treatment history that four
//! TRD staging methods read, and reads plain-language explainers, all in
//! the browser. See `ARCHITECTURE.md` for the codemap and the invariants.
//! In short: `platform` (host page) → `ui` (Leptos components) →
//! `present` (what a screen shows) → `domain`, `i18n`, `content`, `export`
//! (pure Rust).

pub mod content;
pub mod domain;
pub mod export;
pub mod i18n;
pub mod platform;
pub mod present;
pub mod split;
pub mod ui;
