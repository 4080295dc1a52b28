//! The PHQ-9, as data.
//!
//! Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief
//! depression severity measure. J Gen Intern Med 2001;16(9):606-613.
//! Wording: English (US) and the official Spanish for the USA version,
//! verbatim from clinical-spec sections 1.2-1.7 (a native test compares every
//! string with the spec). LOINC codes: clinical-spec 1.11. Bands: 1.8.

use super::instrument::{
    AnswerOption, Band, Code, Instrument, Item, ItemRole, SafetyRule, Severity,
};
use super::lang::Localized;

const LOINC: &str = "http://loinc.org";

const fn loinc(code: &'static str, display: &'static str) -> Code {
    Code {
        system: LOINC,
        code,
        display: Some(display),
    }
}

/// Item codes carry no display: the spec gives their codes but not LOINC's
/// own display names, and the item's `text` already holds the wording shown.
const fn loinc_item(code: &'static str) -> Code {
    Code {
        system: LOINC,
        code,
        display: None,
    }
}

/// The time frame every scored item is read under.
pub const STEM: Localized = Localized {
    en: "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
    es: "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?",
};

/// Answers to items 1-9 (LOINC answer list LL358-3).
pub const FREQUENCY: &[AnswerOption] = &[
    AnswerOption {
        code: loinc("LA6568-5", "Not at all"),
        weight: 0,
        label: Localized {
            en: "Not at all",
            es: "Ningún día",
        },
    },
    AnswerOption {
        code: loinc("LA6569-3", "Several days"),
        weight: 1,
        label: Localized {
            en: "Several days",
            es: "Varios días",
        },
    },
    AnswerOption {
        code: loinc("LA6570-1", "More than half the days"),
        weight: 2,
        label: Localized {
            en: "More than half the days",
            es: "Más de la mitad de los días",
        },
    },
    AnswerOption {
        code: loinc("LA6571-9", "Nearly every day"),
        weight: 3,
        label: Localized {
            en: "Nearly every day",
            es: "Casi todos los días",
        },
    },
];

/// Answers to the difficulty question (LOINC answer list LL359-1). Their
/// weights order the answers for display; the item is never scored.
pub const DIFFICULTY: &[AnswerOption] = &[
    AnswerOption {
        code: loinc("LA6572-7", "Not difficult at all"),
        weight: 0,
        label: Localized {
            en: "Not difficult at all",
            es: "No ha sido difícil",
        },
    },
    AnswerOption {
        code: loinc("LA6573-5", "Somewhat difficult"),
        weight: 1,
        label: Localized {
            en: "Somewhat difficult",
            es: "Un poco difícil",
        },
    },
    AnswerOption {
        code: loinc("LA6575-0", "Very difficult"),
        weight: 2,
        label: Localized {
            en: "Very difficult",
            es: "Muy difícil",
        },
    },
    AnswerOption {
        code: loinc("LA6574-3", "Extremely difficult"),
        weight: 3,
        label: Localized {
            en: "Extremely difficult",
            es: "Extremadamente difícil",
        },
    },
];

