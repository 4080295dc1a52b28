//! Every rule and boundary of clinical-spec 2-4 and 6.1 as a row, plus
//! properties over random histories.

use super::adequacy::{
    adequacy, counts, verdict, Adequacy, Assume, CountedOn, DoseDoubt, Shortfall, Unsure, Verdict,
};
use super::history::{
    Dose, DoseReport, EctCourse, EctPlacement, Months, MsmSeverity, Outcome, TreatmentHistory,
    Trial,
};
use super::medicines::{augmentation_agent, medicine, MEDICINES};
use super::methods::{
    maudsley, mgh_s, thase_rush, trd_definition, Maudsley, MsmBand, ThaseRushStage,
};
use super::*;

/// A failed adequate trial of `id`: 8 weeks, full dose, no help.
fn failed(id: &str) -> Trial {
    Trial {
        medicine: medicine(id).unwrap_or_else(|| panic!("{id} not in catalogue")),
        weeks: Some(8),
        dose: DoseReport::FullDose,
        outcome: Outcome::NoHelp,
        dose_raised: false,
        duration_extended: false,
        augmented_with: None,
    }
}

fn with(trials: Vec<Trial>) -> TreatmentHistory {
    TreatmentHistory {
        trials,
        ..TreatmentHistory::default()
    }
}

fn ect(placement: EctPlacement, outcome: Outcome) -> EctCourse {
    EctCourse { placement, outcome }
}

// ---- Adequacy (decision 4) ----

fn check_adequacy(trial: Trial, expected: Adequacy) {
    assert_eq!(adequacy(&trial), expected, "{trial:?}");
}

#[test]
fn adequacy_rules() {
    let amount = |mg: u32| DoseReport::Amount(Dose::whole(mg));
    let planned = Adequacy::Adequate(CountedOn::PlannedDose);
    let lowest = Adequacy::Adequate(CountedOn::LowestDose);
    let lower = DoseDoubt::LowerThanPlanned;
    let not_sure = DoseDoubt::NotSure;
    // (weeks, dose, medicine, expected): every boundary of decisions 4
    // and 21 as a row.
    let rows: &[(Option<u16>, DoseReport, &str, Adequacy)] = &[
        (Some(6), DoseReport::FullDose, "sertraline", planned),
        (
            Some(5),
            DoseReport::FullDose,
            "sertraline",
            Adequacy::NotAdequate(Shortfall::TooShort { weeks: 5 }),
        ),
        (Some(8), amount(50), "sertraline", lowest),
        (
            Some(8),
            amount(25),
            "sertraline",
            Adequacy::NotAdequate(Shortfall::DoseBelowMinimum {
                amount: Dose::whole(25),
                minimum: Dose::whole(50),
            }),
        ),
        // Decision 21: "lower than planned" says nothing about this
        // tool's minimum, so without milligrams it is unknown.
        (
            Some(8),
            DoseReport::LowerDose,
            "sertraline",
            Adequacy::Unknown(Unsure::Dose(lower)),
        ),
        (
            None,
            DoseReport::LowerDose,
            "sertraline",
            Adequacy::Unknown(Unsure::DurationAndDose(lower)),
        ),
        (
            Some(3),
            DoseReport::LowerDose,
            "sertraline",
            Adequacy::NotAdequate(Shortfall::TooShort { weeks: 3 }),
        ),
        // With milligrams, the section 6.3 rule decides.
        (Some(8), amount(100), "sertraline", lowest),
        (
            Some(8),
            DoseReport::NotSure,
            "sertraline",
            Adequacy::Unknown(Unsure::Dose(not_sure)),
        ),
        (
            None,
            DoseReport::FullDose,
            "sertraline",
            Adequacy::Unknown(Unsure::Duration),
        ),
        (
            None,
            DoseReport::NotSure,
            "sertraline",
            Adequacy::Unknown(Unsure::DurationAndDose(not_sure)),
        ),
        // Known to be too short: not adequate, whatever the dose.
        (
            Some(3),
            DoseReport::NotSure,
            "sertraline",
            Adequacy::NotAdequate(Shortfall::TooShort { weeks: 3 }),
        ),
        // Milligrams of a medicine without a verified minimum cannot be
        // judged; its planned full dose can.
        (
            Some(8),
            amount(60),
            "phenelzine",
            Adequacy::Unknown(Unsure::Dose(not_sure)),
        ),
        (Some(8), DoseReport::FullDose, "phenelzine", planned),
    ];
    for (weeks, dose, id, expected) in rows {
        check_adequacy(
            Trial {
                weeks: *weeks,
                dose: *dose,
                ..failed(id)
            },
            *expected,
        );
    }
}

