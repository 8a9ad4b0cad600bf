//! Italian: `"…", ha detto Renzi`, `secondo X`.

use super::Lexicon;

pub(super) const LEXICON: Lexicon = Lexicon {
    cues: &[
        "afferma",
        "affermato",
        "aggiunge",
        "aggiunto",
        "annunciato",
        "commentato",
        "detto",
        "dice",
        "dichiara",
        "dichiarato",
        "disse",
        "osservato",
        "replicato",
        "ribadito",
        "riferito",
        "risposto",
        "scritto",
        "sostenuto",
        "sottolineato",
        "spiega",
        "spiegato",
    ],
    according: &["secondo"],
    auxiliaries: &["aveva", "ha", "hanno"],
    he: &["lui"],
    she: &["lei"],
};
