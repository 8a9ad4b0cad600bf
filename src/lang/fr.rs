//! French: `« … », a déclaré Macron`, `« … », a-t-il dit`, `selon X`.

use super::Lexicon;

pub(super) const LEXICON: Lexicon = Lexicon {
    cues: &[
        "affirme",
        "affirmé",
        "ajoute",
        "ajouté",
        "annonce",
        "annoncé",
        "assure",
        "assuré",
        "confie",
        "confié",
        "déclare",
        "déclaré",
        "estime",
        "estimé",
        "explique",
        "expliqué",
        "indiquait",
        "indique",
        "indiqué",
        "précise",
        "précisé",
        "raconte",
        "raconté",
        "souligne",
        "souligné",
        "écrit",
    ],
    according: &["selon"],
    auxiliaries: &["a", "avait", "ont", "t"],
    after_subject: &[
        "au", "aux", "avec", "de", "des", "du", "en", "et", "par", "pour", "que", "sans", "sur",
        "à",
    ],
    he: &["il"],
    she: &["elle"],
};
