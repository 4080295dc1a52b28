//! The clinic's options beyond language and contact details: links,
//! crisis lines for the region, colours, which sections are offered, and
//! the two opt-ins (remembering on this device, events for the host page).
//!
//! Every option is validated where it enters. A bad value gives exactly one
//! [`OptionWarning`] naming the option, the value and what is accepted, and
//! the default is used. Links are accepted only as `https:` (or `http:` on
//! localhost, for testing), so a `javascript:` or `data:` URL can never be
//! rendered.

use std::fmt;

use super::embed::Phone;
use super::option_list::name;

/// A sections list or a start screen names these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Phq9,
    Staging,
    Learn,
}

impl Section {
    pub const ALL: [Section; 3] = [Section::Phq9, Section::Staging, Section::Learn];

    /// The option value, and the section name in host events.
    pub fn slug(self) -> &'static str {
        match self {
            Section::Phq9 => "phq9",
            Section::Staging => "staging",
            Section::Learn => "learn",
        }
    }

    fn from_slug(value: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.slug() == value)
    }
}

/// Where the widget opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Start {
    /// The PHQ-9 introduction (the default).
    Intro,
    Section(Section),
}

/// The widget's colours: light (the default), or following the visitor's
/// light or dark setting when the clinic opts in (`theme="auto"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Auto,
}

impl Theme {
    /// The value of the wrapper's `data-theme`, which the stylesheet reads.
    pub fn slug(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Auto => "auto",
        }
    }
}

/// Which default crisis lines to show (clinical-spec 8; decision 9).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum CrisisRegion {
    /// National lines only.
    Us,
    /// National lines and Colorado Crisis Services (the first clinic's).
    #[default]
    UsColorado,
}

/// How an extra crisis line is reached.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Contact {
    Call(Phone),
    Text(Phone),
    Web(SafeUrl),
}

impl Contact {
    /// The link that reaches it: `tel:`, `sms:` or the https address.
    pub fn href(&self) -> String {
        match self {
            Contact::Call(phone) => phone.href.clone(),
            Contact::Text(phone) => phone.href.replacen("tel:", "sms:", 1),
            Contact::Web(url) => url.as_str().to_owned(),
        }
    }
}

/// A clinic's own crisis line, shown with the default ones.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExtraCrisisLine {
    pub label: String,
    pub contact: Contact,
}

/// A URL that is safe to put in an `href`: `https:`, or `http:` on the
/// local machine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SafeUrl(String);

