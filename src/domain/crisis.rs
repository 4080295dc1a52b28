//! Crisis resources: the default configuration of project decision 9.
//!
//! Numbers and wording from clinical-spec section 8 (the standard display
//! block), per language, with the Veterans option of its [S] table
//! (project decision 14). The Colorado line is part of the default because
//! the first clinic is in Denver. 988's former "Press 3" option ended on
//! 17 July 2025 and is deliberately absent. Re-verify every number at each
//! release (clinical-spec 13.8).

use super::lang::{Lang, Localized};
use super::options::CrisisRegion;

/// What a page shows where the widget will be, before it loads or when it
/// cannot: the snippet's text. The README's snippet, the demo page, the
/// configurator, the WordPress shortcode, block and settings preview, and
/// the frame page carry exactly these words, generated from here by
/// `build/option_lists.rs` (`tests/it/options.rs` fails on a stale copy).
pub const FALLBACK: Localized = Localized {
    en: "If you are in crisis, call or text 988.",
    es: "Si está en crisis, llame o envíe un mensaje de texto al 988.",
};

/// Added on the frame page, where no page text is around the widget.
pub const FALLBACK_DANGER: Localized = Localized {
    en: "If you are in immediate danger, call 911.",
    es: "Si está en peligro inmediato, llame al 911.",
};

/// One way to reach a resource. `href` is `None` where the spec gives no
/// verified link (the text alone is shown).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CrisisAction {
    pub label: &'static str,
    pub href: Option<&'static str>,
    /// Set when the label is in another language than the block around it,
    /// so screen readers pronounce it correctly.
    pub lang: Option<Lang>,
}

/// One resource with its ways to reach it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CrisisLine {
    pub title: &'static str,
    pub title_lang: Option<Lang>,
    pub actions: &'static [CrisisAction],
    /// The 911 line: shown with emphasis.
    pub emergency: bool,
    /// The one region a line is for (Colorado Crisis Services), or `None`
    /// for a national line: a clinic outside Colorado sets
    /// `crisis-region="us"` and regional lines are left out. A second
    /// region is a new `CrisisRegion`, not a new field.
    pub region: Option<CrisisRegion>,
    /// Always in view in the compact block on every screen (project
    /// decision 19): 988, its Spanish option, and 911. The others are one
    /// tap away in a disclosure there, and always open in the item-9 panel.
    pub compact: bool,
}

/// Which lines a list shows (project decision 19).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinesPart {
    /// Every line, the clinic's own included: the item-9 panel.
    All,
    /// The lines always in view in the compact block.
    Compact,
    /// The rest, behind the compact block's disclosure, the clinic's own
    /// lines included.
    More,
}

impl LinesPart {
    pub fn shows(self, line: &CrisisLine) -> bool {
        match self {
            LinesPart::All => true,
            LinesPart::Compact => line.compact,
            LinesPart::More => !line.compact,
        }
    }

    /// Whether the clinic's own lines (option `crisis-line-N`) are listed.
    pub fn shows_clinic_lines(self) -> bool {
        self != LinesPart::Compact
    }
}

/// The crisis resources shown on every screen and in the item-9 panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CrisisResources {
    pub heading: &'static str,
    pub lines: &'static [CrisisLine],
}

const fn act(label: &'static str, href: &'static str) -> CrisisAction {
    CrisisAction {
        label,
        href: Some(href),
        lang: None,
    }
}

const fn act_es(label: &'static str, href: &'static str) -> CrisisAction {
    CrisisAction {
        label,
        href: Some(href),
        lang: Some(Lang::Es),
    }
}

const fn line(title: &'static str, actions: &'static [CrisisAction]) -> CrisisLine {
    CrisisLine {
        title,
        title_lang: None,
        actions,
        emergency: false,
        region: None,
        compact: false,
    }
}

/// A line always in view (decision 19).
const fn compact(line: CrisisLine) -> CrisisLine {
    CrisisLine {
        compact: true,
        ..line
    }
}

const fn colorado(title: &'static str, actions: &'static [CrisisAction]) -> CrisisLine {
    CrisisLine {
        region: Some(CrisisRegion::UsColorado),
        ..line(title, actions)
    }
}

