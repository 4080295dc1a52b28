//! What the clinic's snippet asks for, resolved to safe values.
//!
//! The platform layer reads the raw attribute strings off the page; this
//! module decides what they mean. Every value a clinic can get wrong resolves
//! to a sensible default plus one warning that says what to fix, so a typo
//! in a snippet never breaks the widget or the host page.

use std::fmt;

use super::lang::Lang;
use super::option_list::name;
use super::options::{Layout, OptionWarning, Options, RawOptions};

/// The longest clinic name shown; longer ones are cut at a word boundary.
pub const MAX_CLINIC_NAME_CHARS: usize = 80;
/// Shortest and longest digit counts accepted for a clinic phone number.
const PHONE_DIGITS: std::ops::RangeInclusive<usize> = 7..=15;

/// Everything the widget reads from the host page, as found there.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawEmbed {
    /// The `lang` attribute of the `<trd-widget>` element.
    pub lang_attr: Option<String>,
    /// The host page's `<html lang>`.
    pub page_lang: Option<String>,
    /// `navigator.languages`, most preferred first.
    pub browser_langs: Vec<String>,
    pub clinic_name: Option<String>,
    pub clinic_phone: Option<String>,
    /// Every other option (links, crisis lines, colour, sections, opt-ins).
    pub options: RawOptions,
}

/// The clinic's contact details, as shown in "next steps" and the crisis
/// panel; each may be missing (then neither is: `Clinic::default()`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Clinic {
    pub name: Option<String>,
    pub phone: Option<Phone>,
}

/// A phone number as the clinic wrote it, and the `tel:` link that dials it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone {
    pub display: String,
    pub href: String,
}

/// The resolved configuration of one widget.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedConfig {
    pub lang: Lang,
    pub clinic: Clinic,
    pub options: Options,
}

/// A problem with the snippet, for the console. Written for clinic staff.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EmbedWarning {
    UnknownLang { value: String, using: Lang },
    PhoneUnusable { value: String },
    NameTooLong { chars: usize },
    Option(OptionWarning),
}

impl EmbedWarning {
    /// The attribute the warning is about.
    pub fn attribute(&self) -> &'static str {
        match self {
            EmbedWarning::UnknownLang { .. } => name::LANG,
            EmbedWarning::PhoneUnusable { .. } => name::CLINIC_PHONE,
            EmbedWarning::NameTooLong { .. } => name::CLINIC_NAME,
            EmbedWarning::Option(warning) => warning.option,
        }
    }
}

impl fmt::Display for EmbedWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EmbedWarning::UnknownLang { value, using } => {
                let accepted: Vec<&str> = Lang::ALL.iter().map(|lang| lang.tag()).collect();
                write!(
                    f,
                    "<trd-widget lang=\"{value}\">: unknown language; accepted values are {}. Using \"{}\".",
                    accepted.join(", "),
                    using.tag()
                )
            }
            EmbedWarning::PhoneUnusable { value } => write!(
                f,
                "<trd-widget clinic-phone=\"{value}\">: not a phone number (use digits, spaces and + ( ) - . only, {}-{} digits). The phone number is left out.",
                PHONE_DIGITS.start(),
                PHONE_DIGITS.end()
            ),
            EmbedWarning::NameTooLong { chars } => write!(
                f,
                "<trd-widget clinic-name>: {chars} characters is too long; it is cut to {MAX_CLINIC_NAME_CHARS}."
            ),
            EmbedWarning::Option(warning) => warning.fmt(f),
        }
    }
}