impl SafeUrl {
    pub fn parse(value: &str) -> Option<SafeUrl> {
        let value = value.trim();
        let lower = value.to_ascii_lowercase();
        let rest = if let Some(rest) = lower.strip_prefix("https://") {
            rest
        } else {
            let rest = lower.strip_prefix("http://")?;
            let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
            let name = host.rsplit_once(':').map_or(host, |(name, _)| name);
            if !matches!(name, "localhost" | "127.0.0.1" | "[::1]") {
                return None;
            }
            rest
        };
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let clean = value.len() <= 2000
            && !host.is_empty()
            && !host.contains('@')
            && !value
                .chars()
                .any(|c| c.is_control() || c.is_whitespace() || "\"'<>\\`".contains(c));
        clean.then(|| SafeUrl(value.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rgb` or `#rrggbb`.
    pub fn parse(value: &str) -> Option<Rgb> {
        let hex = value.trim().strip_prefix('#')?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
        let bytes = hex.as_bytes();
        match bytes.len() {
            3 => {
                let c = |i: usize| digit(bytes[i]).map(|d| d * 17);
                Some(Rgb(c(0)?, c(1)?, c(2)?))
            }
            6 => {
                let c = |i: usize| Some(digit(bytes[i])? * 16 + digit(bytes[i + 1])?);
                Some(Rgb(c(0)?, c(2)?, c(4)?))
            }
            _ => None,
        }
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f64 {
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// WCAG contrast ratio between two colours (1 to 21).
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (hi, lo) = if a > b { (a, b) } else { (b, a) };
        (hi + 0.05) / (lo + 0.05)
    }

    /// This colour moved `step` 255ths of the way toward black.
    fn darker(self, step: u8) -> Rgb {
        let d = |c: u8| c.saturating_sub(step);
        Rgb(d(self.0), d(self.1), d(self.2))
    }

    /// Mixed with white, `tenths` tenths of the clinic colour.
    fn tint(self, tenths: u16) -> Rgb {
        let m = |c: u8| ((u16::from(c) * tenths + 255 * (10 - tenths)) / 10) as u8;
        Rgb(m(self.0), m(self.1), m(self.2))
    }
}

/// An sRGB channel as linear light (WCAG's relative luminance):
/// `((c + 0.055) / 1.055)^2.4` above the knee. The power is taken as
/// `x^2 · x^0.4`, with `x^0.4` the root of `y^5 = x^2` by Newton's method,
/// so no float `pow` (about 1 KB of the first load) is linked in; a test
/// checks it against `powf` for all 256 values.
fn linear(channel: u8) -> f64 {
    let c = f64::from(channel) / 255.0;
    if c <= 0.039_28 {
        return c / 12.92;
    }
    let x = (c + 0.055) / 1.055;
    let target = x * x;
    // x in (0.08, 1]: from y = 1, the iteration falls monotonically to the
    // root; 12 steps reach the last bit.
    let mut y = 1.0_f64;
    for _ in 0..12 {
        let y4 = y * y * y * y;
        y -= (y4 * y - target) / (5.0 * y4);
    }
    target * y
}

/// Minimum contrast for text (WCAG 2.2 AA, 1.4.3).
pub const MIN_CONTRAST: f64 = 4.5;
const WHITE: Rgb = Rgb(255, 255, 255);
const INK: Rgb = Rgb(0x1d, 0x23, 0x27);

/// The clinic's colour and the colours derived from it so every text keeps
/// a contrast of at least 4.5:1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Accent {
    /// Button fill: the clinic's colour as given.
    pub fill: Rgb,
    /// Text on the fill: white, ink or black, whichever first reads at 4.5:1.
    pub on_fill: Rgb,
    /// Links and accent text on the widget's light surfaces: the clinic's
    /// colour, darkened until it reads on them.
    pub text: Rgb,
    /// A light tint for selected answers.
    pub soft: Rgb,
}

impl Accent {
    pub fn from(fill: Rgb) -> Accent {
        // White, the widget's ink, or black: the first that reads at 4.5:1
        // (one of white and black always does).
        let on_fill = [WHITE, INK, Rgb(0, 0, 0)]
            .into_iter()
            .find(|c| fill.contrast(*c) >= MIN_CONTRAST)
            .unwrap_or(Rgb(0, 0, 0));
        let soft = fill.tint(1);
        let mut text = fill;
        while text.contrast(WHITE).min(text.contrast(soft)) < MIN_CONTRAST && text != Rgb(0, 0, 0) {
            text = text.darker(8);
        }
        Accent {
            fill,
            on_fill,
            text,
            soft,
        }
    }
}

/// Everything beyond language and contact details, resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    pub clinic_url: Option<SafeUrl>,
    pub booking_url: Option<SafeUrl>,
    pub crisis_region: CrisisRegion,
    pub extra_crisis_lines: Vec<ExtraCrisisLine>,
    pub accent: Option<Accent>,
    pub remember: bool,
    pub events: bool,
    pub theme: Theme,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            clinic_url: None,
            booking_url: None,
            crisis_region: CrisisRegion::default(),
            extra_crisis_lines: Vec::new(),
            accent: None,
            remember: false,
            events: false,
            theme: Theme::Light,
        }
    }
}

/// Which sections the clinic offers and where the widget opens: read once
/// into the `Session`, which is the one place the widget asks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    /// Offered sections, in the fixed order PHQ-9, staging, learn; never empty.
    pub sections: Vec<Section>,
    pub start: Start,
}

impl Default for Layout {
    fn default() -> Self {
        Layout {
            sections: Section::ALL.to_vec(),
            start: Start::Intro,
        }
    }
}

/// The options as written in the snippet (attributes, shortcode or JS API).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawOptions {
    pub clinic_url: Option<String>,
    pub booking_url: Option<String>,
    pub crisis_region: Option<String>,
    /// `crisis-line-1` to `crisis-line-3`: "Label | phone, sms:number or https URL".
    pub crisis_lines: [Option<String>; 3],
    pub accent_color: Option<String>,
    pub start: Option<String>,
    pub sections: Option<String>,
    pub remember: Option<String>,
    pub events: Option<String>,
    pub theme: Option<String>,
}

/// A bad option value, for the console. Written for clinic staff.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionWarning {
    pub option: &'static str,
    pub value: String,
    pub accepted: &'static str,
}

