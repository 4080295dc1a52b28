//! Copy for the treatment-history builder and the staging results.
//!
//! Method descriptions follow clinical-spec sections 2-4 and 6; sources are
//! cited on each card. Plain language throughout (project decision 1).
//!
//! The catalogue's fields are here, its English and Spanish in `en.rs`
//! and `es.rs`, and the sentences it builds from values in `wording.rs`.

mod en;
mod es;
mod wording;

pub use en::EN;
pub use es::ES;

use super::catalogue;

catalogue! {
    /// The staging flow's copy in one language.
    StagingText {
    intro_title,
    intro_what,
    intro_how,
    intro_estimate,
    back_to_phq9,
    history_title,
    history_episode_note,
    medicines_heading,
    medicines_none,
    add_medicine,
    edit,
    /// `{name}`: accessible name of an Edit button.
    edit_label,
    remove,
    /// `{name}`.
    remove_label,
    /// A saved medicine's row (and the summary's trial table), part by
    /// part. `{weeks}`.
    row_weeks,
    row_weeks_unsure,
    row_dose_unsure,
    /// `{amount}`.
    row_amount,
    /// `{amount}`: a skin patch's size (mg/24 h).
    row_amount_patch,
    row_dose_raised,
    row_duration_extended,
    /// `{agent}`.
    row_augmented,
    form_title_new,
    form_title_edit,
    field_medicine,
    medicine_placeholder,
    /// `{class}`.
    medicine_class,
    field_weeks,
    weeks_unsure,
    field_dose,
    dose_amount_label,
    dose_amount_label_patch,
    /// `{min}`.
    dose_hint,
    dose_unverified_hint,
    /// Under the dose question when "a lower dose than my prescriber
    /// planned" is chosen and milligrams could be judged.
    dose_lower_hint,
    field_outcome,
    field_optimisations,
    opt_dose_raised,
    opt_duration,
    field_augmentation,
    augmentation_none,
    save_medicine,
    cancel,
    error_choose,
    error_empty,
    error_not_number,
    error_not_whole,
    error_negative,
    error_zero,
    /// `{max}`.
    error_too_large,
    ect_heading,
    /// `{n}`: one saved ECT course in the list.
    ect_course,
    ect_none,
    add_ect,
    ect_placement,
    ect_outcome,
    save_ect,
    episode_heading,
    months_label,
    months_hint,
    severity_legend,
    /// `{band}`, `{score}`: the PHQ-9 shown as a hint, never mapped.
    severity_phq9_hint,
    other_heading,
    see_results,
    notice_unsaved,
    notice_months,
    results_title,
    results_estimate,
    edit_history,
    take_phq9,
    phq9_summary_title,
    phq9_not_taken,
    def_title,
    def_yes,
    def_no,
    def_met,
    /// `{n}`.
    def_not_met,
    def_how,
    def_source,
    tr_title,
    /// `{stage}`.
    tr_figure,
    /// `{stage}`: the Thase-Rush picture's text alternative.
    tr_scale_alt,
    /// `{ranges}`, `{score}`, `{band}`: the Maudsley picture's text alternative.
    msm_scale_alt,
    tr_meaning_zero,
    tr_meaning_one,
    tr_meaning_two,
    tr_meaning_three,
    tr_meaning_four,
    tr_meaning_five,
    /// `{classes}`.
    tr_classes,
    tr_unilateral_note,
    tr_ect_early_note,
    tr_how,
    tr_source,
    msm_title,
    /// `{score}`, `{band}`.
    msm_figure,
    msm_band_mild,
    msm_band_moderate,
    msm_band_severe,
    msm_meaning,
    msm_not_applicable,
    msm_figure_not_applicable,
    msm_needs,
    msm_figure_needs,
    /// `{duration}`, `{severity}`, `{ad}`, `{aug}`, `{ect}`.
    msm_parts,
    msm_how,
    msm_source,
    mghs_title,
    mghs_meaning,
    mghs_how,
    mghs_source,
    /// Ends every "how this is calculated" (project decision 22).
    rules_not_reviewed,
    mghs_part_trials,
    mghs_part_changes,
    mghs_part_ect,
    /// `{part}`, `{points}`: one line of the picture's key.
    mghs_part_line,
    /// `{score}`: the picture's name; its key lists the parts.
    mghs_scale_alt,
    how_title,
    source_label,
    estimate_note,
    /// `{result}`.
    if_unknown,
    if_unknown_same,
    trials_title,
    verdict_counted,
    /// Counted on "the full dose my prescriber planned" (decision 21).
    verdict_counted_planned,
    verdict_helped,
    /// `{weeks}`.
    verdict_too_short,
    /// `{amount}`, `{min}`.
    verdict_below_minimum,
    verdict_lower_dose,
    verdict_unsure_duration,
    verdict_unsure_dose,
    verdict_unsure_both,
    verdict_unsure_duration_lower,
    outcome_no_help,
    outcome_partial,
    outcome_helped,
    dose_amount,
    dose_full,
    dose_lower,
    dose_not_sure,
    placement_bilateral,
    placement_unilateral,
    placement_unknown,
    severity_subsyndromal,
    severity_mild,
    severity_moderate,
    severity_severe,
    severity_psychosis,
    }
}