#[test]
fn a_trial_that_helped_is_not_a_failure_and_partial_help_is() {
    let helped = Trial {
        outcome: Outcome::Helped,
        ..failed("sertraline")
    };
    assert_eq!(verdict(&helped), Verdict::Helped);
    assert!(!counts(&helped, Assume::UnknownAdequate));
    let partial = Trial {
        outcome: Outcome::Partial,
        ..failed("sertraline")
    };
    assert_eq!(verdict(&partial), Verdict::Counted(CountedOn::PlannedDose));
    let unknown = Trial {
        weeks: None,
        ..failed("sertraline")
    };
    assert_eq!(verdict(&unknown), Verdict::Unknown(Unsure::Duration));
    assert!(!counts(&unknown, Assume::AsEntered));
    assert!(counts(&unknown, Assume::UnknownAdequate));
    // A lower dose than planned counts only in the "if" line.
    let lower = Trial {
        dose: DoseReport::LowerDose,
        ..failed("sertraline")
    };
    assert!(!counts(&lower, Assume::AsEntered));
    assert!(counts(&lower, Assume::UnknownAdequate));
}

// ---- TRD definition ----

#[test]
fn trd_definition_needs_two_different_antidepressants() {
    let check = |trials: Vec<Trial>, met: bool| {
        let result = trd_definition(&with(trials.clone()), Assume::AsEntered);
        assert_eq!(
            result.met,
            met,
            "{:?}",
            trials.iter().map(|t| t.medicine.id).collect::<Vec<_>>()
        );
    };
    check(vec![], false);
    check(vec![failed("sertraline")], false);
    check(vec![failed("sertraline"), failed("sertraline")], false);
    check(vec![failed("sertraline"), failed("escitalopram")], true);
    check(
        vec![
            failed("sertraline"),
            Trial {
                weeks: Some(4),
                ..failed("bupropion")
            },
        ],
        false,
    );
    check(
        vec![
            failed("sertraline"),
            Trial {
                outcome: Outcome::Helped,
                ..failed("bupropion")
            },
        ],
        false,
    );
}

// ---- Thase-Rush (2.3) ----

fn check_stage(ids: &[&str], courses: &[EctCourse], expected: ThaseRushStage) {
    let history = TreatmentHistory {
        trials: ids.iter().map(|id| failed(id)).collect(),
        ect: courses.to_vec(),
        ..TreatmentHistory::default()
    };
    assert_eq!(
        thase_rush(&history, Assume::AsEntered).stage,
        expected,
        "{ids:?} {courses:?}"
    );
}

#[test]
fn thase_rush_set_rule() {
    use ThaseRushStage::*;
    let bilateral = ect(EctPlacement::Bilateral, Outcome::NoHelp);
    let unilateral = ect(EctPlacement::RightUnilateral, Outcome::NoHelp);
    let unknown_placement = ect(EctPlacement::Unknown, Outcome::Partial);
    let helped = ect(EctPlacement::Bilateral, Outcome::Helped);

    check_stage(&[], &[], Zero);
    check_stage(&["sertraline"], &[], I);
    // Same class twice stays at I.
    check_stage(&["sertraline", "escitalopram", "fluoxetine"], &[], I);
    check_stage(&["sertraline", "venlafaxine"], &[], II);
    check_stage(&["bupropion", "mirtazapine"], &[], II);
    // Vortioxetine is its own class by default.
    check_stage(&["sertraline", "vortioxetine"], &[], II);
    // Decision 15: Auvelity is its own class, distinct from bupropion, and
    // Auvelity and gepirone do not share an "other" class.
    check_stage(&["bupropion", "dextromethorphan-bupropion"], &[], II);
    check_stage(&["dextromethorphan-bupropion", "gepirone"], &[], II);
    check_stage(&["sertraline", "venlafaxine", "nortriptyline"], &[], III);
    // Off-sequence: SSRI then TCA only is two classes, so II, not III.
    check_stage(&["sertraline", "nortriptyline"], &[], II);
    // TCA + MAOI + one other: III by the set rule (stage II is met by MAOI and SSRI).
    check_stage(&["sertraline", "nortriptyline", "phenelzine"], &[], III);
    check_stage(
        &["sertraline", "venlafaxine", "nortriptyline", "phenelzine"],
        &[],
        IV,
    );
    // MAOI without a TCA never passes II.
    check_stage(
        &["sertraline", "venlafaxine", "phenelzine", "bupropion"],
        &[],
        II,
    );
    check_stage(
        &["sertraline", "venlafaxine", "nortriptyline", "phenelzine"],
        &[bilateral],
        V,
    );
    // Unilateral or unknown placement does not reach V; ECT that helped is no failure.
    check_stage(
        &["sertraline", "venlafaxine", "nortriptyline", "phenelzine"],
        &[unilateral],
        IV,
    );
    check_stage(
        &["sertraline", "venlafaxine", "nortriptyline", "phenelzine"],
        &[unknown_placement],
        IV,
    );
    check_stage(
        &["sertraline", "venlafaxine", "nortriptyline", "phenelzine"],
        &[helped],
        IV,
    );
    // ECT without stage IV changes nothing.
    check_stage(&["sertraline", "venlafaxine"], &[bilateral], II);
}