impl fmt::Display for OptionWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown: String = self.value.chars().take(120).collect();
        write!(
            f,
            "<trd-widget {}=\"{}\">: not accepted; use {}. The default is used.",
            self.option, shown, self.accepted
        )
    }
}

const URL_ACCEPTED: &str = "an https:// address (http:// only on localhost)";
const LINE_ACCEPTED: &str =
    "\"Label | phone number\", \"Label | sms:number\" or \"Label | https://address\"";

fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

fn flag(option: &'static str, value: &Option<String>, warnings: &mut Vec<OptionWarning>) -> bool {
    // A present boolean attribute (`remember`, `remember=""`) is on.
    let Some(raw) = value.as_deref() else {
        return false;
    };
    match raw.trim().to_ascii_lowercase().as_str() {
        "" | "true" | "yes" | "on" | "1" | "remember" | "events" => true,
        "false" | "no" | "off" | "0" => false,
        _ => {
            warnings.push(OptionWarning {
                option,
                value: raw.to_owned(),
                accepted: "true or false (or the attribute alone)",
            });
            false
        }
    }
}

fn url(
    option: &'static str,
    value: &Option<String>,
    warnings: &mut Vec<OptionWarning>,
) -> Option<SafeUrl> {
    let raw = given(value)?;
    let parsed = SafeUrl::parse(raw);
    if parsed.is_none() {
        warnings.push(OptionWarning {
            option,
            value: raw.to_owned(),
            accepted: URL_ACCEPTED,
        });
    }
    parsed
}

fn crisis_line(raw: &str) -> Option<ExtraCrisisLine> {
    let (label, target) = raw.split_once('|')?;
    let label = label.split_whitespace().collect::<Vec<_>>().join(" ");
    let target = target.trim();
    if label.is_empty() || label.chars().count() > 80 {
        return None;
    }
    let lower = target.to_ascii_lowercase();
    let contact = if let Some(number) = lower.strip_prefix("sms:") {
        Contact::Text(Phone::parse(number)?)
    } else if lower.starts_with("http") {
        Contact::Web(SafeUrl::parse(target)?)
    } else {
        Contact::Call(Phone::parse(lower.strip_prefix("tel:").unwrap_or(&lower))?)
    };
    Some(ExtraCrisisLine { label, contact })
}

