//! The two safety tables checked against the clinical spec itself, the way
//! `verbatim` checks the PHQ-9 (code review 3, C10): the crisis lines of
//! section 8 and the minimum doses of section 6.3. The spec is read from
//! the pinned copies in `tests/fixtures/`, which `verbatim` keeps equal to
//! `../shared/clinical-spec.md`; nothing here is a second copy of a number.

use std::collections::BTreeSet;

use regex::Regex;
use trd_widget::domain::crisis::{resources, CrisisResources};
use trd_widget::domain::lang::Lang;
use trd_widget::domain::staging::medicines::{DoseUnit, DrugClass, MinimumDose, MEDICINES};

use crate::verbatim::pinned;

// ---- Section 8: crisis lines ----

/// What a spec sentence lets a visitor do: a `tel:`/`sms:`/`https:` target
/// as the widget links it, or a label with no link (WhatsApp).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Reach {
    targets: BTreeSet<String>,
    /// "press 1", "oprima 2": the digits offered after dialling.
    presses: BTreeSet<char>,
    /// Labels with no link (a WhatsApp number).
    plain: BTreeSet<String>,
    /// Words to say on the call ("Spanish").
    say: BTreeSet<String>,
}

fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

/// Every match of `pattern` in `text`, with its groups.
fn captures<'t>(pattern: &str, text: &'t str) -> Vec<regex::Captures<'t>> {
    Regex::new(pattern)
        .expect("regex")
        .captures_iter(text)
        .collect()
}

/// Reads every way to reach a line out of spec prose, English or Spanish:
/// "Call or text 988", "Text HOME to 741741", "text "AYUDA" to 988",
/// "envíe AYUDA al 988", "AYUDA al 741741", "Call 988 and press 1",
/// "1-844-493-TALK (8255)", "chat at 988lifeline.org", "WhatsApp 442-AYUDAME".
fn reach(prose: &str) -> Reach {
    // Bold marks and quotes are typography; a vanity number's letters are
    // followed by its digits in brackets.
    let text = prose.replace("**", "").replace(['"', '“', '”'], "");
    let text = Regex::new(r"[A-Z]{4} \((\d{4})\)")
        .expect("regex")
        .replace_all(&text, "$1")
        .into_owned();
    let number = r"(\d[\d-]*\d|\d)";
    let mut out = Reach::default();
    let mut add = |t: String| {
        out.targets.insert(t);
    };
    for c in captures(&format!(r"(?i)\bcall or text {number}"), &text) {
        add(format!("tel:{}", digits(&c[1])));
        add(format!("sms:{}", digits(&c[1])));
    }
    for c in captures(&format!(r"(?i)\b(?:call|llame al) {number}"), &text) {
        add(format!("tel:{}", digits(&c[1])));
    }
    for c in captures(r"\b1-\d{3}-\d{3}-\d{4}\b", &text) {
        add(format!("tel:{}", digits(&c[0])));
    }
    for c in captures(&format!(r"(?i)\btext ([A-Z]{{3,}}) to {number}"), &text) {
        add(format!("sms:{}?body={}", digits(&c[2]), &c[1]));
    }
    for c in captures(&format!(r"\b([A-Z]{{3,}}) al {number}"), &text) {
        add(format!("sms:{}?body={}", digits(&c[2]), &c[1]));
    }
    for c in captures(&format!(r"(?i)\btext {number}\b"), &text) {
        add(format!("sms:{}", digits(&c[1])));
    }
    for c in captures(r"(?i)\bchat at ([a-z0-9]+\.org)", &text) {
        add(format!("https://{}/", &c[1]));
    }
    for c in captures(r"(?i)\b(?:press|oprima) (\d)", &text) {
        out.presses.extend(c[1].chars());
    }
    for c in captures(r"WhatsApp (\d{3}-[A-Z]+)", &text) {
        out.plain.insert(c[1].to_owned());
    }
    for c in captures(r"\bsay ([A-Z][a-z]+)", &text) {
        out.say.insert(c[1].to_owned());
    }
    out
}

impl Reach {
    fn merge(mut self, other: Reach) -> Reach {
        self.targets.extend(other.targets);
        self.presses.extend(other.presses);
        self.plain.extend(other.plain);
        self.say.extend(other.say);
        self
    }
}

/// Section 8's table: each row's resource name and its text.
fn crisis_rows() -> Vec<(String, String)> {
    pinned("clinical-spec-crisis.md")
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| Resource") && !l.starts_with("|---"))
        .map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split('|').map(str::trim).collect();
            (cells[0].replace("**", ""), cells[1..].join(" | "))
        })
        .collect()
}

/// Rows the widget must not list: ended options (988 "Press 3") and
/// services that are not crisis lines (the SAMHSA referral line).
fn excluded(row: &(String, String)) -> bool {
    let text = row.1.to_lowercase();
    text.contains("do not list") || row.0.to_lowercase().contains("not crisis")
}

