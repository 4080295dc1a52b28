//! The questionnaire flow as one pure state machine.
//!
//! The UI holds a single `Wizard` in a signal; every event handler calls one
//! method here, and everything on screen is derived from it. Keeping the
//! flow out of the components means it is tested natively, without a
//! browser.
//!
//! Invariants: `Screen::Question(i)` always names an item that is asked;
//! `Screen::Result` is only reached with every scored item answered.

use super::error::DomainError;
use super::instrument::Instrument;
use super::responses::{Responses, SafetyFlag, SummedScore};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Screen {
    Intro,
    /// The item at this index of the instrument.
    Question(usize),
    Review,
    Result,
}

impl Screen {
    /// The value of the wrapper's `data-screen` attribute (test contract).
    pub fn slug(self) -> &'static str {
        match self {
            Screen::Intro => "intro",
            Screen::Question(_) => "question",
            Screen::Review => "review",
            Screen::Result => "result",
        }
    }
}

/// Something the visitor should be told about their last action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// They asked to go on without choosing an answer to a required item.
    ChooseAnswer,
}

/// Where a question stands in the questionnaire, for the progress indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// Scored item `number` (1-based) of `of`.
    Scored { number: usize, of: usize },
    /// The unscored follow-up, asked after the scored items.
    FollowUp,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wizard {
    screen: Screen,
    responses: Responses,
    /// The current question was opened from the review list, so going on
    /// returns there.
    editing: bool,
    notice: Option<Notice>,
}

impl Wizard {
    pub fn new(instrument: &'static Instrument) -> Self {
        Self {
            screen: Screen::Intro,
            responses: Responses::new(instrument),
            editing: false,
            notice: None,
        }
    }

    pub fn screen(&self) -> Screen {
        self.screen
    }

    pub fn responses(&self) -> &Responses {
        &self.responses
    }

    pub fn notice(&self) -> Option<Notice> {
        self.notice
    }

    pub fn is_editing(&self) -> bool {
        self.editing
    }

