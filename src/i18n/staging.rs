//! Copy for the treatment-history builder and the staging results.
//!
//! Method descriptions follow clinical-spec sections 2-4 and 6; sources are
//! cited on each card. Plain language throughout (project decision 1).

use super::catalogue;
use crate::domain::lang::Lang;
use crate::domain::staging::builder::DoseMode;
use crate::domain::staging::history::{EctPlacement, MsmSeverity, Outcome};
use crate::domain::staging::methods::{Maudsley, MsmBand, ThaseRushStage};
use crate::domain::staging::validate::FieldError;

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
    /// `{weeks}`.
    summary_weeks,
    summary_weeks_unsure,
    summary_dose_unsure,
    /// `{amount}`.
    summary_amount,
    /// `{amount}`: a skin patch's size (mg/24 h).
    summary_amount_patch,
    summary_dose_raised,
    summary_duration_extended,
    /// `{agent}`.
    summary_augmented,
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

pub const EN: StagingText = StagingText {
    intro_title: "Your treatment history",
    intro_what: "Tell us about the treatments you have tried in this episode of depression. We will show what the usual definition of TRD and three staging methods say about them.",
    intro_how: "Doctors use these methods to describe how hard depression has been to treat. It takes about 5 minutes. You add one medicine at a time.",
    intro_estimate: "The results are an educational estimate, not a clinical rating. Please talk them over with your doctor.",
    back_to_phq9: "Back to the questionnaire",
    history_title: "Treatments in this episode",
    history_episode_note: "Count only what you tried since this episode of depression began.",
    medicines_heading: "Antidepressants",
    medicines_none: "No medicines added yet.",
    add_medicine: "Add a medicine",
    edit: "Edit",
    edit_label: "Edit {name}",
    remove: "Remove",
    remove_label: "Remove {name}",
    summary_weeks: "{weeks} weeks",
    summary_weeks_unsure: "weeks: not sure",
    summary_dose_unsure: "dose: not sure",
    summary_amount: "{amount} mg a day",
    summary_amount_patch: "{amount} mg/24 h patch",
    summary_dose_raised: "dose raised",
    summary_duration_extended: "taken longer",
    summary_augmented: "with {agent}",
    form_title_new: "Add a medicine",
    form_title_edit: "Change this medicine",
    field_medicine: "Medicine",
    medicine_placeholder: "Choose a medicine",
    medicine_class: "Class: {class}",
    field_weeks: "How many weeks did you take it?",
    weeks_unsure: "I'm not sure",
    field_dose: "What dose did you take?",
    dose_amount_label: "Daily dose in mg",
    dose_amount_label_patch: "Patch size in mg/24 h",
    dose_hint: "{min} mg a day is the lowest dose this tool counts as enough (adequate). This cut-off is the tool's own rule.",
    dose_unverified_hint: "This tool has no checked lowest dose for this medicine. If it was the full dose your prescriber planned, choose that.",
    dose_lower_hint: "Without milligrams, this tool cannot count a lower dose. If you know the milligrams, choose \"I know the daily dose\".",
    field_outcome: "How much did it help?",
    field_optimisations: "Did anything change while you took it? (optional)",
    opt_dose_raised: "The dose was raised",
    opt_duration: "I kept taking it for more time to see if it would help",
    field_augmentation: "Was another medicine added to it? (optional)",
    augmentation_none: "No medicine was added",
    save_medicine: "Save medicine",
    cancel: "Cancel",
    error_choose: "Please choose one.",
    error_empty: "Please enter a number.",
    error_not_number: "Please enter a number, like 8.",
    error_not_whole: "Please enter a whole number.",
    error_negative: "The number can't be below zero.",
    error_zero: "Please enter a number above zero.",
    error_too_large: "That looks too high. Please check it. The most this accepts is {max}.",
    ect_heading: "ECT (electroconvulsive therapy)",
    ect_course: "ECT course {n}",
    ect_none: "No ECT added.",
    add_ect: "Add an ECT course",
    ect_placement: "Where were the pads placed?",
    ect_outcome: "How much did it help?",
    save_ect: "Save ECT course",
    episode_heading: "This episode",
    months_label: "How many months has this episode lasted?",
    months_hint: "Count from when it began. You can use part of a month, like 12.5. Leave it empty if you don't know.",
    severity_legend: "Right now (the last 2 weeks), how bad are your symptoms?",
    severity_phq9_hint: "Your PHQ-9 today was in the {band} range ({score} out of 27). This is only a hint: the two do not measure the same thing.",
    other_heading: "Other treatments you have had (for your doctor; not scored)",
    see_results: "See my results",
    notice_unsaved: "Please save or cancel the open form first.",
    notice_months: "Please fix the number of months first.",
    results_title: "Your results",
    results_estimate: "These are educational estimates, not clinical ratings. Please go over them with your doctor.",
    edit_history: "Change my treatments",
    take_phq9: "Answer the 9 symptom questions",
    phq9_summary_title: "Symptoms (PHQ-9)",
    phq9_not_taken: "You have not answered the symptom questions yet.",
    def_title: "Treatment-resistant depression",
    def_yes: "Definition met",
    def_no: "Not met",
    def_met: "At least two different antidepressants did not help enough. Each was taken long enough at a high enough dose, by this tool's rules. This fits the usual definition of treatment-resistant depression.",
    def_not_met: "The usual definition needs at least two different antidepressants that did not help enough. Each must be taken long enough at a high enough dose. This tool counts 6 weeks or more. With what you entered, {n} count.",
    def_how: "We count the different antidepressants that did not help enough: no help, or some help but not enough. Each must be taken for at least 6 weeks, at or above the lowest dose this tool counts, or at the full dose your prescriber planned. These cut-offs are this tool's own rules. Medicines you were not sure about are not counted. Neither is a lower dose than your prescriber planned, unless you give the milligrams.",
    def_source: "FDA labels for Symbyax (2009) and Spravato (2019): adequate dose and duration. European Medicines Agency definition.",
    tr_title: "Thase-Rush stage",
    tr_figure: "Stage {stage}",
    tr_scale_alt: "A ladder of six steps, from 0 (no failed adequate trial) to V. This history is marked at {stage}.",
    msm_scale_alt: "A scale from 3 to 15 in three ranges: {ranges}. This total, {score}, is marked in the {band} range.",
    tr_meaning_zero: "No medicine counted as a failed trial (6 weeks or more, at a high enough dose). Stage 0 is this tool's own label: the model starts at stage I.",
    tr_meaning_one: "One class of antidepressant did not help enough.",
    tr_meaning_two: "Antidepressants from two different classes did not help enough.",
    tr_meaning_three: "As in stage II, and a tricyclic antidepressant did not help enough.",
    tr_meaning_four: "As in stage III, and an MAOI did not help enough.",
    tr_meaning_five: "As in stage IV, and a course of ECT on both sides of the head did not help enough.",
    tr_classes: "Classes that counted: {classes}.",
    tr_unilateral_note: "ECT on one side of the head, or on a side you are not sure of, does not count toward stage V. The model asks for ECT on both sides.",
    tr_ect_early_note: "Your ECT does not change this stage. In this model, ECT counts only after stage IV.",
    tr_how: "How this tool applies the model: Each failed class of antidepressant moves the stage up, to stage II. Stage III needs a failed tricyclic plus two other failed classes. Stage IV also needs a failed MAOI. Stage V also needs failed ECT on both sides of the head. Failed ECT before stage IV does not change the stage. Two medicines of the same class count once. Added medicines do not count. The model expects a set order of treatments. This tool looks at which classes failed, not their order. The class list is this tool's choice, too. Vortioxetine and vilazodone are their own class. Bupropion (NDRI), mirtazapine (NaSSA) and trazodone or nefazodone (SARI) are separate classes; in the model's table they share one class. Auvelity and gepirone are each their own class. A lower dose than your prescriber planned, with no milligrams, is not counted; the results say what would change if it were.",
    tr_source: "Thase ME, Rush AJ. J Clin Psychiatry 1997;58(Suppl 13). Table in Fava M. Biol Psychiatry 2003;53(8):649-659.",
    msm_title: "Maudsley Staging Method",
    msm_figure: "{score} out of 15 ({band})",
    msm_band_mild: "mild",
    msm_band_moderate: "moderate",
    msm_band_severe: "severe",
    msm_meaning: "This adds up five things: how long this episode has lasted, how bad symptoms are now, and how many antidepressants failed. It also counts whether added medicines or ECT were used. 3 to 6 is mild, 7 to 10 is moderate, and 11 to 15 is severe.",
    msm_not_applicable: "This method needs at least one antidepressant that did not help enough after 6 weeks at a high enough dose.",
    msm_figure_not_applicable: "Not scored",
    msm_needs: "To score this, please fill in how long this episode has lasted and how bad your symptoms are now.",
    msm_figure_needs: "More details needed",
    msm_parts: "Length: {duration}. Severity: {severity}. Medicines: {ad}. Added medicines: {aug}. ECT: {ect}.",
    msm_how: "Length of the episode: up to 12 months is 1 point, over 12 up to 24 months is 2, over 24 is 3. Severity now: 1 to 5 points. Medicines that failed: 1 or 2 is 1 point, 3 or 4 is 2, 5 or 6 is 3, 7 to 10 is 4, more than 10 is 5. An added medicine that did not help: 1. Any ECT: 1. With no failed antidepressant, the method does not apply. You chose the severity yourself. In the studies, a clinician rates it.",
    msm_source: "Fekadu A, et al. J Clin Psychiatry 2009;70(7):952-957. Fekadu A, Donocik JG, Cleare AJ. BMC Psychiatry 2018;18:100.",
    mghs_title: "MGH (Massachusetts General Hospital) staging score",
    mghs_meaning: "A higher score means more treatments, each given a fair try, did not help enough. This score has no official levels, so we do not label it.",
    mghs_how: "1 point for each trial of an antidepressant that did not help enough after at least 6 weeks at a high enough dose. Half a point for each of these on that trial: the dose was raised; it was taken longer; a medicine was added. 3 points, once, if ECT did not help enough, however many courses. Each change counts once per trial, and only on a trial that counted.",
    mghs_source: "Fava M. Biol Psychiatry 2003;53(8):649-659. Petersen T, et al. J Clin Psychopharmacol 2005;25(4):336-341.",
    rules_not_reviewed: "These counting rules are this tool's conventions and have not been reviewed by a clinician.",
    mghs_part_trials: "Trials that did not help enough",
    mghs_part_changes: "Dose raised, taken longer or a medicine added",
    mghs_part_ect: "ECT that did not help enough",
    mghs_part_line: "{part}: {points}",
    mghs_scale_alt: "A bar of this score, {score}, in its parts, listed below.",
    how_title: "How this is calculated",
    source_label: "Source:",
    estimate_note: "Educational estimate, not a clinical rating.",
    if_unknown: "If the medicines this tool could not judge were taken long enough at a high enough dose, this would be: {result}.",
    if_unknown_same: "If the medicines this tool could not judge were taken long enough at a high enough dose, this would stay the same.",
    trials_title: "Which medicines counted",
    verdict_counted: "Counted: it did not help enough after 6 weeks or more, at or above the lowest dose this tool counts.",
    verdict_counted_planned: "Counted: it did not help enough after 6 weeks or more, at the full dose your prescriber planned.",
    verdict_helped: "Not counted: it helped.",
    verdict_too_short: "Not counted: taken for {weeks} weeks. This tool needs at least 6.",
    verdict_below_minimum: "Not counted: {amount} mg is below the lowest dose this tool counts ({min} mg).",
    verdict_lower_dose: "Not counted: it was a lower dose than your prescriber planned, so this tool cannot tell if it was enough.",
    verdict_unsure_duration: "Not counted: you were not sure how long you took it.",
    verdict_unsure_dose: "Not counted: you were not sure of the dose.",
    verdict_unsure_both: "Not counted: you were not sure of the dose or how long you took it.",
    verdict_unsure_duration_lower: "Not counted: you were not sure how long you took it, and it was a lower dose than your prescriber planned.",
    outcome_no_help: "It did not help",
    outcome_partial: "It helped some, but not enough",
    outcome_helped: "It helped",
    dose_amount: "I know the daily dose",
    dose_full: "The full dose my prescriber planned",
    dose_lower: "A lower dose than my prescriber planned",
    dose_not_sure: "I'm not sure",
    placement_bilateral: "Both sides of the head (bilateral)",
    placement_unilateral: "One side of the head (right unilateral)",
    placement_unknown: "I'm not sure",
    severity_subsyndromal: "A few symptoms, not enough to be called depression",
    severity_mild: "Mild: symptoms bother me, but I can do most daily tasks",
    severity_moderate: "Moderate: symptoms make daily tasks hard on many days",
    severity_severe: "Severe: most daily tasks are very hard or not possible",
    severity_psychosis: "Severe, and I hear or see things others do not, or hold strong beliefs others say are not true",
};