impl RawEmbed {
    /// The snippet resolved: what the clinic set (`EmbedConfig`), which
    /// sections it offers and where the widget opens (`Layout`, for the
    /// `Session`), and a warning for each value that had to be replaced by
    /// a default.
    pub fn resolve(&self) -> (EmbedConfig, Layout, Vec<EmbedWarning>) {
        let mut warnings = Vec::new();
        let fallback_lang = self.fallback_lang();
        let lang = match self.lang_attr.as_deref() {
            None => fallback_lang,
            Some(value) => Lang::from_tag(value).unwrap_or_else(|| {
                warnings.push(EmbedWarning::UnknownLang {
                    value: value.to_owned(),
                    using: fallback_lang,
                });
                fallback_lang
            }),
        };
        let name = self
            .clinic_name
            .as_deref()
            .and_then(|name| clinic_name(name, &mut warnings));
        let phone = self
            .clinic_phone
            .as_deref()
            .map(str::trim)
            .filter(|value| !value.is_empty())
            .and_then(|value| {
                let phone = Phone::parse(value);
                if phone.is_none() {
                    warnings.push(EmbedWarning::PhoneUnusable {
                        value: value.to_owned(),
                    });
                }
                phone
            });
        let clinic = Clinic { name, phone };
        let (options, layout, option_warnings) = self.options.resolve();
        warnings.extend(option_warnings.into_iter().map(EmbedWarning::Option));
        (
            EmbedConfig {
                lang,
                clinic,
                options,
            },
            layout,
            warnings,
        )
    }

    /// The page's language, then the browser's, then English.
    fn fallback_lang(&self) -> Lang {
        self.page_lang
            .as_deref()
            .and_then(Lang::from_tag)
            .or_else(|| {
                self.browser_langs
                    .iter()
                    .find_map(|tag| Lang::from_tag(tag))
            })
            .unwrap_or(Lang::En)
    }
}

fn clinic_name(raw: &str, warnings: &mut Vec<EmbedWarning>) -> Option<String> {
    let name = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let chars = name.chars().count();
    if chars == 0 {
        return None;
    }
    if chars <= MAX_CLINIC_NAME_CHARS {
        return Some(name);
    }
    warnings.push(EmbedWarning::NameTooLong { chars });
    let cut: String = name.chars().take(MAX_CLINIC_NAME_CHARS).collect();
    let at_word = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    Some(format!("{}…", at_word.trim_end()))
}

