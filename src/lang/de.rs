//! German: `„…“, sagte Scholz`, `»…«, erklärte er`, `laut X`.

use super::Lexicon;

pub(super) const LEXICON: Lexicon = Lexicon {
    cues: &[
        "antwortete",
        "berichtete",
        "betonte",
        "entgegnete",
        "ergänzte",
        "erklärt",
        "erklärte",
        "erwiderte",
        "erzählte",
        "flüsterte",
        "fragte",
        "fügte",
        "gesagt",
        "kritisierte",
        "meinte",
        "rief",
        "sagt",
        "sagte",
        "schrie",
        "schrieb",
        "sprach",
        "versicherte",
        "warnte",
    ],
    according: &["laut", "zufolge"],
    auxiliaries: &["auch", "dann", "hat", "hatte", "noch"],
    he: &["er"],
    she: &["sie"],
};