pub const ES: StagingText = StagingText {
    intro_title: "Sus tratamientos",
    intro_what: "Cuéntenos qué tratamientos ha probado en este episodio de depresión. Le mostraremos lo que dicen la definición usual de la DRT y tres métodos de clasificación.",
    intro_how: "Los médicos usan estos métodos para describir qué tan difícil ha sido tratar la depresión. Toma unos 5 minutos. Se agrega un medicamento a la vez.",
    intro_estimate: "Los resultados son un cálculo educativo, no una evaluación clínica. Hable de ellos con su médico.",
    back_to_phq9: "Volver al cuestionario",
    history_title: "Tratamientos en este episodio",
    history_episode_note: "Cuente solo lo que probó desde que empezó este episodio de depresión.",
    medicines_heading: "Antidepresivos",
    medicines_none: "Todavía no ha agregado medicamentos.",
    add_medicine: "Agregar un medicamento",
    edit: "Cambiar",
    edit_label: "Cambiar {name}",
    remove: "Quitar",
    remove_label: "Quitar {name}",
    summary_weeks: "{weeks} semanas",
    summary_weeks_unsure: "semanas: no está seguro(a)",
    summary_dose_unsure: "dosis: no está seguro(a)",
    summary_amount: "{amount} mg al día",
    summary_amount_patch: "parche de {amount} mg/24 h",
    summary_dose_raised: "se subió la dosis",
    summary_duration_extended: "lo tomó por más tiempo",
    summary_augmented: "con {agent}",
    form_title_new: "Agregar un medicamento",
    form_title_edit: "Cambiar este medicamento",
    field_medicine: "Medicamento",
    medicine_placeholder: "Elija un medicamento",
    medicine_class: "Clase: {class}",
    field_weeks: "¿Cuántas semanas lo tomó?",
    weeks_unsure: "No estoy seguro(a)",
    field_dose: "¿Qué dosis tomó?",
    dose_amount_label: "Dosis diaria en mg",
    dose_amount_label_patch: "Tamaño del parche en mg/24 h",
    dose_hint: "{min} mg al día es la dosis más baja que esta herramienta cuenta como suficiente (adecuada). Este límite es una regla propia de la herramienta.",
    dose_unverified_hint: "Esta herramienta no tiene una dosis mínima comprobada para este medicamento. Si fue la dosis completa que planeó quien se lo recetó, elija esa opción.",
    dose_lower_hint: "Sin los miligramos, esta herramienta no puede contar una dosis más baja. Si sabe los miligramos, elija «Sé la dosis diaria».",
    field_outcome: "¿Cuánto le ayudó?",
    field_optimisations: "¿Cambió algo mientras lo tomaba? (opcional)",
    opt_dose_raised: "Se subió la dosis",
    opt_duration: "Lo seguí tomando más tiempo para ver si ayudaba",
    field_augmentation: "¿Se le agregó otro medicamento? (opcional)",
    augmentation_none: "No se agregó ningún medicamento",
    save_medicine: "Guardar medicamento",
    cancel: "Cancelar",
    error_choose: "Elija una opción.",
    error_empty: "Escriba un número.",
    error_not_number: "Escriba un número, por ejemplo 8.",
    error_not_whole: "Escriba un número entero.",
    error_negative: "El número no puede ser menor que cero.",
    error_zero: "Escriba un número mayor que cero.",
    error_too_large: "Parece demasiado alto. Revíselo, por favor. Lo máximo que se acepta es {max}.",
    ect_heading: "TEC (terapia electroconvulsiva)",
    ect_course: "Tratamiento de TEC {n}",
    ect_none: "No ha agregado TEC.",
    add_ect: "Agregar un tratamiento de TEC",
    ect_placement: "¿Dónde se colocaron los electrodos?",
    ect_outcome: "¿Cuánto le ayudó?",
    save_ect: "Guardar TEC",
    episode_heading: "Este episodio",
    months_label: "¿Cuántos meses ha durado este episodio?",
    months_hint: "Cuente desde que empezó. Puede usar parte de un mes, como 12.5. Déjelo vacío si no lo sabe.",
    severity_legend: "Ahora (en las últimas 2 semanas), ¿qué tan graves son sus síntomas?",
    severity_phq9_hint: "Su PHQ-9 de hoy estuvo en el nivel «{band}» ({score} de 27). Es solo una pista: los dos no miden lo mismo.",
    other_heading: "Otros tratamientos que ha recibido (para su médico; no cuentan en el puntaje)",
    see_results: "Ver mis resultados",
    notice_unsaved: "Primero guarde o cancele el formulario abierto.",
    notice_months: "Primero corrija el número de meses.",
    results_title: "Sus resultados",
    results_estimate: "Son cálculos educativos, no evaluaciones clínicas. Revíselos con su médico.",
    edit_history: "Cambiar mis tratamientos",
    take_phq9: "Responder las 9 preguntas sobre síntomas",
    phq9_summary_title: "Síntomas (PHQ-9)",
    phq9_not_taken: "Todavía no ha respondido las preguntas sobre síntomas.",
    def_title: "Depresión resistente al tratamiento",
    def_yes: "Cumple la definición",
    def_no: "No la cumple",
    def_met: "Al menos dos antidepresivos distintos no ayudaron lo suficiente. Cada uno se tomó el tiempo suficiente y a una dosis suficiente, según las reglas de esta herramienta. Esto encaja con la definición usual de depresión resistente al tratamiento.",
    def_not_met: "La definición usual pide al menos dos antidepresivos distintos que no ayudaron lo suficiente. Cada uno debe tomarse el tiempo suficiente y a una dosis suficiente. Esta herramienta cuenta 6 semanas o más. Con lo que usted escribió, cuentan {n}.",
    def_how: "Contamos los antidepresivos distintos que no ayudaron lo suficiente: nada, o algo pero no lo suficiente. Cada uno debe tomarse al menos 6 semanas, a la dosis más baja que cuenta esta herramienta o más, o a la dosis completa que planeó quien se lo recetó. Estos límites son reglas propias de la herramienta. No contamos los medicamentos de los que no está seguro(a). Tampoco contamos una dosis más baja de la que planeó quien se lo recetó, a menos que dé los miligramos.",
    def_source: "Etiquetas de la FDA de Symbyax (2009) y Spravato (2019): dosis y duración adecuadas. Definición de la Agencia Europea de Medicamentos.",
    tr_title: "Etapa de Thase-Rush",
    tr_figure: "Etapa {stage}",
    tr_scale_alt: "Una escalera de seis pasos, de 0 (ninguna prueba adecuada fallida) a V. Estos antecedentes están marcados en la {stage}.",
    msm_scale_alt: "Una escala de 3 a 15 en tres niveles: {ranges}. Este total, {score}, está marcado en el nivel «{band}».",
    tr_meaning_zero: "Ningún medicamento contó como una prueba fallida (6 semanas o más, a una dosis suficiente). La etapa 0 es una etiqueta propia de esta herramienta: el modelo empieza en la etapa I.",
    tr_meaning_one: "Una clase de antidepresivo no ayudó lo suficiente.",
    tr_meaning_two: "Antidepresivos de dos clases distintas no ayudaron lo suficiente.",
    tr_meaning_three: "Como en la etapa II, y un antidepresivo tricíclico no ayudó lo suficiente.",
    tr_meaning_four: "Como en la etapa III, y un IMAO no ayudó lo suficiente.",
    tr_meaning_five: "Como en la etapa IV, y un tratamiento de TEC en ambos lados de la cabeza no ayudó lo suficiente.",
    tr_classes: "Clases que contaron: {classes}.",
    tr_unilateral_note: "La TEC en un solo lado de la cabeza, o si no sabe de qué lado, no cuenta para la etapa V. El modelo pide TEC en ambos lados.",
    tr_ect_early_note: "Su TEC no cambia esta etapa. En este modelo, la TEC cuenta solo después de la etapa IV.",
    tr_how: "Cómo aplica el modelo esta herramienta: Cada clase distinta de antidepresivo que falló sube la etapa, hasta la etapa II. La etapa III pide un tricíclico que falló y otras dos clases que fallaron. La etapa IV pide además un IMAO que falló. La etapa V pide además TEC en ambos lados de la cabeza que falló. La TEC que falló antes de la etapa IV no cambia la etapa. Dos medicamentos de la misma clase cuentan una vez. Los medicamentos agregados no cuentan. El modelo espera un orden fijo de tratamientos. Esta herramienta mira qué clases fallaron, no su orden. La lista de clases también es una elección de la herramienta. La vortioxetina y la vilazodona son su propia clase. El bupropión (IRND), la mirtazapina (NaSSA) y la trazodona o la nefazodona (AIRS) son clases separadas; en la tabla del modelo comparten una clase. Auvelity y la gepirona son cada uno su propia clase. Una dosis más baja de la que planeó quien se lo recetó, sin miligramos, no cuenta; los resultados dicen qué cambiaría si contara.",
    tr_source: "Thase ME, Rush AJ. J Clin Psychiatry 1997;58(Suppl 13). Tabla en Fava M. Biol Psychiatry 2003;53(8):649-659.",
    msm_title: "Método de clasificación de Maudsley",
    msm_figure: "{score} de 15 ({band})",
    msm_band_mild: "leve",
    msm_band_moderate: "moderado",
    msm_band_severe: "grave",
    msm_meaning: "Suma cinco cosas: cuánto ha durado este episodio, qué tan graves son los síntomas ahora y cuántos antidepresivos fallaron. También cuenta si se usaron medicamentos agregados o TEC. De 3 a 6 es leve, de 7 a 10 es moderado y de 11 a 15 es grave.",
    msm_not_applicable: "Este método necesita al menos un antidepresivo que no ayudó lo suficiente después de 6 semanas a una dosis suficiente.",
    msm_figure_not_applicable: "Sin puntaje",
    msm_needs: "Para calcularlo, escriba cuánto ha durado este episodio y qué tan graves son sus síntomas ahora.",
    msm_figure_needs: "Faltan datos",
    msm_parts: "Duración: {duration}. Gravedad: {severity}. Medicamentos: {ad}. Medicamentos agregados: {aug}. TEC: {ect}.",
    msm_how: "Duración del episodio: hasta 12 meses es 1 punto, más de 12 y hasta 24 meses son 2, más de 24 son 3. Gravedad actual: de 1 a 5 puntos. Medicamentos que fallaron: 1 o 2 es 1 punto, 3 o 4 son 2, 5 o 6 son 3, de 7 a 10 son 4, más de 10 son 5. Un medicamento agregado que no ayudó: 1. Cualquier TEC: 1. Si ningún antidepresivo falló, el método no se aplica. Usted eligió la gravedad. En los estudios, la evalúa un profesional.",
    msm_source: "Fekadu A, et al. J Clin Psychiatry 2009;70(7):952-957. Fekadu A, Donocik JG, Cleare AJ. BMC Psychiatry 2018;18:100.",
    mghs_title: "Puntaje de clasificación del MGH (Hospital General de Massachusetts)",
    mghs_meaning: "Un puntaje más alto quiere decir que más tratamientos, cada uno probado de forma justa, no ayudaron lo suficiente. Este puntaje no tiene niveles oficiales, así que no le ponemos nombre.",
    mghs_how: "1 punto por cada prueba de un antidepresivo que no ayudó lo suficiente después de al menos 6 semanas a una dosis suficiente. Medio punto por cada una de estas cosas en esa prueba: se subió la dosis; se tomó por más tiempo; se le agregó un medicamento. 3 puntos, una sola vez, si la TEC no ayudó lo suficiente, sin importar cuántos tratamientos hubo. Cada cambio cuenta una vez por prueba, y solo en una prueba que contó.",
    mghs_source: "Fava M. Biol Psychiatry 2003;53(8):649-659. Petersen T, et al. J Clin Psychopharmacol 2005;25(4):336-341.",
    rules_not_reviewed: "Estas reglas de conteo son convenciones de esta herramienta y ningún profesional clínico las ha revisado.",
    mghs_part_trials: "Pruebas que no ayudaron lo suficiente",
    mghs_part_changes: "Se subió la dosis, se tomó más tiempo o se agregó un medicamento",
    mghs_part_ect: "TEC que no ayudó lo suficiente",
    mghs_part_line: "{part}: {points}",
    mghs_scale_alt: "Una barra de este puntaje, {score}, en sus partes, que se enumeran abajo.",
    how_title: "Cómo se calcula",
    source_label: "Fuente:",
    estimate_note: "Cálculo educativo, no una evaluación clínica.",
    if_unknown: "Si los medicamentos que esta herramienta no pudo juzgar se tomaron el tiempo suficiente a una dosis suficiente, sería: {result}.",
    if_unknown_same: "Si los medicamentos que esta herramienta no pudo juzgar se tomaron el tiempo suficiente a una dosis suficiente, no cambiaría.",
    trials_title: "Qué medicamentos contaron",
    verdict_counted: "Contó: no ayudó lo suficiente después de 6 semanas o más, a la dosis más baja que cuenta esta herramienta o más.",
    verdict_counted_planned: "Contó: no ayudó lo suficiente después de 6 semanas o más, a la dosis completa que planeó quien se lo recetó.",
    verdict_helped: "No contó: le ayudó.",
    verdict_too_short: "No contó: lo tomó {weeks} semanas. Esta herramienta pide al menos 6.",
    verdict_below_minimum: "No contó: {amount} mg es menos que la dosis más baja que cuenta esta herramienta ({min} mg).",
    verdict_lower_dose: "No contó: fue una dosis más baja de la que planeó quien se lo recetó, así que esta herramienta no puede saber si fue suficiente.",
    verdict_unsure_duration: "No contó: no está seguro(a) de cuánto tiempo lo tomó.",
    verdict_unsure_dose: "No contó: no está seguro(a) de la dosis.",
    verdict_unsure_both: "No contó: no está seguro(a) de la dosis ni de cuánto tiempo lo tomó.",
    verdict_unsure_duration_lower: "No contó: no está seguro(a) de cuánto tiempo lo tomó, y fue una dosis más baja de la que planeó quien se lo recetó.",
    outcome_no_help: "No me ayudó",
    outcome_partial: "Me ayudó algo, pero no lo suficiente",
    outcome_helped: "Me ayudó",
    dose_amount: "Sé la dosis diaria",
    dose_full: "La dosis completa que planeó quien me lo recetó",
    dose_lower: "Una dosis más baja de la que planeó quien me lo recetó",
    dose_not_sure: "No estoy seguro(a)",
    placement_bilateral: "En ambos lados de la cabeza (bilateral)",
    placement_unilateral: "En un lado de la cabeza (unilateral derecha)",
    placement_unknown: "No estoy seguro(a)",
    severity_subsyndromal: "Algunos síntomas, pero no suficientes para llamarse depresión",
    severity_mild: "Leve: los síntomas me molestan, pero puedo hacer casi todas mis tareas diarias",
    severity_moderate: "Moderada: los síntomas hacen difíciles mis tareas diarias muchos días",
    severity_severe: "Grave: casi todas mis tareas diarias son muy difíciles o imposibles",
    severity_psychosis: "Grave, y oigo o veo cosas que otros no, o tengo creencias fuertes que otros dicen que no son ciertas",
};

