//! Dutch: `"…", zei Jan`, `"…", vroeg hij`, `volgens X`.

use super::Lexicon;

pub(super) const LEXICON: Lexicon = Lexicon {
    cues: &[
        "antwoordde",
        "riep",
        "schreef",
        "sprak",
        "vertelde",
        "vroeg",
        "zegt",
        "zei",
    ],
    according: &["volgens"],
    auxiliaries: &["had", "heeft", "ook"],
    after_subject: &[],
    he: &["hij"],
    she: &["ze", "zij"],
};
