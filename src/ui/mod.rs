//! Leptos components, one per file, named by role.
//!
//! Components read named memos from [`context::SessionCtx`] and call one
//! domain method per event. Copy comes from `crate::i18n`, instrument
//! wording from `crate::domain`; nothing in `ui` touches the host page.

mod attribution_footer;
mod choice_group;
pub mod context;
mod crisis_block;
mod crisis_lines;
mod crisis_panel;
mod intro_screen;
mod language_switch;
mod nav_buttons;
mod next_steps;
mod phone_text;
mod progress_indicator;
mod question_screen;
mod result_card;
mod result_screen;
mod review_screen;
mod screen_heading;
mod screen_switch;
mod widget_root;

pub use widget_root::WidgetRoot;
