//! Everything one widget holds: the language, the clinic's options, which
//! flow is showing, the PHQ-9 questionnaire and the treatment-history
//! builder.
//!
//! The UI keeps one `Session` in one signal, and every change of it is a
//! method here (the view never reaches the sub-machines itself), so every
//! transition of the widget can be read in this file. Answers in either
//! flow survive switching language or going between the flows; they live
//! only in memory.

use super::date::Date;
use super::error::DomainError;
use super::instrument::Instrument;
use super::lang::Lang;
use super::learn::Topic;
use super::options::{Layout, Section, Start};
use super::progress::{self, DatedTotal, StorageNotice};
use super::staging::builder::{Builder, DraftChange, EctChange, StagingScreen};
use super::staging::history::{MsmSeverity, TreatmentHistory};
use super::staging::medicines::OtherTreatment;
use super::wizard::{Screen, Wizard};

/// What shows: one of the two flows a visitor works through, or an overlay
/// over one of them. Derived from `Base` and `Overlay`, never stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Flow {
    /// The PHQ-9 questionnaire.
    Phq9,
    /// TRD staging from the treatment history.
    Staging,
    /// The summary for the doctor.
    Summary,
    /// The explainer pages.
    Learn,
}

/// The flow under any overlay, where "Back" from an overlay returns. An
/// overlay can never be one, by type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base {
    Phq9,
    Staging,
}

/// What opens over the base flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlay {
    Summary,
    Learn,
}

impl Base {
    fn section(self) -> Section {
        match self {
            Base::Phq9 => Section::Phq9,
            Base::Staging => Section::Staging,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    lang: Lang,
    base: Base,
    overlay: Option<Overlay>,
    /// The open explainer page; `None` shows the list of topics.
    topic: Option<Topic>,
    /// Psilocybin checklist points the visitor ticked (content ids).
    ticked: Vec<String>,
    phq9: Wizard,
    staging: Builder,
    /// The sections the clinic offers (from its `Layout`): the one place
    /// the widget asks.
    offered: Vec<Section>,
    /// The visitor chose "remember on this device" (only offered when the
    /// clinic set `remember`).
    remembering: bool,
    /// Totals remembered from earlier visits.
    past: Vec<DatedTotal>,
    storage_notice: Option<StorageNotice>,
    /// Counts the changes that storage must follow (see `keep_revision`).
    keep_revision: u32,
}

/// A point in a section that a clinic may hear about (option `events`).
/// It names the section only: never an answer, a score or a stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Milestone {
    Started(Section),
    Completed(Section),
}

impl Milestone {
    /// The event's name suffix: `started` or `completed`.
    pub fn kind(self) -> &'static str {
        match self {
            Milestone::Started(_) => "started",
            Milestone::Completed(_) => "completed",
        }
    }

    pub fn section(self) -> Section {
        match self {
            Milestone::Started(s) | Milestone::Completed(s) => s,
        }
    }
}

/// What storage should hold now: the remembered totals and history, or
/// nothing (the key removed).
#[derive(Clone, Debug, PartialEq)]
pub enum ToKeep {
    Save(Vec<DatedTotal>, TreatmentHistory),
    Forget,
}

impl Session {
    /// A session with every section offered, at the introduction.
    pub fn new(instrument: &'static Instrument, lang: Lang) -> Self {
        Session {
            lang,
            base: Base::Phq9,
            overlay: None,
            topic: None,
            ticked: Vec::new(),
            phq9: Wizard::new(instrument),
            staging: Builder::default(),
            offered: Section::ALL.to_vec(),
            remembering: false,
            past: Vec::new(),
            storage_notice: None,
            keep_revision: 0,
        }
    }

    /// A session for a clinic's snippet: in its language, offering its
    /// sections and opening at its start.
    pub fn configured(instrument: &'static Instrument, lang: Lang, layout: &Layout) -> Self {
        let mut session = Session::new(instrument, lang);
        session.set_layout(layout);
        match layout.start {
            Start::Intro => {}
            Start::Section(Section::Phq9) => session.phq9.next(),
            Start::Section(Section::Staging) => session.base = Base::Staging,
            Start::Section(Section::Learn) => session.overlay = Some(Overlay::Learn),
        }
        if !session.offers(Section::Phq9) && session.base == Base::Phq9 {
            if session.offers(Section::Staging) {
                session.base = Base::Staging;
            } else {
                session.overlay = Some(Overlay::Learn);
            }
        }
        session
    }

