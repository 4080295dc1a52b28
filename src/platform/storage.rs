//! "Remember on this device": the one namespaced localStorage key, through
//! gloo-storage, used only after the visitor opted in (and only where the
//! clinic offers it). Blocked, full or corrupted storage is a typed notice
//! and a console line, never a panic: storage is probed with web-sys
//! first, because a page may make its storage throw.
//!
//! This code and its serde JSON (about a third of a screen's worth of
//! bytes) is its own split module, `storage` (issue 17): only a widget
//! whose clinic offers remembering ever fetches it, through [`loaded`].

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::console;
use super::services::BROWSER_HOST;
use crate::domain::progress::{DatedTotal, StorageNotice};
use crate::domain::session::{Session, ToKeep};
use crate::domain::staging::history::TreatmentHistory;
use crate::export::stored::{from_stored, to_stored, Remembered, Stored, KEY};
use crate::split::split;
use crate::ui::host::Host;

/// Whether localStorage can be read here without throwing.
fn usable() -> bool {
    remembered().is_ok()
}

/// The storage operations, from the split module that holds them.
pub struct StorageOps {
    pub load: fn() -> Result<Option<Remembered>, StorageNotice>,
    pub save: fn(&[DatedTotal], &TreatmentHistory) -> Result<(), StorageNotice>,
    pub forget: fn() -> Result<(), StorageNotice>,
}

static OPS: StorageOps = StorageOps { load, save, forget };

split!(
    storage,
    preload_storage,
    fn storage_ops() -> &'static StorageOps {
        &OPS
    }
);

/// Whether anything was remembered on this device, probed with web-sys
/// (a page may make its storage throw): the storage code is fetched at
/// mount only for a visitor who opted in before, and blocked storage is
/// said before the visitor tries.
pub fn remembered() -> Result<bool, StorageNotice> {
    let storage = web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .ok_or(StorageNotice::Unavailable)?;
    storage
        .get_item(KEY)
        .map(|value| value.is_some())
        .map_err(|_| StorageNotice::Unavailable)
}

/// The storage operations, once their module is there; a module that
/// cannot be fetched is a calm notice (the loader logged why).
pub async fn loaded() -> Result<&'static StorageOps, StorageNotice> {
    storage_ops().await.map_err(|_| StorageNotice::NotLoaded)
}

/// Brings storage in line with the session: what `Session::to_keep` says
/// once the storage code is there (issue 17), not now, so a quick tick
/// and untick end as the visitor left them whatever order the two finish
/// in. A widget removed meanwhile leaves storage as it was; a failure
/// becomes the calm notice, never a panic.
pub fn keep(state: RwSignal<Session>) {
    let Some(today) = BROWSER_HOST.date() else {
        return;
    };
    spawn_local(async move {
        let outcome =
            loaded()
                .await
                .and_then(|ops| match state.try_with_untracked(|s| s.to_keep(today)) {
                    Some(ToKeep::Save(totals, history)) => (ops.save)(&totals, &history),
                    Some(ToKeep::Forget) => (ops.forget)(),
                    None => Ok(()),
                });
        if let Err(notice) = outcome {
            let _ = state.try_update(|s| s.storage_failed(notice));
        }
    });
}

/// The remembered totals, if the visitor opted in on an earlier visit.
fn load() -> Result<Option<Remembered>, StorageNotice> {
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
fn save(totals: &[DatedTotal], history: &TreatmentHistory) -> Result<(), StorageNotice> {
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
fn forget() -> Result<(), StorageNotice> {
    if !usable() {
        return Err(StorageNotice::Unavailable);
    }
    LocalStorage::raw()
        .remove_item(KEY)
        .map_err(|_| StorageNotice::NotSaved)
}
