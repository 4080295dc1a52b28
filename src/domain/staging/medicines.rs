//! Antidepressants, augmentation agents and other treatments a visitor can
//! record (clinical-spec 6.2, 6.3; project decisions 4 and 5).
//!
//! Minimum adequate doses are the spec's "min. dose used as adequate
//! threshold". Where the spec marks that dose [M] (unverified), the widget
//! does not judge adequacy from milligrams at all: it asks whether the dose
//! was the full dose the prescriber intended. Say less rather than guess.

use crate::domain::lang::Localized;
use crate::domain::staging::history::Dose;

/// Pharmacologic classes for Thase-Rush's "distinctly different class"
/// (project decisions 5 and 15). Vilazodone and vortioxetine are their own
/// class by default, which the results flag as a judgment call. There is no
/// shared "other" class: dextromethorphan-bupropion (Auvelity) and gepirone
/// are each a class of their own, and Auvelity is distinct from bupropion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DrugClass {
    Ssri,
    Snri,
    Tca,
    Maoi,
    Ndri,
    Nassa,
    Sari,
    SerotoninModulator,
    /// Dextromethorphan-bupropion: an NMDA-receptor antagonist with bupropion.
    NmdaAntagonistNdri,
    /// Gepirone: a 5-HT1A agonist.
    Serotonin1aAgonist,
}

impl DrugClass {
    pub const ALL: [DrugClass; 10] = [
        DrugClass::Ssri,
        DrugClass::Snri,
        DrugClass::Tca,
        DrugClass::Maoi,
        DrugClass::Ndri,
        DrugClass::Nassa,
        DrugClass::Sari,
        DrugClass::SerotoninModulator,
        DrugClass::NmdaAntagonistNdri,
        DrugClass::Serotonin1aAgonist,
    ];

    /// The class's short name as clinicians write it, in every language.
    pub fn name(self) -> Localized {
        match self {
            DrugClass::Ssri => Localized {
                en: "SSRI",
                es: "ISRS",
            },
            DrugClass::Snri => Localized {
                en: "SNRI",
                es: "IRSN",
            },
            DrugClass::Tca => Localized {
                en: "Tricyclic (TCA)",
                es: "Tricíclico (ATC)",
            },
            DrugClass::Maoi => Localized {
                en: "MAOI",
                es: "IMAO",
            },
            // Spanish spells out the acronyms that US Spanish patient
            // materials rarely use (clinical review S20).
            DrugClass::Ndri => Localized {
                en: "NDRI",
                es: "IRND (inhibidor de la recaptación de noradrenalina y dopamina)",
            },
            DrugClass::Nassa => Localized {
                en: "NaSSA",
                es: "NaSSA",
            },
            DrugClass::Sari => Localized {
                en: "SARI",
                es: "AIRS (antagonista e inhibidor de la recaptación de serotonina)",
            },
            DrugClass::SerotoninModulator => Localized {
                en: "Serotonin modulator",
                es: "Modulador de serotonina",
            },
            DrugClass::NmdaAntagonistNdri => Localized {
                en: "NMDA antagonist with bupropion",
                es: "Antagonista NMDA con bupropión",
            },
            DrugClass::Serotonin1aAgonist => Localized {
                en: "5-HT1A agonist",
                es: "Agonista 5-HT1A",
            },
        }
    }
}

/// How sure the spec is of a medicine's minimum adequate dose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MinimumDose {
    /// Confirmed in a source: a daily dose at or above this, in the
    /// medicine's `unit`, is adequate.
    Known { amount: Dose },
    /// Not verified: only the visitor's "full dose my prescriber intended"
    /// can make the trial adequate.
    Unverified,
}

/// How a medicine's dose is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DoseUnit {
    MgPerDay,
    /// A skin patch, dosed in mg per 24 hours (the selegiline patch).
    MgPer24hPatch,
}

/// One antidepressant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Medicine {
    /// Stable id (used in the test contract and exports).
    pub id: &'static str,
    pub generic: Localized,
    /// Common US brand names, searchable and shown after the generic name.
    pub brands: &'static [&'static str],
    pub class: DrugClass,
    pub minimum: MinimumDose,
    pub unit: DoseUnit,
    /// Daily doses above this are implausible for an entry (a typo such as
    /// 5000 mg); about twice the usual maximum.
    pub implausible_above: u32,
}

