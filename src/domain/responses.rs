//! A person's answers to one instrument, and the one engine that scores
//! every summed instrument.
//!
//! Rules (clinical-spec 1.8 and project decision 2): every scored item is
//! required for a total, nothing is prorated, out-of-range answers are
//! rejected rather than clamped, follow-up items are never scored, and the
//! safety flag is read from the safety item alone, whatever the total and
//! whether or not the questionnaire is complete.

use super::error::DomainError;
use super::instrument::{AnswerOption, Band, Instrument, Item, ItemRole};

/// The answers given so far, one slot per item of the instrument.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Responses {
    instrument: &'static Instrument,
    /// Index into the item's `options`, per item.
    chosen: Vec<Option<u8>>,
}

impl Responses {
    pub fn new(instrument: &'static Instrument) -> Self {
        Self {
            instrument,
            chosen: vec![None; instrument.items.len()],
        }
    }

    pub fn instrument(&self) -> &'static Instrument {
        self.instrument
    }

    /// Records the answer at `option` (an index into the item's options) for
    /// item `item`. Anything outside the item's options is rejected.
    pub fn answer(&mut self, item: usize, option: u8) -> Result<(), DomainError> {
        let spec = self
            .instrument
            .items
            .get(item)
            .ok_or(DomainError::NoSuchItem { item })?;
        if usize::from(option) >= spec.options.len() {
            return Err(DomainError::AnswerOutOfRange {
                link_id: spec.link_id,
                value: option,
                options: spec.options.len(),
            });
        }
        self.chosen[item] = Some(option);
        if !self.follow_up_applies() {
            self.clear_follow_ups();
        }
        Ok(())
    }

    /// The option index chosen for `item`, if any. A follow-up that no
    /// longer applies reads as unanswered.
    pub fn chosen(&self, item: usize) -> Option<u8> {
        self.chosen.get(item).copied().flatten()
    }

    /// The chosen option itself.
    pub fn chosen_option(&self, item: usize) -> Option<&'static AnswerOption> {
        let spec = self.instrument.items.get(item)?;
        spec.options.get(usize::from(self.chosen(item)?))
    }

    /// Whether the follow-up items are asked: once any scored item is above
    /// zero ("If you checked off any problems...").
    pub fn follow_up_applies(&self) -> bool {
        self.scored()
            .any(|(item, index)| self.weight_of(item, index).is_some_and(|w| w > 0))
    }

    /// Whether `item` is asked at all, given the answers so far.
    pub fn is_asked(&self, item: usize) -> bool {
        match self.instrument.items.get(item).map(|spec| spec.role) {
            Some(ItemRole::Scored { .. }) => true,
            Some(ItemRole::FollowUp) => self.follow_up_applies(),
            None => false,
        }
    }

    /// Scored items still without an answer.
    pub fn missing(&self) -> Vec<usize> {
        self.instrument
            .scored_indices()
            .filter(|&item| self.chosen(item).is_none())
            .collect()
    }

    /// The crisis flag, from the safety item alone. It is raised as soon as
    /// that item is answered above its threshold, even when other items are
    /// still open.
    pub fn safety_flag(&self) -> SafetyFlag {
        self.scored()
            .filter_map(|(item, spec)| match spec.role {
                ItemRole::Scored { safety: Some(rule) } => {
                    let weight = self.weight_of(item, spec)?;
                    Some(if weight >= rule.urgent_at {
                        SafetyFlag::Urgent
                    } else if weight >= rule.raised_at {
                        SafetyFlag::Raised
                    } else {
                        SafetyFlag::NotRaised
                    })
                }
                _ => None,
            })
            .max()
            .unwrap_or(SafetyFlag::NotRaised)
    }

    /// The only way to a [`CompleteResponses`]: every scored item answered.
    pub fn complete(&self) -> Result<CompleteResponses, DomainError> {
        let missing = self.missing();
        if missing.is_empty() {
            Ok(CompleteResponses(self.clone()))
        } else {
            Err(DomainError::Incomplete { missing })
        }
    }

    fn scored(&self) -> impl Iterator<Item = (usize, &'static Item)> + '_ {
        self.instrument
            .items
            .iter()
            .enumerate()
            .filter(|(_, spec)| spec.is_scored())
    }

    fn weight_of(&self, item: usize, spec: &Item) -> Option<u8> {
        spec.options
            .get(usize::from(self.chosen(item)?))
            .map(|option| option.weight)
    }

    fn clear_follow_ups(&mut self) {
        for (slot, spec) in self.chosen.iter_mut().zip(self.instrument.items) {
            if spec.role == ItemRole::FollowUp {
                *slot = None;
            }
        }
    }
}