    /// The clinic changed which sections it offers; the language, every
    /// answer and the screen are kept (the start applies only at mount).
    pub fn set_layout(&mut self, layout: &Layout) {
        self.offered = if layout.sections.is_empty() {
            Section::ALL.to_vec()
        } else {
            layout.sections.clone()
        };
    }

    pub fn offers(&self, section: Section) -> bool {
        self.offered.contains(&section)
    }

    /// The milestones the visitor is at now: a section is started once
    /// its first screen is left (or, for the explainers, opened), and
    /// completed at its result (or an explainer page).
    pub fn milestones(&self) -> Vec<Milestone> {
        let mut at = Vec::new();
        let phq9 = self.phq9.screen();
        if phq9 != Screen::Intro {
            at.push(Milestone::Started(Section::Phq9));
        }
        if phq9 == Screen::Result {
            at.push(Milestone::Completed(Section::Phq9));
        }
        let staging = self.staging.screen();
        if staging != StagingScreen::Intro {
            at.push(Milestone::Started(Section::Staging));
        }
        if staging == StagingScreen::Results {
            at.push(Milestone::Completed(Section::Staging));
        }
        if self.overlay == Some(Overlay::Learn) {
            at.push(Milestone::Started(Section::Learn));
            if self.topic.is_some() {
                at.push(Milestone::Completed(Section::Learn));
            }
        }
        at
    }

    // Remembering on this device.

    /// Totals remembered on this device from earlier visits: the visitor
    /// had opted in then, so remembering goes on. Storage already holds
    /// them, so nothing is written.
    pub fn restore(&mut self, past: Vec<DatedTotal>, history: Option<TreatmentHistory>) {
        self.remembering = true;
        self.past = past;
        if let Some(history) = history {
            self.staging.restore(history);
        }
    }

    pub fn remembering(&self) -> bool {
        self.remembering
    }

    /// The visitor ticks or unticks "remember on this device". Unticking
    /// keeps nothing: it is the same as "forget".
    pub fn set_remembering(&mut self, on: bool) {
        if on {
            self.remembering = true;
            self.keep_revision += 1;
        } else {
            self.forget();
        }
    }

    /// "Forget my answers": nothing remembered, nothing kept.
    pub fn forget(&mut self) {
        self.remembering = false;
        self.past.clear();
        self.storage_notice = None;
        self.keep_revision += 1;
    }

    /// Changes each time storage must follow the session: the visitor opts
    /// in or forgets, or reaches a PHQ-9 or staging result while
    /// remembering. One effect watches it and writes `to_keep`, so no
    /// button has to remember to save.
    pub fn keep_revision(&self) -> u32 {
        self.keep_revision
    }

    /// What storage should hold as of `today`.
    pub fn to_keep(&self, today: Date) -> ToKeep {
        match self.remembering {
            true => ToKeep::Save(self.progress(today), self.staging.history().clone()),
            false => ToKeep::Forget,
        }
    }

    /// A result was reached: remembered, if the visitor chose to.
    fn reached_result(&mut self) {
        if self.remembering {
            self.keep_revision += 1;
        }
    }

    /// The totals over time as of `today`: earlier ones and today's, if the
    /// visitor chose to remember; otherwise none.
    pub fn progress(&self, today: Date) -> Vec<DatedTotal> {
        if !self.remembering {
            return Vec::new();
        }
        let current = self.phq9.score().map(|s| s.total);
        progress::with_today(&self.past, today, current)
    }

    pub fn storage_notice(&self) -> Option<StorageNotice> {
        self.storage_notice
    }

    /// Storage could not be used; the widget goes on without it.
    pub fn storage_failed(&mut self, notice: StorageNotice) {
        self.storage_notice = Some(notice);
        if notice != StorageNotice::Unreadable {
            self.remembering = false;
        }
    }

    // Where the visitor is.

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// What shows: the overlay if one is open, else the base flow.
    pub fn flow(&self) -> Flow {
        match (self.overlay, self.base) {
            (Some(Overlay::Summary), _) => Flow::Summary,
            (Some(Overlay::Learn), _) => Flow::Learn,
            (None, Base::Phq9) => Flow::Phq9,
            (None, Base::Staging) => Flow::Staging,
        }
    }

