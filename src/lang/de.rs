//! German.

use super::{Lexicon, WordList};

/// What Verbatim knows of German words.
pub static LEXICON: Lexicon = Lexicon {
    function_words: FUNCTION_WORDS,
    // Verbs of saying, news's present tense and fiction's past (`lächelte Liese`, `befahl
    // Rosenzweig`), and Low German's `seggt` and `sä`, which tales in dialect print.
    cues: WordList::new(
        "antwortet antwortete antworteten auflachte bat befahl begann begütigte belehrte \
         bemerkte berichtete beteuerte betont betonte brummte brüllte donnerte drohte \
         drängte entgegnet entgegnete ergänzte erklärt erklärte erwidert erwiderte \
         erzählte flüstert flüsterte fragt fragte fragten frug fuhr fügte gab gesagt \
         gestand grinste hauchte hub höhnte jammerte jubelte keuchte kicherte klagte \
         knurrte kritisiert kritisierte krächzte lachte lispelte lächelte mahnte meint \
         meinte murmelt murmelte murrte raunte rief riefen ruft sagt sagte sagten schalt \
         schimpfte schluchzte schmunzelte schnarrte schnauzte schrie schrieb seggt setzte \
         seufzte spottete sprach spricht stammelte stieß stotterte stöhnte sä tröstete \
         unterbrach verbesserte versetzte versicherte warf warnt warnte wiederholte \
         wisperte zischte ächzte äußert äußerte",
    ),
    according: WordList::new("laut zufolge"),
    auxiliaries: WordList::new("auch dann hat hatte noch"),
    after_subject: WordList::new(""),
    he: WordList::new("er"),
    she: WordList::new("sie"),
    titles: WordList::new(
        "außenminister außenministerin bundeskanzler bundeskanzlerin bundespräsident \
         bundespräsidentin bürgermeister bürgermeisterin finanzminister finanzministerin \
         frau herr innenminister innenministerin kanzler kanzlerin minister ministerin \
         ministerpräsident ministerpräsidentin präsident präsidentin regierungssprecher \
         regierungssprecherin",
    ),
    particles: WordList::new("von zu"),
    first_person: WordList::new("ich mein meine meinem meinen meiner meines mich mir"),
    second_person: WordList::new(
        "dein deine deinem deinen deiner deines dich dir du euch euer eure euren eurer",
    ),
    other_pronouns: WordList::new("du ich ihr wir"),
    articles: WordList::new("das dem den der des die ein eine einem einen einer eines"),
    conjunctions: WordList::new("aber oder und"),
    elisions: WordList::new("n ne nem nen ner ns s"),
    not_names: WordList::new(
        "deine deinem deinen deiner dem den des einem einen eines ihre ihrem ihren ihrer \
         meine meinem meinen meiner seine seinem seinen seiner unsere unserem unseren",
    ),
    thing_endings: WordList::new("heit keit schaft sion tion tät ung"),
    stock: &[
        "auf anfrage",
        "in einer erklärung",
        "in einer mitteilung",
        "sagte am",
        "teilte mit",
        "war zunächst nicht zu erreichen",
        "reagierte zunächst nicht auf eine anfrage",
    ],
    ..Lexicon::EMPTY
};

/// Lower-case German function words (articles, pronouns, prepositions, conjunctions,
/// auxiliaries, the commonest adverbs, and the reporting verb's commonest form), sorted.
/// Both spellings of `dass` (`daß` before 1996, and in older text) are listed.
pub(crate) const FUNCTION_WORDS: WordList = WordList::new(
    "aber alle allem allen aller alles als also am an andere anderen auch auf aus bei \
     beim bereits bin bis bist da dabei damit dann darauf darum das dass daß dem den \
     denen denn der deren des dessen dich die dies diese diesem diesen dieser dieses dir \
     doch dort du durch ein eine einem einen einer eines er es etwa euch euer für gegen \
     gewesen habe haben hat hatte hatten hier ich ihm ihn ihnen ihr ihre ihrem ihren \
     ihrer im immer in ins ist ja jede jedem jeden jeder jedoch jetzt kann kein keine \
     keinen können könnte laut man mehr mein meine mich mir mit muss musste nach nicht \
     nichts noch nun nur ob oder ohne sagt sagte schon sehr sei seien sein seine seinem \
     seinen seiner seit sich sie sind so soll sollen sollte sondern sowie um und uns \
     unser unter vom von vor war waren warum was wegen weil wenn wer werden wie wieder \
     will wir wird wo worden wurde wurden während zu zum zur zwischen über",
);
