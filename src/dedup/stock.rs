//! Stock phrases: what unrelated news shares without anyone copying anyone.
//!
//! Wire style puts the same words in every newsroom's copy: "did not immediately respond to
//! a request for comment", "the White House said in a statement", "spoke on condition of
//! anonymity". Two articles on different stories both carrying one are not a copy, and a
//! reader shown it underlined as a shared passage, or an article "2% also in" another for
//! it, is misled. The phrases are each language's ([`crate::lang::Lexicon::stock`]); a
//! shared passage is stock when it holds one and few words besides ([`OWN_WORDS`]), so a
//! copied sentence that happens to contain one is still a copied sentence.

use std::sync::LazyLock;

use crate::lang::Lang;
use crate::text::keys::word_key;

/// Words of its own a shared passage needs, besides its stock phrases, to be copying: the
/// speaker and the day around "said in a statement" are fewer.
const OWN_WORDS: usize = 8;

/// Every language's stock phrases, as the word keys shingles are made of; and the longest's
/// length.
static PHRASES: LazyLock<(Vec<Vec<u64>>, usize)> = LazyLock::new(|| {
    let mut phrases = Vec::new();
    let mut longest = 0;
    for lang in Lang::ALL {
        for p in lang.lexicon().stock {
            let keys: Vec<u64> = p.split(' ').map(word_key).collect();
            longest = longest.max(keys.len());
            phrases.push(keys);
        }
    }
    (phrases, longest)
});

/// Whether the shared passage of words `keys` is stock phrases and a few words around them.
pub(super) fn is_stock(keys: &[u64]) -> bool {
    let (phrases, longest) = &*PHRASES;
    if keys.len() >= longest * 2 + OWN_WORDS {
        return false;
    }
    let mut covered = vec![false; keys.len()];
    for i in 0..keys.len() {
        for phrase in phrases {
            if keys[i..].starts_with(phrase) {
                covered[i..i + phrase.len()].fill(true);
            }
        }
    }
    let stock = covered.iter().filter(|&&c| c).count();
    stock > 0 && keys.len() - stock < OWN_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dedup::{pairs, Words};
    use crate::text::Document;

    fn keys(text: &str) -> Vec<u64> {
        text.split_whitespace().map(word_key).collect()
    }

    #[test]
    fn stock_phrases_and_their_speaker_are_stock_a_copied_sentence_is_not() {
        assert!(is_stock(&keys(
            "The White House said in a statement on Tuesday that"
        )));
        assert!(is_stock(&keys(
            "A spokesperson for the company did not immediately respond to a request for comment"
        )));
        assert!(is_stock(&keys(
            "Der Sprecher sagte in einer Erklärung am Dienstag"
        )));
        assert!(!is_stock(&keys(
            "The White House said in a statement on Tuesday that it would not send negotiators to Geneva this month"
        )));
        assert!(!is_stock(&keys("talks in the capital went on for hours")));
    }

    /// Three reports on unrelated stories from one wire style, and a copy of one of them.
    #[test]
    fn unrelated_news_sharing_stock_phrases_is_no_pair_and_a_copy_still_is() {
        let a =
            "The city council approved the new school budget late on Monday after a long debate. \
                 The mayor’s office did not immediately respond to a request for comment. \
                 The White House said in a statement on Tuesday that it was watching the vote.";
        let b = "Floods closed three highways in the north of the state over the weekend. \
                 The transport agency did not immediately respond to a request for comment. \
                 The White House said in a statement on Tuesday that it would send help.";
        let c = format!("{a} Our own reporter adds that the vote was close.");
        let words: Vec<Words> = [a, b, &c]
            .iter()
            .map(|t| Words::of(&Document::new(t), true))
            .collect();
        let got = pairs(&words, 0.5);
        assert!(!got.iter().any(|p| (p.a, p.b) == (0, 1)), "{got:?}");
        let copy = got.iter().find(|p| (p.a, p.b) == (0, 2)).expect("the copy");
        assert!(copy.containment[0] > 0.9, "{copy:?}");
        // The copy's passage holds the stock phrases too: it is one whole passage.
        assert_eq!(copy.passages.len(), 1, "{copy:?}");
    }
}