const fn mg(amount: u32) -> MinimumDose {
    MinimumDose::Known {
        amount: Dose::whole(amount),
    }
}

const fn same(name: &'static str) -> Localized {
    Localized { en: name, es: name }
}

/// A name in English and Spanish.
const fn loc(en: &'static str, es: &'static str) -> Localized {
    Localized { en, es }
}

const fn med(
    id: &'static str,
    generic: Localized,
    brands: &'static [&'static str],
    class: DrugClass,
    minimum: MinimumDose,
    implausible_above: u32,
) -> Medicine {
    Medicine {
        id,
        generic,
        brands,
        class,
        minimum,
        unit: DoseUnit::MgPerDay,
        implausible_above,
    }
}

impl Medicine {
    /// The same medicine, dosed as a skin patch in mg/24 h.
    const fn patch(self) -> Medicine {
        Medicine {
            unit: DoseUnit::MgPer24hPatch,
            ..self
        }
    }
}

/// Clinical-spec 6.3, in its order.
#[rustfmt::skip]
pub const MEDICINES: &[Medicine] = &[
    // id, generic name (EN, ES), brands, class, minimum adequate dose, most that is plausible
    med("citalopram",                 same("Citalopram"),                                             &["Celexa"],     DrugClass::Ssri,               mg(20),                  80),
    med("escitalopram",               same("Escitalopram"),                                           &["Lexapro"],    DrugClass::Ssri,               mg(10),                  40),
    med("fluoxetine",                 loc("Fluoxetine", "Fluoxetina"),                                &["Prozac"],     DrugClass::Ssri,               mg(20),                  160),
    med("paroxetine",                 loc("Paroxetine", "Paroxetina"),                                &["Paxil"],      DrugClass::Ssri,               mg(20),                  100),
    med("sertraline",                 loc("Sertraline", "Sertralina"),                                &["Zoloft"],     DrugClass::Ssri,               mg(50),                  400),
    med("fluvoxamine",                loc("Fluvoxamine", "Fluvoxamina"),                              &[],             DrugClass::Ssri,               mg(100),                 600),
    med("venlafaxine",                loc("Venlafaxine XR", "Venlafaxina XR"),                        &["Effexor XR"], DrugClass::Snri,               mg(75),                  750),
    med("desvenlafaxine",             loc("Desvenlafaxine", "Desvenlafaxina"),                        &["Pristiq"],    DrugClass::Snri,               mg(50),                  400),
    med("duloxetine",                 loc("Duloxetine", "Duloxetina"),                                &["Cymbalta"],   DrugClass::Snri,               mg(60),                  240),
    med("levomilnacipran",            loc("Levomilnacipran", "Levomilnaciprán"),                      &["Fetzima"],    DrugClass::Snri,               mg(40),                  240),
    med("amitriptyline",              loc("Amitriptyline", "Amitriptilina"),                          &[],             DrugClass::Tca,                mg(100),                 500),
    med("imipramine",                 loc("Imipramine", "Imipramina"),                                &[],             DrugClass::Tca,                mg(100),                 500),
    med("desipramine",                loc("Desipramine", "Desipramina"),                              &[],             DrugClass::Tca,                mg(100),                 500),
    med("clomipramine",               loc("Clomipramine", "Clomipramina"),                            &[],             DrugClass::Tca,                mg(100),                 500),
    med("nortriptyline",              loc("Nortriptyline", "Nortriptilina"),                          &[],             DrugClass::Tca,                mg(75),                  300),
    med("doxepin",                    loc("Doxepin", "Doxepina"),                                     &[],             DrugClass::Tca,                MinimumDose::Unverified, 600),
    med("phenelzine",                 loc("Phenelzine", "Fenelzina"),                                 &["Nardil"],     DrugClass::Maoi,               MinimumDose::Unverified, 180),
    med("tranylcypromine",            loc("Tranylcypromine", "Tranilcipromina"),                      &["Parnate"],    DrugClass::Maoi,               MinimumDose::Unverified, 120),
    med("isocarboxazid",              loc("Isocarboxazid", "Isocarboxazida"),                         &["Marplan"],    DrugClass::Maoi,               MinimumDose::Unverified, 120),
    med("selegiline-patch",           loc("Selegiline patch", "Selegilina en parche"),                &["Emsam"],      DrugClass::Maoi,               MinimumDose::Unverified, 24).patch(),
    med("bupropion",                  loc("Bupropion SR or XL", "Bupropión SR o XL"),                 &["Wellbutrin"], DrugClass::Ndri,               mg(300),                 900),
    med("mirtazapine",                loc("Mirtazapine", "Mirtazapina"),                              &["Remeron"],    DrugClass::Nassa,              mg(15),                  90),
    med("trazodone",                  loc("Trazodone", "Trazodona"),                                  &[],             DrugClass::Sari,               mg(150),                 800),
    med("nefazodone",                 loc("Nefazodone", "Nefazodona"),                                &[],             DrugClass::Sari,               MinimumDose::Unverified, 1200),
    med("vilazodone",                 loc("Vilazodone", "Vilazodona"),                                &["Viibryd"],    DrugClass::SerotoninModulator, mg(20),                  80),
    med("vortioxetine",               loc("Vortioxetine", "Vortioxetina"),                            &["Trintellix"], DrugClass::SerotoninModulator, mg(10),                  40),
    med("dextromethorphan-bupropion", loc("Dextromethorphan-bupropion", "Dextrometorfano-bupropión"), &["Auvelity"],   DrugClass::NmdaAntagonistNdri, MinimumDose::Unverified, 420),
    med("gepirone",                   loc("Gepirone ER", "Gepirona ER"),                              &["Exxua"],      DrugClass::Serotonin1aAgonist, MinimumDose::Unverified, 150),
];

