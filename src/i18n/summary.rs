//! Copy for the summary for the doctor (screen, print and download).

use super::catalogue;
use crate::domain::lang::Lang;

catalogue! {
    /// The summary's copy in one language.
    SummaryText {
    open,
    title,
    /// `{date}`.
    made_on,
    /// `{language}`: the language the visitor used.
    language_line,
    disclaimer,
    phq9_heading,
    phq9_not_taken,
    col_number,
    col_question,
    col_answer,
    /// `{answer}`, `{points}`.
    answer_points,
    /// `{score}`, `{max}`, `{band}`, `{min}`, `{high}`.
    total_line,
    /// `{answer}`.
    item9_line,
    /// The note under question 9 when it was answered above 0 (decision 22).
    item9_flag,
    /// `{answer}`.
    difficulty_line,
    history_heading,
    history_none,
    col_medicine,
    col_class,
    col_weeks,
    col_dose,
    col_outcome,
    col_changes,
    col_counted,
    not_sure,
    none,
    /// `{n}`, `{placement}`, `{outcome}`.
    ect_line,
    /// `{months}`.
    months_line,
    months_unknown,
    /// `{severity}`.
    severity_line,
    severity_unknown,
    /// `{list}`.
    other_line,
    staging_heading,
    notes_heading,
    note_adequate,
    note_thase_rush,
    note_maudsley,
    note_mghs,
    /// The last lines of the kept summary (print, download): decision 22.
    crisis_close,
    print,
    download_html,
    download_fhir,
    /// `{score}`, `{max}`: the FHIR file's human-readable narrative.
    fhir_total,
    back,
    /// Shown when the browser refused a download or print.
    action_failed,
    }
}

pub const EN: SummaryText = SummaryText {
    lang: Lang::En,
    open: "Summary for my doctor",
    title: "Summary for your doctor",
    made_on: "Made on {date} on this device. Nothing was sent anywhere.",
    language_line: "Language used: {language}.",
    disclaimer: "This is an educational self-check, not a diagnosis. The staging results are educational estimates, not clinical ratings.",
    phq9_heading: "Symptoms in the last 2 weeks (PHQ-9)",
    phq9_not_taken: "The symptom questions were not answered.",
    col_number: "#",
    col_question: "Question",
    col_answer: "Answer",
    answer_points: "{answer} ({points})",
    total_line: "Total: {score} out of {max}, in the {band} range ({min} to {high}).",
    item9_line: "Question 9, thoughts of being better off dead or of self-harm: {answer}.",
    item9_flag: "Question 9 was answered above 0; crisis resources were shown. The PHQ-9 manual advises further assessment of suicide risk by someone competent to assess it.",
    difficulty_line: "How hard these problems made daily life: {answer}.",
    history_heading: "Treatments in this episode",
    history_none: "No medicines were entered.",
    col_medicine: "Medicine",
    col_class: "Class",
    col_weeks: "Weeks",
    col_dose: "Dose",
    col_outcome: "How it helped",
    col_changes: "Changes",
    col_counted: "Counted",
    not_sure: "not sure",
    none: "none",
    ect_line: "ECT course {n}: {placement}; {outcome}.",
    months_line: "Length of this episode: {months} months.",
    months_unknown: "Length of this episode: not given.",
    severity_line: "Current severity, chosen by the visitor from plain descriptions: {severity}.",
    severity_unknown: "Current severity: not given.",
    other_line: "Other treatments: {list}.",
    staging_heading: "Staging results",
    notes_heading: "How these were worked out",
    note_adequate: "A medicine counts when it did not help enough after at least 6 weeks. The dose must be at or above the lowest dose this tool lists, or the full dose the prescriber planned; the verdict says which. These cut-offs are this tool's convention. Medicines with an unsure dose or length are not counted, nor is a lower dose than the prescriber planned given without milligrams; each result says what it would be if they counted.",
    note_thase_rush: "Thase-Rush stage 0 is this tool's own label for no failed adequate trial. Stages follow the set of failed classes, not their order. NDRI, NaSSA, SARI, serotonin modulators, Auvelity and gepirone each count as their own class. Stage III needs two failed classes besides the tricyclic. Failed ECT before stage IV does not change the stage, and only ECT on both sides of the head counts toward stage V. Added medicines do not count.",
    note_maudsley: "For the Maudsley method, severity was chosen by the visitor, not rated by a clinician. Length is counted in continuous months (up to 12, over 12 up to 24, over 24). Augmentation counts as used when a medicine was added to a trial that did not help. With no failed antidepressant the method is not applicable.",
    note_mghs: "The MGH score has no published levels. ECT adds 3 points once, however many courses. Each change (dose raised, taken longer, a medicine added) adds 0.5 once per trial, and only on a trial that counted.",
    crisis_close: "If you are thinking about suicide: call or text 988 (en español: 988, oprima 2). In immediate danger: call 911.",
    print: "Print",
    download_html: "Download the summary (HTML)",
    download_fhir: "Download the PHQ-9 for health records (FHIR JSON)",
    fhir_total: "PHQ-9 total score: {score} of {max}.",
    back: "Back",
    action_failed: "That did not work in this browser. You can still show this screen to your doctor.",
};

