//! Portuguese.

use super::{Lexicon, WordList};

/// What Verbatim knows of Portuguese words.
pub static LEXICON: Lexicon = Lexicon {
    function_words: FUNCTION_WORDS,
    cues: WordList::new(
        "acrescenta acrescentou adiantou admitiu afirma afirmam afirmaram afirmou alertou \
         anunciou argumentou assegurou assinalou avisou comentou completou concluiu \
         confirmou considera continuou contou criticou declarou defendeu denunciou \
         destacou disse disseram diz esclareceu exclamou explica explicou falou frisou \
         garantiu gritou indagou insistiu lamentou lembrou murmurou observa observou \
         pergunta perguntou questionou reconheceu referiu relatou replicou responde \
         respondeu ressaltou retrucou revelou salientou sublinha sublinhou sussurrou \
         sustentou",
    ),
    according: WordList::new("segundo"),
    auxiliaries: WordList::new("tem tinha"),
    after_subject: WordList::new(
        "a ao aos com da das de do dos e em enquanto lhe me na no para pela pelo por \
         que sem sobre",
    ),
    he: WordList::new("ele"),
    she: WordList::new("ela"),
    titles: WordList::new(
        "deputada deputado governador governadora ministra ministro prefeita prefeito \
         presidenta presidente senador senadora senhor senhora",
    ),
    particles: WordList::new("da das de do dos"),
    first_person: WordList::new("comigo eu me meu meus mim minha minhas"),
    second_person: WordList::new("contigo te teu teus ti tu tua tuas você vocês"),
    other_pronouns: WordList::new("eu nós tu você"),
    articles: WordList::new("a as o os um uma"),
    conjunctions: WordList::new("e mas ou"),
    determiners: WordList::new(
        "aquela aquele cada essa esse esta este meu minha nossa nosso seu sua",
    ),
    prepositions: WordList::new(
        "a ao aos até com contra da das de desde do dos em entre na nas no nos para pela pelo \
         por sem sob sobre à às",
    ),
    stock: &[
        "em comunicado",
        "em nota",
        "sob condição de anonimato",
        "não respondeu ao pedido de comentário",
    ],
    relatives: WordList::new("quem"),
    subject_relatives: WordList::new("que quem"),
    ..Lexicon::EMPTY
};

/// Lower-case Portuguese function words (articles, pronouns, prepositions, conjunctions,
/// auxiliaries, the commonest adverbs, and the reporting verb's commonest form), sorted.
/// Contractions of a preposition and an article (`do`, `na`, `pelo`, `à`) are listed as the
/// words they are.
pub(crate) const FUNCTION_WORDS: WordList = WordList::new(
    "a ainda ao aos aquela aquele aqui as até cada com como da das de dela dele depois \
     disse do dos e ela elas ele eles em entre era essa esse esta estava este está estão \
     eu foi foram isso já lhe mais mas me mesmo muito na nas nem no nos num numa não o \
     onde os ou outra outro outros para pela pelas pelo pelos por porque quando que quem \
     se sem sempre ser será seu seus sobre sua suas são só tal também tem ter toda todo todos \
     um uma umas uns vai você vão à às é",
);
