//! The four staging methods' cards in one shape: a title, the figure, its
//! picture, the lines that say what it means, what it would be if the
//! unsure medicines counted, the explainers to read, and the values of the
//! test contract. `ui::staging::stage_card::StageCard` draws any of them.

use crate::domain::learn::Topic;
use crate::domain::staging::methods::Maudsley;
use crate::domain::staging::{Assessment, Method, Staged};
use crate::i18n::Catalogue;
use crate::present::scale::{maudsley_scale, mghs_scale, thase_rush_scale, Scale};

/// What one method's card shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StageCard {
    pub method: Method,
    pub title: &'static str,
    /// The result in a few words: "Stage II", "9 out of 15 (moderate)".
    pub figure: String,
    pub scale: Option<Scale>,
    /// What the result means, then the method's notes, in order.
    pub lines: Vec<CardLine>,
    /// When some medicines could not be judged: what the result would be
    /// if they had counted, or that it would stay the same.
    pub if_unknown: Option<String>,
    /// The explainer pages linked from the card.
    pub topics: &'static [Topic],
    /// The values of the test contract's `data-*` attributes.
    pub data: CardData,
}

/// One paragraph of a card, with its `data-note` if it is a named note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardLine {
    pub text: String,
    pub note: Option<&'static str>,
}

/// A card's test-contract values (README); `None` leaves the attribute out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CardData {
    pub met: Option<&'static str>,
    pub stage: Option<&'static str>,
    pub score: Option<String>,
    pub level: Option<&'static str>,
    pub applicable: Option<&'static str>,
    pub needs_input: Option<&'static str>,
}

fn line(text: impl Into<String>) -> CardLine {
    CardLine {
        text: text.into(),
        note: None,
    }
}

fn flag(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}

/// The figure as entered, and the alternative's figure when it reads
/// differently: one rule for every method, so a change that leaves what
/// the visitor reads as it is, is no change.
fn figures<T>(staged: &Staged<T>, figure: impl Fn(&T) -> String) -> (String, Option<String>) {
    let entered = figure(&staged.as_entered);
    let other = staged
        .if_unknown_adequate
        .as_ref()
        .map(figure)
        .filter(|other| *other != entered);
    (entered, other)
}

