//! Keeping the remembered totals in step with the session: one helper that
//! every place that changes them calls (the opt-in, "forget", and reaching
//! a result while remembering).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::date::Date;
use crate::domain::staging::builder::StagingScreen;
use crate::domain::wizard::Screen;
use crate::ui::context::SessionCtx;
use crate::ui::host::HostCtx;

/// Today's date from the device (the domain's `Date`), if it can be read.
pub fn today(host: HostCtx) -> Option<Date> {
    Date::parse(&host.0.today().date)
}

/// Saves what is remembered now, or removes it when the visitor is not
/// remembering; a failure becomes the calm notice, never a panic. The
/// storage code may still be on its way (issue 17), so this finishes later;
/// a widget removed meanwhile has nothing left to tell.
pub fn persist(ctx: SessionCtx, host: HostCtx) {
    let Some(today) = today(host) else { return };
    let (remembering, totals, history) = ctx.state.with_untracked(|s| {
        (
            s.remembering(),
            s.progress(today),
            s.staging().history().clone(),
        )
    });
    let operation = if remembering {
        host.0.remember(totals, history)
    } else {
        host.0.forget()
    };
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
