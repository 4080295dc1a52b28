//! A score on a picture: positions, the ranges drawn behind them and the
//! mark, built from the same numbers and words as the text beside it;
//! drawn by `ui::frame::scale_picture::ScalePicture`.

use crate::domain::phq9::PHQ9;
use crate::domain::responses::SummedScore;
use crate::domain::staging::history::decimal_text;
use crate::domain::staging::methods::{MghS, MghsPart, MsmBand, MsmScore, ThaseRushStage};
use crate::i18n::Catalogue;

/// A score on a picture: positions `lowest..=highest`, the ranges drawn
/// behind them, and the mark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scale {
    pub lowest: u16,
    pub highest: u16,
    pub bands: Vec<ScaleBand>,
    /// Written at the right end (the top of a numeric scale).
    pub end_label: Option<String>,
    /// The visitor's position; none for a score shown as its parts.
    pub mark: Option<u16>,
    /// The picture in words.
    pub alt: String,
}

/// One range of a [`Scale`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScaleBand {
    pub min: u16,
    pub max: u16,
    /// Test contract (`data-band`) and colour class.
    pub slug: &'static str,
    /// Written under the range's start.
    pub label: String,
    /// What the range is, in the key under the picture (none: the
    /// picture's name says it).
    pub key: Option<String>,
}

/// The PHQ-9 total on its 0-27 scale with the five bands.
pub fn phq9_scale(copy: &Catalogue, score: &SummedScore) -> Scale {
    Scale {
        lowest: 0,
        highest: 27,
        bands: PHQ9
            .bands
            .iter()
            .map(|b| ScaleBand {
                min: b.min.into(),
                max: b.max.into(),
                slug: b.severity.slug(),
                label: b.min.to_string(),
                key: None,
            })
            .collect(),
        end_label: Some("27".to_owned()),
        mark: Some(score.total.into()),
        alt: copy.answers().score_scale_alt(score),
    }
}

/// The Maudsley total on its 3-15 scale with the three bands.
pub fn maudsley_scale(copy: &Catalogue, score: MsmScore) -> Scale {
    Scale {
        lowest: 3,
        highest: 15,
        bands: MsmBand::ALL
            .iter()
            .map(|band| {
                let (min, max) = band.range();
                ScaleBand {
                    min: min.into(),
                    max: max.into(),
                    slug: band.slug(),
                    label: min.to_string(),
                    key: None,
                }
            })
            .collect(),
        end_label: Some("15".to_owned()),
        mark: Some(score.total.into()),
        alt: copy.msm_scale_alt(score),
    }
}

/// The Thase-Rush stage on its ladder, 0 to V.
pub fn thase_rush_scale(copy: &Catalogue, stage: ThaseRushStage) -> Scale {
    Scale {
        lowest: 0,
        highest: 5,
        bands: ThaseRushStage::ALL
            .iter()
            .zip(0..)
            .map(|(s, at)| ScaleBand {
                min: at,
                max: at,
                slug: "step",
                label: s.slug().to_owned(),
                key: None,
            })
            .collect(),
        end_label: None,
        mark: ThaseRushStage::ALL
            .iter()
            .position(|s| *s == stage)
            .map(|at| at as u16),
        alt: copy.staging().tr_scale_alt_text(stage),
    }
}

/// The MGH-S score as a bar of its parts, in half points, each range
/// labelled with the points counted before it and keyed below. It has
/// no published ranges, so none are drawn; no bar for a score of 0.
pub fn mghs_scale(copy: &Catalogue, score: MghS) -> Option<Scale> {
    // Half points as points, without a trailing ".0": 3 → "1.5".
    let points = |halves: u16| decimal_text(u32::from(halves) * 500);
    let mut at = 0;
    let bands = MghsPart::ALL
        .into_iter()
        .filter(|part| score.part(*part) > 0)
        .map(|part| {
            let halves = score.part(part);
            let band = ScaleBand {
                min: at,
                max: at + halves - 1,
                slug: part.slug(),
                label: points(at),
                key: Some(copy.staging().mghs_part_key(part, &points(halves))),
            };
            at += halves;
            band
        })
        .collect::<Vec<_>>();
    let total = score.display();
    (!bands.is_empty()).then(|| Scale {
        lowest: 0,
        highest: score.halves - 1,
        alt: copy.staging().mghs_scale_alt_text(&total),
        bands,
        end_label: Some(total),
        mark: None,
    })
}
