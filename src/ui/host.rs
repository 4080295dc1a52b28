//! What the UI needs from the browser beyond its own shadow root: today's
//! date, a new id, the height kept while a screen loads, scrolling the
//! crisis panel into view, a later screen's styles, printing and saving
//! files. The platform layer implements it, so
//! `ui` stays free of the host page and dependencies point one way.

use crate::domain::date::Date;

/// Today, as the visitor's device tells it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Today {
    /// ISO 8601 date-time in UTC, for exports (`authored`).
    pub timestamp: String,
    /// The local calendar date, `YYYY-MM-DD`, for people.
    pub date: String,
}

/// Why the browser did not print or save: for the console, while the
/// visitor sees one calm sentence in their language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ServiceError {
    /// The page has no document (the widget is in a detached frame).
    NoDocument,
    /// The print frame lacks its window, document or body.
    PrintFrame(&'static str),
    /// The browser refused a step, in its own words.
    Refused(String),
}

impl ServiceError {
    /// What happened, for the console.
    pub fn detail(&self) -> &str {
        match self {
            ServiceError::NoDocument => "the page has no document",
            ServiceError::PrintFrame(what) => what,
            ServiceError::Refused(words) => words,
        }
    }
}

/// Browser services; printing and saving say why they failed.
pub trait Host {
    fn today(&self) -> Today;
    /// Today's local date as the domain's `Date`, if the device's can be
    /// read.
    fn date(&self) -> Option<Date> {
        Date::parse(&self.today().date)
    }
    /// A new random UUID (RFC 9562 version 4), to name a resource inside an
    /// exported file. Not an identifier of the visitor.
    fn uuid(&self) -> String;
    /// Keeps `element` at its present height while the next screen's file
    /// loads (`hold`), so the crisis lines and the host page below do not
    /// jump up and back; lets it go again (`!hold`).
    fn hold_height(&self, element: &web_sys::Element, hold: bool);
    /// Scrolls the host page, if needed, so `element` (of the widget) is
    /// in view, without animation.
    fn bring_into_view(&self, element: &web_sys::Element);
    /// Adds a later screen's styles to the widget (once; `anchor` is an
    /// element of the widget, for browsers without shared stylesheets).
    fn add_styles(&self, anchor: Option<&web_sys::Element>, css: &'static str);
    /// Prints `body_html` styled by `css`, and nothing else of the page.
    /// `anchor` is an element of the widget, so the print frame lives in
    /// the widget's own shadow root.
    fn print(
        &self,
        anchor: &web_sys::Element,
        title: &str,
        body_html: &str,
        css: &str,
    ) -> Result<(), ServiceError>;
    /// Saves `contents` as a file on the device, with no request made.
    fn save(
        &self,
        anchor: &web_sys::Element,
        file_name: &str,
        mime: &str,
        contents: &str,
    ) -> Result<(), ServiceError>;
}

/// The browser services, provided as context.
#[derive(Clone, Copy)]
pub struct HostCtx(pub &'static (dyn Host + Send + Sync));
