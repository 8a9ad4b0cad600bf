//! Dutch.

use super::{Lexicon, WordList};

/// What Verbatim knows of Dutch words.
pub static LEXICON: Lexicon = Lexicon {
    function_words: FUNCTION_WORDS,
    cues: WordList::new(
        "aldus antwoordde antwoordden antwoordt begon bekende benadrukte beval beweerde \
         bromde brulde dacht fluisterde fluistert gilde glimlachte grinnikte gromde \
         herhaalde hernam hervatte hijgde jammerde klaagde kreunde lachte meende merkte \
         mompelde mopperde noemde onderbrak reageerde riep riepen roept schreef \
         schreeuwde smeekte snauwde sprak stamelde stelde verbeterde verklaarde vertelde \
         vervolgde voegde vraagt vroeg vroegen waagde waarschuwde wierp zegt zei zeide \
         zeiden zuchtte",
    ),
    according: WordList::new("volgens"),
    auxiliaries: WordList::new("had heeft ook"),
    after_subject: WordList::new(""),
    he: WordList::new("hij"),
    she: WordList::new("ze zij"),
    titles: WordList::new(
        "burgemeester meneer mevrouw minister premier president staatssecretaris",
    ),
    particles: WordList::new("de ten ter van"),
    first_person: WordList::new("ik me mij mijn"),
    second_person: WordList::new("je jij jou jouw jullie u uw"),
    other_pronouns: WordList::new("gij ik je jij jullie u we wij"),
    articles: WordList::new("de een het"),
    conjunctions: WordList::new("en maar of"),
    elisions: WordList::new("k m n r s t"),
    stock: &[
        "in een verklaring",
        "op voorwaarde van anonimiteit",
        "reageerde niet op een verzoek om commentaar",
    ],
    ..Lexicon::EMPTY
};

/// Lower-case Dutch function words (articles, pronouns, prepositions, conjunctions,
/// auxiliaries, the commonest adverbs, and the reporting verb's commonest form), sorted.
/// `’t` for `het` is left out: the apostrophe opens it, and `t` alone says nothing.
pub(crate) const FUNCTION_WORDS: WordList = WordList::new(
    "aan af al alle alleen als altijd ben bij daar dan dat de deze die dit doch doen door \
     dus een eens en er geen geweest haar had hadden heb hebben hebt heeft hem het hier \
     hij hoe hun iemand iets ik in is ja je jij jullie kan kon kunnen maar me meer men \
     met mij mijn moet na naar nadat niet niets nog nu of om omdat onder ons ook op over \
     sinds te tegen terwijl toch toen tot tussen u uit uw van veel volgens voor waar \
     wanneer want waren was wat we wel werd werden wie wij wil worden wordt zal ze zeer \
     zegt zei zelf zich zij zijn zo zonder zou zouden",
);