#[test]
fn thase_rush_ignores_augmentation_and_inadequate_trials() {
    let augmented = Trial {
        augmented_with: augmentation_agent("lithium"),
        ..failed("sertraline")
    };
    let short = Trial {
        weeks: Some(2),
        ..failed("venlafaxine")
    };
    let result = thase_rush(&with(vec![augmented, short]), Assume::AsEntered);
    assert_eq!(result.stage, ThaseRushStage::I);
    let unilateral = TreatmentHistory {
        ect: vec![ect(EctPlacement::RightUnilateral, Outcome::NoHelp)],
        ..with(vec![failed("sertraline")])
    };
    let result = thase_rush(&unilateral, Assume::AsEntered);
    assert!(result.failed_other_ect && !result.failed_bilateral_ect);
    let early = TreatmentHistory {
        ect: vec![ect(EctPlacement::Bilateral, Outcome::NoHelp)],
        ..with(vec![failed("sertraline"), failed("venlafaxine")])
    };
    let result = thase_rush(&early, Assume::AsEntered);
    assert_eq!(result.stage, ThaseRushStage::II);
    assert!(result.ect_before_stage_four());
}

// ---- Maudsley (3.3) ----

fn msm(
    trials: Vec<Trial>,
    months: Months,
    severity: MsmSeverity,
    courses: Vec<EctCourse>,
) -> Maudsley {
    let history = TreatmentHistory {
        trials,
        ect: courses,
        episode_months: Some(months),
        severity: Some(severity),
        ..TreatmentHistory::default()
    };
    maudsley(&history, Assume::AsEntered)
}

fn scored(result: Maudsley) -> methods::MsmScore {
    match result {
        Maudsley::Scored(score) => score,
        other => panic!("not scored: {other:?}"),
    }
}

#[test]
fn maudsley_is_not_applicable_without_a_failed_antidepressant() {
    let helped = Trial {
        outcome: Outcome::Helped,
        ..failed("sertraline")
    };
    assert_eq!(
        msm(vec![], Months::whole(30), MsmSeverity::Moderate, vec![]),
        Maudsley::NotApplicable
    );
    assert_eq!(
        msm(
            vec![helped],
            Months::whole(30),
            MsmSeverity::Moderate,
            vec![]
        ),
        Maudsley::NotApplicable
    );
    let missing = maudsley(&with(vec![failed("sertraline")]), Assume::AsEntered);
    assert_eq!(
        missing,
        Maudsley::NeedsInput {
            months: true,
            severity: true
        }
    );
}

#[test]
fn maudsley_duration_boundaries_in_continuous_months() {
    // Clinical-spec 3.3 and decision 6: 12 and under acute, over 12 to 24
    // sub-acute, over 24 chronic, in months as typed (whole or not).
    for (typed, points) in [
        ("0", 1),
        ("12", 1),
        ("12.5", 2),
        ("12,5", 2),
        ("12.001", 2),
        ("13", 2),
        ("24", 2),
        ("24.5", 3),
        ("24,5", 3),
        ("25", 3),
        ("240", 3),
    ] {
        let months = super::validate::months(typed).expect("valid");
        let score = scored(msm(
            vec![failed("sertraline")],
            months,
            MsmSeverity::Mild,
            vec![],
        ));
        assert_eq!(score.duration, points, "{typed} months");
    }
}