/// Everything the spec's section 8 offers, from the rows to list.
fn spec_reach() -> Reach {
    crisis_rows()
        .iter()
        .filter(|r| !excluded(r))
        .map(|(_, text)| reach(text))
        .fold(Reach::default(), Reach::merge)
}

/// The standard display block (the lines every English screen carries).
fn display_block() -> Vec<String> {
    let spec = pinned("clinical-spec-crisis.md");
    let start = spec
        .find("**Standard display block")
        .expect("the display block");
    spec[start..]
        .lines()
        .filter_map(|l| l.strip_prefix("> "))
        .map(str::to_owned)
        .collect()
}

/// What the widget offers in a language: every target and label.
fn widget_reach(resources: &CrisisResources) -> Reach {
    let mut out = Reach::default();
    for line in resources.lines {
        for action in line.actions {
            match action.href {
                Some(href) => {
                    out.targets.insert(href.to_owned());
                }
                None => {
                    out.plain.insert(
                        action
                            .label
                            .rsplit(' ')
                            .next()
                            .unwrap_or_default()
                            .to_owned(),
                    );
                }
            }
            let label = reach(action.label);
            out.presses.extend(label.presses);
            for word in ["Spanish"] {
                if action.label.contains(word) {
                    out.say.insert(word.to_owned());
                }
            }
        }
    }
    out
}

/// Problems of one language's lines against the spec.
fn crisis_problems(resources: &CrisisResources, lang: Lang) -> Vec<String> {
    let spec = spec_reach();
    let ours = widget_reach(resources);
    let mut problems = Vec::new();
    // Sound: every number, keyword and target the widget offers is one the
    // spec gives for a line to list.
    for target in ours.targets.difference(&spec.targets) {
        problems.push(format!("{lang:?}: {target} is not in spec section 8"));
    }
    for press in ours.presses.difference(&spec.presses) {
        problems.push(format!(
            "{lang:?}: 'press {press}' is not in spec section 8"
        ));
    }
    for plain in ours.plain.difference(&spec.plain) {
        problems.push(format!("{lang:?}: '{plain}' is not in spec section 8"));
    }
    // Each label shows the number it dials or texts, and the keyword.
    for line in resources.lines {
        for action in line.actions {
            let Some(href) = action.href else { continue };
            let Some(rest) = href.strip_prefix("tel:").or(href.strip_prefix("sms:")) else {
                continue;
            };
            let (number, keyword) = rest.split_once("?body=").unwrap_or((rest, ""));
            if !digits(action.label).starts_with(number) {
                problems.push(format!(
                    "{lang:?}: '{}' does not show {number}",
                    action.label
                ));
            }
            if !action.label.contains(keyword) {
                problems.push(format!(
                    "{lang:?}: '{}' does not say {keyword}",
                    action.label
                ));
            }
        }
    }
    // Complete: English carries the display block and the Veterans row
    // (decision 14); Spanish the rows for Spanish speakers, Veterans and 911.
    let needed = match lang {
        Lang::En => display_block()
            .iter()
            .map(|l| reach(l))
            .chain(
                crisis_rows()
                    .iter()
                    .filter(|(name, _)| name.contains("Veterans"))
                    .map(|(_, t)| reach(t)),
            )
            .fold(Reach::default(), Reach::merge),
        Lang::Es => crisis_rows()
            .iter()
            .filter(|(name, _)| {
                ["Spanish", "Veterans", "languages", "Emergency"]
                    .iter()
                    .any(|w| name.contains(w))
            })
            .map(|(_, t)| reach(t))
            .fold(Reach::default(), Reach::merge),
    };
    for target in needed.targets.difference(&ours.targets) {
        problems.push(format!(
            "{lang:?}: spec section 8 offers {target}, the widget does not"
        ));
    }
    for press in needed.presses.difference(&ours.presses) {
        problems.push(format!("{lang:?}: spec section 8 offers 'press {press}'"));
    }
    for plain in needed.plain.difference(&ours.plain) {
        problems.push(format!("{lang:?}: spec section 8 offers {plain}"));
    }
    for word in needed.say.difference(&ours.say) {
        problems.push(format!("{lang:?}: spec section 8 says to say '{word}'"));
    }
    if lang == Lang::En {
        let block = display_block();
        let heading = block.first().map(|l| l.replace("**", ""));
        if heading.as_deref() != Some(resources.heading) {
            problems.push(format!(
                "En: heading is not the display block's: {heading:?}"
            ));
        }
        let last = block.last().map(|l| l.replace("**", ""));
        let emergency = resources
            .lines
            .iter()
            .find(|l| l.emergency)
            .map(|l| l.title);
        if last.as_deref() != emergency {
            problems.push(format!(
                "En: the 911 line is not the display block's: {last:?}"
            ));
        }
    }
    problems
}

