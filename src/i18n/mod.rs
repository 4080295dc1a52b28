//! Every word the widget itself writes, in every language.
//!
//! `UiText` is one struct with a field per piece of copy; `EN` and `ES` are
//! its two values, so a missing translation is a compile error. Copy with
//! values in it uses `{name}` placeholders filled by [`fill`]; a test checks
//! that both languages use the same placeholders. Instrument wording is not
//! here: it lives verbatim with the instrument in `domain::phq9`.
//!
//! English copy is plain language (project decision 1: at or below 8th
//! grade). Spanish band names are this project's own translation, and the
//! result screen says so (clinical-spec 1.7).

pub mod answers;
mod en;
mod es;
pub mod learn;
pub mod staging;
pub mod summary;

use crate::domain::date::Date;
use crate::domain::embed::Phone;
use crate::domain::lang::Lang;
use crate::domain::options::Contact;
use crate::domain::progress::StorageNotice;
use crate::domain::responses::{SafetyFlag, SummedScore};
use crate::domain::staging::methods::{MsmBand, MsmScore};
use crate::domain::wizard::Progress;
use answers::AnswersText;
use learn::LearnText;
use staging::StagingText;
use summary::SummaryText;

macro_rules! catalogue {
    ($(#[$outer:meta])* $name:ident { $( $(#[$doc:meta])* $field:ident ),* $(,)? }) => {
        $(#[$outer])*
        #[derive(Debug)]
        pub struct $name {
            /// The language of every entry: helpers format numbers, dates
            /// and names in it, so a catalogue cannot be paired with
            /// another language's formatting.
            pub lang: $crate::domain::lang::Lang,
            $( $(#[$doc])* pub $field: &'static str, )*
        }

        impl $name {
            /// Every entry as (key, text), for completeness checks.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$( (stringify!($field), self.$field) ),*]
            }
        }
    };
}

catalogue! {
    /// The widget's own copy in one language: the frame, the intro and the
    /// PHQ-9 questions (the first load).
    UiText {
    /// Accessible name of the whole widget.
    widget_label,
    language_label,
    intro_title,
    intro_what,
    intro_adults,
    intro_not_diagnosis,
    intro_private,
    start,
    /// `{n}` of `{total}`.
    progress_scored,
    progress_follow_up,
    follow_up_optional,
    choose_answer,
    back,
    next,
    /// `{number}`: a clinic's own crisis line to call.
    crisis_extra_call,
    /// `{number}`: a clinic's own crisis line to text.
    crisis_extra_text,
    /// A clinic's own crisis line on the web.
    crisis_extra_web,
    storage_unavailable,
    storage_unreadable,
    storage_not_saved,
    storage_not_loaded,
    start_over,
    crisis_panel_title,
    crisis_panel_raised,
    crisis_panel_urgent,
    crisis_panel_continue,
    /// Under the panel once the questions are behind the visitor.
    crisis_panel_private,
    /// `{phone}`: the clinic's number, in the crisis panel.
    crisis_panel_clinic,
    crisis_block_label,
    /// The compact block's disclosure of the other crisis lines.
    crisis_more,
    /// On the getting-help page while the item-9 panel lists every line.
    crisis_lines_above,
    /// A screen's file could not be fetched (offline, blocked): its title,
    /// what to do, and the button that fetches it again.
    chunk_failed_title,
    chunk_failed,
    chunk_retry,
    attribution_title,
    attribution_link,
    private_note,
    /// On the intro and PHQ-9 result: the way into TRD staging.
    open_staging,
    /// On the intro: the way into the explainers.
    learn_open,
    }
}

pub(crate) use catalogue;

pub use en::EN;
pub use es::ES;

/// Every catalogue in one language. [`copy`] is the one way to reach a
/// word the widget writes: `copy(lang).ui.start`, `copy(lang).staging().heading`,
/// or in a component `ctx.copy().staging().heading`.
///
/// The frame and the PHQ-9 (`ui`) are in the first load; the other
/// catalogues are reached through methods, so that in the split build
/// (issue 17) each comes with the screens that use it and not before.
#[derive(Debug)]
pub struct Catalogue {
    /// The frame and the PHQ-9.
    pub ui: &'static UiText,
    lang: Lang,
}

static COPY_EN: Catalogue = Catalogue {
    ui: &EN,
    lang: Lang::En,
};

static COPY_ES: Catalogue = Catalogue {
    ui: &ES,
    lang: Lang::Es,
};

/// The copy for a language.
pub fn copy(lang: Lang) -> &'static Catalogue {
    match lang {
        Lang::En => &COPY_EN,
        Lang::Es => &COPY_ES,
    }
}

/// One catalogue's entries in both languages, key by key.
pub struct Entries {
    /// What the catalogue covers, in English (for the review page).
    pub title: &'static str,
    /// Where it is written.
    pub file: &'static str,
    pub en: Vec<(&'static str, &'static str)>,
    pub es: Vec<(&'static str, &'static str)>,
}

/// Every catalogue of the widget's own copy: the one list the checks (both
/// languages, reading grade, no decimal comma) and the review page walk.
pub fn every_catalogue() -> [Entries; 5] {
    let entries = |title, file, en: Vec<_>, es: Vec<_>| Entries {
        title,
        file,
        en,
        es,
    };
    [
        entries(
            "PHQ-9 questions and frame",
            "src/i18n/en.rs, es.rs",
            EN.entries(),
            ES.entries(),
        ),
        entries(
            "PHQ-9 review, result and totals over time",
            "src/i18n/answers.rs",
            answers::EN.entries(),
            answers::ES.entries(),
        ),
        entries(
            "Treatment history and staging results",
            "src/i18n/staging.rs",
            staging::EN.entries(),
            staging::ES.entries(),
        ),
        entries(
            "Summary for the doctor",
            "src/i18n/summary.rs",
            summary::EN.entries(),
            summary::ES.entries(),
        ),
        entries(
            "Explainer frame",
            "src/i18n/learn.rs",
            learn::EN.entries(),
            learn::ES.entries(),
        ),
    ]
}

impl Catalogue {
    /// The PHQ-9 review and result, and the totals over time.
    pub fn answers(&self) -> &'static AnswersText {
        match self.lang {
            Lang::En => &answers::EN,
            Lang::Es => &answers::ES,
        }
    }

    /// The treatment history and the staging results.
    pub fn staging(&self) -> &'static StagingText {
        match self.lang {
            Lang::En => &staging::EN,
            Lang::Es => &staging::ES,
        }
    }

    /// The explainers' frame (the pages themselves are `content/`).
    pub fn learn(&self) -> &'static LearnText {
        match self.lang {
            Lang::En => &learn::EN,
            Lang::Es => &learn::ES,
        }
    }

    /// The doctor's summary and its downloads.
    pub fn summary(&self) -> &'static SummaryText {
        match self.lang {
            Lang::En => &summary::EN,
            Lang::Es => &summary::ES,
        }
    }
}

