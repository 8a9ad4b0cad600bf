//! The languages Verbatim reads, what it knows of each one's words, and which one an
//! article is written in.
//!
//! Readers paste articles in German, French, Spanish, Italian, Portuguese and Dutch as well
//! as English, and many rules hang on a language's words: which words are too common to be
//! an article's topic, which verb attributes a quotation, which title goes before a name.
//! Each language has one [`Lexicon`], in its own file, and the layers above ask
//! [`Lang::lexicon`] for a list instead of keeping their own, so a word list is written once
//! and adding a language is adding a file. [`detect`] says which language a text is in,
//! from the same lists.
//!
//! This module knows nothing of the layers above it (`text`, `quotes`, `dedup`, `report`):
//! it works on plain `&str`.

mod de;
mod detect;
pub(crate) mod en;
mod es;
mod fr;
mod it;
mod nl;
mod pt;

pub use detect::detect;

use serde::{Deserialize, Serialize};

/// A language Verbatim has a [`Lexicon`] for. Serialised as its ISO 639-1 code, `"en"`,
/// `"de"`, … (see [`Lang::code`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    De,
    Fr,
    Es,
    It,
    Pt,
    Nl,
}

impl Lang {
    /// Every language, in the order of the enum (`ALL[l as usize] == l`).
    pub const ALL: [Lang; 7] = [
        Lang::En,
        Lang::De,
        Lang::Fr,
        Lang::Es,
        Lang::It,
        Lang::Pt,
        Lang::Nl,
    ];

    /// The ISO 639-1 code: `"en"`, `"de"`, `"fr"`, `"es"`, `"it"`, `"pt"`, `"nl"`.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Pt => "pt",
            Lang::Nl => "nl",
        }
    }

    /// What Verbatim knows of the language's words.
    pub fn lexicon(self) -> &'static Lexicon {
        match self {
            Lang::En => &en::LEXICON,
            Lang::De => &de::LEXICON,
            Lang::Fr => &fr::LEXICON,
            Lang::Es => &es::LEXICON,
            Lang::It => &it::LEXICON,
            Lang::Pt => &pt::LEXICON,
            Lang::Nl => &nl::LEXICON,
        }
    }
}

/// Whether `c` is a letter of the Latin script, the one all these languages are written in:
/// Basic Latin, Latin-1, Latin Extended-A and -B, and Latin Extended Additional.
pub fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}') && c.is_alphabetic()
}

/// Each language's function words, in the order of [`Lang::ALL`]: what tables built at
/// compile time (see `detect`) read, since a `const` cannot call [`Lang::lexicon`]. Code
/// that runs asks [`Lang::lexicon`] instead: the lists are then in the module once.
static FUNCTION_WORDS: [&[&str]; 7] = [
    en::FUNCTION_WORDS,
    de::FUNCTION_WORDS,
    fr::FUNCTION_WORDS,
    es::FUNCTION_WORDS,
    it::FUNCTION_WORDS,
    pt::FUNCTION_WORDS,
    nl::FUNCTION_WORDS,
];

/// What Verbatim knows of one language's words: one static value per language, in the
/// language's file (`en.rs`, `de.rs`, …).
///
/// Every list is lower-case, written with `’` for an apostrophe, and sorted by
/// `str`'s order, so that it can be searched with `binary_search` on a word
/// folded the same way (lower-case, `’` for every apostrophe); the tests check this for every list of every language. To add
/// a kind of word (cue verbs, titles, pronouns with their gender, abbreviations), add a
/// field here, fill it in each language's file (an empty list where a language has none
/// yet), and add it to the tests' list of lists.
#[derive(Debug)]
pub struct Lexicon {
    /// Articles, pronouns, prepositions, conjunctions, auxiliaries and the commonest
    /// adverbs: the words that make up half of any running text and say nothing of its
    /// topic. A couple of hundred at most.
    pub function_words: &'static [&'static str],
}

impl Lexicon {
    /// Whether `word`, in any case and with `'` or `’`, is one of [`Lexicon::function_words`].
    pub fn is_function_word(&self, word: &str) -> bool {
        Folded::of(word)
            .bytes()
            .is_some_and(|w| listed(self.function_words, w))
    }
}

/// Whether `list`, sorted, holds the [`Folded`] word `word`. (`str` orders as its bytes do.)
fn listed(list: &[&str], word: &[u8]) -> bool {
    list.binary_search_by(|w| w.as_bytes().cmp(word)).is_ok()
}

/// A word as the lists write their words: lower-case, every apostrophe (`'`, `’`, `ʼ`) as
/// `’`. Held in a small buffer, longer than any listed word (the tests check): a word that
/// does not fit is in no list.
pub(crate) struct Folded {
    buf: [u8; FOLDED],
    len: usize,
    /// Where the first `’` is, if any.
    apostrophe: Option<usize>,
    overflow: bool,
}

