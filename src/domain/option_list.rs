//! Every option a clinic can set, written once: its attribute name, what
//! kind of value it takes, and where it applies.
//!
//! The widget reads its attributes by these names (`platform::host`), and
//! its warnings name them. Outside Rust, the lists in the loader, the frame
//! page, the WordPress plugin (PHP and `block.json`), the block editor and
//! the configurator are generated from this table by `build/option_lists.rs`
//! (run by `make build`; `tests/it/options.rs` fails when a generated list
//! is out of date). The camelCase keys of the JS API and the block come from
//! [`OptionSpec::camel`], one rule, so `crisis-line-1` is `crisisLine1`
//! everywhere.

/// The attribute names.
pub mod name {
    pub const LANG: &str = "lang";
    pub const CLINIC_NAME: &str = "clinic-name";
    pub const CLINIC_PHONE: &str = "clinic-phone";
    pub const CLINIC_URL: &str = "clinic-url";
    pub const BOOKING_URL: &str = "booking-url";
    pub const CRISIS_REGION: &str = "crisis-region";
    pub const CRISIS_LINES: [&str; 3] = ["crisis-line-1", "crisis-line-2", "crisis-line-3"];
    pub const ACCENT_COLOR: &str = "accent-color";
    pub const START: &str = "start";
    pub const SECTIONS: &str = "sections";
    pub const REMEMBER: &str = "remember";
    pub const EVENTS: &str = "events";
    pub const THEME: &str = "theme";
}

/// One value of a choice, with the words staff see for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub value: &'static str,
    pub label: &'static str,
}

/// What an option's value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Free text the widget validates (a name, a phone number, an address,
    /// a crisis line).
    Text,
    /// One of these values; the first, with an empty value, is the default.
    Choice(&'static [Choice]),
    /// Any of these sections (`phq9`, `staging`, `learn`), separated by
    /// commas; the labels are what staff tick.
    Sections(&'static [Choice]),
    /// A hex colour.
    Colour,
    /// One of the clinic's own crisis lines: "Label | number",
    /// "Label | sms:number" or "Label | https://address".
    CrisisLine,
    /// On when present (or `true`), off when absent.
    Flag,
}

/// One option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OptionSpec {
    /// The attribute name (kebab-case).
    pub name: &'static str,
    /// A short label for staff forms (the block's sidebar, the settings page).
    pub label: &'static str,
    /// One line of help under the field on the settings page.
    pub help: &'static str,
    pub kind: Kind,
    /// A live element reacts when it changes (`start` applies only when a
    /// widget opens).
    pub live: bool,
    /// The frame page accepts it (a frame has no host page to remember for
    /// or to send events to).
    pub in_frame: bool,
}

impl OptionSpec {
    /// The camelCase key of the JS API and the WordPress block: each hyphen
    /// dropped and the character after it upper-cased, so `crisis-line-1`
    /// is `crisisLine1`.
    pub fn camel(&self) -> String {
        let mut out = String::with_capacity(self.name.len());
        let mut upper = false;
        for c in self.name.chars() {
            if c == '-' {
                upper = true;
            } else if upper {
                out.extend(c.to_uppercase());
                upper = false;
            } else {
                out.push(c);
            }
        }
        out
    }

    /// The shortcode's attribute (WordPress lower-cases shortcode keys and
    /// does not allow hyphens in them).
    pub fn shortcode(&self) -> String {
        self.name.replace('-', "_")
    }
}

const fn text(name: &'static str, label: &'static str, help: &'static str) -> OptionSpec {
    OptionSpec {
        name,
        label,
        help,
        kind: Kind::Text,
        live: true,
        in_frame: true,
    }
}