    pub fn phq9(&self) -> &Wizard {
        &self.phq9
    }

    pub fn staging(&self) -> &Builder {
        &self.staging
    }

    /// Switches the language. Every answer and position is kept.
    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }

    /// Goes to the staging flow, where it was left (if it is offered).
    pub fn open_staging(&mut self) {
        self.open_base(Base::Staging);
    }

    /// Goes to the PHQ-9, where it was left (if it is offered).
    pub fn open_phq9(&mut self) {
        self.open_base(Base::Phq9);
    }

    fn open_base(&mut self, base: Base) {
        if self.offers(base.section()) {
            self.base = base;
            self.overlay = None;
        }
    }

    /// Opens the summary for the doctor; `close_summary` returns to the
    /// flow under it.
    pub fn open_summary(&mut self) {
        self.overlay = Some(Overlay::Summary);
    }

    pub fn close_summary(&mut self) {
        if self.overlay == Some(Overlay::Summary) {
            self.overlay = None;
        }
    }

    /// Opens an explainer page, or the list of topics (if they are offered).
    pub fn open_learn(&mut self, topic: Option<Topic>) {
        if self.offers(Section::Learn) {
            self.topic = topic;
            self.overlay = Some(Overlay::Learn);
        }
    }

    /// Whether "Back" from the explainers has somewhere to go: the flow
    /// under them is offered.
    pub fn can_close_learn(&self) -> bool {
        self.offers(self.base.section())
    }

    /// Leaves the explainers for the flow under them; when the explainers
    /// are all the clinic offers, goes back to the list.
    pub fn close_learn(&mut self) {
        if self.overlay != Some(Overlay::Learn) {
            return;
        }
        if self.can_close_learn() {
            self.overlay = None;
        } else {
            self.topic = None;
        }
    }

    pub fn topic(&self) -> Option<Topic> {
        self.topic
    }

    /// Whether the checklist point `id` is ticked.
    pub fn is_ticked(&self, id: &str) -> bool {
        self.ticked.iter().any(|t| t == id)
    }

    /// Ticks or unticks a psilocybin checklist point. Nothing is scored.
    pub fn toggle_ticked(&mut self, id: &str) {
        if let Some(at) = self.ticked.iter().position(|t| t == id) {
            self.ticked.remove(at);
        } else {
            self.ticked.push(id.to_owned());
        }
    }

    // The PHQ-9 (`Wizard` holds its rules).

    /// Records an answer; an option outside the item's is refused.
    pub fn answer(&mut self, item: usize, option: u8) -> Result<(), DomainError> {
        self.phq9.answer(item, option)
    }

    /// Next: from the introduction to the first question, on through the
    /// questions, from the review to the result (remembered, if chosen).
    pub fn phq9_next(&mut self) {
        let was = self.phq9.screen();
        self.phq9.next();
        if was != Screen::Result && self.phq9.screen() == Screen::Result {
            self.reached_result();
        }
    }

    pub fn phq9_back(&mut self) {
        self.phq9.back();
    }

    /// Changes one answer from the review.
    pub fn phq9_edit(&mut self, item: usize) {
        self.phq9.edit(item);
    }

    /// Clears every answer and starts the PHQ-9 again.
    pub fn phq9_restart(&mut self) {
        self.phq9.restart();
    }

    // The treatment history (`Builder` holds its rules).

    pub fn start_history(&mut self) {
        self.staging.start();
    }

    pub fn add_trial(&mut self) {
        self.staging.add_trial();
    }

    pub fn edit_trial(&mut self, index: usize) {
        self.staging.edit_trial(index);
    }

    pub fn remove_trial(&mut self, index: usize) {
        self.staging.remove_trial(index);
    }

    pub fn change_draft(&mut self, change: DraftChange) {
        self.staging.change_draft(change);
    }

    pub fn save_draft(&mut self) {
        self.staging.save_draft();
    }

    pub fn cancel_draft(&mut self) {
        self.staging.cancel_draft();
    }

    pub fn add_ect(&mut self) {
        self.staging.add_ect();
    }

    pub fn change_ect(&mut self, change: EctChange) {
        self.staging.change_ect(change);
    }

    pub fn save_ect(&mut self) {
        self.staging.save_ect();
    }

    pub fn cancel_ect(&mut self) {
        self.staging.cancel_ect();
    }

    pub fn remove_ect(&mut self, index: usize) {
        self.staging.remove_ect(index);
    }

    pub fn set_months(&mut self, text: String) {
        self.staging.set_months(text);
    }

    pub fn set_severity(&mut self, severity: MsmSeverity) {
        self.staging.set_severity(severity);
    }

    pub fn toggle_other(&mut self, treatment: OtherTreatment) {
        self.staging.toggle_other(treatment);
    }

    /// The staging results (remembered, if chosen), unless a form is open
    /// or a field is invalid.
    pub fn see_results(&mut self) {
        self.staging.see_results();
        if self.staging.screen() == StagingScreen::Results {
            self.reached_result();
        }
    }

    /// Opens the history to change it (from the results).
    pub fn edit_history(&mut self) {
        self.staging.edit_history();
    }

    /// Back within the staging flow; from its first screen, to the PHQ-9
    /// (when it is offered).
    pub fn staging_back(&mut self) {
        if !self.staging.back() {
            self.open_phq9();
        }
    }

    /// Every value `screen_slug` can take (the README's test contract).
    pub const SCREENS: [&'static str; 10] = [
        "intro",
        "question",
        "review",
        "result",
        "staging-intro",
        "history",
        "staging-results",
        "summary",
        "learn",
        "explainer",
    ];

    /// Whether the visitor is in the middle of the PHQ-9 (a question or the
    /// review), where "you can keep going" is what the crisis panel says.
    pub fn answering(&self) -> bool {
        self.flow() == Flow::Phq9
            && matches!(self.phq9.screen(), Screen::Question(_) | Screen::Review)
    }

    /// Whether the screen itself lists every crisis line (the getting-help
    /// page), so the compact block leaves out its disclosure (decision 19).
    pub fn lists_crisis_lines(&self) -> bool {
        self.flow() == Flow::Learn && self.topic.is_some_and(Topic::lists_crisis_lines)
    }

    /// The screen's name for the wrapper's `data-screen` attribute.
    pub fn screen_slug(&self) -> &'static str {
        match self.flow() {
            Flow::Phq9 => self.phq9.screen().slug(),
            Flow::Staging => self.staging.screen().slug(),
            Flow::Summary => "summary",
            Flow::Learn => match self.topic {
                None => "learn",
                Some(_) => "explainer",
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::phq9::PHQ9;
    use crate::domain::staging::builder::StagingScreen;

    #[test]
    fn language_switch_keeps_answers_and_position() {
        let mut s = Session::new(&PHQ9, Lang::En);
        s.phq9_next();
        s.answer(0, 3).expect("valid");
        s.phq9_next();
        s.answer(1, 2).expect("valid");
        let before = s.clone();
        s.set_lang(Lang::Es);
        assert_eq!(s.lang(), Lang::Es);
        assert_eq!(s.phq9(), before.phq9());
        assert_eq!(s.phq9().screen(), Screen::Question(1));
        s.set_lang(Lang::En);
        assert_eq!(s, before);
    }

    #[test]
    fn answering_is_a_question_or_the_review_of_the_phq9() {
        let mut s = Session::new(&PHQ9, Lang::En);
        assert!(!s.answering(), "intro");
        s.phq9_next();
        assert!(s.answering(), "question 1");
        for item in 0..9 {
            s.answer(item, 1).expect("valid");
            s.phq9_next();
        }
        s.phq9_next();
        assert_eq!(s.phq9().screen(), Screen::Review);
        assert!(s.answering(), "review");
        s.open_staging();
        assert!(!s.answering(), "staging over an unfinished PHQ-9");
        s.open_phq9();
        assert!(s.answering());
        s.open_learn(None);
        assert!(!s.answering(), "explainers");
        s.close_learn();
        s.phq9_next();
        assert_eq!(s.phq9().screen(), Screen::Result);
        assert!(!s.answering(), "result");
    }

    #[test]
    fn going_between_flows_keeps_both() {
        let mut s = Session::new(&PHQ9, Lang::En);
        s.phq9_next();
        s.answer(0, 1).expect("valid");
        s.open_staging();
        assert_eq!(s.screen_slug(), "staging-intro");
        s.start_history();
        s.set_months("14".into());
        s.open_phq9();
        assert_eq!(s.phq9().screen(), Screen::Question(0));
        assert_eq!(s.phq9().responses().chosen(0), Some(1));
        s.open_staging();
        assert_eq!(s.staging().screen(), StagingScreen::History);
        assert_eq!(
            s.staging().history().episode_months,
            Some(crate::domain::staging::history::Months::whole(14))
        );
        // Back from the first staging screen returns to the PHQ-9.
        s.staging_back();
        s.staging_back();
        assert_eq!(s.flow(), Flow::Phq9);
    }

    #[test]
    fn explainers_open_over_any_flow_and_return_to_it() {
        let mut s = Session::new(&PHQ9, Lang::En);
        s.open_staging();
        s.open_learn(None);
        assert_eq!(s.screen_slug(), "learn");
        s.open_learn(Some(Topic::Psilocybin));
        assert_eq!(s.screen_slug(), "explainer");
        s.toggle_ticked("lithium");
        s.toggle_ticked("heart");
        s.toggle_ticked("lithium");
        assert!(s.is_ticked("heart") && !s.is_ticked("lithium"));
        s.close_learn();
        assert_eq!(s.flow(), Flow::Staging);
        s.open_summary();
        s.open_learn(Some(Topic::GettingHelp));
        s.close_learn();
        assert_eq!(
            s.flow(),
            Flow::Staging,
            "overlays return to the flow under them"
        );
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

    /// A snippet offering `sections` and opening at `start`.
    fn snippet(sections: &[Section], start: Start) -> Layout {
        Layout {
            sections: sections.to_vec(),
            start,
        }
    }

    #[test]
    fn a_clinic_can_offer_fewer_sections_and_choose_where_to_start() {
        let learn = Start::Section(Section::Learn);
        let only_learn = Session::configured(&PHQ9, Lang::En, &snippet(&[Section::Learn], learn));
        assert_eq!(only_learn.flow(), Flow::Learn);
        assert!(!only_learn.can_close_learn());
        let mut s = only_learn.clone();
        s.open_learn(Some(Topic::Outlook));
        s.close_learn();
        assert_eq!((s.flow(), s.topic()), (Flow::Learn, None));
        s.open_staging();
        s.open_phq9();
        assert_eq!(s.flow(), Flow::Learn);

        let later = [Section::Staging, Section::Learn];
        let staging_first = Session::configured(&PHQ9, Lang::En, &snippet(&later, Start::Intro));
        assert_eq!(staging_first.flow(), Flow::Staging);
        let mut s = staging_first;
        s.staging_back();
        assert_eq!(s.flow(), Flow::Staging, "no PHQ-9 to go back to");
        s.open_learn(None);
        s.close_learn();
        assert_eq!(s.flow(), Flow::Staging);

        let mut learn_first = Session::configured(&PHQ9, Lang::En, &snippet(&later, learn));
        assert_eq!(learn_first.flow(), Flow::Learn);
        learn_first.close_learn();
        assert_eq!(
            learn_first.flow(),
            Flow::Staging,
            "back to the flow offered"
        );

        let phq9 = Start::Section(Section::Phq9);
        let questions = Session::configured(&PHQ9, Lang::En, &snippet(&Section::ALL, phq9));
        assert_eq!(questions.phq9().screen(), Screen::Question(0));

        // A changed snippet applies at once.
        let mut changed =
            Session::configured(&PHQ9, Lang::En, &snippet(&Section::ALL, Start::Intro));
        changed.set_layout(&snippet(&[Section::Phq9], Start::Intro));
        assert!(!changed.offers(Section::Learn));
        changed.open_learn(None);
        assert_eq!(changed.flow(), Flow::Phq9);
    }

    #[test]
    fn an_overlay_over_an_overlay_returns_to_the_flow_under_both() {
        let mut s = Session::new(&PHQ9, Lang::En);
        s.open_staging();
        s.open_learn(None);
        s.open_summary();
        s.close_summary();
        assert_eq!(s.flow(), Flow::Staging);
        s.open_summary();
        s.open_learn(Some(Topic::Outlook));
        assert!(s.can_close_learn());
        s.close_learn();
        assert_eq!(s.flow(), Flow::Staging);
    }

    #[test]
    fn storage_follows_opting_in_forgetting_and_each_result_reached() {
        let today = Date::parse("2026-12-05").expect("date");
        let mut s = Session::new(&PHQ9, Lang::En);
        let finish_phq9 = |s: &mut Session| {
            s.phq9_next();
            for item in 0..9 {
                s.answer(item, 1).expect("valid");
                s.phq9_next();
            }
            s.phq9_next(); // the difficulty question, not required
            s.phq9_next();
            assert_eq!(s.phq9().screen(), Screen::Result);
        };
        finish_phq9(&mut s);
        assert_eq!(
            s.keep_revision(),
            0,
            "a result without opting in keeps nothing"
        );
        assert_eq!(s.to_keep(today), ToKeep::Forget);

        s.set_remembering(true);
        assert_eq!(s.keep_revision(), 1, "opting in keeps today's total");
        let kept = DatedTotal {
            date: today,
            total: 9,
        };
        assert_eq!(
            s.to_keep(today),
            ToKeep::Save(vec![kept], TreatmentHistory::default())
        );
        s.phq9_restart();
        finish_phq9(&mut s);
        assert_eq!(s.keep_revision(), 2, "a new PHQ-9 result");

        s.open_staging();
        s.start_history();
        s.set_months("14".into());
        assert_eq!(s.keep_revision(), 2, "typing keeps nothing");
        s.add_trial();
        s.see_results();
        assert_eq!(
            s.keep_revision(),
            2,
            "an open form: no result, nothing kept"
        );
        s.cancel_draft();
        s.see_results();
        assert_eq!(s.keep_revision(), 3, "the staging results");

        s.restore(Vec::new(), None);
        assert_eq!(
            s.keep_revision(),
            3,
            "what storage gave back is not written"
        );
        s.set_remembering(false);
        assert_eq!(s.keep_revision(), 4, "unticking forgets");
        assert_eq!(s.to_keep(today), ToKeep::Forget);
        s.forget();
        assert_eq!(s.keep_revision(), 5);
    }

    #[test]
    fn milestones_follow_the_visitor_and_name_only_sections() {
        let mut s = Session::new(&PHQ9, Lang::En);
        assert!(s.milestones().is_empty());
        s.phq9_next();
        assert_eq!(s.milestones(), [Milestone::Started(Section::Phq9)]);
        for item in 0..9 {
            s.answer(item, 0).expect("valid");
            s.phq9_next();
        }
        s.phq9_next();
        assert!(
            s.milestones()
                .contains(&Milestone::Completed(Section::Phq9)),
            "{:?}",
            s.phq9().screen()
        );
        s.open_learn(Some(Topic::Outlook));
        assert!(s
            .milestones()
            .contains(&Milestone::Completed(Section::Learn)));
    }

    #[test]
    fn remembering_is_opt_in_and_forget_keeps_nothing() {
        let today = Date::parse("2026-11-27").expect("date");
        let mut s = Session::new(&PHQ9, Lang::En);
        for item in 0..9 {
            s.answer(item, 1).expect("valid");
        }
        assert!(s.progress(today).is_empty(), "nothing without opting in");
        s.set_remembering(true);
        assert_eq!(
            s.progress(today),
            [DatedTotal {
                date: today,
                total: 9
            }]
        );
        s.forget();
        assert!(s.progress(today).is_empty());
        let earlier = DatedTotal {
            date: Date::parse("2026-10-01").expect("date"),
            total: 20,
        };
        s.restore(vec![earlier], None);
        assert_eq!(s.progress(today).len(), 2);
        s.storage_failed(StorageNotice::NotSaved);
        assert!(!s.remembering());
    }

    #[test]
    fn every_screen_slug_is_listed() {
        let mut seen = std::collections::BTreeSet::new();
        let mut s = Session::new(&PHQ9, Lang::En);
        seen.insert(s.screen_slug());
        s.phq9_next();
        seen.insert(s.screen_slug());
        for item in 0..9 {
            s.answer(item, 0).expect("valid");
            s.phq9_next();
        }
        seen.insert(s.screen_slug());
        s.phq9_next();
        seen.insert(s.screen_slug());
        s.open_staging();
        seen.insert(s.screen_slug());
        s.start_history();
        seen.insert(s.screen_slug());
        s.see_results();
        seen.insert(s.screen_slug());
        s.open_summary();
        seen.insert(s.screen_slug());
        s.open_learn(None);
        seen.insert(s.screen_slug());
        s.open_learn(Some(Topic::Outlook));
        seen.insert(s.screen_slug());
        let listed: std::collections::BTreeSet<_> = Session::SCREENS.into_iter().collect();
        assert_eq!(seen, listed);
    }
}
