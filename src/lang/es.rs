//! Spanish.

use super::{Lexicon, WordList};

/// What Verbatim knows of Spanish words.
pub static LEXICON: Lexicon = Lexicon {
    function_words: FUNCTION_WORDS,
    cues: WordList::new(
        "admitió advirtió afirma afirmó agregó aseguró añadió comentó contestó declaró \
         dice dicho dijo exclamó explicó indicó insistió manifestó preguntó reconoció \
         respondió señaló sostuvo subrayó",
    ),
    according: WordList::new("según"),
    auxiliaries: WordList::new("ha había han"),
    he: WordList::new("él"),
    she: WordList::new("ella"),
};

/// Lower-case Spanish function words (articles, pronouns, prepositions, conjunctions,
/// auxiliaries, the commonest adverbs, and the reporting verb's commonest form), sorted.
/// Accented and unaccented forms are different words (`el`, `él`; `si`, `sí`) and both are
/// listed where both are function words.
pub(crate) const FUNCTION_WORDS: WordList = WordList::new(
    "a al algo algunos ante antes aquí así aún cada como con contra cual cuando de del \
     desde dijo donde durante e el ella ellas ellos en entre era eran es esa ese eso esta \
     estaba estas este esto estos está están fue fueron ha había han hasta hay la las le \
     les lo los me mi mientras muy más nada ni no nos o otra otro otros para pero poco \
     por porque que quien qué se sea según ser si sido sin sino sobre son su sus sí \
     también tan te tiene tienen todo todos tras tu tú un una uno unos usted y ya yo él",
);
