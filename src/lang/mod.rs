//! The words of each language the core reads, one lexicon per language, in one place.
//!
//! Rules elsewhere ask questions of words — is this a verb of saying, a pronoun and of
//! which gender, an auxiliary that stands between a subject and its verb, a preposition
//! that means "according to" — and the answers live here, never spread through the rule
//! code. A language is added by adding its file and its line in [`LEXICONS`].
//!
//! Attribution reads every lexicon at once: the words of saying hardly collide between
//! these languages (`dijo`, `sagte`, `zei`, `disse`, `a déclaré`), and a quotation is
//! attributed the same way whatever the article's language is found to be.

mod de;
mod en;
mod es;
mod fr;
mod it;
mod nl;
mod pt;

/// A language the core reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
    /// Its ISO 639-1 code.
    pub fn code(self) -> &'static str {
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

    /// Its words.
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

/// Every language, English first.
pub const LANGS: [Lang; 7] = [
    Lang::En,
    Lang::De,
    Lang::Fr,
    Lang::Es,
    Lang::It,
    Lang::Pt,
    Lang::Nl,
];

/// A grammatical gender a pronoun or a title gives a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// The words of one language that the rules ask about. Every list is lower-case and sorted
/// (a test checks), for a binary search.
#[derive(Debug)]
pub struct Lexicon {
    /// Verbs of saying as they attribute a quotation (`said`, `sagte`, `déclaré`, `dijo`).
    pub cues: &'static [&'static str],
    /// Words that mean "according to" before a source (`selon`, `según`, `volgens`).
    pub according: &'static [&'static str],
    /// Auxiliaries and adverbs between a subject and its verb of saying, or before the verb
    /// in an inverted attribution (`has`, `also`, `a`, `ha`, `hat`).
    pub auxiliaries: &'static [&'static str],
    /// Prepositions, conjunctions and object pronouns that end the subject read after a verb
    /// of saying in a narrator's incise (`—dijo a su compañero—`, `—disse ele com calma—`,
    /// `—dijo, y se fue`): what follows them is no speaker.
    pub after_subject: &'static [&'static str],
    /// Third-person singular pronouns that stand for a speaker, with their gender.
    pub he: &'static [&'static str],
    pub she: &'static [&'static str],
}

fn listed(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

/// Whether `word`, as written, is a verb of saying in a language other than English (the
/// English ones are read by [`en::is_cue`], which ignores case).
fn is_foreign_cue(word: &str) -> bool {
    LANGS[1..].iter().any(|l| listed(l.lexicon().cues, word))
}

/// Whether `word` is a verb of saying in any language: `said`, `Says`, `sagte`, `dijo`.
pub fn is_cue(word: &str) -> bool {
    en::is_cue(word) || (!word.is_ascii() || word.len() > 2) && is_foreign_cue(word)
}

/// Whether `word` (lower-case) means "according to" before a source, English's `according`
/// (followed by `to`) included.
pub fn is_according(word: &str) -> bool {
    LANGS.iter().any(|l| listed(l.lexicon().according, word))
}

/// Whether `word` (lower-case) ends the subject read after a verb of saying in an incise.
pub fn ends_subject(word: &str) -> bool {
    LANGS
        .iter()
        .any(|l| listed(l.lexicon().after_subject, word))
}

/// Whether `word` (lower-case) is an auxiliary or adverb that may stand between a subject
/// and its verb of saying.
pub fn is_auxiliary(word: &str) -> bool {
    LANGS.iter().any(|l| listed(l.lexicon().auxiliaries, word))
}

/// The gender of a third-person singular pronoun (lower-case), in any language.
pub fn pronoun_gender(word: &str) -> Option<Gender> {
    LANGS.iter().find_map(|l| {
        let x = l.lexicon();
        if listed(x.he, word) {
            Some(Gender::Male)
        } else if listed(x.she, word) {
            Some(Gender::Female)
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_lower_case_and_sorted() {
        for lang in LANGS {
            let x = lang.lexicon();
            for list in [
                x.cues,
                x.according,
                x.auxiliaries,
                x.after_subject,
                x.he,
                x.she,
            ] {
                assert!(list.windows(2).all(|w| w[0] < w[1]), "{lang:?}: {list:?}");
                assert!(
                    list.iter().all(|w| w.to_lowercase() == *w),
                    "{lang:?}: {list:?}"
                );
            }
        }
    }

    #[test]
    fn cues_of_every_language() {
        for w in [
            "said",
            "Says",
            "sagte",
            "erklärte",
            "déclaré",
            "dijo",
            "detto",
            "disse",
            "zei",
        ] {
            assert!(is_cue(w), "{w}");
        }
        for w in ["so", "a", "ha", "the", "Sagte", "house"] {
            assert!(!is_cue(w), "{w}");
        }
        assert!(is_according("selon") && is_according("según") && is_according("volgens"));
        assert_eq!(pronoun_gender("er"), Some(Gender::Male));
        assert_eq!(pronoun_gender("elle"), Some(Gender::Female));
        assert_eq!(pronoun_gender("she"), Some(Gender::Female));
    }
}