pub const ES: SummaryText = SummaryText {
    lang: Lang::Es,
    open: "Resumen para mi médico",
    title: "Resumen para su médico",
    made_on: "Hecho el {date} en este dispositivo. No se envió nada a ningún lugar.",
    language_line: "Idioma usado: {language}.",
    disclaimer: "Es una autoevaluación educativa, no un diagnóstico. Los resultados de clasificación son cálculos educativos, no evaluaciones clínicas.",
    phq9_heading: "Síntomas en las últimas 2 semanas (PHQ-9)",
    phq9_not_taken: "No se respondieron las preguntas sobre síntomas.",
    col_number: "N.º",
    col_question: "Pregunta",
    col_answer: "Respuesta",
    answer_points: "{answer} ({points})",
    total_line: "Total: {score} de {max}, en el nivel «{band}» ({min} a {high}).",
    item9_line: "Pregunta 9, pensamientos de que estaría mejor muerto(a) o de lastimarse: {answer}.",
    item9_flag: "La pregunta 9 se respondió por encima de 0; se mostraron los recursos de ayuda en una crisis. El manual del PHQ-9 aconseja una evaluación adicional del riesgo de suicidio por alguien competente para evaluarlo.",
    difficulty_line: "Qué tan difíciles hicieron estos problemas la vida diaria: {answer}.",
    history_heading: "Tratamientos en este episodio",
    history_none: "No se agregaron medicamentos.",
    col_medicine: "Medicamento",
    col_class: "Clase",
    col_weeks: "Semanas",
    col_dose: "Dosis",
    col_outcome: "Cuánto ayudó",
    col_changes: "Cambios",
    col_counted: "Contó",
    not_sure: "no está seguro(a)",
    none: "ninguno",
    ect_line: "Tratamiento de TEC {n}: {placement}; {outcome}.",
    months_line: "Duración de este episodio: {months} meses.",
    months_unknown: "Duración de este episodio: no se indicó.",
    severity_line: "Gravedad actual, elegida por la persona entre descripciones sencillas: {severity}.",
    severity_unknown: "Gravedad actual: no se indicó.",
    other_line: "Otros tratamientos: {list}.",
    staging_heading: "Resultados de clasificación",
    notes_heading: "Cómo se calcularon",
    note_adequate: "Un medicamento cuenta cuando no ayudó lo suficiente después de al menos 6 semanas. La dosis debe ser la dosis más baja que indica esta herramienta o más, o la dosis completa que planeó quien lo recetó; el veredicto dice cuál. Estos límites son una convención de esta herramienta. No cuentan los medicamentos de dosis o duración dudosa, ni una dosis más baja de la que planeó quien lo recetó si no se dieron los miligramos; cada resultado dice cuál sería si contaran.",
    note_thase_rush: "La etapa 0 de Thase-Rush es una etiqueta propia de esta herramienta para cuando ninguna prueba adecuada ha fallado. Las etapas siguen el conjunto de clases que fallaron, no su orden. IRND, NaSSA, AIRS, moduladores de serotonina, Auvelity y gepirona cuentan cada uno como su propia clase. La etapa III pide dos clases que fallaron además del tricíclico. La TEC que falló antes de la etapa IV no cambia la etapa, y solo la TEC en ambos lados de la cabeza cuenta para la etapa V. Los medicamentos agregados no cuentan.",
    note_maudsley: "En el método de Maudsley, la gravedad la eligió la persona, no la evaluó un profesional. La duración se cuenta en meses continuos (hasta 12, más de 12 y hasta 24, más de 24). La potenciación cuenta como usada cuando se agregó un medicamento a una prueba que no ayudó. Si ningún antidepresivo falló, el método no se aplica.",
    note_mghs: "El puntaje del MGH no tiene niveles publicados. La TEC suma 3 puntos una sola vez, sin importar cuántos tratamientos hubo. Cada cambio (se subió la dosis, se tomó más tiempo, se agregó un medicamento) suma 0.5 una vez por prueba, y solo en una prueba que contó.",
    crisis_close: "Si está pensando en el suicidio: llame o envíe un mensaje de texto al 988 (en español: oprima 2). Si corre peligro inmediato: llame al 911.",
    print: "Imprimir",
    download_html: "Descargar el resumen (HTML)",
    download_fhir: "Descargar el PHQ-9 para registros de salud (FHIR JSON)",
    fhir_total: "Puntaje total del PHQ-9: {score} de {max}.",
    back: "Atrás",
    action_failed: "Eso no funcionó en este navegador. Aún puede mostrarle esta pantalla a su médico.",
};

use crate::domain::responses::SummedScore;

impl SummaryText {
    /// "PHQ-9 total score: 14 of 27." for the FHIR narrative.
    pub fn fhir_total_line(&self, score: &SummedScore) -> String {
        super::fill(
            self.fhir_total,
            &[
                ("score", &score.total.to_string()),
                ("max", &score.max.to_string()),
            ],
        )
    }
}
