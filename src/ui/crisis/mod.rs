//! Crisis help on every screen: the compact block, the item-9 panel, the
//! callout beside any mention of suicide in the explainers, the full list
//! on the getting-help page, and the lines.

pub mod crisis_block;
pub mod crisis_callout;
pub mod crisis_lines;
pub mod crisis_panel;
pub mod page_crisis_lines;
pub mod phone_text;
