//! The PHQ-9 review and result, "remember on this device" and the totals
//! over time, in every language. Reached through `Catalogue::answers`, so
//! in the split build (issue 17) it comes with those screens, not in the
//! first load.

use super::{catalogue, date_in_words, fill, Sentence};
use crate::domain::embed::Clinic;
use crate::domain::instrument::Severity;
use crate::domain::lang::Lang;
use crate::domain::progress::DatedTotal;
use crate::domain::responses::SummedScore;

catalogue! {
    /// The review, the result and the totals over time in one language.
    AnswersText {
    review_title,
    review_intro,
    /// Accessible name of the "Change" button of question `{n}`.
    review_change_label,
    review_change,
    not_answered,
    see_result,
    result_title,
    /// `{score}` out of `{max}`.
    result_score,
    /// Your answers fall in the `{band}` range (`{min}`-`{max}`).
    result_band,
    /// `{ranges}`, `{score}`, `{band}`: the score picture's text alternative.
    score_scale_alt,
    /// `{band}`, `{min}`, `{max}`: one range in that alternative.
    score_scale_range,
    band_none_minimal,
    band_mild,
    band_moderate,
    band_moderately_severe,
    band_severe,
    /// Empty in English; in Spanish, that the band names are our own.
    band_names_note,
    meaning_none_minimal,
    meaning_mild,
    meaning_moderate,
    meaning_moderately_severe,
    meaning_severe,
    result_not_diagnosis,
    next_steps_title,
    /// `{clinic}` and `{phone}`.
    next_steps_clinic_phone,
    /// `{clinic}` only.
    next_steps_clinic_name,
    /// `{phone}` only.
    next_steps_phone,
    next_steps_no_clinic,
    next_steps_share,
    next_steps_now,
    /// The clinic's booking link (option `booking-url`).
    next_steps_book,
    /// The clinic's website link (option `clinic-url`).
    next_steps_site,
    remember_title,
    remember_offer,
    remember_explain,
    forget,
    /// The chart's title.
    progress_title,
    /// `{list}`: the chart's text alternative.
    progress_alt,
    /// `{date}`, `{total}`, `{band}`: one entry over time.
    progress_entry,
    change_answers,
    }
}

pub const EN: AnswersText = AnswersText {
    lang: Lang::En,
    review_title: "Check your answers",
    review_intro: "You can change any answer before you see your result.",
    review_change_label: "Change answer to question {n}",
    review_change: "Change",
    not_answered: "Not answered",
    see_result: "See my result",
    result_title: "Your result",
    result_score: "{score} out of {max}",
    result_band: "Your answers fall in the {band} range ({min} to {max}).",
    score_scale_alt: "A scale from 0 to 27 in five ranges: {ranges}. Your total, {score}, is marked in the {band} range.",
    score_scale_range: "{band}, {min} to {max}",
    band_none_minimal: "none to minimal",
    band_mild: "mild",
    band_moderate: "moderate",
    band_moderately_severe: "moderately severe",
    band_severe: "severe",
    band_names_note: "",
    meaning_none_minimal: "You told us about few symptoms in the last 2 weeks. If you still feel something is wrong, it is worth talking to a doctor.",
    meaning_mild: "You told us about some symptoms in the last 2 weeks. Keep an eye on how you feel. Talk to a doctor if things do not get better or get worse.",
    meaning_moderate: "You told us about symptoms that can make daily life hard. It is a good idea to talk to a doctor or mental health professional soon.",
    meaning_moderately_severe: "You told us about many symptoms that can make daily life hard. Please talk to a doctor or mental health professional soon.",
    meaning_severe: "You told us about a lot of symptoms, most days. Please contact a doctor or mental health professional as soon as you can.",
    result_not_diagnosis: "This is not a diagnosis. It is a way to start a talk with a doctor.",
    next_steps_title: "What you can do next",
    next_steps_clinic_phone: "Call {clinic} at {phone}.",
    next_steps_clinic_name: "Contact {clinic}.",
    next_steps_phone: "Call the clinic at {phone}.",
    next_steps_no_clinic: "Talk to your doctor or a mental health clinic about your answers.",
    next_steps_share: "Write down your score, or show this screen, at your next visit.",
    next_steps_now: "If things feel too hard right now, you do not have to wait. Call or text 988 at any time.",
    next_steps_book: "Book a visit",
    next_steps_site: "The clinic's website",
    remember_title: "Keep track over time",
    remember_offer: "Remember my totals on this device",
    remember_explain: "Only your PHQ-9 totals and their dates are kept, in this browser on this device. Nothing is sent. You can forget them at any time.",
    forget: "Forget my answers",
    progress_title: "Your PHQ-9 totals over time",
    progress_alt: "PHQ-9 totals over time: {list}.",
    progress_entry: "{date}: {total} ({band})",
    change_answers: "Change my answers",
};

