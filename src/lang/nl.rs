//! Dutch.

use super::{Lexicon, WordList};

/// What Verbatim knows of Dutch words.
pub static LEXICON: Lexicon = Lexicon {
    function_words: FUNCTION_WORDS,
    cues: WordList::new(
        "aldus antwoordde antwoordden antwoordt beaamde begon bekende beloofde benadrukt \
         benadrukte beval bevestigde beweerde bitste blafte brieste bromde brulde \
         bulderde concludeerde constateerde dacht deelde dreigde drong erkende fluisterde \
         fluistert gaf gebood giechelde gilde glimlachte grauwde grijnsde grinnikte \
         gromde herhaalde hernam hervatte hield hijgde hoonde huilde informeerde jammerde \
         jubelde juichte kaatste kermde klaagde knikte kreet kreunde krijste lachte \
         lachten liet lispelde meende meent meldde merkte mompelde mopperde \
         murmelde noemde onderbrak onderstreepte ontkende oordeelde opperde preekte \
         prevelde protesteerde pruttelde reageerde reageert riep riepen riposteerde roept \
         schertste schreef schreeuwde schreeuwden schreide schrijft siste smeekte snauwde \
         snikte snoof spotte sprak sputterde stamelde stelde stelt stotterde suste \
         troostte tweette twitterde verbeterde verklaarde verklaart vertelde vertelt \
         vervolgde verzekerde verzuchtte voegde vraagt vroeg vroegen waagde \
         waarschuwde waarschuwt wierp zegde zegt zei zeide zeiden zuchtte zweerde",
    ),
    according: WordList::new("volgens"),
    auxiliaries: WordList::new("had heeft ook"),
    after_subject: WordList::new(""),
    he: WordList::new("hij ie"),
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
    determiners: WordList::new("deze dit elk elke geen haar hun jouw mijn onze uw zijn"),
    prepositions: WordList::new(
        "aan achter bij binnen boven door in langs met na naar naast om onder op over per \
         tegen tot tussen uit van via voor zonder",
    ),
    sentence_adverbs: WordList::new(
        "daar daarna daarop dadelijk eindelijk langzaam meteen nu plotseling straks toen \
         vervolgens weldra zo",
    ),
    elisions: WordList::new("k m n r s t"),
    not_names: WordList::new(
        "dag deze dit een elk elke geen god goede goeden haar hallo hun jouw mijn onze uw zijn",
    ),
    stock: &[
        "in een verklaring",
        "op voorwaarde van anonimiteit",
        "reageerde niet op een verzoek om commentaar",
    ],
    verb_second: true,
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
