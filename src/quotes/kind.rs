//! What a quotation is doing, from its first words and what opens it: someone's words
//! given whole (direct), a fragment woven into the reporter's sentence (partial), or a term,
//! irony or title in quotes (scare), which is nobody's speech and gets no speaker.
//!
//! The kind is decided before the attribution is read, and decides whether it is: that is
//! why it is a step of its own.

use serde::{Deserialize, Serialize};

use super::attribution::{headline_speaker, is_cue, HEADLINE_SMALL, HEADLINE_SPEAKER_WORDS};
use super::first_words;

/// What a quotation is doing in its sentence; the report's `kind`, in lower case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A quoted sentence or more.
    Direct,
    /// A fragment woven into the reporter's sentence.
    Partial,
    /// A word or two in quotes: a term, a title, ironic use.
    Scare,
}

/// What a quotation is doing: a word or two is a term or irony; a capitalised quotation
/// that opens its sentence or follows a colon, comma or cue is direct speech; the rest is
/// a fragment woven into the reporter's sentence.
///
/// `words` are its first words, four at most; `before` and `after` the words of its sentence
/// on either side; `foreign` says the article is in a language
/// other than English, whose titles are not told by their capitals (German capitalises
/// every noun).
pub(super) fn kind(
    inner: &str,
    words: &[(usize, &str)],
    before: &str,
    after: &str,
    foreign: bool,
) -> QuoteKind {
    let capital = inner
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .starts_with(char::is_uppercase);
    let lead = before.trim_end();
    // `Ted Cruz: ‘Physically Assaulting A Reporter Is A Fireable Offense.’`: a headline's
    // quotation after a speaker and a colon is their words, however capitalised.
    if capital && lead.ends_with(':') && lead.split_whitespace().count() <= HEADLINE_SPEAKER_WORDS {
        return QuoteKind::Direct;
    }
    // `John McCain: Republican Populist Anger Appeals to ‘Bad Angels Of Our Nature.’`: a
    // quotation further on in such a headline is a fragment of the speaker's words.
    if headline_speaker(lead).is_some() {
        return if lead.ends_with(':') {
            QuoteKind::Direct
        } else {
            QuoteKind::Partial
        };
    }
    // A word or three is a term or irony, unless it is a whole sentence (“Seize the moment.”;
    // `"Ik trouw niet". Ze zei 't …`, `“Not now”. He left.`: in any language its stop may
    // stand after the closing mark, when the quotation opens the sentence and is written as
    // a sentence, not as a title, `"Barton Fink".`).
    let sentence = capital
        && (inner
            .trim_end_matches(['”', '’', '"', '\'', ','])
            .ends_with(['.', '!', '?'])
            || lead.is_empty()
                && after.starts_with(['.', '!', '?'])
                && words.iter().any(|(_, w)| w.starts_with(char::is_lowercase)));
    if words.len() <= 3 && !sentence {
        return QuoteKind::Scare;
    }
    // Segmented from the end: only its last word is read. (It is the last of the words
    // read forward, as every word here is: `unicode-segmentation` read backwards differs
    // where its two directions disagree, a word, a mid-letter and a ZWJ before an emoji:
    // `ж·\u{200D}👍`.)
    let cued = || crate::text::words::last_word(lead).is_some_and(|w| is_cue(&lead[w]));
    // A title, unless a sentence a verb of saying opens (`She declared “What a Super
    // Tuesday!”`), or, in a language other than English, more than one sentence, cried or
    // asked (`»Was?! Famose Kröte!«`, `»Mein Herr! Bitte!«`: in German every noun is
    // capitalised; an English title may cry out: `“Trumped! The Inside Story …”`).
    if title_case(inner, words) && !(sentence && (cued() || foreign && exclaims(inner))) {
        return QuoteKind::Scare;
    }
    let opens = lead.is_empty() || lead.ends_with([':', ',', '—']) || cued();
    if capital && opens {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

/// Whether `inner` holds a question or an exclamation before more words: two sentences or
/// more, spoken, not a title.
fn exclaims(inner: &str) -> bool {
    inner
        .trim_end()
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .contains(['!', '?'])
}

/// `Bosses Hail Four-Day Week Success`, `Fund Transit, Not Highways`: every word but the
/// small ones capitalised is a title, a headline or a slogan, not speech.
///
/// `first` are its first words, a few at least.
pub(super) fn title_case(inner: &str, first: &[(usize, &str)]) -> bool {
    const SMALL: &[&str] = HEADLINE_SMALL;
    let capital = |word: &str| word.starts_with(char::is_uppercase);
    let small = |n: usize, word: &str| n > 0 && SMALL.contains(&word);
    // A word neither capitalised nor small among the first few settles most quotations:
    // more words are segmented only when it does not.
    if !first
        .iter()
        .enumerate()
        .all(|(n, &(_, word))| capital(word) || small(n, word))
    {
        return false;
    }
    let mut capitalised = 0;
    for (n, &(_, word)) in first_words(inner, 13).iter().enumerate() {
        if n >= 12 {
            return false;
        }
        if capital(word) {
            capitalised += 1;
        } else if !small(n, word) {
            return false;
        }
    }
    capitalised >= 3
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::tests::quoted;

    #[test]
    fn few_words_with_an_attribution_are_speech_and_titles_are_not() {
        use QuoteKind::*;
        let text = "Asked again, Raymond Ochoa paused. “Could it? Maybe,” he said. “Will it? That depends on you.”\n\
            The tabloid headline read “Bosses Hail Four-Day Week Success,” and a sign read “Fund Transit, Not Highways.”\n\
            The episode echoed the so-called “Homes for Heroes Act of the Year” program.";
        let got = quoted(text);
        assert_eq!(
            (got[0].1, got[0].2.as_deref()),
            (Direct, Some("Raymond Ochoa"))
        );
        assert_eq!(got[1].2.as_deref(), Some("Raymond Ochoa"));
        assert_eq!((got[2].1, got[3].1, got[4].1), (Scare, Scare, Scare));
        assert_eq!(got[4].2, None);
    }

    #[test]
    fn a_few_words_in_a_sentence_told_according_to_someone_are_theirs() {
        let got = quoted(
            "According to her doctor, the senator was in “excellent” health. The hospital ward has a “Hope” sign on its door.",
        );
        assert_eq!(
            (got[0].1, got[0].2.as_deref()),
            (QuoteKind::Partial, Some("her doctor"))
        );
        assert_eq!((got[1].1, got[1].2.as_deref()), (QuoteKind::Scare, None));
        let predicted =
            quoted("Gov. Ann Ruiz is predicting she will do “very, very well” in Ohio.");
        assert_eq!(
            (predicted[0].1, predicted[0].2.as_deref()),
            (QuoteKind::Partial, Some("Ann Ruiz"))
        );
    }

    #[test]
    fn a_headline_quotation_after_its_speaker_and_a_colon_is_speech() {
        let text = "Ted Cruz: ‘Physically Assaulting A Reporter Is A Fireable Offense.’\n\
            Senator Ted Cruz spoke on Monday. The chapter is titled ‘The Art Of The Deal’ in print.";
        let got = quoted(text);
        assert_eq!(
            (got[0].1, got[0].2.as_deref()),
            (QuoteKind::Direct, Some("Ted Cruz"))
        );
        assert_eq!((got[1].1, got[1].2.as_deref()), (QuoteKind::Scare, None));
        let cheer = quoted("Hillary Clinton won five states. She declared “What a Super Tuesday!”");
        assert_eq!(
            (cheer[0].1, cheer[0].2.as_deref()),
            (QuoteKind::Direct, Some("Hillary Clinton"))
        );
    }
}
