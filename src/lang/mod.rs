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
/// [`fold`]ed the same way; the tests check this for every list of every language. To add
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
        let mut buf = [0; FOLDED];
        fold(word, &mut buf).is_some_and(|w| self.is_listed(w))
    }

    /// [`Lexicon::is_function_word`] for a word already [`fold`]ed.
    fn is_listed(&self, folded: &str) -> bool {
        self.function_words.binary_search(&folded).is_ok()
    }
}

/// Bytes a [`fold`]ed word may take: more than any listed word (the tests check), so a
/// longer word is in no list.
pub(crate) const FOLDED: usize = 24;

/// `word` as the lists write their words: lower-case, every apostrophe (`'`, `’`, `ʼ`) as
/// `’`; written into `buf`. `None` when it does not fit, and then it is in no list.
pub(crate) fn fold<'b>(word: &str, buf: &'b mut [u8; FOLDED]) -> Option<&'b str> {
    let mut n = 0;
    let mut put = |c: char, n: &mut usize| {
        let end = *n + c.len_utf8();
        let room = buf.get_mut(*n..end)?;
        c.encode_utf8(room);
        *n = end;
        Some(())
    };
    for c in word.chars() {
        match c {
            'A'..='Z' => put(c.to_ascii_lowercase(), &mut n)?,
            '\'' | 'ʼ' => put('’', &mut n)?,
            c if c.is_ascii() => put(c, &mut n)?,
            c => {
                for lower in c.to_lowercase() {
                    put(lower, &mut n)?;
                }
            }
        }
    }
    std::str::from_utf8(&buf[..n]).ok()
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
                    let mut buf = [0; FOLDED];
                    assert_eq!(fold(w, &mut buf), Some(*w), "{lang:?} {name}: {w} folded");
                    assert!(w.len() < FOLDED, "{lang:?} {name}: {w} too long");
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
        let mut buf = [0; FOLDED];
        assert_eq!(fold("ÉTÉ", &mut buf), Some("été"));
        assert_eq!(fold(&"é".repeat(13), &mut buf), None);
    }
}