    pub fn instrument(&self) -> &'static Instrument {
        self.responses.instrument()
    }

    /// Records an answer. It never moves to another screen: arrow keys in a
    /// radio group change the answer, and only "Next" goes on.
    pub fn answer(&mut self, item: usize, option: u8) -> Result<(), DomainError> {
        self.responses.answer(item, option)?;
        self.notice = None;
        Ok(())
    }

    /// Goes forward, if the current screen allows it.
    pub fn next(&mut self) {
        self.notice = None;
        self.screen = match self.screen {
            Screen::Intro => self.first_question(),
            Screen::Question(item) => {
                let required = self.instrument().items[item].is_scored();
                if required && self.responses.chosen(item).is_none() {
                    self.notice = Some(Notice::ChooseAnswer);
                    Screen::Question(item)
                } else if self.editing {
                    self.editing = false;
                    Screen::Review
                } else {
                    self.asked_after(item)
                        .map_or(Screen::Review, Screen::Question)
                }
            }
            Screen::Review => match self.responses.missing().first() {
                None => Screen::Result,
                Some(&item) => Screen::Question(item),
            },
            Screen::Result => Screen::Result,
        };
    }

    /// Goes back one step. Answers are kept.
    pub fn back(&mut self) {
        self.notice = None;
        self.screen = match self.screen {
            Screen::Intro => Screen::Intro,
            Screen::Question(_) if self.editing => {
                self.editing = false;
                Screen::Review
            }
            Screen::Question(item) => self
                .asked_before(item)
                .map_or(Screen::Intro, Screen::Question),
            Screen::Review => self
                .asked_before(self.instrument().items.len())
                .map_or(Screen::Intro, Screen::Question),
            Screen::Result => Screen::Review,
        };
    }

    /// Opens one question from the review list; going on returns there.
    pub fn edit(&mut self, item: usize) {
        if matches!(self.screen, Screen::Review | Screen::Result) && self.responses.is_asked(item) {
            self.notice = None;
            self.editing = true;
            self.screen = Screen::Question(item);
        }
    }

    /// Forgets every answer and returns to the start.
    pub fn restart(&mut self) {
        *self = Wizard::new(self.instrument());
    }

    /// The crisis flag, live from the answers given so far.
    pub fn safety_flag(&self) -> SafetyFlag {
        self.responses.safety_flag()
    }

    /// The score, once every scored item is answered.
    pub fn score(&self) -> Option<SummedScore> {
        self.responses.complete().ok()?.score().ok()
    }

    /// Items shown on the review list, in order.
    pub fn asked_items(&self) -> Vec<usize> {
        (0..self.instrument().items.len())
            .filter(|&item| self.responses.is_asked(item))
            .collect()
    }

    /// Where the current question stands, if a question is showing.
    pub fn progress(&self) -> Option<Progress> {
        let Screen::Question(item) = self.screen else {
            return None;
        };
        let instrument = self.instrument();
        if !instrument.items[item].is_scored() {
            return Some(Progress::FollowUp);
        }
        let number = instrument
            .scored_indices()
            .take_while(|&i| i <= item)
            .count();
        Some(Progress::Scored {
            number,
            of: instrument.scored_count(),
        })
    }

    fn first_question(&self) -> Screen {
        self.asked_after_or_at(0)
            .map_or(Screen::Review, Screen::Question)
    }

    fn asked_after(&self, item: usize) -> Option<usize> {
        self.asked_after_or_at(item + 1)
    }

    fn asked_after_or_at(&self, from: usize) -> Option<usize> {
        (from..self.instrument().items.len()).find(|&i| self.responses.is_asked(i))
    }

    fn asked_before(&self, item: usize) -> Option<usize> {
        (0..item).rev().find(|&i| self.responses.is_asked(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::phq9::PHQ9;

    const DIFFICULTY: usize = 9;

    fn wizard() -> Wizard {
        Wizard::new(&PHQ9)
    }

    /// Answers the current question and goes on.
    fn answer_next(w: &mut Wizard, option: u8) {
        let Screen::Question(item) = w.screen() else {
            panic!("not on a question: {:?}", w.screen());
        };
        w.answer(item, option).expect("valid answer");
        w.next();
    }

    fn through_nine(w: &mut Wizard, values: [u8; 9]) {
        w.next();
        for value in values {
            answer_next(w, value);
        }
    }

    #[test]
    fn all_zero_goes_straight_to_review_without_the_difficulty_question() {
        let mut w = wizard();
        through_nine(&mut w, [0; 9]);
        assert_eq!(w.screen(), Screen::Review);
        assert_eq!(w.asked_items(), (0..9).collect::<Vec<_>>());
        w.next();
        assert_eq!(w.screen(), Screen::Result);
        assert_eq!(w.score().map(|s| s.total), Some(0));
    }

    #[test]
    fn any_problem_adds_the_difficulty_question() {
        let mut w = wizard();
        through_nine(&mut w, [1, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(w.screen(), Screen::Question(DIFFICULTY));
        assert_eq!(w.progress(), Some(Progress::FollowUp));
        // It is optional: going on without an answer is allowed.
        w.next();
        assert_eq!(w.screen(), Screen::Review);
        assert_eq!(w.notice(), None);
    }

    #[test]
    fn a_required_question_cannot_be_skipped() {
        let mut w = wizard();
        w.next();
        w.next();
        assert_eq!(w.screen(), Screen::Question(0));
        assert_eq!(w.notice(), Some(Notice::ChooseAnswer));
        w.answer(0, 2).expect("valid");
        assert_eq!(w.notice(), None, "answering clears the notice");
        w.next();
        assert_eq!(w.screen(), Screen::Question(1));
    }

    #[test]
    fn back_keeps_answers_and_returns_to_intro_from_the_first_question() {
        let mut w = wizard();
        w.next();
        answer_next(&mut w, 2);
        answer_next(&mut w, 1);
        assert_eq!(w.screen(), Screen::Question(2));
        w.back();
        assert_eq!(w.screen(), Screen::Question(1));
        assert_eq!(w.responses().chosen(1), Some(1));
        w.back();
        w.back();
        assert_eq!(w.screen(), Screen::Intro);
        assert_eq!(w.responses().chosen(0), Some(2));
    }

    #[test]
    fn back_from_review_and_result() {
        let mut w = wizard();
        through_nine(&mut w, [0; 9]);
        w.back();
        assert_eq!(
            w.screen(),
            Screen::Question(8),
            "no difficulty question when all zero"
        );
        w.next();
        w.next();
        assert_eq!(w.screen(), Screen::Result);
        w.back();
        assert_eq!(w.screen(), Screen::Review);

        let mut w = wizard();
        through_nine(&mut w, [2; 9]);
        w.next();
        assert_eq!(w.screen(), Screen::Review);
        w.back();
        assert_eq!(w.screen(), Screen::Question(DIFFICULTY));
    }

    #[test]
    fn editing_from_review_returns_to_review() {
        let mut w = wizard();
        through_nine(&mut w, [1; 9]);
        w.next(); // skip the difficulty question
        assert_eq!(w.screen(), Screen::Review);
        w.edit(4);
        assert_eq!(w.screen(), Screen::Question(4));
        assert!(w.is_editing());
        w.answer(4, 3).expect("valid");
        w.next();
        assert_eq!(w.screen(), Screen::Review);
        w.next();
        assert_eq!(w.score().map(|s| s.total), Some(11));

        // Back from an edit also returns to the review, unchanged.
        w.back();
        w.edit(0);
        w.back();
        assert_eq!(w.screen(), Screen::Review);
        assert!(!w.is_editing());
    }

    #[test]
    fn edit_from_the_result_goes_through_review_again() {
        let mut w = wizard();
        through_nine(&mut w, [0; 9]);
        w.next();
        assert_eq!(w.screen(), Screen::Result);
        w.edit(8);
        w.answer(8, 1).expect("valid");
        w.next();
        assert_eq!(w.screen(), Screen::Review);
        assert_eq!(w.safety_flag(), SafetyFlag::Raised);
    }

    #[test]
    fn restart_forgets_answers() {
        let mut w = wizard();
        through_nine(&mut w, [3; 9]);
        w.restart();
        assert_eq!(w, wizard());
    }

    #[test]
    fn the_crisis_flag_is_live_while_answering() {
        let mut w = wizard();
        w.next();
        for _ in 0..8 {
            answer_next(&mut w, 0);
        }
        assert_eq!(w.screen(), Screen::Question(8));
        assert_eq!(w.safety_flag(), SafetyFlag::NotRaised);
        w.answer(8, 2).expect("valid");
        assert_eq!(
            w.screen(),
            Screen::Question(8),
            "answering does not advance"
        );
        assert_eq!(w.safety_flag(), SafetyFlag::Urgent);
    }

    #[test]
    fn progress_counts_scored_items() {
        let mut w = wizard();
        assert_eq!(w.progress(), None);
        w.next();
        assert_eq!(w.progress(), Some(Progress::Scored { number: 1, of: 9 }));
        for _ in 0..8 {
            answer_next(&mut w, 0);
        }
        assert_eq!(w.progress(), Some(Progress::Scored { number: 9, of: 9 }));
    }

    #[test]
    fn no_result_without_every_answer() {
        let mut w = wizard();
        w.next();
        answer_next(&mut w, 1);
        assert_eq!(w.score(), None);
        // Review cannot be skipped past with answers missing.
        w.screen = Screen::Review;
        w.next();
        assert_eq!(w.screen(), Screen::Question(1));
    }

    #[test]
    fn edit_is_ignored_outside_review_and_for_items_not_asked() {
        let mut w = wizard();
        w.edit(0);
        assert_eq!(w.screen(), Screen::Intro);
        through_nine(&mut w, [0; 9]);
        w.edit(DIFFICULTY);
        assert_eq!(w.screen(), Screen::Review);
    }
}