/// The card of `method` for `assessment`, in `copy`'s language.
pub fn stage_card(method: Method, assessment: &Assessment, copy: &Catalogue) -> StageCard {
    let t = copy.staging();
    let unknown = assessment.has_unknown_trials();
    let card = |title, (figure, alternative): (String, Option<String>), topics| StageCard {
        method,
        title,
        figure,
        scale: None,
        lines: Vec::new(),
        if_unknown: unknown.then(|| t.if_unknown_line(alternative.as_deref())),
        topics,
        data: CardData::default(),
    };
    match method {
        Method::Definition => {
            let staged = &assessment.definition;
            let entered = staged.as_entered;
            let mut card = card(
                t.def_title,
                figures(staged, |d| t.definition(d.met).to_owned()),
                &[Topic::WhatIsTrd, Topic::WhyTrdHappens],
            );
            card.lines.push(line(t.definition_meaning(entered)));
            card.data.met = Some(flag(entered.met));
            card
        }
        Method::ThaseRush => {
            let staged = &assessment.thase_rush;
            let entered = &staged.as_entered;
            let mut card = card(
                t.tr_title,
                figures(staged, |r| t.stage(r.stage)),
                &[Topic::TreatmentOptions],
            );
            card.scale = Some(thase_rush_scale(copy, entered.stage));
            card.lines.push(line(t.stage_meaning(entered.stage)));
            card.lines
                .extend(t.tr_classes_line(entered.classes.clone()).map(line));
            if entered.failed_other_ect {
                card.lines.push(line(t.tr_unilateral_note));
            }
            if entered.ect_before_stage_four() {
                card.lines.push(CardLine {
                    text: t.tr_ect_early_note.to_owned(),
                    note: Some("ect-before-stage-iv"),
                });
            }
            card.data.stage = Some(entered.stage.slug());
            card
        }
        Method::Maudsley => {
            let staged = &assessment.maudsley;
            let entered = staged.as_entered;
            let mut card = card(
                t.msm_title,
                figures(staged, |m| t.maudsley(*m)),
                &[Topic::DiagnosisAndStaging],
            );
            if let Maudsley::Scored(score) = entered {
                card.scale = Some(maudsley_scale(copy, score));
                card.data.score = Some(score.total.to_string());
                card.data.level = Some(score.band.slug());
            }
            card.lines.push(line(t.maudsley_meaning(entered)));
            card.data.applicable = Some(flag(!matches!(entered, Maudsley::NotApplicable)));
            card.data.needs_input =
                matches!(entered, Maudsley::NeedsInput { .. }).then_some("true");
            card
        }
        Method::MghS => {
            let staged = &assessment.mgh_s;
            let mut card = card(
                t.mghs_title,
                figures(staged, |m| m.display()),
                &[Topic::DiagnosisAndStaging],
            );
            card.scale = mghs_scale(copy, staged.as_entered);
            card.lines.push(line(t.mghs_meaning));
            card.data.score = Some(card.figure.clone());
            card
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lang::Lang;
    use crate::domain::phq9::PHQ9;
    use crate::domain::session::Session;
    use crate::domain::staging::builder::{DoseMode, DraftChange};
    use crate::domain::staging::history::Outcome;
    use crate::domain::staging::medicines::medicine;
    use crate::i18n::copy;

    /// The assessment after `trials` (medicine id, weeks or unsure, mg).
    fn assessed(trials: &[(&str, Option<&str>, &str)]) -> Assessment {
        let mut s = Session::new(&PHQ9, Lang::En);
        add_failed_trials(&mut s, trials);
        s.staging().assessment()
    }

    /// Opens the history and saves `trials`, each of which did not help.
    fn add_failed_trials(s: &mut Session, trials: &[(&str, Option<&str>, &str)]) {
        s.start_history();
        for (id, weeks, mg) in trials {
            s.add_trial();
            s.change_draft(DraftChange::Medicine(medicine(id)));
            match weeks {
                Some(weeks) => s.change_draft(DraftChange::Weeks((*weeks).into())),
                None => s.change_draft(DraftChange::WeeksUnsure(true)),
            }
            s.change_draft(DraftChange::DoseMode(DoseMode::Amount));
            s.change_draft(DraftChange::Dose((*mg).into()));
            s.change_draft(DraftChange::Outcome(Outcome::NoHelp));
            s.save_draft();
        }
    }

    #[test]
    fn every_card_has_one_shape_with_its_contract_values() {
        let c = copy(Lang::En);
        let a = assessed(&[("sertraline", Some("8"), "100")]);
        let cards: Vec<StageCard> = Method::ALL.iter().map(|m| stage_card(*m, &a, c)).collect();
        assert_eq!(
            cards.iter().map(|c| c.method).collect::<Vec<_>>(),
            Method::ALL
        );
        let [definition, thase_rush, maudsley, mghs] = &cards[..] else {
            panic!("four cards");
        };
        assert_eq!(definition.data.met, Some("false"));
        assert_eq!(definition.figure, c.staging().definition(false));
        assert!(definition.scale.is_none());
        assert_eq!(thase_rush.data.stage, Some("I"));
        assert_eq!(thase_rush.figure, "Stage I");
        assert!(thase_rush.scale.as_ref().is_some_and(|s| s.mark == Some(1)));
        assert!(thase_rush
            .lines
            .iter()
            .any(|l| l.text == "Classes that counted: SSRI."));
        assert_eq!(maudsley.data.applicable, Some("true"));
        assert_eq!(
            maudsley.data.needs_input,
            Some("true"),
            "no months or severity yet"
        );
        assert!(maudsley.scale.is_none());
        assert_eq!(mghs.data.score.as_deref(), Some("1.0"));
        assert_eq!(mghs.figure, "1.0");
        for card in &cards {
            assert_eq!(card.if_unknown, None, "{:?}: nothing unsure", card.method);
            assert!(!card.topics.is_empty());
            assert!(!card.lines.is_empty());
        }
    }

    #[test]
    fn the_unsure_line_names_the_other_result_only_when_it_reads_differently() {
        let c = copy(Lang::En);
        // One adequate failed trial and one of unknown length: counted,
        // the definition (two failed) would be met.
        let a = assessed(&[
            ("sertraline", Some("8"), "100"),
            ("escitalopram", None, "20"),
        ]);
        let card = |m| stage_card(m, &a, c);
        assert_eq!(
            card(Method::Definition).if_unknown,
            Some(
                c.staging()
                    .if_unknown_line(Some(c.staging().definition(true)))
            )
        );
        assert_eq!(
            card(Method::ThaseRush).if_unknown,
            Some(c.staging().if_unknown_line(None)),
            "two SSRIs are still stage I"
        );
        assert_eq!(
            card(Method::MghS).if_unknown,
            Some(c.staging().if_unknown_line(Some("2.0")))
        );
    }

    #[test]
    fn a_maudsley_score_has_its_picture_and_band() {
        let c = copy(Lang::Es);
        let mut s = Session::new(&PHQ9, Lang::Es);
        add_failed_trials(&mut s, &[("sertraline", Some("8"), "100")]);
        s.set_months("30".into());
        s.set_severity(crate::domain::staging::history::MsmSeverity::Moderate);
        let card = stage_card(Method::Maudsley, &s.staging().assessment(), c);
        assert_eq!(card.data.needs_input, None);
        let score = card.data.score.clone().expect("scored");
        let scale = card.scale.expect("a picture");
        assert_eq!(scale.mark.map(|m| m.to_string()), Some(score));
        assert!(card.data.level.is_some());
        assert_eq!(card.title, c.staging().msm_title);
    }
}
