//! English: the words of saying a quotation is attributed with, and the small words around
//! them.

use super::Lexicon;
use crate::util::packed::{ascii_key, packed};

/// Verbs that attribute a quotation, past, present and `-ing` forms, sorted (looked up by
/// binary search, case ignored).
pub(super) const CUES: &[&str] = &[
    "acknowledged",
    "added",
    "adding",
    "adds",
    "admitted",
    "advised",
    "affirmed",
    "agreed",
    "alleged",
    "announced",
    "answered",
    "argued",
    "argues",
    "arguing",
    "asked",
    "asking",
    "asks",
    "asserted",
    "assured",
    "believes",
    "boasted",
    "bragged",
    "called",
    "calling",
    "cautioned",
    "charged",
    "claimed",
    "claiming",
    "claims",
    "commented",
    "complained",
    "conceded",
    "concluded",
    "confirmed",
    "contended",
    "continued",
    "countered",
    "cried",
    "declared",
    "declaring",
    "demanded",
    "described",
    "emailed",
    "emphasized",
    "exclaimed",
    "explained",
    "explaining",
    "explains",
    "insisted",
    "insisting",
    "insists",
    "joked",
    "lamented",
    "maintained",
    "mused",
    "noted",
    "notes",
    "noting",
    "observed",
    "pleaded",
    "pledged",
    "predicted",
    "proclaimed",
    "promised",
    "protested",
    "quipped",
    "recalled",
    "recalls",
    "reiterated",
    "remarked",
    "remembered",
    "replied",
    "responded",
    "retorted",
    "said",
    "say",
    "saying",
    "says",
    "shouted",
    "stated",
    "states",
    "stressed",
    "suggested",
    "telling",
    "tells",
    "testified",
    "texted",
    "thinks",
    "told",
    "tweeted",
    "tweeting",
    "urged",
    "vowed",
    "warned",
    "warning",
    "warns",
    "writes",
    "writing",
    "wrote",
];

/// Whether `word` is an English verb of saying, in any case.
pub(super) fn is_cue(word: &str) -> bool {
    // [`CUES`] packed as the stopword list is (they are lower-case ASCII), in the same
    // order. Called for most words near a quotation: a binary search of numbers, not a scan
    // of a hundred strings.
    const KEYS: [u128; CUES.len()] = packed(CUES);
    ascii_key(word).is_some_and(|key| KEYS.binary_search(&key).is_ok())
}

pub(super) const LEXICON: Lexicon = Lexicon {
    cues: CUES,
    according: &["according"],
    auxiliaries: &[
        "also",
        "earlier",
        "had",
        "has",
        "have",
        "is",
        "later",
        "once",
        "previously",
        "then",
        "was",
        "were",
        "will",
        "would",
    ],
    he: &["he", "him"],
    she: &["her", "she"],
};

#[cfg(test)]
mod tests {
    #[test]
    fn cue_verbs_are_found_as_a_scan_would_find_them() {
        // The binary search needs the list in order.
        assert!(super::CUES.windows(2).all(|w| w[0] < w[1]));
        let words = [
            "said",
            "Said",
            "SAID",
            "says",
            "say",
            "sai",
            "saidd",
            "wrote",
            "writes",
            "write",
            "acknowledged",
            "acknowledgedd",
            "told",
            "tolds",
            "saİd",
            "sa’id",
            "say\0",
            "\0said",
            "",
            "a",
            "extraordinarily",
            "ACKNOWLEDGED",
            "urged",
            "vowed",
            "warned",
            "zz",
        ];
        for word in words.iter().copied().chain(super::CUES.iter().copied()) {
            let scan = super::CUES.iter().any(|c| c.eq_ignore_ascii_case(word));
            assert_eq!(super::is_cue(word), scan, "{word:?}");
        }
    }
}