impl UiText {
    /// A calm message when storage could not be used.
    pub fn storage_notice(&self, notice: StorageNotice) -> &'static str {
        match notice {
            StorageNotice::Unavailable => self.storage_unavailable,
            StorageNotice::Unreadable => self.storage_unreadable,
            StorageNotice::NotSaved => self.storage_not_saved,
            StorageNotice::NotLoaded => self.storage_not_loaded,
        }
    }
}

/// A sentence that may hold a phone number, which the view renders as a
/// `tel:` link between `before` and `after`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub before: String,
    /// The number and what follows it, when the sentence holds one.
    pub phone: Option<(Phone, String)>,
}

impl Sentence {
    fn plain(text: String) -> Self {
        Self {
            before: text,
            phone: None,
        }
    }

    /// Fills `{phone}` in `text` (other placeholders already filled).
    fn with_phone(text: String, phone: Phone) -> Self {
        match text.split_once("{phone}") {
            Some((before, after)) => Self {
                before: before.to_owned(),
                phone: Some((phone, after.to_owned())),
            },
            None => Self::plain(text),
        }
    }

    /// The sentence as plain text, the number as written.
    pub fn text(&self) -> String {
        match &self.phone {
            Some((phone, after)) => format!("{}{}{after}", self.before, phone.display),
            None => self.before.clone(),
        }
    }
}