#[test]
fn the_spec_prose_reader_reads_every_form_the_spec_uses() {
    let r = reach("**Call or text 988**, or **chat at 988lifeline.org**");
    assert_eq!(
        r.targets,
        BTreeSet::from([
            "tel:988".into(),
            "sms:988".into(),
            "https://988lifeline.org/".into()
        ])
    );
    let r = reach("**Call 1-844-493-TALK (8255)** · **Text TALK to 38255** (24/7)");
    assert!(r.targets.contains("tel:18444938255") && r.targets.contains("sms:38255?body=TALK"));
    let r = reach("En español: llame al 988 y oprima 2, o envíe **AYUDA** al 988");
    assert!(r.targets.contains("tel:988") && r.targets.contains("sms:988?body=AYUDA"));
    assert_eq!(r.presses, BTreeSet::from(['2']));
    let r = reach("**Text AYUDA to 741741**, or **WhatsApp 442-AYUDAME**");
    assert!(r.targets.contains("sms:741741?body=AYUDA") && r.plain.contains("442-AYUDAME"));
    let r = reach("**Call 988 and press 1**; text **838255**");
    assert!(r.targets.contains("sms:838255") && r.presses.contains(&'1'));
}

#[test]
fn every_crisis_line_equals_spec_section_8_in_both_languages() {
    let spec = spec_reach();
    // The spec really is read: its numbers, keywords and Press options.
    for target in [
        "tel:911",
        "tel:988",
        "sms:988?body=AYUDA",
        "sms:741741?body=HOME",
        "sms:38255?body=TALK",
        "sms:838255",
        "tel:18444938255",
    ] {
        assert!(
            spec.targets.contains(target),
            "{target}: {:?}",
            spec.targets
        );
    }
    // 988's Press 3 ended (spec 0.1 #7): its row is read, and excluded.
    let ended = crisis_rows()
        .into_iter()
        .find(|r| r.0.contains("Press 3"))
        .expect("the Press 3 row");
    assert!(excluded(&ended));
    assert_eq!(spec.presses, BTreeSet::from(['1', '2']));
    for lang in Lang::ALL {
        let problems = crisis_problems(resources(lang), lang);
        assert!(problems.is_empty(), "{problems:#?}");
    }
}

#[test]
fn a_changed_digit_or_keyword_in_the_crisis_lines_fails() {
    use trd_widget::domain::crisis::{CrisisAction, CrisisLine};
    let mut lines: Vec<CrisisLine> = resources(Lang::En).lines.to_vec();
    let colorado = lines
        .iter()
        .position(|l| l.region.is_some())
        .expect("the Colorado line");
    const WRONG: &[CrisisAction] = &[CrisisAction {
        label: "Call 1-844-493-8256",
        href: Some("tel:18444938256"),
        lang: None,
    }];
    lines[colorado].actions = WRONG;
    let changed: &'static [CrisisLine] = Box::leak(lines.into_boxed_slice());
    let problems = crisis_problems(
        &CrisisResources {
            heading: resources(Lang::En).heading,
            lines: changed,
        },
        Lang::En,
    );
    assert!(
        problems.iter().any(|p| p.contains("tel:18444938256")),
        "{problems:#?}"
    );
    assert!(problems.iter().any(|p| p.contains("sms:38255?body=TALK")));
}

// ---- Section 6.3: medicines, classes and minimum doses ----

/// One row of the spec's dose table, as the widget needs it.
#[derive(Debug)]
struct DoseRow {
    drug: String,
    brand: Option<String>,
    class: DrugClass,
    minimum: MinimumDose,
    unit: DoseUnit,
}

/// The spec's class words, mapped to the widget's classes.
fn class_of(cell: &str) -> DrugClass {
    const CLASSES: [(&str, DrugClass); 10] = [
        ("SSRI", DrugClass::Ssri),
        ("SNRI", DrugClass::Snri),
        ("TCA", DrugClass::Tca),
        ("MAOI", DrugClass::Maoi),
        ("NDRI", DrugClass::Ndri),
        ("NaSSA", DrugClass::Nassa),
        ("SARI", DrugClass::Sari),
        ("Serotonin modulator", DrugClass::SerotoninModulator),
        ("NMDA antagonist + NDRI", DrugClass::NmdaAntagonistNdri),
        ("5-HT1A agonist", DrugClass::Serotonin1aAgonist),
    ];
    CLASSES
        .iter()
        .filter(|(name, _)| cell.starts_with(name))
        .max_by_key(|(name, _)| name.len())
        .map(|(_, class)| *class)
        .unwrap_or_else(|| panic!("unknown class in the spec: {cell}"))
}