impl RawOptions {
    pub fn resolve(&self) -> (Options, Layout, Vec<OptionWarning>) {
        let mut warnings = Vec::new();
        let clinic_url = url(name::CLINIC_URL, &self.clinic_url, &mut warnings);
        let booking_url = url(name::BOOKING_URL, &self.booking_url, &mut warnings);
        let crisis_region = match given(&self.crisis_region)
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            None | Some("us-co") => CrisisRegion::UsColorado,
            Some("us") => CrisisRegion::Us,
            Some(_) => {
                warnings.push(OptionWarning {
                    option: name::CRISIS_REGION,
                    value: self.crisis_region.clone().unwrap_or_default(),
                    accepted: "us or us-co",
                });
                CrisisRegion::UsColorado
            }
        };
        let mut extra_crisis_lines = Vec::new();
        for (raw, option) in self.crisis_lines.iter().zip(name::CRISIS_LINES) {
            let Some(raw) = given(raw) else { continue };
            match crisis_line(raw) {
                Some(line) => extra_crisis_lines.push(line),
                None => warnings.push(OptionWarning {
                    option,
                    value: raw.to_owned(),
                    accepted: LINE_ACCEPTED,
                }),
            }
        }
        let accent = given(&self.accent_color).and_then(|raw| {
            let parsed = Rgb::parse(raw).map(Accent::from);
            if parsed.is_none() {
                warnings.push(OptionWarning {
                    option: name::ACCENT_COLOR,
                    value: raw.to_owned(),
                    accepted: "a colour like #145a8d or #158",
                });
            }
            parsed
        });
        let sections = match given(&self.sections) {
            None => Section::ALL.to_vec(),
            Some(raw) => {
                let tokens: Vec<String> = raw
                    .split([',', ' '])
                    .map(|t| t.trim().to_ascii_lowercase())
                    .filter(|t| !t.is_empty())
                    .collect();
                let valid = tokens.iter().all(|t| Section::from_slug(t).is_some());
                let chosen: Vec<Section> = Section::ALL
                    .into_iter()
                    .filter(|s| tokens.iter().any(|t| t == s.slug()))
                    .collect();
                if valid && !chosen.is_empty() {
                    chosen
                } else {
                    warnings.push(OptionWarning {
                        option: name::SECTIONS,
                        value: raw.to_owned(),
                        accepted: "one or more of phq9, staging, learn, separated by commas",
                    });
                    Section::ALL.to_vec()
                }
            }
        };
        let first = sections.first().copied().unwrap_or(Section::Phq9);
        let default_start = if first == Section::Phq9 {
            Start::Intro
        } else {
            Start::Section(first)
        };
        let start = match given(&self.start).map(str::to_ascii_lowercase).as_deref() {
            None => default_start,
            Some("intro") if sections.contains(&Section::Phq9) => Start::Intro,
            Some(slug) => match Section::from_slug(slug) {
                Some(section) if sections.contains(&section) => Start::Section(section),
                _ => {
                    warnings.push(OptionWarning {
                        option: name::START,
                        value: self.start.clone().unwrap_or_default(),
                        accepted: "intro, phq9, staging or learn (one of the offered sections)",
                    });
                    default_start
                }
            },
        };
        let remember = flag(name::REMEMBER, &self.remember, &mut warnings);
        let events = flag(name::EVENTS, &self.events, &mut warnings);
        let theme = match given(&self.theme).map(str::to_ascii_lowercase).as_deref() {
            None | Some("light") => Theme::Light,
            Some("auto") => Theme::Auto,
            Some(_) => {
                warnings.push(OptionWarning {
                    option: name::THEME,
                    value: self.theme.clone().unwrap_or_default(),
                    accepted: "light or auto (auto follows the visitor's light or dark setting)",
                });
                Theme::Light
            }
        };
        (
            Options {
                clinic_url,
                booking_url,
                crisis_region,
                extra_crisis_lines,
                accent,
                remember,
                events,
                theme,
            },
            Layout { sections, start },
            warnings,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(raw: RawOptions) -> (Options, Vec<OptionWarning>) {
        let (options, _, warnings) = raw.resolve();
        (options, warnings)
    }

    #[test]
    fn linear_light_equals_the_wcag_power_for_every_channel_value() {
        for channel in 0..=255u8 {
            let c = f64::from(channel) / 255.0;
            let wcag = if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            };
            assert!((linear(channel) - wcag).abs() < 1e-14, "{channel}");
        }
    }

    #[test]
    fn defaults_when_nothing_is_given() {
        let (options, layout, warnings) = RawOptions::default().resolve();
        assert_eq!(options, Options::default());
        assert_eq!(layout, Layout::default());
        assert!(warnings.is_empty());
    }

