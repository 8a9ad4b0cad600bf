//! German: `„…“, sagte Scholz`, `»…«, erklärte er`, `laut X`.

use super::Lexicon;

pub(super) const LEXICON: Lexicon = Lexicon {
    cues: &[
        "antwortete",
        "berichtete",
        "betonte",
        "entgegnete",
        "erklärt",
        "erklärte",
        "erwiderte",
        "erzählte",
        "flüsterte",
        "fragte",
        "fügte",
        "gesagt",
        "meinte",
        "rief",
        "sagt",
        "sagte",
        "schrie",
        "schrieb",
        "sprach",
        "versicherte",
    ],
    according: &["laut", "zufolge"],
    auxiliaries: &["auch", "dann", "hat", "hatte", "noch"],
    after_subject: &[],
    he: &["er"],
    she: &["sie"],
};