/// "18.2 mg" → 18,200 thousandths.
fn thousandths(cell: &str) -> u32 {
    let number = Regex::new(r"^(\d+)(?:\.(\d{1,3}))?")
        .expect("regex")
        .captures(cell)
        .unwrap_or_else(|| panic!("no dose in {cell}"));
    let whole: u32 = number[1].parse().expect("digits");
    let fraction = number.get(2).map_or(0, |f| {
        format!("{:0<3}", f.as_str())
            .parse::<u32>()
            .expect("digits")
    });
    whole * 1000 + fraction
}

fn dose_rows() -> Vec<DoseRow> {
    pinned("clinical-spec-doses.md")
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| Drug") && !l.starts_with("|---"))
        .map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split('|').map(str::trim).collect();
            let (drug, brand) = match cells[0].split_once(" (") {
                Some((drug, rest)) => {
                    let first = rest.split([';', ')']).next().unwrap_or_default().trim();
                    let brand = first
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
                        .then(|| first.to_owned());
                    (drug.to_owned(), brand)
                }
                None => (cells[0].to_owned(), None),
            };
            // Verified: the threshold itself is not tagged [M] (a tag inside
            // brackets belongs to the aside, as nortriptyline's blood level),
            // and the row cites a source that was read ([S] or [S2]).
            let threshold = Regex::new(r"\([^)]*\)")
                .expect("regex")
                .replace_all(cells[2], "");
            let verified = !threshold.contains("[M") && cells[4].contains("[S");
            DoseRow {
                drug,
                brand,
                class: class_of(cells[1]),
                minimum: if verified {
                    MinimumDose::Known {
                        amount: trd_widget::domain::staging::history::Dose::from_thousandths(
                            thousandths(cells[2]),
                        ),
                    }
                } else {
                    MinimumDose::Unverified
                },
                unit: if cells[2].contains("mg/24 h") {
                    DoseUnit::MgPer24hPatch
                } else {
                    DoseUnit::MgPerDay
                },
            }
        })
        .collect()
}

/// The first word of a name, lower-cased: "Bupropion SR / XL" → "bupropion".
fn stem(name: &str) -> String {
    name.split_whitespace()
        .next()
        .unwrap_or_default()
        .to_lowercase()
}

/// Differences between the catalogue `medicines` and the spec's table.
fn dose_problems(medicines: &[trd_widget::domain::staging::medicines::Medicine]) -> Vec<String> {
    let rows = dose_rows();
    let mut problems = Vec::new();
    if rows.len() != medicines.len() {
        problems.push(format!(
            "the spec lists {} medicines, the catalogue {}",
            rows.len(),
            medicines.len()
        ));
    }
    for (row, medicine) in rows.iter().zip(medicines) {
        let name = medicine.generic.en;
        if stem(&row.drug) != stem(name) {
            problems.push(format!("{}: the spec has {} here", name, row.drug));
            continue;
        }
        if let Some(brand) = &row.brand {
            if !medicine.brands.contains(&brand.as_str()) {
                problems.push(format!("{name}: brand {brand} missing"));
            }
        }
        if row.class != medicine.class {
            problems.push(format!(
                "{name}: class {:?}, spec {:?}",
                medicine.class, row.class
            ));
        }
        if row.minimum != medicine.minimum {
            problems.push(format!(
                "{name}: minimum {:?}, spec {:?}",
                medicine.minimum, row.minimum
            ));
        }
        if row.unit != medicine.unit {
            problems.push(format!(
                "{name}: unit {:?}, spec {:?}",
                medicine.unit, row.unit
            ));
        }
    }
    problems
}

#[test]
fn every_medicine_class_and_minimum_dose_equals_spec_section_6_3() {
    let rows = dose_rows();
    // The spec really is read: a known row, an [M] row and the patch.
    assert!(rows.iter().any(|r| r.drug == "Sertraline"
        && r.minimum
            == MinimumDose::Known {
                amount: trd_widget::domain::staging::history::Dose::whole(50)
            }));
    assert!(rows
        .iter()
        .any(|r| r.drug == "Phenelzine" && r.minimum == MinimumDose::Unverified));
    assert!(rows.iter().any(|r| r.unit == DoseUnit::MgPer24hPatch));
    let problems = dose_problems(MEDICINES);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn a_changed_dose_or_class_fails() {
    use trd_widget::domain::staging::history::Dose;
    let mut changed = MEDICINES.to_vec();
    let at = |id: &str| MEDICINES.iter().position(|m| m.id == id).expect(id);
    changed[at("sertraline")].minimum = MinimumDose::Known {
        amount: Dose::whole(25),
    };
    changed[at("doxepin")].minimum = MinimumDose::Known {
        amount: Dose::whole(75),
    };
    changed[0].class = DrugClass::Snri;
    let problems = dose_problems(&changed);
    assert_eq!(problems.len(), 3, "{problems:#?}");
}
