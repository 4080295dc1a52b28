//! The TRD staging flow: the treatment history (medicines, ECT, this
//! episode) and the results: one card shape for every method, and the medicines
//! that counted, listed once.

pub mod card_details;
pub mod dose_field;
pub mod ect_form;
pub mod ect_list;
pub mod episode_section;
pub mod history_screen;
pub mod item_section;
pub mod medicine_picker;
pub mod other_treatments;
pub mod phq9_card;
pub mod stage_card;
pub mod staging_intro_screen;
pub mod staging_results_screen;
pub mod trial_changes;
pub mod trial_form;
pub mod trial_list;
pub mod trial_verdicts;
pub mod weeks_field;
