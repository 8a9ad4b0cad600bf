//! Spanish.

use super::{Lexicon, WordList};

/// What Verbatim knows of Spanish words.
pub static LEXICON: Lexicon = Lexicon {
    function_words: FUNCTION_WORDS,
    cues: WordList::new(
        "admitió advirtió afirma afirmó agregó aseguró añade añadió balbuceó comentó \
         concluyó contesta contestó continuó declaró decía dice dicho dijo exclama \
         exclamaba exclamó explicó gritaba gritó gruñó indicó insistió interrogó \
         interrumpió manifestó murmura murmuraba murmuró objetó observó ordenó pregunta \
         preguntaba preguntó prosiguió protestó reconoció repitió replicó repuso \
         responde respondió respondía señaló sostuvo subrayó suplicó susurró",
    ),
    according: WordList::new("según"),
    auxiliaries: WordList::new("ha había han"),
    after_subject: WordList::new(
        "a al ante con contra de del desde en entre hacia hasta le les me mientras para \
         por que se sin sobre te tras y",
    ),
    he: WordList::new("él"),
    she: WordList::new("ella"),
    titles: WordList::new(
        "alcalde alcaldesa diputada diputado don doña ministra ministro presidenta \
         presidente senador senadora señor señora vicepresidenta vicepresidente",
    ),
    particles: WordList::new("de del"),
    first_person: WordList::new("conmigo me mi mis mía mío yo"),
    second_person: WordList::new("contigo te ti tu tus tú usted ustedes vosotros vuestra vuestro"),
    other_pronouns: WordList::new("nosotros tú usted yo"),
    articles: WordList::new("el la las los un una"),
    conjunctions: WordList::new("e o pero u y"),
    determiners: WordList::new(
        "aquel aquella aquellas aquellos cada esa esas ese esos esta estas este estos mi mis \
         nuestra nuestras nuestro nuestros su sus tu tus",
    ),
    prepositions: WordList::new(
        "a al ante bajo con contra de del desde durante en entre hacia hasta para por según \
         sin sobre tras",
    ),
    stock: &[
        "en un comunicado",
        "bajo condición de anonimato",
        "no respondió a una solicitud de comentarios",
        "según un comunicado",
    ],
    relatives: WordList::new("quien quienes"),
    subject_relatives: WordList::new("que quien"),
    ..Lexicon::EMPTY
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
     tal también tan te tiene tienen todo todos tras tu tú un una uno unos usted y ya yo él",
);
