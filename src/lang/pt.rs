//! Portuguese: `"…", disse Lula`, `segundo X`.

use super::Lexicon;

pub(super) const LEXICON: Lexicon = Lexicon {
    cues: &[
        "acrescentou",
        "afirma",
        "afirmaram",
        "afirmou",
        "comentou",
        "contou",
        "declarou",
        "destacou",
        "disse",
        "disseram",
        "diz",
        "explicou",
        "garantiu",
        "observou",
        "referiu",
        "respondeu",
        "ressaltou",
        "sublinhou",
    ],
    according: &["segundo"],
    auxiliaries: &["tem", "tinha"],
    he: &["ele"],
    she: &["ela"],
};