impl StagingText {
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
        super::fill(self.tr_figure, &[("stage", stage.slug())])
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
            Maudsley::Scored(score) => super::fill(
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
                super::fill(self.error_too_large, &[("max", &max.to_string())])
            }
        }
    }
}

use crate::domain::staging::history::{DoseReport, Trial};
use crate::domain::staging::medicines::{DoseUnit, Medicine};

/// "Sertraline (Zoloft)": the generic name, then brands.
pub fn medicine_name(medicine: &Medicine, lang: Lang) -> String {
    let generic = medicine.generic.get(lang);
    if medicine.brands.is_empty() {
        generic.to_owned()
    } else {
        format!("{generic} ({})", medicine.brands.join(", "))
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
        let template = match unit {
            DoseUnit::MgPerDay => self.summary_amount,
            DoseUnit::MgPer24hPatch => self.summary_amount_patch,
        };
        match dose {
            DoseReport::Amount(amount) => {
                Some(super::fill(template, &[("amount", &amount.display())]))
            }
            DoseReport::FullDose => Some(self.dose_full.to_owned()),
            DoseReport::LowerDose => Some(self.dose_lower.to_owned()),
            DoseReport::NotSure => None,
        }
    }

    /// What changed during a trial: dose raised, taken longer, medicine added.
    pub fn changes(&self, trial: &Trial, lang: Lang) -> Vec<String> {
        let mut changes = Vec::new();
        if trial.dose_raised {
            changes.push(self.summary_dose_raised.to_owned());
        }
        if trial.duration_extended {
            changes.push(self.summary_duration_extended.to_owned());
        }
        if let Some(agent) = trial.augmented_with {
            changes.push(super::fill(
                self.summary_augmented,
                &[("agent", agent.name.get(lang))],
            ));
        }
        changes
    }

    /// One line about a saved trial: class, weeks, dose, outcome, changes.
    pub fn trial_line(&self, trial: &Trial, lang: Lang) -> String {
        let weeks = match trial.weeks {
            Some(weeks) => super::fill(self.summary_weeks, &[("weeks", &weeks.to_string())]),
            None => self.summary_weeks_unsure.to_owned(),
        };
        let dose = self
            .dose_text(trial.dose, trial.medicine.unit)
            .unwrap_or_else(|| self.summary_dose_unsure.to_owned());
        let mut parts = vec![
            trial.medicine.class.name().get(lang).to_owned(),
            weeks,
            dose,
            self.outcome(trial.outcome).to_owned(),
        ];
        parts.extend(self.changes(trial, lang));
        parts.join(" · ")
    }
}

