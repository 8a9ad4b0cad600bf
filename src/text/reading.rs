//! The figures a reader expects of an article: reading time, sentence length, how hard it
//! reads, and what it is about. All are taken over the article itself — junk paragraphs
//! (menus, footers, captions) are left out — so a page's clutter does not skew them.
//! Reading ease and the terms depend on the article's language: each language has its own
//! adaptation of Flesch's formula, and its own function words to leave out of the terms.

use crate::util::{lower, FastMap};

use serde::{Deserialize, Serialize};

use crate::lang::{self, Lang, Lexicon};

use super::stopwords::{ascii_key, is_stopword, listed, packed};
use super::{syllables, Document};
use crate::util::packed::sorted;

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
    /// Flesch Reading Ease (0 hard – 100 easy), to a tenth, or its adaptation to the
    /// article's language (see `formula`); `None` when the language is not known, or the
    /// article is not mostly words of the Latin script.
    pub flesch_reading_ease: Option<f64>,
    /// Flesch's own reading of the score, `None` with it.
    pub ease: Option<Ease>,
    /// The formula the score comes from, `None` with it.
    pub formula: Option<Formula>,
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

/// A reading-ease formula: Flesch's for English, and for each other language the adaptation
/// made for it, each fitted so that its scores read in Flesch's bands ([`Ease`]). ASL is the
/// mean words per sentence, ASW the mean syllables per word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Formula {
    /// English, Flesch (1948): 206.835 − 1.015 ASL − 84.6 ASW.
    Flesch,
    /// German, Amstad (1978): 180 − ASL − 58.5 ASW.
    Amstad,
    /// French, Kandel and Moles (1958): 207 − 1.015 ASL − 73.6 ASW.
    KandelMoles,
    /// Spanish, Fernández Huerta (1959): 206.84 − 0.60 × syllables per 100 words − 1.02 ASL.
    /// Often quoted with sentences per 100 words in place of ASL, which would score short
    /// sentences as hard: Law (2011) showed that to be a misprint, and this is his reading.
    FernandezHuerta,
    /// Italian, Flesch–Vacca (1972): 217 − 1.3 ASL − 0.6 × syllables per 100 words.
    FleschVacca,
    /// Dutch, Douma (1960): 206.835 − 0.93 ASL − 77 ASW.
    Douma,
    /// Portuguese, Martins et al. (1996): 248.835 − 1.015 ASL − 84.6 ASW.
    Martins,
}

impl Formula {
    /// The formula made for `lang`.
    pub fn of(lang: Lang) -> Formula {
        match lang {
            Lang::En => Formula::Flesch,
            Lang::De => Formula::Amstad,
            Lang::Fr => Formula::KandelMoles,
            Lang::Es => Formula::FernandezHuerta,
            Lang::It => Formula::FleschVacca,
            Lang::Nl => Formula::Douma,
            Lang::Pt => Formula::Martins,
        }
    }

    /// The score for `asl` words per sentence and `syllables` over `words` words.
    fn score(self, asl: f64, syllables: usize, words: usize) -> f64 {
        let (syllables, words) = (syllables as f64, words as f64);
        let per_100 = 100.0 * syllables / words;
        match self {
            // Written as it always was, so that English scores stay the same to the bit.
            Formula::Flesch => 206.835 - 1.015 * asl - 84.6 * syllables / words,
            Formula::Amstad => 180.0 - asl - 58.5 * syllables / words,
            Formula::KandelMoles => 207.0 - 1.015 * asl - 73.6 * syllables / words,
            Formula::FernandezHuerta => 206.84 - 0.60 * per_100 - 1.02 * asl,
            Formula::FleschVacca => 217.0 - 1.3 * asl - 0.6 * per_100,
            Formula::Douma => 206.835 - 0.93 * asl - 77.0 * syllables / words,
            Formula::Martins => 248.835 - 1.015 * asl - 84.6 * syllables / words,
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

/// Reading figures for `doc`, written in `language` (`None`: not known), over its non-junk
/// paragraphs.
pub fn reading(doc: &Document, language: Option<Lang>) -> Reading {
    let text = doc.text();
    let words = doc.in_content(doc.words());
    let sentences = doc.in_content(doc.sentences()).len();
    // The terms leave out English's function words and calendar words, as they always did,
    // unless the article is in another language Verbatim knows: then that one's.
    let other = Lang::foreign(language);
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
                syllables += language.map_or(0, |l| syllables::count(word, l));
            }
            if letters && bytes.len() >= 3 {
                // Lower-cased and packed once, for the lists and the count alike.
                let key = ascii_key(word);
                if !not_a_term(word, key, rest, other) {
                    counts.add(word, key);
                }
            }
            continue;
        }
        // English's formula counts words of ASCII letters alone, as it always did; the
        // others, words of any letters of the Latin script (`für`, `négociation`).
        let letter = |c: char| match other {
            None => c.is_ascii_alphabetic(),
            Some(_) => c.is_alphabetic() && lang::is_latin(c),
        };
        if word.chars().all(|c| letter(c) || c == '\'' || c == '’') {
            latin += 1;
            syllables += language.map_or(0, |l| syllables::count(word, l));
        }
        if word.chars().count() >= 3
            && word.chars().all(char::is_alphabetic)
            && !not_a_term(word, None, rest, other)
        {
            counts.add(word, None);
        }
    }
    let n = words.len();
    let per_sentence = n as f64 / sentences.max(1) as f64;
    let formula = language
        .map(Formula::of)
        .filter(|_| n > 0 && latin * 10 >= n * 8);
    let score = formula.map(|f| tenth(f.score(per_sentence, syllables, latin)));
    let mut top = counts.repeated();
    crate::util::sort::sort_by(&mut top, |a, b| {
        b.count.cmp(&a.count).then_with(|| a.term.cmp(&b.term))
    });
    top.truncate(TOP_TERMS);
    Reading {
        minutes: tenth(n as f64 / WORDS_PER_MINUTE),
        words_per_sentence: tenth(per_sentence),
        flesch_reading_ease: score,
        ease: score.map(Ease::of),
        formula,
        top_terms: top,
    }
}

