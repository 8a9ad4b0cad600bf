//! French.

use super::{Lexicon, WordList};

/// What Verbatim knows of French words.
pub static LEXICON: Lexicon = Lexicon {
    function_words: FUNCTION_WORDS,
    cues: WordList::new(
        "affirme affirmé ajoute ajouté annonce annoncé assure assuré conclut confie \
         confié déclare déclaré dénonce dénoncé estime estimé explique expliqué \
         indiquait indique indiqué insisté lance lancé poursuit précise précisé prévenu \
         raconte raconté rappelé reconnu répond répondit répondu souligne souligné \
         écrit",
    ),
    according: WordList::new("selon"),
    auxiliaries: WordList::new("a avait ensuite ont t"),
    after_subject: WordList::new("au aux avec de des du en et par pour que sans sur à"),
    he: WordList::new("il"),
    she: WordList::new("elle"),
    titles: WordList::new(
        "chancelier chancelière député députée madame maire ministre mlle mme monsieur \
         président présidente sénateur sénatrice",
    ),
    particles: WordList::new("de du le"),
    first_person: WordList::new("je ma me mes moi mon"),
    second_person: WordList::new("ta te tes toi ton tu vos votre vous"),
    other_pronouns: WordList::new("je nous on tu vous"),
    articles: WordList::new("la le les un une"),
    conjunctions: WordList::new("et mais ou"),
    determiners: WordList::new(
        "ce ces cet cette chaque leur leurs ma mes mon nos notre sa ses son ta tes ton vos \
         votre",
    ),
    prepositions: WordList::new(
        "au aux avec chez contre dans de depuis des du en entre par parmi pendant pour sans \
         selon sous sur vers à",
    ),
    stock: &[
        "dans un communiqué",
        "n'a pas donné suite",
        "n'a pas répondu à nos sollicitations",
        "sous couvert d'anonymat",
        "a-t-il déclaré",
        "a-t-elle déclaré",
    ],
    relatives: WordList::new("laquelle lequel lesquelles lesquels qui"),
    subject_relatives: WordList::new("qui"),
    ..Lexicon::EMPTY
};

/// Lower-case French function words (articles, pronouns, prepositions, conjunctions,
/// auxiliaries, the commonest adverbs, and the reporting verb's commonest form), sorted.
/// The elided forms (`l’`, `d’`, `qu’`) are listed with their apostrophe, as `’`: a
/// word such as `l’homme` is looked up whole, then by the part up to its apostrophe.
pub(crate) const FUNCTION_WORDS: WordList = WordList::new(
    "a afin ai ainsi alors après au aucun aussi autre autres aux avaient avait avant avec \
     avoir car ce ceci cela celle celui ces cet cette chez comme comment contre c’ dans \
     de depuis des dit dont du déjà d’ elle elles en encore entre est et eu eux il ils je \
     j’ la le les leur leurs lors lui l’ ma mais me mes moi mon même m’ ne ni nos notre \
     nous n’ on ont ou où par parce pas pendant peu peut plus pour quand que quel quelle \
     qui qu’ sa sans se selon ses si son sont sous sur s’ ta te tes toi ton tous tout \
     toute toutes très tu un une vers vos votre vous y à ça étaient était été être",
);
