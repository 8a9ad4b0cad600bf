//! The figures a reader expects of an article: reading time, sentence length, how hard it
//! reads, and what it is about. All are taken over the article itself — junk paragraphs
//! (menus, footers, captions) are left out — so a page's clutter does not skew them.

use crate::util::FastMap;

use serde::{Deserialize, Serialize};

use super::stopwords::{ascii_key, is_stopword, listed, packed};
use super::Document;

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
    /// Flesch's own reading of the score, `None` with it.
    pub ease: Option<Ease>,
    /// The most frequent content terms, lower-cased, without stopwords, most frequent first.
    pub top_terms: Vec<Term>,
}

/// Flesch's bands of reading ease, as he described them: 60–70 is plain English, below 30
/// reads like an academic paper. (His 90–100 "very easy" and 70–80 "fairly easy" are folded
/// into `easy`, and 0–30 "very difficult" is `very_hard`: news copy seldom leaves 30–70.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ease {
    /// 80 and over.
    Easy,
    /// 60 to 80.
    Plain,
    /// 50 to 60.
    FairlyHard,
    /// 30 to 50.
    Hard,
    /// Under 30.
    VeryHard,
}

impl Ease {
    fn of(score: f64) -> Ease {
        match score {
            s if s >= 80.0 => Ease::Easy,
            s if s >= 60.0 => Ease::Plain,
            s if s >= 50.0 => Ease::FairlyHard,
            s if s >= 30.0 => Ease::Hard,
            _ => Ease::VeryHard,
        }
    }
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
    let mut counts = Counts::with_capacity(words.len());
    for r in &words {
        let word = &text[r.clone()];
        let rest = &text[r.end..];
        if word.is_ascii() {
            // The same tests as below, byte by byte: ASCII letters are the only ASCII
            // alphabetic characters, and an ASCII word has no `’`. For the usual word,
            // all letters, one pass settles both.
            let bytes = word.as_bytes();
            let letters = bytes.iter().all(u8::is_ascii_alphabetic);
            if letters || bytes.iter().all(|&b| b.is_ascii_alphabetic() || b == b'\'') {
                latin += 1;
                syllables += syllables_in(word);
            }
            if letters && bytes.len() >= 3 {
                // Lower-cased and packed once, for the lists and the count alike.
                let key = ascii_key(word);
                if !not_a_term(word, key, rest) {
                    counts.add(word, key);
                }
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
            && !not_a_term(word, None, rest)
        {
            counts.add(word, None);
        }
    }
    let n = words.len();
    let per_sentence = n as f64 / sentences.max(1) as f64;
    let flesch = (n > 0 && latin * 10 >= n * 8)
        .then(|| tenth(206.835 - 1.015 * per_sentence - 84.6 * syllables as f64 / latin as f64));
    let mut top = counts.repeated();
    crate::util::sort::sort_by(&mut top, |a, b| {
        b.count.cmp(&a.count).then_with(|| a.term.cmp(&b.term))
    });
    top.truncate(TOP_TERMS);
    Reading {
        minutes: tenth(n as f64 / WORDS_PER_MINUTE),
        words_per_sentence: tenth(per_sentence),
        flesch_reading_ease: flesch,
        ease: flesch.map(Ease::of),
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

/// [`CALENDAR`] packed as the stopwords are, in the same (sorted) order, for a binary search.
static CALENDAR_KEYS: [u128; CALENDAR.len()] = packed(CALENDAR);

/// A word that is not a term however often it comes: a stopword, a calendar word, or an
/// abbreviation written with its full stop (`Nov.`, `Gen.`, `Inc.`). `key` is the word's
/// [`ascii_key`], `rest` the text right after the word.
fn not_a_term(word: &str, key: Option<u128>, rest: &str) -> bool {
    let listed = match key {
        // Nearly every word: already lower-cased and packed, looked up in both lists.
        Some(key) => listed(key) || CALENDAR_KEYS.binary_search(&key).is_ok(),
        // Longer, or beyond ASCII: no calendar word (they are short ASCII), maybe a
        // stopword (`it’s`).
        None => is_stopword(word),
    };
    listed || (rest.starts_with('.') && super::sentences::is_abbreviation(word))
}

/// Terms counted in lower case. The common term, short and ASCII, is held by its
/// [`ascii_key`]: no allocation, no UTF-8 check and a cheap hash. Any other is held as
/// text. A term is held one way only: by its key whenever its lower case has one.
struct Counts {
    short: FastMap<u128, usize>,
    long: FastMap<String, usize>,
}

impl Counts {
    /// Room for the terms of `words` words without growing the map as it fills, up to an
    /// article's length: a news article has about one distinct term for every four words.
    fn with_capacity(words: usize) -> Self {
        Counts {
            short: FastMap::with_capacity_and_hasher((words / 4).min(1024), Default::default()),
            long: FastMap::default(),
        }
    }

    /// Counts `word`, whose [`ascii_key`] is `key`.
    fn add(&mut self, word: &str, key: Option<u128>) {
        if let Some(key) = key {
            *self.short.entry(key).or_default() += 1;
            return;
        }
        let lower = word.to_lowercase();
        match ascii_key(&lower) {
            // Lower-cased into short ASCII (U+212A KELVIN SIGN lower-cases to `k`).
            Some(key) => *self.short.entry(key).or_default() += 1,
            None => *self.long.entry(lower).or_default() += 1,
        }
    }

    /// The terms counted more than once, in no particular order.
    fn repeated(self) -> Vec<Term> {
        let short = self.short.into_iter().filter(|&(_, count)| count > 1);
        let long = self.long.into_iter().filter(|&(_, count)| count > 1);
        short
            .map(|(key, count)| (unpack(key), count))
            .chain(long)
            .map(|(term, count)| Term { term, count })
            .collect()
    }
}

/// The text of an [`ascii_key`]: its bytes up to the zero padding.
fn unpack(key: u128) -> String {
    let len = 16 - key.trailing_zeros() as usize / 8;
    key.to_be_bytes()[..len]
        .iter()
        .map(|&b| char::from(b))
        .collect()
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
        let not_a_term = |word, rest| not_a_term(word, ascii_key(word), rest);
        assert!(not_a_term("Nov", "") && not_a_term("Sun", ". ") && !not_a_term("sun", " "));
        assert!(not_a_term("WEDNESDAY", "") && not_a_term("The", "") && !not_a_term("Wed", ""));
        // The binary search needs the packed list in order, as the words are.
        assert!(CALENDAR.windows(2).all(|w| w[0] < w[1]));
        assert!(CALENDAR_KEYS.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(ascii_key("Milley").map(unpack).as_deref(), Some("milley"));
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
        assert!(matches!(r.ease, Some(Ease::Plain | Ease::Easy)), "{r:?}");
        assert_eq!(r.minutes, 0.1);
    }

    #[test]
    fn ease_is_read_in_flesch_bands_from_their_lower_bounds() {
        for (score, ease) in [
            (100.0, Ease::Easy),
            (80.0, Ease::Easy),
            (79.9, Ease::Plain),
            (60.0, Ease::Plain),
            (59.9, Ease::FairlyHard),
            (50.0, Ease::FairlyHard),
            (49.9, Ease::Hard),
            (30.0, Ease::Hard),
            (29.9, Ease::VeryHard),
            (-20.0, Ease::VeryHard),
        ] {
            assert_eq!(Ease::of(score), ease, "{score}");
        }
        let academic = "Notwithstanding considerable methodological heterogeneity, \
            contemporaneous epidemiological investigations substantively corroborate \
            the hypothesised association.";
        let r = reading(&Document::new(academic));
        assert_eq!(r.ease, Some(Ease::VeryHard), "{r:?}");
    }

    #[test]
    fn no_reading_ease_for_other_scripts() {
        let r = reading(&Document::new("今天天气很好。我们去公园吧！"));
        assert_eq!(r.flesch_reading_ease, None);
        assert_eq!(r.ease, None);
        assert_eq!(reading(&Document::new("")).words_per_sentence, 0.0);
    }
}
