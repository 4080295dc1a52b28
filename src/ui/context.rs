//! The state every component reads: one `Session` in one signal, and the
//! memos derived from it.

use leptos::prelude::*;

use crate::domain::embed::{Clinic, EmbedConfig};
use crate::domain::error::DomainError;
use crate::domain::instrument::Instrument;
use crate::domain::lang::Lang;
use crate::domain::options::{Options, Section};
use crate::domain::responses::{SafetyFlag, SummedScore};
use crate::domain::session::{Flow, Session};
use crate::domain::staging::builder::{Builder, StagingScreen};
use crate::domain::staging::Assessment;
use crate::domain::wizard::Screen;
use crate::i18n::{copy, Catalogue};

/// One widget's state, provided as context. The signal is private: a
/// component reads the session through `read` (or `read_untracked`) or a
/// memo here, and changes it only through `session`, one `Session` method
/// per event.
#[derive(Clone, Copy)]
pub struct SessionCtx {
    state: RwSignal<Session>,
    pub lang: Memo<Lang>,
    pub flow: Memo<Flow>,
    /// The PHQ-9 screen.
    pub screen: Memo<Screen>,
    pub staging_screen: Memo<StagingScreen>,
    pub safety: Memo<SafetyFlag>,
    pub score: Memo<Option<SummedScore>>,
    /// Whether a screen heading has already been shown. The first one is
    /// not focused, so the widget never takes focus from the host page on
    /// load; every later one is, so keyboard and screen-reader users land
    /// on the new screen.
    pub shown_first_screen: StoredValue<bool>,
}

impl SessionCtx {
    pub fn new(state: RwSignal<Session>) -> Self {
        Self {
            state,
            lang: Memo::new(move |_| state.with(Session::lang)),
            flow: Memo::new(move |_| state.with(Session::flow)),
            screen: Memo::new(move |_| state.with(|s| s.phq9().screen())),
            staging_screen: Memo::new(move |_| state.with(|s| s.staging().screen())),
            safety: Memo::new(move |_| state.with(|s| s.phq9().safety_flag())),
            score: Memo::new(move |_| state.with(|s| s.phq9().score())),
            shown_first_screen: StoredValue::new(false),
        }
    }

    /// Every word in the current language (tracked): the one way a
    /// component reaches its copy, as `ctx.copy().staging().heading`.
    pub fn copy(&self) -> &'static Catalogue {
        copy(self.lang.get())
    }

    pub fn instrument(&self) -> &'static Instrument {
        self.state.with_untracked(|s| s.phq9().instrument())
    }

    /// Reads the session (tracked).
    pub fn read<T>(&self, read: impl FnOnce(&Session) -> T) -> T {
        self.state.with(read)
    }

    /// Reads the session without tracking it (a value read once, or in an
    /// event handler).
    pub fn read_untracked<T>(&self, read: impl FnOnce(&Session) -> T) -> T {
        self.state.with_untracked(read)
    }

    /// Applies one transition: a call of one `Session` method (tidy test).
    /// A widget already gone ignores it.
    pub fn session(&self, step: impl FnOnce(&mut Session)) {
        let _ = self.state.try_update(step);
    }

    /// Whether the clinic offers `section` (tracked).
    pub fn offers(&self, section: Section) -> bool {
        self.state.with(|s| s.offers(section))
    }

    /// Reads the history builder (tracked).
    pub fn with_staging<T>(&self, read: impl FnOnce(&Builder) -> T) -> T {
        self.state.with(|s| read(s.staging()))
    }

    /// Records a PHQ-9 answer. The options on screen come from the
    /// instrument, so an error here is a defect: it is logged, never a panic.
    pub fn answer(&self, item: usize, option: u8) {
        let mut outcome: Result<(), DomainError> = Ok(());
        self.session(|s| outcome = s.answer(item, option));
        if let Err(error) = outcome {
            leptos::logging::error!("trd-widget: {error}");
        }
    }
}

/// What the clinic's snippet set (attributes, shortcode or JS API
/// options): contact details, links, crisis lines, colours, opt-ins. A
/// signal of its own because only the platform changes it, when the page
/// changes an attribute; which sections are offered is the `Session`'s.
#[derive(Clone, Copy)]
pub struct ConfigCtx(RwSignal<EmbedConfig>);

impl ConfigCtx {
    /// Read-only to the UI: only the platform writes the snippet.
    pub fn new(config: RwSignal<EmbedConfig>) -> Self {
        ConfigCtx(config)
    }

    /// The clinic's contact details (tracked).
    pub fn clinic(&self) -> Clinic {
        self.0.with(|c| c.clinic.clone())
    }

    /// Reads the options (tracked).
    pub fn options<T>(&self, read: impl FnOnce(&Options) -> T) -> T {
        self.0.with(|c| read(&c.options))
    }
}

/// Every staging method's result for the history entered, derived once
/// for all the cards of the staging results (provided there, so this code
/// loads with those screens).
#[derive(Clone, Copy)]
pub struct AssessmentCtx(pub Memo<Assessment>);

impl AssessmentCtx {
    /// Derives the assessment from the session and provides it.
    pub fn provide(ctx: SessionCtx) {
        provide_context(AssessmentCtx(Memo::new(move |_| {
            ctx.read(|s| s.staging().assessment())
        })));
    }
}

pub fn use_assessment() -> Memo<Assessment> {
    expect_context::<AssessmentCtx>().0
}

pub fn use_session() -> SessionCtx {
    expect_context::<SessionCtx>()
}

pub fn use_config() -> ConfigCtx {
    expect_context::<ConfigCtx>()
}
