//! Spanish: `«…», dijo Sánchez`, `según X`.

use super::Lexicon;

pub(super) const LEXICON: Lexicon = Lexicon {
    cues: &[
        "admitió",
        "afirma",
        "afirmó",
        "agregó",
        "aseguró",
        "añadió",
        "comentó",
        "contestó",
        "declaró",
        "dice",
        "dicho",
        "dijo",
        "exclamó",
        "explicó",
        "indicó",
        "manifestó",
        "preguntó",
        "respondió",
        "señaló",
    ],
    according: &["según"],
    auxiliaries: &["ha", "había", "han"],
    he: &["él"],
    she: &["ella"],
};
