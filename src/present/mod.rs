//! Presentation models: what a screen shows, worked out from the domain
//! and the words of one catalogue, as plain data. Pure Rust (tidy test),
//! so every shape a component draws is tested natively; the components in
//! `ui` only lay these out. Sentences stay in `i18n`; this layer holds the
//! geometry of the pictures and which lines a card has.

pub mod scale;
pub mod stage_card;
