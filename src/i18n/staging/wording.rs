//! The sentences the staging screens build from values: one method per
//! sentence, each the only place its words are put together.

use super::StagingText;
use crate::domain::staging::adequacy::{CountedOn, DoseDoubt, Shortfall, Unsure, Verdict};
use crate::domain::staging::builder::DoseMode;
use crate::domain::staging::history::EctCourse;
use crate::domain::staging::history::{DoseReport, Trial};
use crate::domain::staging::history::{EctPlacement, MsmSeverity, Outcome};
use crate::domain::staging::medicines::{DoseUnit, Medicine};
use crate::domain::staging::medicines::{DrugClass, MinimumDose};
use crate::domain::staging::methods::{Maudsley, MsmBand, ThaseRushStage};
use crate::domain::staging::methods::{MghsPart, MsmScore, TrdDefinition};
use crate::domain::staging::validate::FieldError;
use crate::domain::staging::Method;

impl StagingText {
    /// "Sertraline (Zoloft)": the generic name, then brands.
    pub fn medicine_name(&self, medicine: &Medicine) -> String {
        let generic = medicine.generic.get(self.lang);
        if medicine.brands.is_empty() {
            generic.to_owned()
        } else {
            format!("{generic} ({})", medicine.brands.join(", "))
        }
    }

    pub fn outcome(&self, outcome: Outcome) -> &'static str {
        match outcome {
            Outcome::NoHelp => self.outcome_no_help,
            Outcome::Partial => self.outcome_partial,
            Outcome::Helped => self.outcome_helped,
        }
    }

    pub fn dose_mode(&self, mode: DoseMode) -> &'static str {
        match mode {
            DoseMode::Amount => self.dose_amount,
            DoseMode::FullDose => self.dose_full,
            DoseMode::LowerDose => self.dose_lower,
            DoseMode::NotSure => self.dose_not_sure,
        }
    }

    pub fn placement(&self, placement: EctPlacement) -> &'static str {
        match placement {
            EctPlacement::Bilateral => self.placement_bilateral,
            EctPlacement::RightUnilateral => self.placement_unilateral,
            EctPlacement::Unknown => self.placement_unknown,
        }
    }

    pub fn severity(&self, severity: MsmSeverity) -> &'static str {
        match severity {
            MsmSeverity::Subsyndromal => self.severity_subsyndromal,
            MsmSeverity::Mild => self.severity_mild,
            MsmSeverity::Moderate => self.severity_moderate,
            MsmSeverity::SevereWithoutPsychosis => self.severity_severe,
            MsmSeverity::SevereWithPsychosis => self.severity_psychosis,
        }
    }

    pub fn stage_meaning(&self, stage: ThaseRushStage) -> &'static str {
        match stage {
            ThaseRushStage::Zero => self.tr_meaning_zero,
            ThaseRushStage::I => self.tr_meaning_one,
            ThaseRushStage::II => self.tr_meaning_two,
            ThaseRushStage::III => self.tr_meaning_three,
            ThaseRushStage::IV => self.tr_meaning_four,
            ThaseRushStage::V => self.tr_meaning_five,
        }
    }

    /// "Stage II".
    pub fn stage(&self, stage: ThaseRushStage) -> String {
        crate::i18n::fill(self.tr_figure, &[("stage", stage.slug())])
    }

    /// The Thase-Rush ladder in words.
    pub fn tr_scale_alt_text(&self, stage: ThaseRushStage) -> String {
        crate::i18n::fill(self.tr_scale_alt, &[("stage", &self.stage(stage))])
    }

    /// One part of the MGH-S bar in its key: "Medicines: 2.5 points".
    pub fn mghs_part_key(&self, part: MghsPart, points: &str) -> String {
        let name = match part {
            MghsPart::Trials => self.mghs_part_trials,
            MghsPart::Changes => self.mghs_part_changes,
            MghsPart::Ect => self.mghs_part_ect,
        };
        crate::i18n::fill(self.mghs_part_line, &[("part", name), ("points", points)])
    }

    /// The MGH-S bar in words.
    pub fn mghs_scale_alt_text(&self, total: &str) -> String {
        crate::i18n::fill(self.mghs_scale_alt, &[("score", total)])
    }

    /// "Definition met" or "Not met yet".
    pub fn definition(&self, met: bool) -> &'static str {
        if met {
            self.def_yes
        } else {
            self.def_no
        }
    }

    /// "9 out of 15 (moderate)", "Not scored" or "More details needed".
    pub fn maudsley(&self, result: Maudsley) -> String {
        match result {
            Maudsley::Scored(score) => crate::i18n::fill(
                self.msm_figure,
                &[
                    ("score", &score.total.to_string()),
                    ("band", self.msm_band(score.band)),
                ],
            ),
            Maudsley::NotApplicable => self.msm_figure_not_applicable.to_owned(),
            Maudsley::NeedsInput { .. } => self.msm_figure_needs.to_owned(),
        }
    }

    pub fn msm_band(&self, band: MsmBand) -> &'static str {
        match band {
            MsmBand::Mild => self.msm_band_mild,
            MsmBand::Moderate => self.msm_band_moderate,
            MsmBand::Severe => self.msm_band_severe,
        }
    }

    /// A field error in words, with its limit filled in.
    pub fn field_error(&self, error: FieldError) -> String {
        match error {
            FieldError::Empty => self.error_empty.to_owned(),
            FieldError::NotANumber => self.error_not_number.to_owned(),
            FieldError::NotWhole => self.error_not_whole.to_owned(),
            FieldError::Negative => self.error_negative.to_owned(),
            FieldError::Zero => self.error_zero.to_owned(),
            FieldError::TooLarge { max } => {
                crate::i18n::fill(self.error_too_large, &[("max", &max.to_string())])
            }
        }
    }
}

