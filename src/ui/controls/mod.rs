//! Form controls the flows share: a radio group, a number field and its
//! error message.

pub mod field_error;
pub mod form_focus;
pub mod number_field;
pub mod radio_group;