/// Bytes a [`Folded`] word may take.
const FOLDED: usize = 24;

impl Folded {
    pub(crate) const fn new() -> Self {
        Folded {
            buf: [0; FOLDED],
            len: 0,
            apostrophe: None,
            overflow: false,
        }
    }

    pub(crate) fn of(word: &str) -> Self {
        let mut folded = Folded::new();
        word.chars().for_each(|c| folded.push(c));
        folded
    }

    /// Adds `c`, folded.
    pub(crate) fn push(&mut self, c: char) {
        match c {
            'A'..='Z' | 'a'..='z' => self.push_ascii_letter(c as u8),
            '\'' | '’' | 'ʼ' => {
                self.apostrophe.get_or_insert(self.len);
                self.put('’');
            }
            c if c.is_ascii() => self.put(c),
            c => c.to_lowercase().for_each(|lower| self.put(lower)),
        }
    }

    /// Adds an ASCII letter, in either case: the common case, kept short.
    #[inline]
    pub(crate) fn push_ascii_letter(&mut self, letter: u8) {
        match self.buf.get_mut(self.len) {
            Some(b) => {
                *b = letter.to_ascii_lowercase();
                self.len += 1;
            }
            None => self.overflow = true,
        }
    }

    fn put(&mut self, c: char) {
        let end = self.len + c.len_utf8();
        match self.buf.get_mut(self.len..end) {
            Some(room) => {
                c.encode_utf8(room);
                self.len = end;
            }
            None => self.overflow = true,
        }
    }

    /// The folded word's UTF-8, or `None` when it did not fit.
    pub(crate) fn bytes(&self) -> Option<&[u8]> {
        (!self.overflow).then_some(&self.buf[..self.len])
    }

    /// Where the first apostrophe is in [`Folded::bytes`].
    pub(crate) fn apostrophe(&self) -> Option<usize> {
        self.apostrophe
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.len == 0 && !self.overflow
    }

    /// Empties it for the next word.
    pub(crate) fn clear(&mut self) {
        *self = Folded::new();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every list of a lexicon, named: a field added to [`Lexicon`] is added here.
    fn lists(lexicon: &Lexicon) -> [(&'static str, &'static [&'static str]); 1] {
        [("function_words", lexicon.function_words)]
    }

    #[test]
    fn every_list_is_folded_sorted_and_short_enough() {
        for lang in Lang::ALL {
            for (name, list) in lists(lang.lexicon()) {
                for w in list {
                    let folded = Folded::of(w);
                    assert_eq!(folded.bytes(), Some(w.as_bytes()), "{lang:?} {name}: {w}");
                }
                assert!(
                    list.windows(2).all(|w| w[0] < w[1]),
                    "{lang:?} {name}: sorted, without doubles"
                );
                assert!(
                    list.len() <= 200,
                    "{lang:?} {name}: a couple of hundred at most"
                );
            }
        }
    }

    #[test]
    fn the_compile_time_lists_are_the_lexicons() {
        for lang in Lang::ALL {
            assert_eq!(FUNCTION_WORDS[lang as usize], lang.lexicon().function_words);
        }
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))] // serde_json is native only
    fn codes_are_iso_639_1_and_the_wire_format() {
        let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        assert_eq!(codes, ["en", "de", "fr", "es", "it", "pt", "nl"]);
        for (i, lang) in Lang::ALL.into_iter().enumerate() {
            assert_eq!(lang as usize, i);
            let json = serde_json::to_string(&lang).expect("a language serialises");
            assert_eq!(json, format!("\"{}\"", lang.code()));
            assert_eq!(serde_json::from_str::<Lang>(&json).ok(), Some(lang));
        }
    }

    #[test]
    fn function_words_are_found_in_any_case_with_any_apostrophe() {
        assert!(Lang::En.lexicon().is_function_word("The"));
        assert!(Lang::En.lexicon().is_function_word("DON'T"));
        assert!(Lang::De.lexicon().is_function_word("Über"));
        assert!(Lang::De.lexicon().is_function_word("DASS"));
        assert!(Lang::Fr.lexicon().is_function_word("L'"));
        assert!(Lang::Fr.lexicon().is_function_word("Être"));
        assert!(Lang::Es.lexicon().is_function_word("Él"));
        assert!(!Lang::Es.lexicon().is_function_word("the"));
        assert!(!Lang::De.lexicon().is_function_word(&"und".repeat(20)));
        assert_eq!(Folded::of("ÉTÉ").bytes(), Some("été".as_bytes()));
        assert_eq!(Folded::of("L'ʼ").bytes(), Some("l’’".as_bytes()));
        assert_eq!(Folded::of("L'homme").apostrophe(), Some(1));
        assert_eq!(Folded::of(&"é".repeat(13)).bytes(), None);
        assert_eq!(Folded::of(&"e".repeat(25)).bytes(), None);
    }
}
