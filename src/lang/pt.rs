//! Portuguese: `"…", disse Lula`, `segundo X`.

use super::Lexicon;

pub(super) const LEXICON: Lexicon = Lexicon {
    cues: &[
        "acrescentou",
        "afirma",
        "afirmaram",
        "afirmou",
        "contou",
        "declarou",
        "disse",
        "disseram",
        "diz",
        "explicou",
        "garantiu",
        "referiu",
        "respondeu",
        "sublinhou",
    ],
    according: &["segundo"],
    auxiliaries: &["tem", "tinha"],
    he: &["ele"],
    she: &["ela"],
};