use crate::domain::staging::adequacy::{CountedOn, DoseDoubt, Shortfall, Unsure, Verdict};

impl StagingText {
    /// Why a trial did or did not count.
    pub fn verdict(&self, verdict: Verdict) -> String {
        match verdict {
            Verdict::Counted(CountedOn::LowestDose) => self.verdict_counted.to_owned(),
            Verdict::Counted(CountedOn::PlannedDose) => self.verdict_counted_planned.to_owned(),
            Verdict::Helped => self.verdict_helped.to_owned(),
            Verdict::NotAdequate(Shortfall::TooShort { weeks }) => {
                super::fill(self.verdict_too_short, &[("weeks", &weeks.to_string())])
            }
            Verdict::NotAdequate(Shortfall::DoseBelowMinimum { amount, minimum }) => super::fill(
                self.verdict_below_minimum,
                &[("amount", &amount.display()), ("min", &minimum.display())],
            ),
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

use crate::domain::staging::history::EctCourse;
use crate::domain::staging::medicines::{DrugClass, MinimumDose};
use crate::domain::staging::methods::{MsmScore, TrdDefinition};
use crate::domain::staging::Method;

/// Sentences the staging screens build from values.
impl StagingText {
    /// The accessible name of a saved item's "Edit" button.
    pub fn edit_label_for(&self, name: &str) -> String {
        super::fill(self.edit_label, &[("name", name)])
    }

    /// The accessible name of a saved item's "Remove" button.
    pub fn remove_label_for(&self, name: &str) -> String {
        super::fill(self.remove_label, &[("name", name)])
    }

    /// "ECT course 2" for the course at `index` (0-based).
    pub fn ect_course_name(&self, index: usize) -> String {
        super::fill(self.ect_course, &[("n", &(index + 1).to_string())])
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
    pub fn medicine_class_line(&self, class: DrugClass, lang: Lang) -> String {
        super::fill(self.medicine_class, &[("class", class.name().get(lang))])
    }

    /// The hint under the dose question: the lowest dose this tool counts,
    /// or why it has none for this medicine; with "a lower dose than my
    /// prescriber planned" chosen, that milligrams would let it count
    /// (decision 21).
    pub fn dose_hint_for(&self, minimum: MinimumDose, mode: Option<DoseMode>) -> String {
        match minimum {
            MinimumDose::Known { amount } => {
                let hint = super::fill(self.dose_hint, &[("min", &amount.display())]);
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
            super::fill(
                self.def_not_met,
                &[("n", &result.distinct_failed.to_string())],
            )
        }
    }

    /// "Classes that counted: SSRI, SNRI.", or nothing when none did.
    pub fn tr_classes_line(
        &self,
        classes: impl IntoIterator<Item = DrugClass>,
        lang: Lang,
    ) -> Option<String> {
        let names: Vec<&str> = classes.into_iter().map(|c| c.name().get(lang)).collect();
        (!names.is_empty()).then(|| super::fill(self.tr_classes, &[("classes", &names.join(", "))]))
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
        super::fill(
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
            Some(result) => super::fill(self.if_unknown, &[("result", result)]),
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
