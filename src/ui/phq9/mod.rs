//! The PHQ-9 flow: intro, one question per screen, review, result, next
//! steps, and the opt-in progress over time.

pub mod choice_group;
pub mod intro_screen;
pub mod next_steps;
pub mod progress_chart;
pub mod progress_indicator;
pub mod question_screen;
pub mod remember_panel;
pub mod result_card;
pub mod result_screen;
pub mod review_screen;
