//! Leptos components, one per file, named by role.
//!
//! Components read named memos from [`context::SessionCtx`] and call one
//! domain method per event. Copy comes from `crate::i18n`, instrument
//! wording from `crate::domain`; nothing in `ui` touches the host page.

mod attribution_footer;
mod card_details;
mod choice_group;
pub mod context;
mod crisis_block;
mod crisis_callout;
mod crisis_lines;
mod crisis_panel;
mod definition_card;
mod dose_field;
mod ect_section;
mod episode_section;
mod explainer_body;
mod field_error;
mod glossary_term;
mod history_screen;
pub mod host;
mod intro_screen;
mod language_switch;
mod learn_link;
mod learn_screen;
mod maudsley_card;
mod medicine_picker;
mod medicine_section;
mod mghs_card;
mod nav_buttons;
mod next_steps;
mod number_field;
mod other_treatments;
mod phone_text;
mod phq9_summary;
mod progress_chart;
mod progress_indicator;
mod psilocybin_checklist;
mod question_screen;
mod radio_group;
mod remember;
mod remember_panel;
mod result_card;
mod result_screen;
mod review_screen;
mod screen_heading;
mod screen_switch;
mod staging_intro_screen;
mod staging_results_screen;
mod summary_screen;
mod summary_view;
mod thase_rush_card;
mod trial_changes;
mod trial_form;
mod trial_list;
mod trial_verdicts;
mod unknown_line;
mod weeks_field;
mod widget_root;

pub use widget_root::{OnState, WidgetRoot};