pub const ES: AnswersText = AnswersText {
    lang: Lang::Es,
    review_title: "Revise sus respuestas",
    review_intro: "Puede cambiar cualquier respuesta antes de ver su resultado.",
    review_change_label: "Cambiar la respuesta a la pregunta {n}",
    review_change: "Cambiar",
    not_answered: "Sin respuesta",
    see_result: "Ver mi resultado",
    result_title: "Su resultado",
    result_score: "{score} de {max}",
    result_band: "Sus respuestas están en el nivel «{band}» ({min} a {max}).",
    score_scale_alt: "Una escala de 0 a 27 en cinco niveles: {ranges}. Su total, {score}, está marcado en el nivel «{band}».",
    score_scale_range: "«{band}», de {min} a {max}",
    band_none_minimal: "mínimo o ninguno",
    band_mild: "leve",
    band_moderate: "moderado",
    band_moderately_severe: "moderadamente grave",
    band_severe: "grave",
    band_names_note: "Los nombres de los niveles son nuestra traducción: el PHQ-9 los publica solo en inglés.",
    meaning_none_minimal: "Nos contó de pocos síntomas en las últimas 2 semanas. Si aun así siente que algo no está bien, vale la pena hablar con un médico.",
    meaning_mild: "Nos contó de algunos síntomas en las últimas 2 semanas. Preste atención a cómo se siente. Hable con un médico si no mejora o si empeora.",
    meaning_moderate: "Nos contó de síntomas que pueden hacer difícil la vida diaria. Es buena idea hablar pronto con un médico o un profesional de salud mental.",
    meaning_moderately_severe: "Nos contó de muchos síntomas que pueden hacer difícil la vida diaria. Hable pronto con un médico o un profesional de salud mental.",
    meaning_severe: "Nos contó de muchos síntomas, casi todos los días. Comuníquese con un médico o un profesional de salud mental lo antes posible.",
    result_not_diagnosis: "Esto no es un diagnóstico. Es una forma de empezar a hablar con un médico.",
    next_steps_title: "Qué puede hacer ahora",
    next_steps_clinic_phone: "Llame a {clinic} al {phone}.",
    next_steps_clinic_name: "Comuníquese con {clinic}.",
    next_steps_phone: "Llame a la clínica al {phone}.",
    next_steps_no_clinic: "Hable de sus respuestas con su médico o con una clínica de salud mental.",
    next_steps_share: "Anote su puntaje, o muestre esta pantalla, en su próxima cita.",
    next_steps_now: "Si ahora todo se siente demasiado difícil, no tiene que esperar. Llame al 988 y oprima 2, a cualquier hora.",
    next_steps_book: "Pedir una cita",
    next_steps_site: "El sitio web de la clínica",
    remember_title: "Seguimiento en el tiempo",
    remember_offer: "Recordar mis puntajes en este dispositivo",
    remember_explain: "Solo se guardan sus puntajes del PHQ-9 y sus fechas, en este navegador y en este dispositivo. No se envía nada. Puede borrarlos cuando quiera.",
    forget: "Olvidar mis respuestas",
    progress_title: "Sus puntajes del PHQ-9 en el tiempo",
    progress_alt: "Puntajes del PHQ-9 en el tiempo: {list}.",
    progress_entry: "{date}: {total} ({band})",
    change_answers: "Cambiar mis respuestas",
};