/// Looks a medicine up by its id.
pub fn medicine(id: &str) -> Option<&'static Medicine> {
    MEDICINES.iter().find(|m| m.id == id)
}

/// Medicines whose generic or brand name contains `query` (case-insensitive),
/// generic-name matches first.
pub fn search(query: &str) -> Vec<&'static Medicine> {
    let query = query.trim().to_lowercase();
    if query.is_empty() {
        return MEDICINES.iter().collect();
    }
    let generic = |m: &Medicine| {
        m.generic.en.to_lowercase().contains(&query) || m.generic.es.to_lowercase().contains(&query)
    };
    let brand = |m: &Medicine| m.brands.iter().any(|b| b.to_lowercase().contains(&query));
    let mut found: Vec<&Medicine> = MEDICINES.iter().filter(|m| generic(m)).collect();
    found.extend(MEDICINES.iter().filter(|m| !generic(m) && brand(m)));
    found
}

/// Medicines added to an antidepressant (clinical-spec 6.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AugmentationAgent {
    pub id: &'static str,
    pub name: Localized,
}

pub const AUGMENTATION_AGENTS: &[AugmentationAgent] = &[
    AugmentationAgent {
        id: "aripiprazole",
        name: Localized {
            en: "Aripiprazole",
            es: "Aripiprazol",
        },
    },
    AugmentationAgent {
        id: "quetiapine-xr",
        name: Localized {
            en: "Quetiapine XR",
            es: "Quetiapina XR",
        },
    },
    AugmentationAgent {
        id: "brexpiprazole",
        name: Localized {
            en: "Brexpiprazole",
            es: "Brexpiprazol",
        },
    },
    AugmentationAgent {
        id: "cariprazine",
        name: Localized {
            en: "Cariprazine",
            es: "Cariprazina",
        },
    },
    AugmentationAgent {
        id: "olanzapine",
        name: Localized {
            en: "Olanzapine (with fluoxetine: Symbyax)",
            es: "Olanzapina (con fluoxetina: Symbyax)",
        },
    },
    AugmentationAgent {
        id: "lithium",
        name: Localized {
            en: "Lithium",
            es: "Litio",
        },
    },
    AugmentationAgent {
        id: "liothyronine",
        name: Localized {
            en: "Thyroid hormone, T3 (liothyronine)",
            es: "Hormona tiroidea, T3 (liotironina)",
        },
    },
    AugmentationAgent {
        id: "second-antidepressant",
        name: Localized {
            en: "A second antidepressant",
            es: "Un segundo antidepresivo",
        },
    },
];