#[test]
fn months_display_with_a_decimal_point() {
    // Project decision 20: a point in English and US Spanish alike.
    assert_eq!(Months::from_thousandths(12_500).display(), "12.5");
    assert_eq!(Months::from_thousandths(12_050).display(), "12.05");
    assert_eq!(Months::whole(24).display(), "24");
}

#[test]
fn maudsley_antidepressant_levels_count_distinct_medicines() {
    for (count, level) in [
        (1, 1),
        (2, 1),
        (3, 2),
        (4, 2),
        (5, 3),
        (6, 3),
        (7, 4),
        (10, 4),
        (11, 5),
        (12, 5),
    ] {
        let trials: Vec<Trial> = MEDICINES[..count].iter().map(|m| failed(m.id)).collect();
        let score = scored(msm(trials, Months::whole(6), MsmSeverity::Mild, vec![]));
        assert_eq!(score.antidepressants, level, "{count} medicines");
    }
    // A second trial of the same medicine is not another medicine.
    let same_twice = vec![
        failed("sertraline"),
        failed("sertraline"),
        failed("escitalopram"),
    ];
    assert_eq!(
        scored(msm(same_twice, Months::whole(6), MsmSeverity::Mild, vec![])).antidepressants,
        1
    );
}

#[test]
fn maudsley_totals_and_bands() {
    let lithium = augmentation_agent("lithium");
    let augmented = Trial {
        augmented_with: lithium,
        ..failed("sertraline")
    };
    let any_ect = vec![ect(EctPlacement::RightUnilateral, Outcome::Helped)];
    let check = |result: Maudsley, total: u8, band: MsmBand| {
        let score = scored(result);
        assert_eq!((score.total, score.band), (total, band), "{score:?}");
    };
    // 1 + 4 + 1 = 6, the top of mild; adding augmentation makes 7, moderate.
    check(
        msm(
            vec![failed("sertraline")],
            Months::whole(12),
            MsmSeverity::SevereWithoutPsychosis,
            vec![],
        ),
        6,
        MsmBand::Mild,
    );
    check(
        msm(
            vec![augmented],
            Months::whole(12),
            MsmSeverity::SevereWithoutPsychosis,
            vec![],
        ),
        7,
        MsmBand::Moderate,
    );
    // 3 + 4 + 1 + 1 + 1 = 10, the top of moderate; psychosis makes 11, severe.
    check(
        msm(
            vec![augmented],
            Months::whole(25),
            MsmSeverity::SevereWithoutPsychosis,
            any_ect.clone(),
        ),
        10,
        MsmBand::Moderate,
    );
    check(
        msm(
            vec![augmented],
            Months::whole(25),
            MsmSeverity::SevereWithPsychosis,
            any_ect.clone(),
        ),
        11,
        MsmBand::Severe,
    );
    // Extremes: 3 and 15.
    check(
        msm(
            vec![failed("sertraline")],
            Months::whole(1),
            MsmSeverity::Subsyndromal,
            vec![],
        ),
        3,
        MsmBand::Mild,
    );
    let many: Vec<Trial> = MEDICINES[..11]
        .iter()
        .map(|m| Trial {
            augmented_with: lithium,
            ..failed(m.id)
        })
        .collect();
    check(
        msm(
            many,
            Months::whole(30),
            MsmSeverity::SevereWithPsychosis,
            any_ect,
        ),
        15,
        MsmBand::Severe,
    );
    // Augmentation that helped was not a failed strategy.
    let helped_aug = Trial {
        augmented_with: lithium,
        outcome: Outcome::Helped,
        ..failed("bupropion")
    };
    let score = scored(msm(
        vec![failed("sertraline"), helped_aug],
        Months::whole(6),
        MsmSeverity::Mild,
        vec![],
    ));
    assert_eq!(score.augmentation, 0);
}

// ---- MGH-S (4.3) ----

fn mgh(history: &TreatmentHistory) -> String {
    mgh_s(history, Assume::AsEntered).display()
}

