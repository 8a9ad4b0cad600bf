//! Dutch: `"…", zei Jan`, `"…", vroeg hij`, `volgens X`.

use super::Lexicon;

pub(super) const LEXICON: Lexicon = Lexicon {
    cues: &[
        "aldus",
        "antwoordde",
        "benadrukte",
        "reageerde",
        "riep",
        "schreef",
        "sprak",
        "stelde",
        "verklaarde",
        "vertelde",
        "vroeg",
        "zegt",
        "zei",
    ],
    according: &["volgens"],
    auxiliaries: &["had", "heeft", "ook"],
    he: &["hij"],
    she: &["ze", "zij"],
};