const ITEMS: &[Item] = &[
    Item {
        link_id: "phq9-1",
        code: loinc_item("44250-9"),
        stem: Some(STEM),
        text: Localized {
            en: "Little interest or pleasure in doing things",
            es: "Poco interés o placer en hacer cosas",
        },
        options: FREQUENCY,
        role: ItemRole::Scored { safety: None },
    },
    Item {
        link_id: "phq9-2",
        code: loinc_item("44255-8"),
        stem: Some(STEM),
        text: Localized {
            en: "Feeling down, depressed, or hopeless",
            es: "Se ha sentido decaído(a), deprimido(a) o sin esperanzas",
        },
        options: FREQUENCY,
        role: ItemRole::Scored { safety: None },
    },
    Item {
        link_id: "phq9-3",
        code: loinc_item("44259-0"),
        stem: Some(STEM),
        text: Localized {
            en: "Trouble falling or staying asleep, or sleeping too much",
            es: "Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado",
        },
        options: FREQUENCY,
        role: ItemRole::Scored { safety: None },
    },
    Item {
        link_id: "phq9-4",
        code: loinc_item("44254-1"),
        stem: Some(STEM),
        text: Localized {
            en: "Feeling tired or having little energy",
            es: "Se ha sentido cansado(a) o con poca energía",
        },
        options: FREQUENCY,
        role: ItemRole::Scored { safety: None },
    },
    Item {
        link_id: "phq9-5",
        code: loinc_item("44251-7"),
        stem: Some(STEM),
        text: Localized {
            en: "Poor appetite or overeating",
            es: "Sin apetito o ha comido en exceso",
        },
        options: FREQUENCY,
        role: ItemRole::Scored { safety: None },
    },
    Item {
        link_id: "phq9-6",
        code: loinc_item("44258-2"),
        stem: Some(STEM),
        text: Localized {
            en: "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
            es: "Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia",
        },
        options: FREQUENCY,
        role: ItemRole::Scored { safety: None },
    },
    Item {
        link_id: "phq9-7",
        code: loinc_item("44252-5"),
        stem: Some(STEM),
        text: Localized {
            en: "Trouble concentrating on things, such as reading the newspaper or watching television",
            es: "Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión",
        },
        options: FREQUENCY,
        role: ItemRole::Scored { safety: None },
    },
    Item {
        link_id: "phq9-8",
        code: loinc_item("44253-3"),
        stem: Some(STEM),
        text: Localized {
            en: "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual",
            es: "¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal",
        },
        options: FREQUENCY,
        role: ItemRole::Scored { safety: None },
    },
    Item {
        link_id: "phq9-9",
        code: loinc_item("44260-8"),
        stem: Some(STEM),
        text: Localized {
            en: "Thoughts that you would be better off dead or of hurting yourself in some way",
            es: "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera",
        },
        options: FREQUENCY,
        role: ItemRole::Scored { safety: Some(SafetyRule { raised_at: 1, urgent_at: 2 }) },
    },
    Item {
        link_id: "phq9-difficulty",
        code: loinc_item("69722-7"),
        stem: None,
        text: Localized {
            en: "If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?",
            es: "Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?",
        },
        options: DIFFICULTY,
        role: ItemRole::FollowUp,
    },
];

/// Score bands (clinical-spec 1.8; 0-4 per manual Table 4, not 1-4).
const BANDS: &[Band] = &[
    Band {
        min: 0,
        max: 4,
        severity: Severity::NoneMinimal,
    },
    Band {
        min: 5,
        max: 9,
        severity: Severity::Mild,
    },
    Band {
        min: 10,
        max: 14,
        severity: Severity::Moderate,
    },
    Band {
        min: 15,
        max: 19,
        severity: Severity::ModeratelySevere,
    },
    Band {
        min: 20,
        max: 27,
        severity: Severity::Severe,
    },
];

/// The PHQ-9.
pub static PHQ9: Instrument = Instrument {
    slug: "phq9",
    name: Localized { en: "PHQ-9", es: "PHQ-9" },
    // The npm package ships this Questionnaire at this address
    // (dist/fhir/Questionnaire-phq9.json, examples/fhir.rs).
    canonical: "https://cdn.jsdelivr.net/npm/trd-widget/dist/fhir/Questionnaire-phq9.json",
    version: "1.0.0",
    code: loinc("44249-1", "PHQ-9 quick depression assessment panel [Reported.PHQ]"),
    total_code: loinc("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"),
    total_link_id: "phq9-total",
    items: ITEMS,
    bands: BANDS,
    attribution: Localized {
        en: "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.",
        es: "Elaborado por los doctores Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, mediante una subvención educativa otorgada por Pfizer Inc. No se requiere permiso para reproducir, traducir, presentar o distribuir.",
    },
};
