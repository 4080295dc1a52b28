//! The state every component reads: one `Wizard` in one signal, and the
//! memos derived from it.

use leptos::prelude::*;

use crate::domain::embed::Clinic;
use crate::domain::error::DomainError;
use crate::domain::instrument::Instrument;
use crate::domain::lang::Lang;
use crate::domain::responses::{SafetyFlag, SummedScore};
use crate::domain::wizard::{Screen, Wizard};
use crate::i18n::{ui, UiText};

/// The questionnaire state of one widget, provided as context.
#[derive(Clone, Copy)]
pub struct WizardCtx {
    pub state: RwSignal<Wizard>,
    pub lang: Memo<Lang>,
    pub screen: Memo<Screen>,
    pub safety: Memo<SafetyFlag>,
    pub score: Memo<Option<SummedScore>>,
    /// Whether a screen heading has already been shown. The first one is
    /// not focused, so the widget never takes focus from the host page on
    /// load; every later one is, so keyboard and screen-reader users land
    /// on the new screen.
    pub shown_first_screen: StoredValue<bool>,
}

impl WizardCtx {
    pub fn new(state: RwSignal<Wizard>) -> Self {
        Self {
            state,
            lang: Memo::new(move |_| state.with(Wizard::lang)),
            screen: Memo::new(move |_| state.with(Wizard::screen)),
            safety: Memo::new(move |_| state.with(Wizard::safety_flag)),
            score: Memo::new(move |_| state.with(Wizard::score)),
            shown_first_screen: StoredValue::new(false),
        }
    }

    /// The copy in the current language (tracked).
    pub fn text(&self) -> &'static UiText {
        ui(self.lang.get())
    }

    pub fn instrument(&self) -> &'static Instrument {
        self.state.with_untracked(Wizard::instrument)
    }

    /// Applies one state transition.
    pub fn update(&self, step: impl FnOnce(&mut Wizard)) {
        self.state.update(step);
    }

    /// Records an answer. The options on screen come from the instrument,
    /// so an error here is a defect: it is logged, never shown as a panic.
    pub fn answer(&self, item: usize, option: u8) {
        let mut outcome: Result<(), DomainError> = Ok(());
        self.state
            .update(|wizard| outcome = wizard.answer(item, option));
        if let Err(error) = outcome {
            leptos::logging::error!("trd-widget: {error}");
        }
    }
}

/// The clinic's contact details from the embed snippet, if any.
#[derive(Clone)]
pub struct ClinicCtx(pub Option<Clinic>);

pub fn use_wizard() -> WizardCtx {
    expect_context::<WizardCtx>()
}

pub fn use_clinic() -> ClinicCtx {
    expect_context::<ClinicCtx>()
}