impl AnswersText {
    pub fn band(&self, severity: Severity) -> &'static str {
        match severity {
            Severity::NoneMinimal => self.band_none_minimal,
            Severity::Mild => self.band_mild,
            Severity::Moderate => self.band_moderate,
            Severity::ModeratelySevere => self.band_moderately_severe,
            Severity::Severe => self.band_severe,
        }
    }

    pub fn score_line(&self, score: &SummedScore) -> String {
        fill(
            self.result_score,
            &[
                ("score", &score.total.to_string()),
                ("max", &score.max.to_string()),
            ],
        )
    }

    pub fn band_line(&self, score: &SummedScore) -> String {
        fill(
            self.result_band,
            &[
                ("band", self.band(score.band.severity)),
                ("min", &score.band.min.to_string()),
                ("max", &score.band.max.to_string()),
            ],
        )
    }

    pub fn scale_range(&self, band: &str, min: u16, max: u16) -> String {
        fill(
            self.score_scale_range,
            &[
                ("band", band),
                ("min", &min.to_string()),
                ("max", &max.to_string()),
            ],
        )
    }

    pub fn score_scale_alt(&self, score: &SummedScore) -> String {
        let ranges: Vec<String> = crate::domain::phq9::PHQ9
            .bands
            .iter()
            .map(|band| {
                self.scale_range(self.band(band.severity), band.min.into(), band.max.into())
            })
            .collect();
        fill(
            self.score_scale_alt,
            &[
                ("ranges", &ranges.join("; ")),
                ("score", &score.total.to_string()),
                ("band", self.band(score.band.severity)),
            ],
        )
    }

    pub fn meaning(&self, severity: Severity) -> &'static str {
        match severity {
            Severity::NoneMinimal => self.meaning_none_minimal,
            Severity::Mild => self.meaning_mild,
            Severity::Moderate => self.meaning_moderate,
            Severity::ModeratelySevere => self.meaning_moderately_severe,
            Severity::Severe => self.meaning_severe,
        }
    }

    pub fn progress_entry_text(&self, entry: DatedTotal) -> String {
        let band = crate::domain::phq9::PHQ9
            .band_for(entry.total)
            .map(|b| self.band(b.severity))
            .unwrap_or_default();
        fill(
            self.progress_entry,
            &[
                ("date", &date_in_words(entry.date, self.lang)),
                ("total", &entry.total.to_string()),
                ("band", band),
            ],
        )
    }

    pub fn progress_alt_text(&self, entries: &[DatedTotal]) -> String {
        let list: Vec<String> = entries
            .iter()
            .map(|e| self.progress_entry_text(*e))
            .collect();
        fill(self.progress_alt, &[("list", &list.join("; "))])
    }

    pub fn review_change_for(&self, index: usize) -> String {
        fill(self.review_change_label, &[("n", &(index + 1).to_string())])
    }

    pub fn next_steps_clinic_line(&self, clinic: &Clinic) -> Sentence {
        let name = clinic.name.as_deref();
        let phone = clinic.phone.clone();
        let text = match (name, &phone) {
            (Some(name), Some(_)) => fill(self.next_steps_clinic_phone, &[("clinic", name)]),
            (Some(name), None) => fill(self.next_steps_clinic_name, &[("clinic", name)]),
            (None, Some(_)) => self.next_steps_phone.to_owned(),
            (None, None) => self.next_steps_no_clinic.to_owned(),
        };
        match phone {
            Some(phone) => Sentence::with_phone(text, phone),
            None => Sentence::plain(text),
        }
    }
}