impl StagingText {
    /// The label of the dose field, in the medicine's unit.
    pub fn dose_amount_label(&self, unit: DoseUnit) -> &'static str {
        match unit {
            DoseUnit::MgPerDay => self.dose_amount_label,
            DoseUnit::MgPer24hPatch => self.dose_amount_label_patch,
        }
    }

    /// The dose in words, in the medicine's unit; `None` when the visitor
    /// was not sure (each place that shows a trial words that its own way).
    pub fn dose_text(&self, dose: DoseReport, unit: DoseUnit) -> Option<String> {
        match dose {
            DoseReport::Amount(amount) => {
                let amount = amount.display();
                Some(match unit {
                    DoseUnit::MgPerDay => {
                        crate::i18n::fill(self.row_amount, &[("amount", &amount)])
                    }
                    DoseUnit::MgPer24hPatch => {
                        crate::i18n::fill(self.row_amount_patch, &[("amount", &amount)])
                    }
                })
            }
            DoseReport::FullDose => Some(self.dose_full.to_owned()),
            DoseReport::LowerDose => Some(self.dose_lower.to_owned()),
            DoseReport::NotSure => None,
        }
    }

    /// What changed during a trial: dose raised, taken longer, medicine added.
    pub fn changes(&self, trial: &Trial) -> Vec<String> {
        let mut changes = Vec::new();
        if trial.dose_raised {
            changes.push(self.row_dose_raised.to_owned());
        }
        if trial.duration_extended {
            changes.push(self.row_duration_extended.to_owned());
        }
        if let Some(agent) = trial.augmented_with {
            changes.push(crate::i18n::fill(
                self.row_augmented,
                &[("agent", agent.name.get(self.lang))],
            ));
        }
        changes
    }

    /// One line about a saved trial: class, weeks, dose, outcome, changes.
    pub fn trial_line(&self, trial: &Trial) -> String {
        let weeks = match trial.weeks {
            Some(weeks) => crate::i18n::fill(self.row_weeks, &[("weeks", &weeks.to_string())]),
            None => self.row_weeks_unsure.to_owned(),
        };
        let dose = self
            .dose_text(trial.dose, trial.medicine.unit)
            .unwrap_or_else(|| self.row_dose_unsure.to_owned());
        let mut parts = vec![
            trial.medicine.class.name().get(self.lang).to_owned(),
            weeks,
            dose,
            self.outcome(trial.outcome).to_owned(),
        ];
        parts.extend(self.changes(trial));
        parts.join(" · ")
    }
}

impl StagingText {
    /// Why a trial did or did not count.
    pub fn verdict(&self, verdict: Verdict) -> String {
        match verdict {
            Verdict::Counted(CountedOn::LowestDose) => self.verdict_counted.to_owned(),
            Verdict::Counted(CountedOn::PlannedDose) => self.verdict_counted_planned.to_owned(),
            Verdict::Helped => self.verdict_helped.to_owned(),
            Verdict::NotAdequate(Shortfall::TooShort { weeks }) => {
                crate::i18n::fill(self.verdict_too_short, &[("weeks", &weeks.to_string())])
            }
            Verdict::NotAdequate(Shortfall::DoseBelowMinimum { amount, minimum }) => {
                crate::i18n::fill(
                    self.verdict_below_minimum,
                    &[("amount", &amount.display()), ("min", &minimum.display())],
                )
            }
            Verdict::Unknown(Unsure::Duration) => self.verdict_unsure_duration.to_owned(),
            Verdict::Unknown(Unsure::Dose(DoseDoubt::NotSure)) => {
                self.verdict_unsure_dose.to_owned()
            }
            Verdict::Unknown(Unsure::Dose(DoseDoubt::LowerThanPlanned)) => {
                self.verdict_lower_dose.to_owned()
            }
            Verdict::Unknown(Unsure::DurationAndDose(DoseDoubt::NotSure)) => {
                self.verdict_unsure_both.to_owned()
            }
            Verdict::Unknown(Unsure::DurationAndDose(DoseDoubt::LowerThanPlanned)) => {
                self.verdict_unsure_duration_lower.to_owned()
            }
        }
    }
}

/// Sentences the staging screens build from values.
impl StagingText {
    /// The accessible name of a saved item's "Edit" button.
    pub fn edit_label_for(&self, name: &str) -> String {
        crate::i18n::fill(self.edit_label, &[("name", name)])
    }