#[test]
fn mgh_s_points() {
    let lithium = augmentation_agent("lithium");
    assert_eq!(mgh(&with(vec![])), "0.0");
    assert_eq!(mgh(&with(vec![failed("sertraline")])), "1.0");
    assert_eq!(
        mgh(&with(vec![Trial {
            dose_raised: true,
            ..failed("sertraline")
        }])),
        "1.5"
    );
    let optimised = Trial {
        dose_raised: true,
        duration_extended: true,
        augmented_with: lithium,
        ..failed("sertraline")
    };
    assert_eq!(mgh(&with(vec![optimised])), "2.5");
    // Each failed adequate trial counts, even of the same medicine.
    assert_eq!(
        mgh(&with(vec![failed("sertraline"), failed("sertraline")])),
        "2.0"
    );
    // Inadequate trials add nothing, optimisations included.
    let short = Trial {
        weeks: Some(4),
        ..optimised
    };
    assert_eq!(mgh(&with(vec![short])), "0.0");
    // ECT adds 3 once, however many courses failed; ECT that helped adds nothing.
    let courses = vec![
        ect(EctPlacement::Bilateral, Outcome::NoHelp),
        ect(EctPlacement::RightUnilateral, Outcome::NoHelp),
    ];
    let history = TreatmentHistory {
        ect: courses,
        ..with(vec![failed("sertraline"), optimised])
    };
    assert_eq!(mgh(&history), "6.5");
    let helped = TreatmentHistory {
        ect: vec![ect(EctPlacement::Bilateral, Outcome::Helped)],
        ..with(vec![])
    };
    assert_eq!(mgh(&helped), "0.0");
}

// ---- Assessment: unknown trials ----

#[test]
fn unknown_trials_never_count_but_say_what_they_would_change() {
    let unsure = Trial {
        dose: DoseReport::NotSure,
        ..failed("venlafaxine")
    };
    let history = with(vec![failed("sertraline"), unsure]);
    let assessment = assess(&history);
    assert!(assessment.has_unknown_trials());
    assert_eq!(
        assessment.verdicts,
        vec![
            Verdict::Counted(CountedOn::PlannedDose),
            Verdict::Unknown(Unsure::Dose(DoseDoubt::NotSure))
        ]
    );
    assert!(!assessment.definition.as_entered.met);
    assert_eq!(
        assessment.definition.if_unknown_adequate.map(|d| d.met),
        Some(true)
    );
    assert_eq!(assessment.thase_rush.as_entered.stage, ThaseRushStage::I);
    assert_eq!(
        assessment.thase_rush.if_unknown_adequate.map(|t| t.stage),
        Some(ThaseRushStage::II)
    );
    assert_eq!(assessment.mgh_s.as_entered.display(), "1.0");
    assert_eq!(
        assessment.mgh_s.if_unknown_adequate.map(|m| m.display()),
        Some("2.0".to_owned())
    );

    let certain = assess(&with(vec![failed("sertraline")]));
    assert!(!certain.has_unknown_trials());
    assert_eq!(certain.thase_rush.if_unknown_adequate, None);
}

