//! What the UI needs from the browser beyond its own shadow root: today's
//! date, printing and saving files. The platform layer implements it, so
//! `ui` stays free of the host page and dependencies point one way.

/// Today, as the visitor's device tells it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Today {
    /// ISO 8601 date-time in UTC, for exports (`authored`).
    pub timestamp: String,
    /// The local calendar date, `YYYY-MM-DD`, for people.
    pub date: String,
}

use std::future::Future;
use std::pin::Pin;

use crate::domain::progress::{DatedTotal, StorageNotice};
use crate::domain::staging::history::TreatmentHistory;

/// A storage operation: the code that remembers is fetched the first time
/// it is needed (issue 17), so every operation may wait for it.
pub type StorageFuture = Pin<Box<dyn Future<Output = Result<(), StorageNotice>>>>;

/// What this device keeps, decided once the storage code is there.
pub enum Keep {
    /// The totals and the history (the visitor opted in).
    Save(Vec<DatedTotal>, TreatmentHistory),
    /// Nothing: remove what was remembered.
    Forget,
    /// Leave storage as it is (the widget is gone).
    Nothing,
}

/// Browser services, each reporting failure as a message for the visitor.
pub trait Host {
    /// Brings storage in line with `decide`, called once the storage code
    /// has loaded, so a quick tick and untick end as the visitor left them
    /// whatever order the two finish in.
    fn keep(&self, decide: Box<dyn FnOnce() -> Keep>) -> StorageFuture;
    fn today(&self) -> Today;
    /// A new random UUID (RFC 9562 version 4), to name a resource inside an
    /// exported file. Not an identifier of the visitor.
    fn uuid(&self) -> String;
    /// Keeps `element` at its present height while the next screen's file
    /// loads (`hold`), so the crisis lines and the host page below do not
    /// jump up and back; lets it go again (`!hold`).
    fn hold_height(&self, element: &web_sys::Element, hold: bool);
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
    ) -> Result<(), String>;
    /// Saves `contents` as a file on the device, with no request made.
    fn save(
        &self,
        anchor: &web_sys::Element,
        file_name: &str,
        mime: &str,
        contents: &str,
    ) -> Result<(), String>;
}

/// The browser services, provided as context.
#[derive(Clone, Copy)]
pub struct HostCtx(pub &'static (dyn Host + Send + Sync));