    /// The accessible name of a saved item's "Remove" button.
    pub fn remove_label_for(&self, name: &str) -> String {
        crate::i18n::fill(self.remove_label, &[("name", name)])
    }

    /// "ECT course 2" for the course at `index` (0-based).
    pub fn ect_course_name(&self, index: usize) -> String {
        crate::i18n::fill(self.ect_course, &[("n", &(index + 1).to_string())])
    }

    /// One line about a saved ECT course: placement and outcome.
    pub fn ect_line(&self, course: EctCourse) -> String {
        format!(
            "{} · {}",
            self.placement(course.placement),
            self.outcome(course.outcome)
        )
    }

    /// "Class: SSRI" under the medicine picker.
    pub fn medicine_class_line(&self, class: DrugClass) -> String {
        crate::i18n::fill(
            self.medicine_class,
            &[("class", class.name().get(self.lang))],
        )
    }

    /// The hint under the dose question: the lowest dose this tool counts,
    /// or why it has none for this medicine; with "a lower dose than my
    /// prescriber planned" chosen, that milligrams would let it count
    /// (decision 21).
    pub fn dose_hint_for(&self, minimum: MinimumDose, mode: Option<DoseMode>) -> String {
        match minimum {
            MinimumDose::Known { amount } => {
                let hint = crate::i18n::fill(self.dose_hint, &[("min", &amount.display())]);
                if mode == Some(DoseMode::LowerDose) {
                    format!("{hint} {}", self.dose_lower_hint)
                } else {
                    hint
                }
            }
            MinimumDose::Unverified => self.dose_unverified_hint.to_owned(),
        }
    }

    /// "How this is calculated" for a method: its rules, then that they
    /// are this tool's and not yet reviewed (decision 22).
    pub fn how(&self, method: Method) -> String {
        let rules = match method {
            Method::Definition => self.def_how,
            Method::ThaseRush => self.tr_how,
            Method::Maudsley => self.msm_how,
            Method::MghS => self.mghs_how,
        };
        format!("{rules} {}", self.rules_not_reviewed)
    }

    /// A method's published source.
    pub fn source(&self, method: Method) -> &'static str {
        match method {
            Method::Definition => self.def_source,
            Method::ThaseRush => self.tr_source,
            Method::Maudsley => self.msm_source,
            Method::MghS => self.mghs_source,
        }
    }

    /// What the definition result means for what was entered.
    pub fn definition_meaning(&self, result: TrdDefinition) -> String {
        if result.met {
            self.def_met.to_owned()
        } else {
            crate::i18n::fill(
                self.def_not_met,
                &[("n", &result.distinct_failed.to_string())],
            )
        }
    }

    /// "Classes that counted: SSRI, SNRI.", or nothing when none did.
    pub fn tr_classes_line(&self, classes: impl IntoIterator<Item = DrugClass>) -> Option<String> {
        let names: Vec<&str> = classes
            .into_iter()
            .map(|c| c.name().get(self.lang))
            .collect();
        (!names.is_empty())
            .then(|| crate::i18n::fill(self.tr_classes, &[("classes", &names.join(", "))]))
    }

    /// What the Maudsley result means, with each dimension's points.
    pub fn maudsley_meaning(&self, result: Maudsley) -> String {
        match result {
            Maudsley::Scored(score) => {
                format!("{} {}", self.msm_meaning, self.msm_parts_line(score))
            }
            Maudsley::NotApplicable => self.msm_not_applicable.to_owned(),
            Maudsley::NeedsInput { .. } => self.msm_needs.to_owned(),
        }
    }

    /// "Length: 2. Severity: 3. ..."
    pub fn msm_parts_line(&self, score: MsmScore) -> String {
        crate::i18n::fill(
            self.msm_parts,
            &[
                ("duration", &score.duration.to_string()),
                ("severity", &score.severity.to_string()),
                ("ad", &score.antidepressants.to_string()),
                ("aug", &score.augmentation.to_string()),
                ("ect", &score.ect.to_string()),
            ],
        )
    }

    /// The line under a result when some trials were unknown: what it
    /// would be if they counted (`alternative`, in words), or that it
    /// would stay the same.
    pub fn if_unknown_line(&self, alternative: Option<&str>) -> String {
        match alternative {
            Some(result) => crate::i18n::fill(self.if_unknown, &[("result", result)]),
            None => self.if_unknown_same.to_owned(),
        }
    }
}

/// The labels of a radio group's choices, in the order of the values.
impl StagingText {
    pub fn outcome_labels(&self) -> Vec<&'static str> {
        Outcome::ALL.iter().map(|o| self.outcome(*o)).collect()
    }

    pub fn placement_labels(&self) -> Vec<&'static str> {
        EctPlacement::ALL
            .iter()
            .map(|p| self.placement(*p))
            .collect()
    }

    pub fn severity_labels(&self) -> Vec<&'static str> {
        MsmSeverity::ALL.iter().map(|v| self.severity(*v)).collect()
    }

    pub fn dose_mode_labels(&self, modes: &[DoseMode]) -> Vec<&'static str> {
        modes.iter().map(|m| self.dose_mode(*m)).collect()
    }
}