/// Answers with every scored item present. Only [`Responses::complete`]
/// builds one, so a result cannot be computed from missing answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompleteResponses(Responses);

impl CompleteResponses {
    pub fn responses(&self) -> &Responses {
        &self.0
    }

    /// Scores the answers: the sum of the scored items' weights, its band,
    /// and the safety flag.
    pub fn score(&self) -> Result<SummedScore, DomainError> {
        let responses = &self.0;
        let instrument = responses.instrument;
        let total: u16 = responses
            .scored()
            .filter_map(|(item, spec)| responses.weight_of(item, spec))
            .map(u16::from)
            .sum();
        let total = u8::try_from(total).map_err(|_| DomainError::TotalOutOfRange { total })?;
        let band = instrument
            .band_for(total)
            .ok_or(DomainError::TotalOutOfRange {
                total: u16::from(total),
            })?;
        Ok(SummedScore {
            total,
            max: instrument.max_total(),
            band,
            safety: responses.safety_flag(),
        })
    }
}

/// The crisis flag of a safety item (clinical-spec 1.10). Ordered so the
/// strongest of several wins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum SafetyFlag {
    /// The item is unanswered or answered "Not at all". This is never read
    /// as "not at risk": the crisis block stays on every screen.
    NotRaised,
    /// "Several days": the crisis panel shows.
    Raised,
    /// "More than half the days" or "Nearly every day": the panel shows
    /// with stronger wording ("Please reach out today").
    Urgent,
}

impl SafetyFlag {
    pub fn is_raised(self) -> bool {
        self != SafetyFlag::NotRaised
    }

    /// The crisis panel's `data-level` in the documented test contract.
    pub fn slug(self) -> &'static str {
        match self {
            SafetyFlag::NotRaised => "not-raised",
            SafetyFlag::Raised => "raised",
            SafetyFlag::Urgent => "urgent",
        }
    }
}