const EN: CrisisResources = CrisisResources {
    heading: "If you're thinking about suicide or are in crisis, you're not alone. Help is available 24/7.",
    lines: &[
        compact(line(
            "988 Suicide & Crisis Lifeline",
            &[
                act("Call 988", "tel:988"),
                act("Text 988", "sms:988"),
                act("Chat at 988lifeline.org", "https://988lifeline.org/"),
            ],
        )),
        CrisisLine {
            title: "En español",
            title_lang: Some(Lang::Es),
            actions: &[
                act_es("Llame al 988 y oprima 2", "tel:988"),
                act_es("Envíe AYUDA al 988", "sms:988?body=AYUDA"),
            ],
            emergency: false,
            region: None,
            compact: true,
        },
        line(
            "Veterans",
            &[
                act("Call 988 and press 1", "tel:988"),
                act("Text 838255", "sms:838255"),
            ],
        ),
        line(
            "Crisis Text Line",
            &[
                act("Text HOME to 741741", "sms:741741?body=HOME"),
                act_es("En español: AYUDA al 741741", "sms:741741?body=AYUDA"),
            ],
        ),
        colorado(
            "In Colorado",
            &[
                act("Call 1-844-493-8255", "tel:18444938255"),
                act("Text TALK to 38255", "sms:38255?body=TALK"),
            ],
        ),
        CrisisLine {
            title: "If you are in immediate danger, call 911.",
            title_lang: None,
            actions: &[act("Call 911", "tel:911")],
            emergency: true,
            region: None,
            compact: true,
        },
    ],
};

const ES: CrisisResources = CrisisResources {
    heading: "Si está pensando en el suicidio o está en crisis, no está solo(a). Hay ayuda las 24 horas, todos los días.",
    lines: &[
        // In Spanish the 988 line is its Spanish option.
        compact(line(
            "Línea 988 de Prevención del Suicidio y Crisis",
            &[
                act("Llame al 988 y oprima 2", "tel:988"),
                act("Envíe AYUDA al 988", "sms:988?body=AYUDA"),
                act("Chat en 988lifeline.org", "https://988lifeline.org/"),
            ],
        )),
        line(
            "Veteranos",
            &[
                act("Llame al 988 y oprima 1", "tel:988"),
                act(
                    "Envíe un mensaje de texto al 838255",
                    "sms:838255",
                ),
            ],
        ),
        line(
            "Crisis Text Line",
            &[
                act("Envíe AYUDA al 741741", "sms:741741?body=AYUDA"),
                CrisisAction {
                    label: "WhatsApp: 442-AYUDAME",
                    href: None,
                    lang: None,
                },
            ],
        ),
        colorado(
            "En Colorado",
            &[act(
                "Llame al 1-844-493-8255 y diga «Spanish» para tener un intérprete",
                "tel:18444938255",
            )],
        ),
        CrisisLine {
            title: "Si está en peligro inmediato, llame al 911.",
            title_lang: None,
            actions: &[act("Llame al 911", "tel:911")],
            emergency: true,
            region: None,
            compact: true,
        },
    ],
};

/// The default resources for a language.
pub fn resources(lang: Lang) -> &'static CrisisResources {
    match lang {
        Lang::En => &EN,
        Lang::Es => &ES,
    }
}

