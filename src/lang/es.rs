//! Spanish: `«…», dijo Sánchez`, `según X`.

use super::Lexicon;

pub(super) const LEXICON: Lexicon = Lexicon {
    cues: &[
        "admitió",
        "advirtió",
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
        "insistió",
        "manifestó",
        "preguntó",
        "reconoció",
        "respondió",
        "señaló",
        "sostuvo",
        "subrayó",
    ],
    according: &["según"],
    auxiliaries: &["ha", "había", "han"],
    he: &["él"],
    she: &["ella"],
};
