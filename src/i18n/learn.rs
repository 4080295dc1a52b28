//! Copy around the explainer pages (the pages themselves are in `content/`).

use super::catalogue;
use crate::domain::learn::Topic;

catalogue! {
    /// The explainers' frame copy in one language.
    LearnText {
    title,
    intro,
    all_topics,
    back,
    /// `{date}`, in words: when the page's sources were last checked.
    checked,
    /// `{reviewer}`, `{date}`: only when a named clinician signed the page off.
    reviewed_by,
    /// Before a treatment's possible downsides.
    downsides,
    sources,
    not_advice,
    checklist_title,
    checklist_intro,
    checklist_points,
    checklist_none,
    prescriber_warning,
    link_what_is_trd,
    link_why_trd,
    link_biomarkers,
    link_ketamine,
    link_outlook,
    link_staging,
    link_treatments,
    link_getting_help,
    link_psilocybin,
    content_error,
    }
}

pub const EN: LearnText = LearnText {
    lang: Lang::En,
    title: "Learn about treatment-resistant depression",
    intro: "Short pages in plain words. Each one lists its sources.",
    all_topics: "All topics",
    back: "Back to where I was",
    checked: "Sources checked on {date}.",
    reviewed_by: "Reviewed by {reviewer} on {date}.",
    downsides: "Possible downsides:",
    sources: "Sources",
    not_advice: "This is general information, not medical advice. Talk with your doctor about your own care.",
    checklist_title: "Things to discuss with a prescriber about psilocybin",
    checklist_intro: "Tick what applies to you. Nothing is scored or sent. These are reasons people were left out of research studies. They are not medical advice.",
    checklist_points: "Points to raise with a prescriber",
    checklist_none: "Nothing ticked yet.",
    prescriber_warning: "Talk to a prescriber before stopping or changing any medication. Stopping some medications suddenly can be dangerous.",
    link_what_is_trd: "Learn: what is TRD?",
    link_why_trd: "Learn: why TRD can happen",
    link_biomarkers: "Learn: blood tests and biomarkers",
    link_ketamine: "Learn: ketamine and esketamine",
    link_outlook: "Learn: what shapes the outlook",
    link_staging: "Learn: how TRD is staged",
    link_treatments: "Learn: treatment options",
    link_getting_help: "Getting help now",
    link_psilocybin: "Learn: psilocybin",
    content_error: "This page could not be shown.",
};

pub const ES: LearnText = LearnText {
    lang: Lang::Es,
    title: "Aprenda sobre la depresión resistente al tratamiento",
    intro: "Páginas cortas con palabras sencillas. Cada una indica sus fuentes.",
    all_topics: "Todos los temas",
    back: "Volver a donde estaba",
    checked: "Fuentes revisadas el {date}.",
    reviewed_by: "Revisado por {reviewer} el {date}.",
    downsides: "Posibles desventajas:",
    sources: "Fuentes",
    not_advice: "Es información general, no un consejo médico. Hable con su médico sobre su propio cuidado.",
    checklist_title: "Temas para hablar sobre la psilocibina con quien le receta",
    checklist_intro: "Marque lo que aplica a usted. No se calcula ni se envía nada. Son razones por las que algunas personas no se incluyeron en estudios. No son consejos médicos.",
    checklist_points: "Puntos para hablar con quien le receta",
    checklist_none: "Todavía no ha marcado nada.",
    prescriber_warning: "Hable con quien le receta antes de dejar o cambiar cualquier medicamento. Dejar algunos medicamentos de golpe puede ser peligroso.",
    link_what_is_trd: "Aprender: ¿qué es la DRT?",
    link_why_trd: "Aprender: por qué puede ocurrir la DRT",
    link_biomarkers: "Aprender: análisis de sangre y biomarcadores",
    link_ketamine: "Aprender: ketamina y esketamina",
    link_outlook: "Aprender: qué influye en el pronóstico",
    link_staging: "Aprender: cómo se clasifica la DRT",
    link_treatments: "Aprender: opciones de tratamiento",
    link_getting_help: "Cómo conseguir ayuda ahora",
    link_psilocybin: "Aprender: psilocibina",
    content_error: "No se pudo mostrar esta página.",
};

impl LearnText {
    /// The label of a link to `topic` from elsewhere in the widget.
    pub fn link(&self, topic: Topic) -> &'static str {
        match topic {
            Topic::WhatIsTrd => self.link_what_is_trd,
            Topic::WhyTrdHappens => self.link_why_trd,
            Topic::DiagnosisAndStaging => self.link_staging,
            Topic::Biomarkers => self.link_biomarkers,
            Topic::TreatmentOptions => self.link_treatments,
            Topic::KetamineAndEsketamine => self.link_ketamine,
            Topic::Outlook => self.link_outlook,
            Topic::Psilocybin => self.link_psilocybin,
            Topic::GettingHelp => self.link_getting_help,
        }
    }
}

use crate::domain::date::Date;
use crate::domain::lang::Lang;

impl LearnText {
    /// "Sources checked on November 27, 2026." (project decision 16).
    pub fn checked_line(&self, date: Date) -> String {
        super::fill(
            self.checked,
            &[("date", &super::date_in_words(date, self.lang))],
        )
    }

    /// "Reviewed by … on …", only where a named clinician signed off.
    pub fn reviewed_line(&self, reviewer: &str, date: Date) -> String {
        super::fill(
            self.reviewed_by,
            &[
                ("reviewer", reviewer),
                ("date", &super::date_in_words(date, self.lang)),
            ],
        )
    }
}