// ---- Properties ----

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::super::medicines::AUGMENTATION_AGENTS;
    use super::super::methods::MghsPart;
    use super::*;
    use proptest::prelude::*;

    fn trial() -> impl Strategy<Value = Trial> {
        (
            0..MEDICINES.len(),
            prop::option::of(1u16..30),
            prop_oneof![
                (1u32..500_000).prop_map(|t| DoseReport::Amount(Dose::from_thousandths(t))),
                Just(DoseReport::FullDose),
                Just(DoseReport::LowerDose),
                Just(DoseReport::NotSure)
            ],
            prop_oneof![
                Just(Outcome::NoHelp),
                Just(Outcome::Partial),
                Just(Outcome::Helped)
            ],
            any::<bool>(),
            any::<bool>(),
            prop::option::of(0..AUGMENTATION_AGENTS.len()),
        )
            .prop_map(
                |(m, weeks, dose, outcome, dose_raised, duration_extended, agent)| Trial {
                    medicine: &MEDICINES[m],
                    weeks,
                    dose,
                    outcome,
                    dose_raised,
                    duration_extended,
                    augmented_with: agent.map(|a| &AUGMENTATION_AGENTS[a]),
                },
            )
    }

    fn failed_adequate() -> impl Strategy<Value = Trial> {
        (
            trial(),
            6u16..60,
            prop_oneof![Just(Outcome::NoHelp), Just(Outcome::Partial)],
        )
            .prop_map(|(t, weeks, outcome)| Trial {
                weeks: Some(weeks),
                dose: DoseReport::FullDose,
                outcome,
                ..t
            })
    }

    fn course() -> impl Strategy<Value = EctCourse> {
        (
            prop_oneof![
                Just(EctPlacement::Bilateral),
                Just(EctPlacement::RightUnilateral),
                Just(EctPlacement::Unknown)
            ],
            prop_oneof![
                Just(Outcome::NoHelp),
                Just(Outcome::Partial),
                Just(Outcome::Helped)
            ],
        )
            .prop_map(|(placement, outcome)| EctCourse { placement, outcome })
    }

    fn history() -> impl Strategy<Value = TreatmentHistory> {
        (
            prop::collection::vec(trial(), 0..14),
            prop::collection::vec(course(), 0..3),
            prop::option::of((0u32..600_000).prop_map(Months::from_thousandths)),
            prop::option::of(prop::sample::select(MsmSeverity::ALL.to_vec())),
        )
            .prop_map(|(trials, ect, episode_months, severity)| TreatmentHistory {
                trials,
                ect,
                episode_months,
                severity,
                other: vec![],
            })
    }

    fn msm_total(result: Maudsley) -> Option<u8> {
        match result {
            Maudsley::Scored(score) => Some(score.total),
            _ => None,
        }
    }

    proptest! {
        #[test]
        fn adding_a_failed_adequate_trial_never_lowers_anything(h in history(), extra in failed_adequate()) {
            let mut more = h.clone();
            more.trials.push(extra);
            for assume in [Assume::AsEntered, Assume::UnknownAdequate] {
                prop_assert!(thase_rush(&more, assume).stage >= thase_rush(&h, assume).stage);
                prop_assert!(mgh_s(&more, assume).halves > mgh_s(&h, assume).halves);
                prop_assert!(trd_definition(&more, assume).met >= trd_definition(&h, assume).met);
                if let Some(before) = msm_total(maudsley(&h, assume)) {
                    let after = msm_total(maudsley(&more, assume));
                    prop_assert!(after.is_some_and(|after| after >= before));
                }
            }
        }

        #[test]
        fn mgh_s_is_the_sum_of_its_parts(h in history()) {
            for assume in [Assume::AsEntered, Assume::UnknownAdequate] {
                let score = mgh_s(&h, assume);
                prop_assert_eq!(MghsPart::ALL.iter().map(|p| score.part(*p)).sum::<u16>(), score.halves);
            }
        }

        #[test]
        fn maudsley_total_is_always_between_3_and_15(h in history()) {
            if let Maudsley::Scored(score) = maudsley(&h, Assume::AsEntered) {
                prop_assert!((3..=15).contains(&score.total));
                prop_assert_eq!(score.total, score.duration + score.severity + score.antidepressants + score.augmentation + score.ect);
            }
        }

        #[test]
        fn results_do_not_depend_on_trial_order(h in history(), rotate in 0usize..14) {
            let mut shuffled = h.clone();
            shuffled.trials.reverse();
            let len = shuffled.trials.len();
            if len > 0 {
                shuffled.trials.rotate_left(rotate % len);
            }
            let a = assess(&h);
            let b = assess(&shuffled);
            prop_assert_eq!(a.definition, b.definition);
            prop_assert_eq!(a.thase_rush, b.thase_rush);
            prop_assert_eq!(a.maudsley, b.maudsley);
            prop_assert_eq!(a.mgh_s, b.mgh_s);
        }

        #[test]
        fn assuming_unknown_trials_adequate_never_lowers_anything(h in history()) {
            let a = assess(&h);
            if let Some(alt) = &a.thase_rush.if_unknown_adequate {
                prop_assert!(alt.stage >= a.thase_rush.as_entered.stage);
            }
            if let Some(alt) = a.mgh_s.if_unknown_adequate {
                prop_assert!(alt.halves >= a.mgh_s.as_entered.halves);
            }
            prop_assert_eq!(a.has_unknown_trials(), a.mgh_s.if_unknown_adequate.is_some());
        }
    }
}