pub fn augmentation_agent(id: &str) -> Option<&'static AugmentationAgent> {
    AUGMENTATION_AGENTS.iter().find(|a| a.id == id)
}

/// Treatments recorded for the doctor's summary but not scored by any
/// staging method here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OtherTreatment {
    Esketamine,
    Ketamine,
    Rtms,
    Psychotherapy,
}

impl OtherTreatment {
    pub const ALL: [OtherTreatment; 4] = [
        OtherTreatment::Esketamine,
        OtherTreatment::Ketamine,
        OtherTreatment::Rtms,
        OtherTreatment::Psychotherapy,
    ];

    pub fn name(self) -> Localized {
        match self {
            OtherTreatment::Esketamine => Localized {
                en: "Esketamine nasal spray (Spravato)",
                es: "Esketamina en aerosol nasal (Spravato)",
            },
            OtherTreatment::Ketamine => Localized {
                en: "Ketamine infusions",
                es: "Infusiones de ketamina",
            },
            OtherTreatment::Rtms => Localized {
                en: "rTMS (magnetic stimulation)",
                es: "EMTr (estimulación magnética)",
            },
            OtherTreatment::Psychotherapy => Localized {
                en: "Talk therapy, such as CBT or MBCT",
                es: "Terapia psicológica, como TCC o MBCT",
            },
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            OtherTreatment::Esketamine => "esketamine",
            OtherTreatment::Ketamine => "ketamine",
            OtherTreatment::Rtms => "rtms",
            OtherTreatment::Psychotherapy => "psychotherapy",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_lookups_work() {
        for (i, a) in MEDICINES.iter().enumerate() {
            assert_eq!(medicine(a.id), Some(a));
            for b in &MEDICINES[i + 1..] {
                assert_ne!(a.id, b.id);
            }
        }
        assert!(medicine("aspirin").is_none());
        for agent in AUGMENTATION_AGENTS {
            assert_eq!(augmentation_agent(agent.id), Some(agent));
        }
    }

    #[test]
    fn every_class_with_a_verified_dose_has_a_medicine_with_a_known_minimum() {
        for class in DrugClass::ALL {
            let any = MEDICINES
                .iter()
                .any(|m| m.class == class && matches!(m.minimum, MinimumDose::Known { .. }));
            let only_unverified = matches!(
                class,
                DrugClass::Maoi | DrugClass::NmdaAntagonistNdri | DrugClass::Serotonin1aAgonist
            );
            assert!(any || only_unverified, "{class:?}");
        }
    }

    /// The thresholds themselves are checked against clinical-spec 6.3 by
    /// `tests/it/spec_tables.rs`; here, that an entry check cannot refuse
    /// a dose within the usual range.
    #[test]
    fn implausible_doses_sit_well_above_every_threshold() {
        for m in MEDICINES {
            if let MinimumDose::Known { amount, .. } = m.minimum {
                assert!(
                    m.implausible_above * 1000 > amount.thousandths() * 3 / 2,
                    "{}",
                    m.id
                );
            }
        }
    }

    #[test]
    fn search_finds_generic_and_brand_names() {
        assert_eq!(search("zoloft").first().map(|m| m.id), Some("sertraline"));
        assert_eq!(search("SERT").first().map(|m| m.id), Some("sertraline"));
        assert_eq!(
            search("venlafaxina").first().map(|m| m.id),
            Some("venlafaxine")
        );
        // "bupropion" matches two generics before nothing by brand.
        let ids: Vec<_> = search("bupropion").iter().map(|m| m.id).collect();
        assert_eq!(ids, vec!["bupropion", "dextromethorphan-bupropion"]);
        assert!(search("zzz").is_empty());
        assert_eq!(search("  ").len(), MEDICINES.len());
    }
}