impl UiText {
    /// "Question 3 of 9", or the follow-up question's heading.
    pub fn progress_label(&self, progress: Option<Progress>) -> String {
        match progress {
            Some(Progress::Scored { number, of }) => fill(
                self.progress_scored,
                &[("n", &number.to_string()), ("total", &of.to_string())],
            ),
            _ => self.progress_follow_up.to_owned(),
        }
    }

    /// The link text of a clinic's own crisis line.
    pub fn crisis_extra_label(&self, contact: &Contact) -> String {
        match contact {
            Contact::Call(phone) => fill(self.crisis_extra_call, &[("number", &phone.display)]),
            Contact::Text(phone) => fill(self.crisis_extra_text, &[("number", &phone.display)]),
            Contact::Web(_) => self.crisis_extra_web.to_owned(),
        }
    }

    /// The crisis panel's last line: that the visitor can go on with the
    /// questions while they are answering them, only privacy after.
    pub fn crisis_panel_footer(&self, answering: bool) -> &'static str {
        if answering {
            self.crisis_panel_continue
        } else {
            self.crisis_panel_private
        }
    }

    /// The crisis panel's message for a raised flag.
    pub fn crisis_panel_message(&self, flag: SafetyFlag) -> &'static str {
        match flag {
            SafetyFlag::Urgent => self.crisis_panel_urgent,
            SafetyFlag::Raised | SafetyFlag::NotRaised => self.crisis_panel_raised,
        }
    }

    /// "You can also call your clinic at {phone}."
    pub fn crisis_panel_clinic_line(&self, phone: Phone) -> Sentence {
        Sentence::with_phone(self.crisis_panel_clinic.to_owned(), phone)
    }
}

impl Catalogue {
    /// The Maudsley picture in words: every band's range, then the score.
    pub fn msm_scale_alt(&self, score: MsmScore) -> String {
        let range = |band: &MsmBand| {
            let (min, max) = band.range();
            self.answers()
                .scale_range(self.staging().msm_band(*band), min.into(), max.into())
        };
        let ranges: Vec<String> = MsmBand::ALL.iter().map(range).collect();
        fill(
            self.staging().msm_scale_alt,
            &[
                ("ranges", &ranges.join("; ")),
                ("score", &score.total.to_string()),
                ("band", self.staging().msm_band(score.band)),
            ],
        )
    }

    /// Under the severity question: what the PHQ-9 said, when it was done.
    pub fn severity_phq9_hint(&self, score: &SummedScore) -> String {
        fill(
            self.staging().severity_phq9_hint,
            &[
                ("band", self.answers().band(score.band.severity)),
                ("score", &score.total.to_string()),
            ],
        )
    }
}

/// A date in words: "November 27, 2026" or "27 de noviembre de 2026".
pub fn date_in_words(date: Date, lang: Lang) -> String {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const ES: [&str; 12] = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ];
    let index = usize::from(date.month.clamp(1, 12) - 1);
    match lang {
        Lang::En => format!("{} {}, {}", EN[index], date.day, date.year),
        Lang::Es => format!("{} de {} de {}", date.day, ES[index], date.year),
    }
}

/// Fills `{name}` placeholders. A placeholder with no value is left as it
/// is: `tests/it/catalogue.rs` checks that every call fills exactly its
/// template's placeholders, and `tests/it/helpers.rs` that no rendered
/// sentence keeps one.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

/// The `{placeholder}` names used in a template, in order.
pub fn placeholders(template: &str) -> Vec<&str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_every_named_value() {
        assert_eq!(
            fill("Question {n} of {total}", &[("n", "3"), ("total", "9")]),
            "Question 3 of 9"
        );
        assert_eq!(placeholders("{a} and {b}"), vec!["a", "b"]);
    }

    #[test]
    fn dates_are_written_in_words_per_language() {
        let date = Date::parse("2026-11-27").expect("valid");
        assert_eq!(date_in_words(date, Lang::En), "November 27, 2026");
        assert_eq!(date_in_words(date, Lang::Es), "27 de noviembre de 2026");
        let first = Date::parse("2027-01-01").expect("valid");
        assert_eq!(date_in_words(first, Lang::Es), "1 de enero de 2027");
    }
}
