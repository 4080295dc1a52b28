//! What every screen shares: the widget's root, the screen switch, the
//! header's language switch, headings, the Back/Next row and the footer.

pub mod attribution_footer;
pub mod language_switch;
pub mod lazy_screen;
pub mod lazy_screens;
pub mod nav_buttons;
pub mod scale_picture;
pub mod screen_heading;
pub mod screen_switch;
pub mod widget_root;