impl Phone {
    /// Accepts what people write on a clinic website: digits, spaces,
    /// `+ ( ) - .`, and a leading `+` for an international number.
    pub fn parse(value: &str) -> Option<Phone> {
        let value = value.trim();
        let allowed = |c: char| c.is_ascii_digit() || " +()-.".contains(c);
        if !value.chars().all(allowed) || value.chars().skip(1).any(|c| c == '+') {
            return None;
        }
        let digits: String = value.chars().filter(char::is_ascii_digit).collect();
        if !PHONE_DIGITS.contains(&digits.len()) {
            return None;
        }
        let plus = if value.starts_with('+') { "+" } else { "" };
        Some(Phone {
            display: value.to_owned(),
            href: format!("tel:{plus}{digits}"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(lang: Option<&str>, page: Option<&str>, browser: &[&str]) -> RawEmbed {
        RawEmbed {
            lang_attr: lang.map(str::to_owned),
            page_lang: page.map(str::to_owned),
            browser_langs: browser.iter().map(|s| (*s).to_owned()).collect(),
            ..RawEmbed::default()
        }
    }

    fn check_lang(input: RawEmbed, expected: Lang, warned: bool) {
        let (config, _, warnings) = input.resolve();
        assert_eq!(config.lang, expected, "{input:?}");
        assert_eq!(!warnings.is_empty(), warned, "{input:?}: {warnings:?}");
    }

    #[test]
    fn language_comes_from_attribute_then_page_then_browser_then_english() {
        check_lang(raw(Some("es"), Some("en"), &["en"]), Lang::Es, false);
        check_lang(raw(Some("en-US"), Some("es"), &["es"]), Lang::En, false);
        check_lang(raw(None, Some("es-US"), &["en"]), Lang::Es, false);
        check_lang(raw(None, Some("fr"), &["de", "es-MX"]), Lang::Es, false);
        check_lang(raw(None, None, &["en-US"]), Lang::En, false);
        check_lang(raw(None, None, &[]), Lang::En, false);
        check_lang(raw(None, Some("fr"), &["de"]), Lang::En, false);
    }

    #[test]
    fn unknown_language_warns_once_and_uses_the_default() {
        let (config, _, warnings) = raw(Some("klingon"), Some("es"), &[]).resolve();
        assert_eq!(config.lang, Lang::Es);
        assert_eq!(
            warnings,
            vec![EmbedWarning::UnknownLang {
                value: "klingon".into(),
                using: Lang::Es
            }]
        );
        let message = warnings[0].to_string();
        assert!(message.contains("lang=\"klingon\""), "{message}");
        assert!(message.contains("en, es"), "{message}");
        check_lang(raw(Some(""), None, &[]), Lang::En, true);
    }

    #[test]
    fn phone_numbers() {
        let ok = |value: &str, href: &str| {
            assert_eq!(
                Phone::parse(value).map(|phone| phone.href),
                Some(href.to_owned()),
                "{value}"
            );
        };
        ok("(303) 591-1960", "tel:3035911960");
        ok("303.591.1960", "tel:3035911960");
        ok("+1 303 591 1960", "tel:+13035911960");
        ok(" 1-844-493-8255 ", "tel:18444938255");
        for bad in [
            "call us!",
            "303-591-196O",
            "123",
            "1234567890123456",
            "+1 +2 3456789",
            "javascript:alert(1)",
            "<b>3035911960</b>",
        ] {
            assert_eq!(Phone::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn clinic_details_resolve_with_warnings_for_bad_values() {
        let input = RawEmbed {
            clinic_name: Some("  Lyman   Support\nCenters ".into()),
            clinic_phone: Some("(303) 591-1960".into()),
            ..RawEmbed::default()
        };
        let (config, _, warnings) = input.resolve();
        assert!(warnings.is_empty());
        assert_eq!(
            config.clinic,
            Clinic {
                name: Some("Lyman Support Centers".into()),
                phone: Some(Phone {
                    display: "(303) 591-1960".into(),
                    href: "tel:3035911960".into()
                })
            }
        );

        let input = RawEmbed {
            clinic_name: Some("   ".into()),
            clinic_phone: Some("call us!".into()),
            ..RawEmbed::default()
        };
        let (config, _, warnings) = input.resolve();
        assert_eq!(config.clinic, Clinic::default());
        assert_eq!(
            warnings,
            vec![EmbedWarning::PhoneUnusable {
                value: "call us!".into()
            }]
        );
    }

    #[test]
    fn long_clinic_names_are_cut_at_a_word() {
        let long = "Word ".repeat(30);
        let input = RawEmbed {
            clinic_name: Some(long),
            ..RawEmbed::default()
        };
        let (config, _, warnings) = input.resolve();
        let name = config.clinic.name.expect("a name");
        assert!(name.chars().count() <= MAX_CLINIC_NAME_CHARS + 1, "{name}");
        assert!(name.ends_with("Word…"), "{name}");
        assert_eq!(warnings, vec![EmbedWarning::NameTooLong { chars: 149 }]);
    }

    #[test]
    fn every_warning_names_its_attribute() {
        let raw = RawEmbed {
            lang_attr: Some("xx".into()),
            clinic_name: Some("Word ".repeat(30)),
            clinic_phone: Some("call us".into()),
            options: RawOptions {
                accent_color: Some("blue".into()),
                ..RawOptions::default()
            },
            ..RawEmbed::default()
        };
        let (_, _, warnings) = raw.resolve();
        let named: Vec<_> = warnings.iter().map(EmbedWarning::attribute).collect();
        assert_eq!(
            named,
            ["lang", "clinic-name", "clinic-phone", "accent-color"]
        );
        for w in &warnings {
            assert!(w.to_string().contains(w.attribute()), "{w}");
        }
    }
}
