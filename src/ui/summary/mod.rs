//! The summary for the doctor: on screen, printed and downloaded.

pub mod summary_screen;
pub mod summary_view;
