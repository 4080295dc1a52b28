//! An item as a native fieldset of radio inputs, in answer order.

use leptos::prelude::*;

use crate::ui::context::use_session;

/// The item's stem (its time frame) and text form the legend, verbatim;
/// each answer is a native radio input inside its label. Arrow keys move
/// the selection the way browsers always do, and never advance the screen.
#[component]
pub fn ChoiceGroup(
    /// Index of the item in the instrument.
    item: usize,
    /// Id of an element that describes the group (the notice), if shown.
    #[prop(into)]
    described_by: Signal<Option<&'static str>>,
) -> impl IntoView {
    let ctx = use_session();
    let spec = &ctx.instrument().items[item];
    let chosen = Memo::new(move |_| ctx.read(|s| s.phq9().responses().chosen(item)));
    let group_name = format!("trd-{}", spec.link_id);
    let stem = spec.stem;
    let choices = spec
        .options
        .iter()
        .zip(0u8..)
        .map(|(option, index)| {
            let name = group_name.clone();
            view! {
                <label class="trd-choice">
                    <input
                        type="radio"
                        name=name
                        value=index
                        prop:checked=move || chosen.get() == Some(index)
                        on:change=move |_| ctx.answer(item, index)
                    />
                    <span>{move || option.label.get(ctx.lang.get())}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset
            class="trd-choices"
            data-link-id=spec.link_id
            aria-describedby=move || described_by.get()
        >
            <legend>
                {stem
                    .map(|stem| {
                        view! { <span class="trd-stem">{move || stem.get(ctx.lang.get())}</span> }
                    })} <span class="trd-item-text">{move || spec.text.get(ctx.lang.get())}</span>
            </legend>
            {choices}
        </fieldset>
    }
}
