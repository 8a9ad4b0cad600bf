//! Italian.

use super::{Lexicon, WordList};

/// What Verbatim knows of Italian words.
pub static LEXICON: Lexicon = Lexicon {
    function_words: FUNCTION_WORDS,
    cues: WordList::new(
        "afferma affermato aggiunge aggiunse aggiunto annunciato chiede \
         chiese commentato conclude continuò definisce definito detto dice diceva dichiara dichiarato \
         disse domandò esclamò gridò mormorò osserva osservato osservò precisato \
         replicato replicò ribadisce ribadito ribatté riferito risponde \
         rispondeva rispose risposto scritto soggiunse sostenuto sottolinea \
         sottolineato spiega spiegato sussurrò",
    ),
    according: WordList::new("secondo"),
    auxiliaries: WordList::new("aveva ha hanno"),
    after_subject: WordList::new(
        "a ai al alla che con da dal del della di e gli in mentre mi nel per senza su \
         tra",
    ),
    he: WordList::new("lui"),
    she: WordList::new("lei"),
    titles: WordList::new(
        "deputata deputato leader ministra ministro premier presidente segretaria \
         segretario senatore senatrice signor signora sindaca sindaco",
    ),
    particles: WordList::new("da de del della di"),
    first_person: WordList::new("io me mi mia mie miei mio"),
    second_person: WordList::new("te ti tu tua tue tuo tuoi voi vostra vostro"),
    other_pronouns: WordList::new("io noi tu voi"),
    articles: WordList::new("gli i il la le lo un una uno"),
    conjunctions: WordList::new("e ma o"),
    determiners: WordList::new(
        "mia mie miei mio nostra nostro ogni quei quel quella quelle quello questa queste \
         questi questo sua sue suo suoi",
    ),
    prepositions: WordList::new(
        "a ad agli ai al alla alle con contro da dai dal dalla degli dei del della delle di \
         fra in nei nel nella per senza su sul sulla tra verso",
    ),
    stock: &[
        "in una nota",
        "in un comunicato",
        "a condizione di anonimato",
        "non ha risposto alla richiesta di commento",
    ],
    relatives: WordList::new("cui"),
    subject_relatives: WordList::new("che"),
    ..Lexicon::EMPTY
};

/// Lower-case Italian function words (articles, pronouns, prepositions, conjunctions,
/// auxiliaries, the commonest adverbs, and the reporting verb's commonest form), sorted.
/// The elided forms (`l’`, `dell’`, `un’`) are listed with their apostrophe, as `’`: a
/// word such as `dell’anno` is looked up whole, then by the part up to its apostrophe.
pub(crate) const FUNCTION_WORDS: WordList = WordList::new(
    "a ad agli ai al alla alle allo all’ anche ancora avere aveva avevano che chi ci col \
     come con contro cui c’ da dagli dai dal dalla dalle dallo dall’ degli dei del della \
     delle dello dell’ di dopo dove e ed era erano essere fa fino fra già gli ha hanno ho \
     i il in io la le lei li lo loro lui l’ ma mai mi molto ne negli nei nel nella nelle \
     nello nell’ noi non nostro o ogni per perché però più poi prima quale quando quanto \
     quella quelle quelli quello questa queste questi questo se si sia sono sta stata \
     stati stato su sua sue sugli sui sul sulla sulle sull’ suo suoi tra tutti tutto un \
     una uno un’ vi voi è",
);
