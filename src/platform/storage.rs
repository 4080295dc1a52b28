//! "Remember on this device": the one namespaced localStorage key, through
//! gloo-storage, used only after the visitor opted in (and only where the
//! clinic offers it). Blocked, full or corrupted storage is a typed notice
//! and a console line, never a panic: storage is probed with web-sys
//! first, because a page may make its storage throw.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};

use super::console;
use crate::domain::progress::{DatedTotal, StorageNotice};
use crate::domain::staging::history::TreatmentHistory;
use crate::export::stored::{from_stored, to_stored, Remembered, Stored, KEY};

/// Whether localStorage can be read here without throwing.
fn usable() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.local_storage() {
        Ok(Some(storage)) => storage.get_item(KEY).is_ok(),
        _ => false,
    }
}

/// The remembered totals, if the visitor opted in on an earlier visit.
pub fn load() -> Result<Option<Remembered>, StorageNotice> {
    if !usable() {
        return Err(StorageNotice::Unavailable);
    }
    let unreadable = |why: String| {
        console::warn(&format!(
            "the remembered answers could not be read ({why}); starting fresh."
        ));
        StorageNotice::Unreadable
    };
    match LocalStorage::get::<Stored>(KEY) {
        Ok(stored) => from_stored(stored)
            .map(Some)
            .map_err(|error| unreadable(format!("{error:?}"))),
        Err(StorageError::KeyNotFound(_)) => Ok(None),
        Err(StorageError::SerdeError(error)) => Err(unreadable(error.to_string())),
        Err(StorageError::JsError(_)) => Err(StorageNotice::Unavailable),
    }
}

/// Saves the totals and the history (the visitor opted in).
pub fn save(totals: &[DatedTotal], history: &TreatmentHistory) -> Result<(), StorageNotice> {
    if !usable() {
        return Err(StorageNotice::Unavailable);
    }
    LocalStorage::set(KEY, to_stored(totals, history)).map_err(|error| {
        console::warn(&format!(
            "could not remember the answers on this device ({error})."
        ));
        StorageNotice::NotSaved
    })
}

/// Removes the key: "forget my answers".
pub fn forget() -> Result<(), StorageNotice> {
    if !usable() {
        return Err(StorageNotice::Unavailable);
    }
    LocalStorage::raw()
        .remove_item(KEY)
        .map_err(|_| StorageNotice::NotSaved)
}
