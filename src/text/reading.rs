//! The figures a reader expects of an article: reading time, sentence length, how hard it
//! reads, and what it is about. All are taken over the article itself — junk paragraphs
//! (menus, footers, captions) are left out — so a page's clutter does not skew them.

use crate::dedup::FastMap;

use serde::{Deserialize, Serialize};

use super::{is_stopword, Document};

/// Silent reading speed for non-fiction, words per minute (Brysbaert, 2019).
const WORDS_PER_MINUTE: f64 = 238.0;
/// How many frequent terms are reported.
const TOP_TERMS: usize = 10;

/// How an article reads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reading {
    /// Minutes at 238 words a minute, to a tenth.
    pub minutes: f64,
    /// Mean words per sentence, to a tenth.
    pub words_per_sentence: f64,
    /// Flesch Reading Ease (0 hard – 100 easy), to a tenth; `None` unless the article is
    /// mostly Latin-script words, since the formula is for English.
    pub flesch_reading_ease: Option<f64>,
    /// The most frequent content terms, lower-cased, without stopwords, most frequent first.
    pub top_terms: Vec<Term>,
}

/// One frequent term.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    pub term: String,
    pub count: usize,
}

fn tenth(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// Reading figures for `doc`, over its non-junk paragraphs.
pub fn reading(doc: &Document) -> Reading {
    let text = doc.text();
    let words = doc.in_content(doc.words());
    let sentences = doc.in_content(doc.sentences()).len();
    let mut syllables = 0;
    let mut latin = 0;
    let mut counts: FastMap<String, usize> = FastMap::default();
    for r in &words {
        let word = &text[r.clone()];
        if word.is_ascii() {
            // The same tests as below, byte by byte: ASCII letters are the only ASCII
            // alphabetic characters, and an ASCII word has no `’`.
            let bytes = word.as_bytes();
            if bytes.iter().all(|&b| b.is_ascii_alphabetic() || b == b'\'') {
                latin += 1;
                syllables += syllables_in(word);
            }
            if bytes.len() >= 3
                && bytes.iter().all(u8::is_ascii_alphabetic)
                && !not_a_term(word, &text[r.end..])
            {
                count_term(&mut counts, word);
            }
            continue;
        }
        if word
            .chars()
            .all(|c| c.is_ascii_alphabetic() || c == '\'' || c == '’')
        {
            latin += 1;
            syllables += syllables_in(word);
        }
        if word.chars().count() >= 3
            && word.chars().all(char::is_alphabetic)
            && !not_a_term(word, &text[r.end..])
        {
            count_term(&mut counts, word);
        }
    }
    let n = words.len();
    let per_sentence = n as f64 / sentences.max(1) as f64;
    let flesch = (n > 0 && latin * 10 >= n * 8)
        .then(|| tenth(206.835 - 1.015 * per_sentence - 84.6 * syllables as f64 / latin as f64));
    let mut top: Vec<Term> = counts
        .into_iter()
        .filter(|&(_, count)| count > 1)
        .map(|(term, count)| Term { term, count })
        .collect();
    crate::sort::sort_by(&mut top, |a, b| {
        b.count.cmp(&a.count).then_with(|| a.term.cmp(&b.term))
    });
    top.truncate(TOP_TERMS);
    Reading {
        minutes: tenth(n as f64 / WORDS_PER_MINUTE),
        words_per_sentence: tenth(per_sentence),
        flesch_reading_ease: flesch,
        top_terms: top,
    }
}

/// Calendar words that say when, not what: weekdays, and the abbreviations of months and
/// weekdays that are not also words (`Sat`, `Sun`, `Wed`, `Mar` and `Jan` are, and count
/// only with their full stop, as every abbreviation does).
const CALENDAR: &[&str] = &[
    "apr",
    "aug",
    "dec",
    "feb",
    "fri",
    "friday",
    "jul",
    "jun",
    "mon",
    "monday",
    "nov",
    "oct",
    "saturday",
    "sep",
    "sept",
    "sunday",
    "thu",
    "thur",
    "thurs",
    "thursday",
    "tue",
    "tues",
    "tuesday",
    "wednesday",
];

/// A word that is not a term however often it comes: a stopword, a calendar word, or an
/// abbreviation written with its full stop (`Nov.`, `Gen.`, `Inc.`). `rest` is the text
/// right after the word.
fn not_a_term(word: &str, rest: &str) -> bool {
    is_stopword(word)
        || CALENDAR.iter().any(|c| c.eq_ignore_ascii_case(word))
        || (rest.starts_with('.') && super::sentences::is_abbreviation(word))
}

/// Counts `word` in lower case, allocating only for a term not seen before.
fn count_term(counts: &mut FastMap<String, usize>, word: &str) {
    let mut buf = [0u8; 32];
    if word.is_ascii() && word.len() <= buf.len() {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        let lower = std::str::from_utf8(lower).unwrap_or_default();
        match counts.get_mut(lower) {
            Some(n) => *n += 1,
            None => {
                counts.insert(lower.to_string(), 1);
            }
        }
    } else {
        *counts.entry(word.to_lowercase()).or_default() += 1;
    }
}

/// English syllables by the usual heuristic: groups of vowels, less a silent final `e`.
/// It miscounts some words (`negotiate` gets 3), as every such heuristic does; over an
/// article the errors average out, which is all a reading-ease score needs.
fn syllables_in(word: &str) -> usize {
    let bytes = word.as_bytes();
    let vowel = |b: u8| {
        matches!(
            b.to_ascii_lowercase(),
            b'a' | b'e' | b'i' | b'o' | b'u' | b'y'
        )
    };
    let mut groups = 0;
    let mut previous = false;
    for &b in bytes {
        let v = vowel(b);
        if v && !previous {
            groups += 1;
        }
        previous = v;
    }
    let lower_at = |back: usize| {
        bytes
            .len()
            .checked_sub(back)
            .map(|i| bytes[i].to_ascii_lowercase())
    };
    let silent_e = lower_at(1) == Some(b'e') && lower_at(2) != Some(b'l') && groups > 1;
    (groups - usize::from(silent_e)).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_by_ear() {
        for (word, n) in [
            ("the", 1),
            ("peace", 1),
            ("Milley", 2),
            ("nation", 2),
            ("table", 2),
            ("opportunity", 5),
        ] {
            assert_eq!(syllables_in(word), n, "{word}");
        }
    }

    #[test]
    fn calendar_words_and_abbreviations_are_not_terms() {
        let text = "On Nov. 7 Gen. Milley spoke. On Nov. 10 Gen. Milley spoke again, Tuesday. \
                    By Tuesday Milley had spoken at Acme Inc. and Acme Inc. agreed, Nov 12. \
                    The sun rose on Sun. The sun set.";
        let terms: Vec<String> = reading(&Document::new(text))
            .top_terms
            .into_iter()
            .map(|t| t.term)
            .collect();
        assert_eq!(terms, ["milley", "acme", "spoke", "sun"]);
        assert!(not_a_term("Nov", "") && not_a_term("Sun", ". ") && !not_a_term("sun", " "));
    }

    #[test]
    fn figures_leave_junk_out() {
        let text = "Peace talks\nThe talks on peace may start soon. Peace is hard to reach.\nContinue reading\nLeave a Reply";
        let r = reading(&Document::new(text));
        // Headline (2 words) and the two sentences (12 words) count; the junk does not.
        assert_eq!(r.words_per_sentence, tenth(14.0 / 3.0));
        assert_eq!(
            r.top_terms,
            [
                Term {
                    term: "peace".into(),
                    count: 3
                },
                Term {
                    term: "talks".into(),
                    count: 2
                }
            ]
        );
        assert!(r.flesch_reading_ease.is_some_and(|f| f > 60.0), "{r:?}");
        assert_eq!(r.minutes, 0.1);
    }

    #[test]
    fn no_reading_ease_for_other_scripts() {
        let r = reading(&Document::new("今天天气很好。我们去公园吧！"));
        assert_eq!(r.flesch_reading_ease, None);
        assert_eq!(reading(&Document::new("")).words_per_sentence, 0.0);
    }
}