/// The result of a summed instrument. The safety flag is part of the score,
/// so no screen can show a total without it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SummedScore {
    pub total: u8,
    pub max: u16,
    pub band: Band,
    pub safety: SafetyFlag,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::instrument::Severity;
    use crate::domain::phq9::PHQ9;

    const ITEM_9: usize = 8;
    const DIFFICULTY: usize = 9;

    fn answered(values: [u8; 9]) -> Responses {
        let mut responses = Responses::new(&PHQ9);
        for (item, value) in values.into_iter().enumerate() {
            responses.answer(item, value).expect("valid answer");
        }
        responses
    }

    /// Data-driven check: the nine answers give this total and severity.
    fn check(values: [u8; 9], total: u8, severity: Severity) {
        let score = answered(values)
            .complete()
            .expect("complete")
            .score()
            .expect("scored");
        assert_eq!(
            (score.total, score.band.severity),
            (total, severity),
            "answers {values:?}"
        );
        assert_eq!(score.max, 27);
    }

    #[test]
    fn every_band_boundary() {
        check([0; 9], 0, Severity::NoneMinimal);
        check([3, 1, 0, 0, 0, 0, 0, 0, 0], 4, Severity::NoneMinimal);
        check([3, 2, 0, 0, 0, 0, 0, 0, 0], 5, Severity::Mild);
        check([3, 3, 3, 0, 0, 0, 0, 0, 0], 9, Severity::Mild);
        check([3, 3, 3, 1, 0, 0, 0, 0, 0], 10, Severity::Moderate);
        check([3, 3, 3, 3, 2, 0, 0, 0, 0], 14, Severity::Moderate);
        check([3, 3, 3, 3, 3, 0, 0, 0, 0], 15, Severity::ModeratelySevere);
        check([3, 3, 3, 3, 3, 3, 1, 0, 0], 19, Severity::ModeratelySevere);
        check([3, 3, 3, 3, 3, 3, 2, 0, 0], 20, Severity::Severe);
        check([3; 9], 27, Severity::Severe);
    }

    #[test]
    fn bands_cover_every_total_exactly_once() {
        for total in 0..=27u8 {
            let matching = PHQ9
                .bands
                .iter()
                .filter(|band| (band.min..=band.max).contains(&total))
                .count();
            assert_eq!(matching, 1, "total {total}");
        }
        assert_eq!(PHQ9.band_for(28), None);
        assert_eq!(PHQ9.max_total(), 27);
    }

    #[test]
    fn item_nine_flag_is_independent_of_total() {
        let low = answered([0, 0, 0, 0, 0, 0, 0, 0, 1])
            .complete()
            .expect("complete");
        let score = low.score().expect("scored");
        assert_eq!(score.total, 1);
        assert_eq!(score.band.severity, Severity::NoneMinimal);
        assert_eq!(score.safety, SafetyFlag::Raised);

        let high = answered([3, 3, 3, 3, 3, 3, 3, 3, 0])
            .complete()
            .expect("complete");
        let score = high.score().expect("scored");
        assert_eq!(score.total, 24);
        assert_eq!(score.safety, SafetyFlag::NotRaised);
    }

    #[test]
    fn item_nine_flag_is_graded() {
        for (value, flag) in [
            (0, SafetyFlag::NotRaised),
            (1, SafetyFlag::Raised),
            (2, SafetyFlag::Urgent),
            (3, SafetyFlag::Urgent),
        ] {
            let mut responses = Responses::new(&PHQ9);
            responses.answer(ITEM_9, value).expect("valid");
            assert_eq!(responses.safety_flag(), flag, "item 9 = {value}");
        }
    }

    #[test]
    fn item_nine_flag_fires_on_an_incomplete_questionnaire() {
        let mut responses = Responses::new(&PHQ9);
        assert_eq!(responses.safety_flag(), SafetyFlag::NotRaised);
        responses.answer(ITEM_9, 1).expect("valid");
        assert!(responses.complete().is_err());
        assert!(responses.safety_flag().is_raised());
    }

    #[test]
    fn incomplete_answers_have_no_total() {
        let mut responses = Responses::new(&PHQ9);
        assert_eq!(
            responses.complete(),
            Err(DomainError::Incomplete {
                missing: (0..9).collect()
            })
        );
        for item in 0..8 {
            responses.answer(item, 3).expect("valid");
        }
        assert_eq!(
            responses.complete(),
            Err(DomainError::Incomplete { missing: vec![8] })
        );
    }

    #[test]
    fn out_of_range_values_are_rejected_not_clamped() {
        let mut responses = Responses::new(&PHQ9);
        for bad in [4u8, 5, 200, u8::MAX] {
            assert_eq!(
                responses.answer(0, bad),
                Err(DomainError::AnswerOutOfRange {
                    link_id: "phq9-1",
                    value: bad,
                    options: 4
                })
            );
        }
        assert_eq!(responses.chosen(0), None);
        assert_eq!(
            responses.answer(10, 0),
            Err(DomainError::NoSuchItem { item: 10 })
        );
    }

    #[test]
    fn difficulty_is_asked_only_after_a_problem_and_never_scored() {
        let mut responses = answered([0; 9]);
        assert!(!responses.follow_up_applies());
        assert!(!responses.is_asked(DIFFICULTY));

        responses.answer(3, 1).expect("valid");
        assert!(responses.is_asked(DIFFICULTY));
        responses.answer(DIFFICULTY, 3).expect("valid");
        let score = responses
            .complete()
            .expect("complete")
            .score()
            .expect("scored");
        assert_eq!(score.total, 1, "the difficulty answer adds nothing");

        // Taking the only problem back withdraws the question and its answer.
        responses.answer(3, 0).expect("valid");
        assert!(!responses.is_asked(DIFFICULTY));
        assert_eq!(responses.chosen(DIFFICULTY), None);
    }

    #[test]
    fn the_difficulty_question_is_not_required() {
        let responses = answered([1, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert!(responses.is_asked(DIFFICULTY));
        assert!(responses.complete().is_ok());
    }
}