/// Every option, in the order the README documents them.
pub const OPTIONS: [OptionSpec; 15] = [
    OptionSpec {
        kind: Kind::Choice(&[
            Choice {
                value: "",
                label: "The page's language, then the visitor's",
            },
            Choice {
                value: "en",
                label: "English",
            },
            Choice {
                value: "es",
                label: "Español",
            },
        ]),
        ..text(name::LANG, "Language", "Empty: the language of the page, then of the visitor's browser.")
    },
    text(name::CLINIC_NAME, "Clinic name", "Shown in \"What you can do next\"; up to 80 characters."),
    text(name::CLINIC_PHONE, "Clinic phone", "A tap-to-call link: digits, spaces and + ( ) - . (7 to 15 digits)."),
    text(name::CLINIC_URL, "Clinic website (https://)", "The \"clinic's website\" link; it must start with https://."),
    text(name::BOOKING_URL, "Booking link (https://)", "A \"Book a visit\" button; it must start with https://."),
    OptionSpec {
        kind: Kind::Choice(&[
            Choice {
                value: "",
                label: "National lines and Colorado Crisis Services",
            },
            Choice {
                value: "us",
                label: "National lines only",
            },
        ]),
        ..text(name::CRISIS_REGION, "Crisis lines", "Which crisis lines the widget shows besides your own.")
    },
    OptionSpec {
        kind: Kind::CrisisLine,
        ..text(
        name::CRISIS_LINES[0],
        "Extra crisis line 1 (Label | number, sms:number or https://)",
        "One of your own crisis lines, shown before 911: a name, then a number to call, sms: and a number to text, or an https:// address.",
    )
    },
    OptionSpec {
        kind: Kind::CrisisLine,
        ..text(name::CRISIS_LINES[1], "Extra crisis line 2", "As line 1.")
    },
    OptionSpec {
        kind: Kind::CrisisLine,
        ..text(name::CRISIS_LINES[2], "Extra crisis line 3", "As line 1.")
    },
    OptionSpec {
        kind: Kind::Colour,
        ..text(name::ACCENT_COLOR, "Accent colour (#145a8d)", "Your colour; the widget picks the text colour on it so every text stays readable (4.5:1 or more).")
    },
    OptionSpec {
        kind: Kind::Choice(&[
            Choice {
                value: "",
                label: "The introduction (or the first offered section)",
            },
            Choice {
                value: "phq9",
                label: "The first question",
            },
            Choice {
                value: "staging",
                label: "Treatment history",
            },
            Choice {
                value: "learn",
                label: "Explainers",
            },
        ]),
        live: false,
        ..text(name::START, "Opens at", "Where the widget opens; it must be one of the offered sections.")
    },
    OptionSpec {
        kind: Kind::Sections(&[
            Choice {
                value: "phq9",
                label: "Symptom questions (PHQ-9)",
            },
            Choice {
                value: "staging",
                label: "Treatment history and staging",
            },
            Choice {
                value: "learn",
                label: "Explainers",
            },
        ]),
        ..text(name::SECTIONS, "Sections (phq9, staging, learn)", "Which parts are offered; none ticked means all three.")
    },
    OptionSpec {
        kind: Kind::Flag,
        in_frame: false,
        ..text(
            name::REMEMBER,
            "Offer to remember totals on the visitor's device (only if the visitor also chooses it)",
            "Visitors may then keep their PHQ-9 totals in their own browser, and remove them at any time.",
        )
    },
    OptionSpec {
        kind: Kind::Flag,
        in_frame: false,
        ..text(name::EVENTS, "Send events to the page (section names only)", "For your analytics: events carry a section name, never an answer or a score.")
    },
    OptionSpec {
        kind: Kind::Choice(&[
            Choice {
                value: "",
                label: "Light, always",
            },
            Choice {
                value: "auto",
                label: "Follow the visitor's light or dark setting",
            },
        ]),
        ..text(name::THEME, "Colours", "Either way every text keeps a contrast of 4.5:1 or more.")
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_case_puts_a_capital_or_a_digit_where_each_hyphen_was() {
        let camel: Vec<String> = OPTIONS.iter().map(OptionSpec::camel).collect();
        assert_eq!(
            camel,
            [
                "lang",
                "clinicName",
                "clinicPhone",
                "clinicUrl",
                "bookingUrl",
                "crisisRegion",
                "crisisLine1",
                "crisisLine2",
                "crisisLine3",
                "accentColor",
                "start",
                "sections",
                "remember",
                "events",
                "theme",
            ]
        );
        assert_eq!(OPTIONS[6].shortcode(), "crisis_line_1");
    }

    #[test]
    fn names_are_unique_every_choice_starts_with_its_default_and_no_text_needs_escaping() {
        for (i, option) in OPTIONS.iter().enumerate() {
            assert!(
                OPTIONS[i + 1..].iter().all(|o| o.name != option.name),
                "{} twice",
                option.name
            );
            let mut texts = vec![option.name, option.label, option.help];
            if let Kind::Choice(choices) = option.kind {
                assert_eq!(choices[0].value, "", "{}", option.name);
                texts.extend(choices.iter().flat_map(|c| [c.value, c.label]));
            }
            if let Kind::Sections(sections) = option.kind {
                // The domain's sections, in its order.
                let slugs: Vec<&str> = sections.iter().map(|c| c.value).collect();
                let domain: Vec<&str> = super::super::options::Section::ALL
                    .iter()
                    .map(|s| s.slug())
                    .collect();
                assert_eq!(slugs, domain);
                texts.extend(sections.iter().map(|c| c.label));
            }
            // They are written into JS, JSON and PHP strings as they are
            // (build/option_lists.rs): nothing a PHP string would expand.
            for text in texts {
                assert!(
                    !text.contains(['$', '\\']) && !text.chars().any(char::is_control),
                    "{text:?}"
                );
            }
        }
    }
}
