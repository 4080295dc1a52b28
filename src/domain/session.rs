//! Everything one widget holds: the language, which flow is showing, the
//! PHQ-9 questionnaire and the treatment-history builder.
//!
//! The UI keeps one `Session` in one signal. Answers in either flow survive
//! switching language or going between the flows; they live only in memory.

use super::instrument::Instrument;
use super::lang::Lang;
use super::staging::builder::Builder;
use super::wizard::Wizard;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Flow {
    /// The PHQ-9 questionnaire.
    Phq9,
    /// TRD staging from the treatment history.
    Staging,
    /// The summary for the doctor.
    Summary,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    lang: Lang,
    flow: Flow,
    /// Where "Back" on the summary returns to.
    before_summary: Flow,
    phq9: Wizard,
    staging: Builder,
}

impl Session {
    pub fn new(instrument: &'static Instrument, lang: Lang) -> Self {
        Session {
            lang,
            flow: Flow::Phq9,
            before_summary: Flow::Phq9,
            phq9: Wizard::new(instrument),
            staging: Builder::default(),
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn flow(&self) -> Flow {
        self.flow
    }

    pub fn phq9(&self) -> &Wizard {
        &self.phq9
    }

    pub fn phq9_mut(&mut self) -> &mut Wizard {
        &mut self.phq9
    }

    pub fn staging(&self) -> &Builder {
        &self.staging
    }

    pub fn staging_mut(&mut self) -> &mut Builder {
        &mut self.staging
    }

    /// Switches the language. Every answer and position is kept.
    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }

    /// Goes to the staging flow, where it was left.
    pub fn open_staging(&mut self) {
        self.flow = Flow::Staging;
    }

    /// Goes to the PHQ-9, where it was left.
    pub fn open_phq9(&mut self) {
        self.flow = Flow::Phq9;
    }

    /// Opens the summary for the doctor; `close_summary` returns here.
    pub fn open_summary(&mut self) {
        if self.flow != Flow::Summary {
            self.before_summary = self.flow;
            self.flow = Flow::Summary;
        }
    }

    pub fn close_summary(&mut self) {
        if self.flow == Flow::Summary {
            self.flow = self.before_summary;
        }
    }

    /// Back within the staging flow; from its first screen, to the PHQ-9.
    pub fn staging_back(&mut self) {
        if !self.staging.back() {
            self.flow = Flow::Phq9;
        }
    }

    /// The screen's name for the wrapper's `data-screen` attribute.
    pub fn screen_slug(&self) -> &'static str {
        match self.flow {
            Flow::Phq9 => self.phq9.screen().slug(),
            Flow::Staging => self.staging.screen().slug(),
            Flow::Summary => "summary",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::phq9::PHQ9;
    use crate::domain::staging::builder::StagingScreen;
    use crate::domain::wizard::Screen;

    #[test]
    fn language_switch_keeps_answers_and_position() {
        let mut s = Session::new(&PHQ9, Lang::En);
        s.phq9_mut().next();
        s.phq9_mut().answer(0, 3).expect("valid");
        s.phq9_mut().next();
        s.phq9_mut().answer(1, 2).expect("valid");
        let before = s.clone();
        s.set_lang(Lang::Es);
        assert_eq!(s.lang(), Lang::Es);
        assert_eq!(s.phq9(), before.phq9());
        assert_eq!(s.phq9().screen(), Screen::Question(1));
        s.set_lang(Lang::En);
        assert_eq!(s, before);
    }

    #[test]
    fn going_between_flows_keeps_both() {
        let mut s = Session::new(&PHQ9, Lang::En);
        s.phq9_mut().next();
        s.phq9_mut().answer(0, 1).expect("valid");
        s.open_staging();
        assert_eq!(s.screen_slug(), "staging-intro");
        s.staging_mut().start();
        s.staging_mut().set_months("14".into());
        s.open_phq9();
        assert_eq!(s.phq9().screen(), Screen::Question(0));
        assert_eq!(s.phq9().responses().chosen(0), Some(1));
        s.open_staging();
        assert_eq!(s.staging().screen(), StagingScreen::History);
        assert_eq!(s.staging().history().episode_months, Some(14));
        // Back from the first staging screen returns to the PHQ-9.
        s.staging_back();
        s.staging_back();
        assert_eq!(s.flow(), Flow::Phq9);
    }

    #[test]
    fn the_summary_returns_where_it_was_opened() {
        let mut s = Session::new(&PHQ9, Lang::En);
        s.open_staging();
        s.open_summary();
        s.open_summary();
        assert_eq!(s.screen_slug(), "summary");
        s.close_summary();
        assert_eq!(s.flow(), Flow::Staging);
        s.close_summary();
        assert_eq!(s.flow(), Flow::Staging);
    }
}