    #[test]
    fn urls_are_https_or_local_http_only() {
        for ok in [
            "https://clinic.example/book",
            "HTTPS://Clinic.Example/",
            "http://localhost:8080/x",
            "http://127.0.0.1/",
        ] {
            assert!(SafeUrl::parse(ok).is_some(), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<b>x</b>",
            "http://clinic.example/",
            "https://",
            "https://user:pw@clinic.example/",
            "https://clinic.example/\"onmouseover=\"x",
            "https://clinic .example/",
            "//clinic.example/",
            "vbscript:x",
            "http://localhost.evil.example/",
        ] {
            assert_eq!(SafeUrl::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn each_bad_value_gives_one_warning_naming_option_value_and_accepted() {
        let raw = RawOptions {
            clinic_url: Some("javascript:alert(1)".into()),
            booking_url: Some("data:text/html,x".into()),
            crisis_region: Some("mars".into()),
            crisis_lines: [
                Some("No separator".into()),
                Some("X | call me".into()),
                None,
            ],
            accent_color: Some("blue".into()),
            start: Some("somewhere".into()),
            sections: Some("phq9, quiz".into()),
            remember: Some("maybe".into()),
            events: Some("sure".into()),
            theme: Some("dark".into()),
        };
        let (options, layout, warnings) = raw.resolve();
        assert_eq!(layout, Layout::default());
        let named: Vec<&str> = warnings.iter().map(|w| w.option).collect();
        assert_eq!(
            named,
            [
                "clinic-url",
                "booking-url",
                "crisis-region",
                "crisis-line-1",
                "crisis-line-2",
                "accent-color",
                "sections",
                "start",
                "remember",
                "events",
                "theme"
            ]
        );
        assert_eq!(options, Options::default());
        let message = warnings[0].to_string();
        assert!(
            message.contains("clinic-url=\"javascript:alert(1)\""),
            "{message}"
        );
        assert!(message.contains("https://"), "{message}");
    }

    #[test]
    fn sections_and_start() {
        let pick = |sections: Option<&str>, start: Option<&str>| {
            let (_, layout, warnings) = RawOptions {
                sections: sections.map(str::to_owned),
                start: start.map(str::to_owned),
                ..RawOptions::default()
            }
            .resolve();
            (layout, warnings)
        };
        let (o, w) = pick(Some("learn, staging"), None);
        assert_eq!(o.sections, [Section::Staging, Section::Learn]);
        assert_eq!(o.start, Start::Section(Section::Staging));
        assert!(w.is_empty());
        let (o, w) = pick(Some("phq9 learn"), Some("learn"));
        assert_eq!(o.start, Start::Section(Section::Learn));
        assert!(w.is_empty());
        // A start outside the offered sections warns and uses the first.
        let (o, w) = pick(Some("learn"), Some("phq9"));
        assert_eq!(o.start, Start::Section(Section::Learn));
        assert_eq!(w.len(), 1);
        let (o, w) = pick(None, Some("intro"));
        assert_eq!(o.start, Start::Intro);
        assert!(w.is_empty());
    }

    #[test]
    fn extra_crisis_lines() {
        let (o, w) = resolve(RawOptions {
            crisis_lines: [
                Some("Denver Health | (303) 602-7221".into()),
                Some("Our text line | sms:303-555-0100".into()),
                Some("Walk-in centers | https://coloradocrisisservices.org/".into()),
            ],
            ..RawOptions::default()
        });
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(o.extra_crisis_lines.len(), 3);
        assert!(
            matches!(&o.extra_crisis_lines[0].contact, Contact::Call(p) if p.href == "tel:3036027221")
        );
        assert!(
            matches!(&o.extra_crisis_lines[1].contact, Contact::Text(p) if p.href == "tel:3035550100")
        );
        assert!(matches!(&o.extra_crisis_lines[2].contact, Contact::Web(_)));
        let hrefs: Vec<String> = o
            .extra_crisis_lines
            .iter()
            .map(|l| l.contact.href())
            .collect();
        assert_eq!(
            hrefs,
            [
                "tel:3036027221",
                "sms:3035550100",
                "https://coloradocrisisservices.org/"
            ]
        );
        let (o, w) = resolve(RawOptions {
            crisis_lines: [Some("Bad | javascript:alert(1)".into()), None, None],
            ..RawOptions::default()
        });
        assert!(o.extra_crisis_lines.is_empty());
        assert_eq!(w.len(), 1);
    }

    #[test]
    fn accent_text_keeps_contrast_for_any_colour() {
        for hex in [
            "#145a8d", "#ffd700", "#fff", "#000", "#777777", "#ff0000", "#00ff00", "#e0f0ff",
        ] {
            let accent = Accent::from(Rgb::parse(hex).expect("colour"));
            assert!(
                accent.fill.contrast(accent.on_fill) >= MIN_CONTRAST,
                "{hex} on fill"
            );
            assert!(accent.text.contrast(WHITE) >= MIN_CONTRAST, "{hex} text");
            assert!(
                accent.text.contrast(accent.soft) >= MIN_CONTRAST,
                "{hex} text on soft"
            );
        }
        assert_eq!(Rgb::parse("#158"), Some(Rgb(0x11, 0x55, 0x88)));
        for bad in ["blue", "#12", "#12345g", "145a8d", "#1234567", "rgb(0,0,0)"] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn flags_accept_the_bare_attribute() {
        let (o, w) = resolve(RawOptions {
            remember: Some(String::new()),
            events: Some("false".into()),
            ..RawOptions::default()
        });
        assert!(o.remember && !o.events && w.is_empty());
    }

    #[test]
    fn theme_is_light_unless_the_clinic_opts_into_auto() {
        let theme = |value: Option<&str>| {
            let (options, warnings) = resolve(RawOptions {
                theme: value.map(str::to_owned),
                ..RawOptions::default()
            });
            (options.theme, warnings.len())
        };
        assert_eq!(theme(None), (Theme::Light, 0));
        assert_eq!(theme(Some("light")), (Theme::Light, 0));
        assert_eq!(theme(Some(" AUTO ")), (Theme::Auto, 0));
        assert_eq!(theme(Some("dark")), (Theme::Light, 1));
        assert_eq!(Theme::Auto.slug(), "auto");
    }
}
