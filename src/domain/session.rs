//! Everything one widget holds: the language, which flow is showing, the
//! PHQ-9 questionnaire and the treatment-history builder.
//!
//! The UI keeps one `Session` in one signal. Answers in either flow survive
//! switching language or going between the flows; they live only in memory.

use super::instrument::Instrument;

use super::date::Date;
use super::lang::Lang;
use super::learn::Topic;
use super::options::{Section, Start};
use super::progress::{self, DatedTotal, StorageNotice};
use super::staging::builder::Builder;
use super::staging::history::TreatmentHistory;
use super::wizard::{Screen, Wizard};

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

impl Flow {
    /// Summary and Learn open over the flow the visitor was in, and
    /// "Back" returns there.
    fn is_overlay(self) -> bool {
        matches!(self, Flow::Summary | Flow::Learn)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    lang: Lang,
    flow: Flow,
    /// Where "Back" from the summary or the explainers returns to.
    return_to: Flow,
    /// The open explainer page; `None` shows the list of topics.
    topic: Option<Topic>,
    /// Psilocybin checklist points the visitor ticked (content ids).
    ticked: Vec<String>,
    phq9: Wizard,
    staging: Builder,
    /// The sections the clinic offers (all three unless it chose fewer).
    offered: Vec<Section>,
    /// The visitor chose "remember on this device" (only offered when the
    /// clinic set `remember`).
    remembering: bool,
    /// Totals remembered from earlier visits.
    past: Vec<DatedTotal>,
    storage_notice: Option<StorageNotice>,
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

impl Flow {
    /// The section a main flow belongs to; overlays belong to none.
    fn section(self) -> Option<Section> {
        match self {
            Flow::Phq9 => Some(Section::Phq9),
            Flow::Staging => Some(Section::Staging),
            Flow::Learn => Some(Section::Learn),
            Flow::Summary => None,
        }
    }
}

impl Session {
    pub fn new(instrument: &'static Instrument, lang: Lang) -> Self {
        Session {
            lang,
            flow: Flow::Phq9,
            return_to: Flow::Phq9,
            topic: None,
            ticked: Vec::new(),
            phq9: Wizard::new(instrument),
            staging: Builder::default(),
            offered: Section::ALL.to_vec(),
            remembering: false,
            past: Vec::new(),
            storage_notice: None,
        }
    }

    /// A session that offers only `sections` (never empty: all three if it
    /// is) and opens at `start`.
    pub fn configured(
        instrument: &'static Instrument,
        lang: Lang,
        sections: &[Section],
        start: Start,
    ) -> Self {
        let mut session = Session::new(instrument, lang);
        session.set_offered(sections);
        match start {
            Start::Intro => {}
            Start::Section(Section::Phq9) => session.phq9.next(),
            Start::Section(Section::Staging) => session.flow = Flow::Staging,
            Start::Section(Section::Learn) => {
                session.flow = Flow::Learn;
                session.return_to = session.first_main_flow_besides_learn();
            }
        }
        if !session.offers(Section::Phq9) && session.flow == Flow::Phq9 {
            session.flow = match session.offered.first() {
                Some(Section::Staging) => Flow::Staging,
                _ => Flow::Learn,
            };
            session.return_to = session.first_main_flow_besides_learn();
        }
        session
    }

    fn first_main_flow_besides_learn(&self) -> Flow {
        if self.offers(Section::Phq9) {
            Flow::Phq9
        } else if self.offers(Section::Staging) {
            Flow::Staging
        } else {
            Flow::Learn
        }
    }

    /// Changes the offered sections (a clinic changed the attribute).
    pub fn set_offered(&mut self, sections: &[Section]) {
        self.offered = if sections.is_empty() {
            Section::ALL.to_vec()
        } else {
            Section::ALL
                .into_iter()
                .filter(|s| sections.contains(s))
                .collect()
        };
    }

    pub fn offers(&self, section: Section) -> bool {
        self.offered.contains(&section)
    }

    /// The milestones the visitor is at now: a section is started once
    /// its first screen is left (or, for the explainers, opened), and
    /// completed at its result (or an explainer page).
    pub fn milestones(&self) -> Vec<Milestone> {
        use super::staging::builder::StagingScreen;
        use super::wizard::Screen;
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
        if self.flow == Flow::Learn {
            at.push(Milestone::Started(Section::Learn));
            if self.topic.is_some() {
                at.push(Milestone::Completed(Section::Learn));
            }
        }
        at
    }

    /// Totals remembered on this device from earlier visits: the visitor
    /// had opted in then, so remembering goes on.
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
        } else {
            self.forget();
        }
    }