/// The default lines for a language and region, in display order.
pub fn lines_for(lang: Lang, region: CrisisRegion) -> impl Iterator<Item = &'static CrisisLine> {
    resources(lang)
        .lines
        .iter()
        .filter(move |line| line.region.is_none_or(|only| only == region))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hrefs(lang: Lang) -> Vec<&'static str> {
        resources(lang)
            .lines
            .iter()
            .flat_map(|line| line.actions.iter().filter_map(|action| action.href))
            .collect()
    }

    #[test]
    fn every_language_reaches_988_the_text_line_colorado_and_911() {
        for lang in Lang::ALL {
            let hrefs = hrefs(lang);
            for needed in ["tel:988", "sms:741741", "tel:18444938255", "tel:911"] {
                assert!(
                    hrefs.iter().any(|href| href.starts_with(needed)),
                    "{lang:?} lacks {needed}"
                );
            }
            let last = resources(lang).lines.last().expect("lines");
            assert!(last.emergency, "911 comes last and stands out");
        }
    }

    #[test]
    fn the_compact_block_keeps_988_its_spanish_option_and_911_in_view() {
        // Project decision 19.
        for lang in Lang::ALL {
            let compact: Vec<&str> = resources(lang)
                .lines
                .iter()
                .filter(|l| LinesPart::Compact.shows(l))
                .flat_map(|l| l.actions.iter().filter_map(|a| a.href))
                .collect();
            for needed in [
                "tel:988",
                "sms:988?body=AYUDA",
                "https://988lifeline.org/",
                "tel:911",
            ] {
                assert!(compact.contains(&needed), "{lang:?}: {needed} in view");
            }
            for tucked in ["sms:838255", "tel:18444938255"] {
                assert!(
                    !compact.contains(&tucked),
                    "{lang:?}: {tucked} behind the disclosure"
                );
            }
            // Compact and More together are every line, once.
            for line in resources(lang).lines {
                assert!(LinesPart::Compact.shows(line) != LinesPart::More.shows(line));
                assert!(LinesPart::All.shows(line));
            }
        }
        assert!(!LinesPart::Compact.shows_clinic_lines());
        assert!(LinesPart::More.shows_clinic_lines() && LinesPart::All.shows_clinic_lines());
    }

    #[test]
    fn spanish_options_are_offered_in_english_too() {
        assert!(hrefs(Lang::En).contains(&"sms:988?body=AYUDA"));
        assert!(hrefs(Lang::En).contains(&"sms:741741?body=AYUDA"));
    }

    /// Every text of a language's resources, lower-cased: titles and labels.
    fn texts(resources: &CrisisResources) -> Vec<String> {
        let mut texts = vec![resources.heading.to_lowercase()];
        for line in resources.lines {
            texts.push(line.title.to_lowercase());
            texts.extend(line.actions.iter().map(|a| a.label.to_lowercase()));
        }
        texts
    }

    /// 988's "Press 3" ended on 17 July 2025 (clinical-spec 0.1 #7).
    fn lists_press_3(resources: &CrisisResources) -> bool {
        texts(resources)
            .iter()
            .any(|t| t.contains("press 3") || t.contains("oprima 3"))
    }

    #[test]
    fn the_discontinued_press_3_option_is_not_listed() {
        for lang in Lang::ALL {
            assert!(!lists_press_3(resources(lang)), "{lang:?}");
        }
    }

    #[test]
    fn the_press_3_guard_catches_any_case_in_labels_and_titles() {
        const AS_LABEL: CrisisResources = CrisisResources {
            heading: "h",
            lines: &[line("988", &[act("Press 3", "tel:988")])],
        };
        const AS_TITLE: CrisisResources = CrisisResources {
            heading: "h",
            lines: &[line("Oprima 3 para jóvenes", &[])],
        };
        let (as_label, as_title) = (AS_LABEL, AS_TITLE);
        assert!(lists_press_3(&as_label));
        assert!(lists_press_3(&as_title));
    }

    #[test]
    fn the_veterans_option_is_offered_in_every_language() {
        // Project decision 14: 988 Press 1, or text 838255.
        for (lang, press) in [(Lang::En, "press 1"), (Lang::Es, "oprima 1")] {
            assert!(hrefs(lang).contains(&"sms:838255"), "{lang:?}");
            assert!(
                texts(resources(lang)).iter().any(|t| t.contains(press)),
                "{lang:?}"
            );
        }
    }

    #[test]
    fn a_us_wide_clinic_can_leave_out_the_colorado_line() {
        for lang in Lang::ALL {
            let all: Vec<_> = lines_for(lang, CrisisRegion::UsColorado).collect();
            let us: Vec<_> = lines_for(lang, CrisisRegion::Us).collect();
            assert_eq!(all.len(), us.len() + 1);
            assert!(us
                .iter()
                .all(|l| !l.actions.iter().any(|a| a.href == Some("tel:18444938255"))));
            assert!(us.last().is_some_and(|l| l.emergency));
        }
    }

    #[test]
    fn links_use_only_phone_text_and_https_schemes() {
        for lang in Lang::ALL {
            for href in hrefs(lang) {
                assert!(
                    ["tel:", "sms:", "https://"]
                        .iter()
                        .any(|scheme| href.starts_with(scheme)),
                    "{href}"
                );
            }
        }
    }
}
