//! Keeping the remembered totals in step with the session: one helper that
//! every place that changes them calls (the opt-in, "forget", and reaching
//! a result while remembering).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::date::Date;
use crate::domain::staging::builder::StagingScreen;
use crate::domain::wizard::Screen;
use crate::ui::context::SessionCtx;
use crate::ui::host::{HostCtx, Keep};

/// Today's date from the device (the domain's `Date`), if it can be read.
pub fn today(host: HostCtx) -> Option<Date> {
    Date::parse(&host.0.today().date)
}

/// Saves what is remembered, or removes it when the visitor is not
/// remembering; a failure becomes the calm notice, never a panic. The
/// storage code may still be on its way (issue 17), so what to keep is
/// read from the session when it is there, not now: the last choice wins.
/// A widget removed meanwhile leaves storage as it was.
pub fn persist(ctx: SessionCtx, host: HostCtx) {
    let Some(today) = today(host) else { return };
    let decide = move || {
        ctx.state
            .try_with_untracked(|s| match s.remembering() {
                true => Keep::Save(s.progress(today), s.staging().history().clone()),
                false => Keep::Forget,
            })
            .unwrap_or(Keep::Nothing)
    };
    let operation = host.0.keep(Box::new(decide));
    spawn_local(async move {
        if let Err(notice) = operation.await {
            let _ = ctx.state.try_update(|s| s.storage_failed(notice));
        }
    });
}

/// After a step: a new PHQ-9 result or staging result is remembered, if
/// the visitor chose to.
pub fn after_step(ctx: SessionCtx, host: HostCtx) {
    let reached_result = ctx.state.with_untracked(|s| {
        s.remembering()
            && (s.phq9().screen() == Screen::Result
                || s.staging().screen() == StagingScreen::Results)
    });
    if reached_result {
        persist(ctx, host);
    }
}
