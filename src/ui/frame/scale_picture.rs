//! A score on a picture: a scale with its ranges and the visitor's mark
//! (the PHQ-9's 0-27, Maudsley's 3-15, the Thase-Rush ladder 0-V), or a
//! score as a bar of its parts with a key below (MGH-S). The
//! model comes from `i18n` (`Catalogue::phq9_scale` and its siblings), built
//! from the same numbers and words as the text beside it; drawn here as an
//! inline SVG styled by the stylesheet (classes only), with the model's
//! text alternative.

use leptos::prelude::*;

use crate::present::scale::Scale;

const WIDTH: u16 = 320;
const LEFT: u16 = 8;
const SPAN: u16 = WIDTH - 2 * LEFT;
const BAR_TOP: u16 = 18;
const BAR_HEIGHT: u16 = 16;
const LABEL_Y: u16 = BAR_TOP + BAR_HEIGHT + 14;

/// The x position of the left edge of `value` on `scale`.
fn x(scale: &Scale, value: u16) -> u16 {
    let positions = scale.highest - scale.lowest + 1;
    LEFT + SPAN * (value.saturating_sub(scale.lowest)).min(positions) / positions
}

/// Draws `scale` (tracked: the words follow the language).
#[component]
pub fn ScalePicture(
    /// What to draw.
    #[prop(into)]
    scale: Signal<Scale>,
) -> impl IntoView {
    move || {
        let s = scale.get();
        let bands = s
            .bands
            .iter()
            .map(|band| {
                view! {
                    <rect
                        class=format!("trd-scale-band trd-chart-{}", band.slug)
                        data-band=band.slug
                        x=x(&s, band.min)
                        y=BAR_TOP
                        width=x(&s, band.max + 1) - x(&s, band.min)
                        height=BAR_HEIGHT
                    />
                    <text class="trd-chart-axis" x=x(&s, band.min) y=LABEL_Y>
                        {band.label.clone()}
                    </text>
                }
            })
            .collect_view();
        let end = s.end_label.clone().map(|label| {
            view! {
                <text class="trd-chart-axis" x=x(&s, s.highest + 1) y=LABEL_Y text-anchor="end">
                    {label}
                </text>
            }
        });
        let mark = s.mark.map(|mark| {
            let at = x(&s, mark) + (x(&s, mark + 1) - x(&s, mark)) / 2;
            let arrow = format!("{},2 {},2 {},{}", at - 6, at + 6, at, BAR_TOP - 2);
            view! {
                <line
                    class="trd-scale-mark"
                    data-mark=mark
                    x1=at
                    y1=BAR_TOP - 2
                    x2=at
                    y2=BAR_TOP + BAR_HEIGHT + 2
                />
                <polygon class="trd-scale-mark" points=arrow />
            }
        });
        // The key: each range's swatch and what it is, in the bar's order.
        let keys: Vec<_> = s
            .bands
            .iter()
            .filter_map(|band| {
                let key = band.key.clone()?;
                Some(view! {
                    <li>
                        <svg class="trd-swatch" viewBox="0 0 16 16" aria-hidden="true">
                            <rect
                                class=format!("trd-scale-band trd-chart-{}", band.slug)
                                x="1"
                                y="1"
                                width="14"
                                height="14"
                            />
                        </svg>
                        {key}
                    </li>
                })
            })
            .collect();
        let key = (!keys.is_empty()).then(|| view! { <ul class="trd-scale-key">{keys}</ul> });
        view! {
            <svg
                class="trd-scale"
                data-score-scale
                viewBox=format!("0 0 {WIDTH} 56")
                role="img"
                aria-label=s.alt.clone()
            >
                {bands}
                {end}
                {mark}
            </svg>
            {key}
        }
    }
}
