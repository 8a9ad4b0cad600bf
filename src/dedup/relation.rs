//! What one article is to another, from how much of each the other holds: the one rule
//! behind a pair's verdict ("contains 85% of A: likely a repost"), a lineage's words ("B
//! republishes A in full", "D and E are identical") and the copies grouped before any pair
//! is compared, so that no two of them can disagree about the same two texts.
//!
//! Shares are judged in whole percent, as they are printed: an article said to contain 80%
//! of another is always a repost.

use serde::{Deserialize, Serialize};

/// Each holds this much of the other, or more: the same article.
pub const IDENTICAL: u32 = 98;
/// One holds this much of the other, or more: all of it, give or take a line.
pub const WHOLE: u32 = 90;
/// One holds this much of the other, or more, or is this much the other's text: a copy.
pub const COPY: u32 = 80;
/// Passages taken over.
pub const REUSE: u32 = 30;
/// The same topic, or a quotation both give at length.
pub const TOPIC: u32 = 10;

/// A share (0 to 1) in whole percent.
pub fn percent(share: f64) -> u32 {
    // No float formatting code in the wasm: the rounding is all there is.
    (share * 100.0).round() as u32
}

/// What article C is to article A, from the share of A found in C (`share`) and of C found
/// in A (`back`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    /// Each holds (nearly) all of the other.
    Identical,
    /// C holds (nearly) all of A, and more.
    Whole,
    /// C is mostly A's text, but only part of it.
    Part,
    /// C holds most of A, and much of its own.
    Most,
    /// C takes passages of A, or less.
    Quotes,
}

impl Relation {
    pub fn of(share: f64, back: f64) -> Relation {
        let (share, back) = (percent(share), percent(back));
        if share >= IDENTICAL && back >= IDENTICAL {
            Relation::Identical
        } else if share >= WHOLE {
            Relation::Whole
        } else if back >= COPY {
            Relation::Part
        } else if share >= COPY {
            Relation::Most
        } else {
            Relation::Quotes
        }
    }

    /// Whether C is a copy of A: all of A, most of it, or mostly A's text.
    pub fn is_copy(self) -> bool {
        self != Relation::Quotes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_is_a_copy_whichever_way_it_is_read() {
        for (share, back, expected) in [
            (1.0, 1.0, Relation::Identical),
            (0.975, 0.99, Relation::Identical),
            (1.0, 0.5, Relation::Whole),
            (0.895, 0.2, Relation::Whole),
            (0.85, 0.2, Relation::Most),
            (0.85, 1.0, Relation::Part),
            (0.5, 0.85, Relation::Part),
            (0.4, 0.3, Relation::Quotes),
        ] {
            let got = Relation::of(share, back);
            assert_eq!(got, expected, "{share} {back}");
            // A copy one way is a copy read from the other side too.
            assert_eq!(
                got.is_copy(),
                Relation::of(back, share).is_copy(),
                "{share} {back}"
            );
            assert_eq!(got.is_copy(), percent(share.max(back)) >= COPY);
        }
    }
}
