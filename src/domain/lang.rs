//! Languages the widget speaks, and text that exists in each of them.
//!
//! `Localized` is how instrument wording and content carry every language at
//! once: a missing translation is a compile error, not a blank on screen.

/// A language the widget can show. Adding one means adding a field to
/// [`Localized`] and a catalogue in `crate::i18n`, and the compiler lists
/// every place that still needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Es,
}

impl Lang {
    /// Every supported language, in the order the language switch shows them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The BCP 47 tag written into the widget's own `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language's name in itself, for the language switch.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }

    /// Reads a BCP 47 tag such as `es`, `es-US` or `EN_gb` by its primary
    /// subtag. Returns `None` for anything the widget does not speak.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }
}

/// One piece of text in every supported language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Localized {
    pub en: &'static str,
    pub es: &'static str,
}

impl Localized {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Es => self.es,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(tag: &str, expected: Option<Lang>) {
        assert_eq!(Lang::from_tag(tag), expected, "tag {tag:?}");
    }

    #[test]
    fn tags_are_read_by_primary_subtag() {
        check("en", Some(Lang::En));
        check("en-US", Some(Lang::En));
        check("EN_gb", Some(Lang::En));
        check("es", Some(Lang::Es));
        check("es-419", Some(Lang::Es));
        check(" ES-us ", Some(Lang::Es));
        check("fr", None);
        check("", None);
        check("english", None);
        check("e", None);
    }

    #[test]
    fn tag_round_trips() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
    }
}
