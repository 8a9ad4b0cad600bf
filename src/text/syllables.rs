//! Syllables, counted by spelling, for the reading-ease formulas: each formula was fitted
//! on syllable counts of its own language, so each language counts its own way.
//!
//! These are heuristics, not hyphenation: they miscount some words (English `negotiate`
//! gets 3, German `Theater` 2), as every such heuristic does; over an article the errors
//! average out, which is all a reading-ease score needs.

use crate::lang::Lang;

/// Syllables in `word` (at least one), as `lang` spells them.
pub(crate) fn count(word: &str, lang: Lang) -> usize {
    match lang {
        Lang::En => english(word),
        _ => by_vowel_groups(word, lang),
    }
}

/// English syllables by the usual heuristic: groups of vowels, less a silent final `e`.
fn english(word: &str) -> usize {
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

/// `c` in lower case, for the letters that can be vowels (ASCII, Latin-1's capitals, `Œ`):
/// all [`is_vowel`] needs, without the whole of Unicode's case tables.
fn lower(c: char) -> char {
    match c {
        'A'..='Z' | 'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 32).unwrap_or(c),
        'Œ' => 'œ',
        _ => c,
    }
}

/// A vowel of any of these languages, accented or not, lower-case.
fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e'
            | 'i'
            | 'o'
            | 'u'
            | 'y'
            | 'à'..='æ'
            | 'è'..='ï'
            | 'ò'..='ö'
            | 'ø'..='ü'
            | 'ý'
            | 'ÿ'
            | 'œ'
    )
}

/// Whether vowel `c`, right after vowel `previous`, starts a syllable of its own.
fn splits(previous: char, c: char, lang: Lang) -> bool {
    // Spanish, Italian and Portuguese: two strong vowels are two syllables (`le-er`,
    // `pa-e-se`, `po-e-ta`), and so is an accented `í` or `ú` beside a vowel (`dí-a`,
    // `pa-ís`); a weak `i` or `u` glides into its neighbour (`tie-ne`, `cuo-re`). The
    // Portuguese nasal `ã`, `õ` are not strong: `ão`, `ãe`, `õe` are one syllable.
    let strong = |v: char| {
        matches!(
            v,
            'a' | 'e'
                | 'o'
                | 'á'
                | 'é'
                | 'ó'
                | 'à'
                | 'è'
                | 'ò'
                | 'â'
                | 'ê'
                | 'ô'
                | 'í'
                | 'ú'
                | 'ì'
                | 'ù'
        )
    };
    match lang {
        Lang::Es | Lang::It | Lang::Pt => strong(previous) && strong(c),
        // A diaeresis is written to part two vowels (French `naïf`, `Noël`; Dutch
        // `België`, `coördinatie`); in French an `é` before a vowel is its own syllable
        // (`ré-ac-tion`, `cré-er`).
        Lang::Fr => matches!(c, 'ë' | 'ï' | 'ü' | 'ÿ') || previous == 'é',
        Lang::Nl => matches!(c, 'ë' | 'ï' | 'ö' | 'ü'),
        // German `ä`, `ö`, `ü` are umlauts, not a diaeresis: `äu` is one sound.
        Lang::De | Lang::En => false,
    }
}

/// Groups of vowels, with the language's hiatus rules (see [`splits`]); the Dutch `ij` is a
/// vowel, and a French final mute `e` (`-e`, `-es`) is no syllable.
fn by_vowel_groups(word: &str, lang: Lang) -> usize {
    let mut groups = 0;
    let mut previous: Option<char> = None;
    // The last two letters, for the French mute `e`.
    let mut last = [' '; 2];
    for c in word.chars() {
        let c = lower(c);
        let vowel = is_vowel(c) || (lang == Lang::Nl && c == 'j' && previous == Some('i'));
        if vowel {
            if previous.is_none_or(|p| splits(p, c, lang)) {
                groups += 1;
            }
            previous = Some(c);
        } else {
            previous = None;
        }
        if c.is_alphabetic() {
            last = [last[1], c];
        }
    }
    let mute_e = lang == Lang::Fr && groups > 1 && (last[1] == 'e' || last == ['e', 's']);
    (groups - usize::from(mute_e)).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_by_ear() {
        for (word, n) in [
            ("the", 1),
            ("peace", 1),
            ("Milley", 2),
            ("nation", 2),
            ("table", 2),
            ("opportunity", 5),
        ] {
            assert_eq!(count(word, Lang::En), n, "{word}");
        }
    }

    #[test]
    fn each_language_by_ear() {
        let cases: &[(Lang, &str, usize)] = &[
            (Lang::De, "Bäume", 2),
            (Lang::De, "Verhandlungen", 4),
            (Lang::De, "Frieden", 2),
            (Lang::De, "Überraschung", 4),
            (Lang::Nl, "blijven", 2),
            (Lang::Nl, "België", 3),
            (Lang::Nl, "onderhandelingen", 6),
            (Lang::Nl, "vrouw", 1),
            (Lang::Fr, "gouvernement", 4),
            (Lang::Fr, "table", 1),
            (Lang::Fr, "naïf", 2),
            (Lang::Fr, "réaction", 3),
            (Lang::Fr, "année", 2),
            (Lang::Fr, "idées", 2),
            (Lang::Fr, "beaucoup", 2),
            (Lang::Es, "negociación", 4),
            (Lang::Es, "leer", 2),
            (Lang::Es, "día", 2),
            (Lang::Es, "tiene", 2),
            (Lang::It, "paese", 3),
            (Lang::It, "negoziato", 4),
            (Lang::It, "cuore", 2),
            (Lang::Pt, "negociação", 4),
            (Lang::Pt, "não", 1),
            (Lang::Pt, "poeta", 3),
            (Lang::Pt, "Ó", 1),
            (Lang::Fr, "ŒUVRE", 1),
            (Lang::Pt, "ÁGUA", 2),
        ];
        for &(lang, word, n) in cases {
            assert_eq!(count(word, lang), n, "{lang:?} {word}");
        }
    }
}