    /// "Forget my answers": nothing remembered, nothing kept.
    pub fn forget(&mut self) {
        self.remembering = false;
        self.past.clear();
        self.storage_notice = None;
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

    /// Whether "Back" from the explainers has somewhere to go.
    pub fn can_close_learn(&self) -> bool {
        self.return_to != Flow::Learn
            && self
                .return_to
                .section()
                .is_none_or(|section| self.offers(section))
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

    /// Goes to the staging flow, where it was left (if it is offered).
    pub fn open_staging(&mut self) {
        if self.offers(Section::Staging) {
            self.flow = Flow::Staging;
        }
    }

    /// Goes to the PHQ-9, where it was left (if it is offered).
    pub fn open_phq9(&mut self) {
        if self.offers(Section::Phq9) {
            self.flow = Flow::Phq9;
        }
    }

    fn open_overlay(&mut self, overlay: Flow) {
        if !self.flow.is_overlay() {
            self.return_to = self.flow;
        }
        self.flow = overlay;
    }

    /// Opens the summary for the doctor; `close_summary` returns to where
    /// the visitor was.
    pub fn open_summary(&mut self) {
        self.open_overlay(Flow::Summary);
    }

    pub fn close_summary(&mut self) {
        if self.flow == Flow::Summary {
            self.flow = self.return_to;
        }
    }

    /// Opens an explainer page, or the list of topics (if they are offered).
    pub fn open_learn(&mut self, topic: Option<Topic>) {
        if !self.offers(Section::Learn) {
            return;
        }
        self.topic = topic;
        self.open_overlay(Flow::Learn);
    }

    /// Leaves the explainers for where the visitor was; when the
    /// explainers are all the clinic offers, goes back to the list.
    pub fn close_learn(&mut self) {
        if self.flow != Flow::Learn {
            return;
        }
        if self.can_close_learn() {
            self.flow = self.return_to;
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

    /// Back within the staging flow; from its first screen, to the PHQ-9
    /// (when it is offered).
    pub fn staging_back(&mut self) {
        if !self.staging.back() && self.offers(Section::Phq9) {
            self.flow = Flow::Phq9;
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
        self.flow == Flow::Phq9
            && matches!(self.phq9.screen(), Screen::Question(_) | Screen::Review)
    }

    /// Whether the screen itself lists every crisis line (the getting-help
    /// page), so the compact block leaves out its disclosure (decision 19).
    pub fn lists_crisis_lines(&self) -> bool {
        self.flow == Flow::Learn && self.topic.is_some_and(Topic::lists_crisis_lines)
    }

    /// The screen's name for the wrapper's `data-screen` attribute.
    pub fn screen_slug(&self) -> &'static str {
        match self.flow {
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
    fn answering_is_a_question_or_the_review_of_the_phq9() {
        let mut s = Session::new(&PHQ9, Lang::En);
        assert!(!s.answering(), "intro");
        s.phq9_mut().next();
        assert!(s.answering(), "question 1");
        for item in 0..9 {
            s.phq9_mut().answer(item, 1).expect("valid");
            s.phq9_mut().next();
        }
        s.phq9_mut().next();
        assert_eq!(s.phq9().screen(), Screen::Review);
        assert!(s.answering(), "review");
        s.open_staging();
        assert!(!s.answering(), "staging over an unfinished PHQ-9");
        s.open_phq9();
        assert!(s.answering());
        s.open_learn(None);
        assert!(!s.answering(), "explainers");
        s.close_learn();
        s.phq9_mut().next();
        assert_eq!(s.phq9().screen(), Screen::Result);
        assert!(!s.answering(), "result");
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

    #[test]
    fn a_clinic_can_offer_fewer_sections_and_choose_where_to_start() {
        let only_learn = Session::configured(
            &PHQ9,
            Lang::En,
            &[Section::Learn],
            Start::Section(Section::Learn),
        );
        assert_eq!(only_learn.flow(), Flow::Learn);
        assert!(!only_learn.can_close_learn());
        let mut s = only_learn.clone();
        s.open_learn(Some(Topic::Outlook));
        s.close_learn();
        assert_eq!((s.flow(), s.topic()), (Flow::Learn, None));
        s.open_staging();
        s.open_phq9();
        assert_eq!(s.flow(), Flow::Learn);

        let staging_first = Session::configured(
            &PHQ9,
            Lang::En,
            &[Section::Staging, Section::Learn],
            Start::Intro,
        );
        assert_eq!(staging_first.flow(), Flow::Staging);
        let mut s = staging_first;
        s.staging_back();
        assert_eq!(s.flow(), Flow::Staging, "no PHQ-9 to go back to");
        s.open_learn(None);
        s.close_learn();
        assert_eq!(s.flow(), Flow::Staging);

        let questions = Session::configured(
            &PHQ9,
            Lang::En,
            &Section::ALL,
            Start::Section(Section::Phq9),
        );
        assert_eq!(questions.phq9().screen(), Screen::Question(0));

        let mut none_offered = Session::configured(&PHQ9, Lang::En, &[], Start::Intro);
        assert!(Section::ALL.iter().all(|s| none_offered.offers(*s)));
        none_offered.set_offered(&[Section::Phq9]);
        none_offered.open_learn(None);
        assert_eq!(none_offered.flow(), Flow::Phq9);
    }

    #[test]
    fn milestones_follow_the_visitor_and_name_only_sections() {
        let mut s = Session::new(&PHQ9, Lang::En);
        assert!(s.milestones().is_empty());
        s.phq9_mut().next();
        assert_eq!(s.milestones(), [Milestone::Started(Section::Phq9)]);
        for item in 0..9 {
            s.phq9_mut().answer(item, 0).expect("valid");
            s.phq9_mut().next();
        }
        s.phq9_mut().next();
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
            s.phq9_mut().answer(item, 1).expect("valid");
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
        s.phq9_mut().next();
        seen.insert(s.screen_slug());
        for item in 0..9 {
            s.phq9_mut().answer(item, 0).expect("valid");
            s.phq9_mut().next();
        }
        seen.insert(s.screen_slug());
        s.phq9_mut().next();
        seen.insert(s.screen_slug());
        s.open_staging();
        seen.insert(s.screen_slug());
        s.staging_mut().start();
        seen.insert(s.screen_slug());
        s.staging_mut().see_results();
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
