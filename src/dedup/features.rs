//! What one article brings to a comparison of articles that no one process holds all of —
//! a distributed job (the Python package's Spark job) reads each article on its own, keeps
//! these, and joins them by key through its shuffle.
//!
//! Each piece is made here exactly as [`compare`](super::compare) makes it, so that a job
//! joining them the way `compare` does finds the same copies and the same pairs:
//!
//! - `words`: articles with the same words (`copies.rs`) share this key;
//! - `near_bands`: near copies are proposed by a band of [`NEAR_ROWS`] MinHash values in
//!   common, then checked exactly ([`near`](super::near));
//! - `bands`: other pairs are proposed by an LSH band of [`minhash::rows_for`] the
//!   threshold in common ([`minhash::band_keys`]),
//! - or by sharing sampled shingles (`sample`, held by at most [`minhash::MAX_HOLDERS`]
//!   articles each: [`minhash::contained`]);
//! - `set`: every proposed pair is then scored exactly from the two sets
//!   ([`score_sets`](super::score_sets)) and kept when it [`reaches`](super::reaches) the threshold.

use super::copies::{words_key, NEAR_ROWS};
use super::{minhash, Words};

/// One article's part in comparing articles: see the module's doc.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Features {
    /// The shingle set, sorted, each shingle once ([`Words::shingle_set`]); empty for an
    /// article of fewer than [`SHINGLE`](super::SHINGLE) words, which is compared with none.
    pub set: Vec<u64>,
    /// [`words_key`] of the article's words: the same for articles with the same words.
    pub words: u64,
    /// How many words: with `words`, the key under which articles have the same words.
    pub length: usize,
    /// The LSH band keys at the threshold ([`minhash::rows_for`]); none for an empty set.
    pub bands: Vec<u64>,
    /// The band keys that propose near copies ([`NEAR_ROWS`] values a band); none for an
    /// empty set.
    pub near_bands: Vec<u64>,
    /// The set's shingles in the containment sample ([`minhash::sampled`]).
    pub sample: Vec<u64>,
}

impl Features {
    /// The features of an article whose words (junk paragraphs left out, as the pipeline
    /// compares them) are `words`, for pairs at `threshold`.
    pub fn of(words: &Words, threshold: f64) -> Features {
        let set = words.shingle_set();
        let signature = minhash::signature(&set);
        let keys = |rows: usize| -> Vec<u64> {
            signature
                .as_ref()
                .map(|sig| minhash::band_keys(sig, rows).collect())
                .unwrap_or_default()
        };
        Features {
            words: words_key(&words.keys),
            length: words.keys.len(),
            bands: keys(minhash::rows_for(threshold)),
            near_bands: keys(NEAR_ROWS),
            sample: set
                .iter()
                .copied()
                .filter(|&h| minhash::sampled(h))
                .collect(),
            set,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    fn features(text: &str) -> Features {
        Features::of(&Words::of(&Document::new(text), true), 0.5)
    }

    #[test]
    fn a_lightly_edited_copy_shares_bands_and_a_stranger_shares_none() {
        let story = "Gen. Mark Milley said on Wednesday that he sees an opportunity for talks between the two sides now that Moscow has announced its retreat from the city. Milley thinks the front is digging in for the winter and that the battle lines will not change much over the next few months of fighting, and that the decision belongs to Kyiv alone.";
        let edited = story.replace("Wednesday", "Thursday");
        let other = "The city council voted on Tuesday to close the old harbour bridge for repairs that engineers say are overdue by a decade at least, sending traffic over the northern crossing.";
        let (a, b, c) = (features(story), features(&edited), features(other));
        assert_eq!(a.bands.len(), minhash::K / minhash::rows_for(0.5));
        assert_eq!(a.near_bands.len(), minhash::K / NEAR_ROWS);
        let shares = |x: &[u64], y: &[u64]| x.iter().zip(y).any(|(p, q)| p == q);
        assert!(shares(&a.bands, &b.bands));
        assert!(!shares(&a.bands, &c.bands));
        assert_ne!(a.words, b.words);
        assert_eq!(a.words, features(&story.to_uppercase()).words);
        assert!(a.sample.iter().all(|s| a.set.binary_search(s).is_ok()));
    }

    #[test]
    fn an_article_too_short_to_shingle_has_no_keys() {
        let f = features("Too short.");
        assert!(f.set.is_empty() && f.bands.is_empty() && f.near_bands.is_empty());
    }
}