/// Calendar words that say when, not what: weekdays, and the abbreviations of months and
/// weekdays that are not also words ([`lang::en::CALENDAR_SHORT`]: `Sat`, `Sun`, `Wed`, `Mar`
/// and `Jan` are, and count only with their full stop, as every abbreviation does).
const CALENDAR: [&str; lang::en::WEEKDAYS.count() + lang::en::CALENDAR_SHORT.count()] =
    lang::words_of(&[lang::en::WEEKDAYS, lang::en::CALENDAR_SHORT]);

/// [`CALENDAR`] packed as the stopwords are, and sorted, for a binary search.
static CALENDAR_KEYS: [u128; CALENDAR.len()] = sorted(packed(&CALENDAR));

/// A word that is not a term however often it comes: a function word (of `other`, the
/// article's language when it is not English; English's otherwise), an English calendar
/// word, or an abbreviation written with its full stop (`Nov.`, `Gen.`, `Inc.`). `key` is
/// the word's [`ascii_key`], `rest` the text right after the word.
fn not_a_term(word: &str, key: Option<u128>, rest: &str, other: Option<&Lexicon>) -> bool {
    if let Some(lexicon) = other {
        return lexicon.is_function_word(word)
            || (rest.starts_with('.') && super::sentences::is_abbreviation(word));
    }
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
///
/// `long` counts in the second of its values, the first left empty: the map type of
/// text::names' people, so that the page carries no map of text to counts of its own (its
/// table's code was some 1.2 KB of the WebAssembly module, before compression).
struct Counts {
    short: FastMap<u128, usize>,
    long: FastMap<String, (Vec<String>, usize)>,
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
        let lower = lower(word);
        match ascii_key(&lower) {
            // Lower-cased into short ASCII (U+212A KELVIN SIGN lower-cases to `k`).
            Some(key) => *self.short.entry(key).or_default() += 1,
            None => self.long.entry(lower).or_default().1 += 1,
        }
    }

    /// The terms counted more than once, in no particular order.
    fn repeated(self) -> Vec<Term> {
        let short = self.short.into_iter().filter(|&(_, count)| count > 1);
        let long = self.long.into_iter().filter(|(_, (_, count))| *count > 1);
        short
            .map(|(key, count)| (unpack(key), count))
            .chain(long.map(|(term, (_, count))| (term, count)))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn reading_en(doc: &Document) -> Reading {
        reading(doc, Some(Lang::En))
    }

    #[test]
    fn calendar_words_and_abbreviations_are_not_terms() {
        let text = "On Nov. 7 Gen. Milley spoke. On Nov. 10 Gen. Milley spoke again, Tuesday. \
                    By Tuesday Milley had spoken at Acme Inc. and Acme Inc. agreed, Nov 12. \
                    The sun rose on Sun. The sun set.";
        let terms: Vec<String> = reading_en(&Document::new(text))
            .top_terms
            .into_iter()
            .map(|t| t.term)
            .collect();
        assert_eq!(terms, ["milley", "acme", "spoke", "sun"]);
        let not_a_term = |word, rest| not_a_term(word, ascii_key(word), rest, None);
        assert!(not_a_term("Nov", "") && not_a_term("Sun", ". ") && !not_a_term("sun", " "));
        assert!(not_a_term("WEDNESDAY", "") && not_a_term("The", "") && !not_a_term("Wed", ""));
        // The binary search needs the packed list in order.
        assert!(CALENDAR_KEYS.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(ascii_key("Milley").map(unpack).as_deref(), Some("milley"));
    }

    #[test]
    fn figures_leave_junk_out() {
        let text = "Peace talks\nThe talks on peace may start soon. Peace is hard to reach.\nContinue reading\nLeave a Reply";
        let r = reading_en(&Document::new(text));
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
        let r = reading_en(&Document::new(academic));
        assert_eq!(r.ease, Some(Ease::VeryHard), "{r:?}");
    }

    #[test]
    fn an_unknown_language_has_no_score_and_english_terms() {
        let doc = Document::new("The talks on peace may start soon. Peace is hard to reach.");
        let (unknown, english) = (reading(&doc, None), reading_en(&doc));
        assert_eq!(unknown.flesch_reading_ease, None);
        assert_eq!((unknown.ease, unknown.formula), (None, None));
        assert_eq!(english.formula, Some(Formula::Flesch));
        assert_eq!(unknown.top_terms, english.top_terms);
    }

    #[test]
    fn another_language_leaves_its_own_function_words_out() {
        // `die` and `war` are German function words, and English content words.
        let doc = Document::new("Die Armee war bereit. Die Armee war müde, und die Armee schwieg.");
        let terms = |r: Reading| r.top_terms.into_iter().map(|t| t.term).collect::<Vec<_>>();
        assert_eq!(terms(reading(&doc, Some(Lang::De))), ["armee"]);
        assert_eq!(terms(reading_en(&doc)), ["armee", "die", "war"]);
        assert_eq!(reading(&doc, Some(Lang::De)).formula, Some(Formula::Amstad));
    }

    #[test]
    fn no_reading_ease_for_other_scripts() {
        let r = reading_en(&Document::new("今天天气很好。我们去公园吧！"));
        assert_eq!(r.flesch_reading_ease, None);
        assert_eq!(r.ease, None);
        assert_eq!(reading_en(&Document::new("")).words_per_sentence, 0.0);
    }
}
