//! German.

use super::{Lexicon, WordList};

/// What Verbatim knows of German words.
pub static LEXICON: Lexicon = Lexicon {
    function_words: FUNCTION_WORDS,
    // Verbs of saying, news's present tense and fiction's past (`lächelte Liese`, `befahl
    // Rosenzweig`), and Low German's `seggt` and `sä`, which tales in dialect print.
    cues: WordList::new(
        "antwortet antwortete antworteten auflachte bat befahl begann begütigte beharrte \
         behauptete bejahte bekräftigte belehrte bellte bemerkte berichtet berichtete \
         berichtigte beschwichtigte bestätigt bestätigte beteuerte betont betonte \
         bettelte brummte brüllte donnerte drohte drängte dröhnte entgegnet entgegnete \
         entgegneten ergänzt ergänzte erklärt erklärte erklärten erkundigte erläutert \
         erläuterte ermahnte ermunterte erwidert erwiderte erwiderten erwähnte erzählt \
         erzählte fauchte flehte fluchte flüstert flüsterte flüsterten folgerte \
         fordert forderte fragt fragte fragten frohlockte frug fuhr fügt fügte gab \
         geantwortet gebot gefordert gefragt gesagt geschrieben gestand gewarnt gluckste \
         grinste grollte grunzte grölte hauchte heulte hub höhnte hüstelte jammerte \
         japste jauchzte jubelte keuchte kicherte klagte knurrte kommandierte \
         korrigierte kreischte kritisiert kritisierte krächzte krähte \
         kündigte lachte lachten lallte lispelte lobte lächelte mahnt mahnte maulte \
         meckerte meint meinte meinten murmelt murmelte murmelten murrte neckte nickte \
         nuschelte näselte nörgelte piepste plapperte polterte predigte protestierte \
         prustete quengelte raunte rief riefen ruft räumt räumte röchelte sagt sagte \
         sagten schalt scherzte schimpfte schluchzte schmunzelte schnarrte schnaubte \
         schnauzte schreibt schrie schrieb schrien schwor schwärmte seggt setzte seufzte \
         sinnierte spottete sprach spricht spöttelte stammelte staunte stichelte stieß \
         stotterte stöhnte sä säuselte tadelte teilt teilte triumphierte tröstete \
         tuschelte unterbrach unterstreicht unterstrich urteilte verbesserte verkündete \
         verlangte vermutete verneinte versetzte versicherte versprach verspricht wandte \
         warf warnt warnte weinte widersprach wiederholte wimmerte wisperte witzelte \
         zeterte zischte ächzte äußert äußerte",
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
    other_pronouns: WordList::new("du ich ihnen ihr wir"),
    articles: WordList::new("das dem den der des die ein eine einem einen einer eines"),
    conjunctions: WordList::new("aber oder und"),
    determiners: WordList::new(
        "dein deine deinem deinen deiner diese diesem diesen dieser dieses euer eure ihr ihre ihrem ihren ihrer jede \
         jedem jeden jeder jedes jene jenem jenen jener jenes kein keine keinem keinen keiner \
         mein meine meinem meinen meiner sein seine seinem seinen seiner unser unsere unserem \
         unseren unserer",
    ),
    prepositions: WordList::new(
        "an ans auf aufs aus bei beim durch für gegen hinter im in ins mit nach neben ohne \
         seit statt trotz um unter vom von vor wegen während zu zum zur zwischen über",
    ),
    sentence_adverbs: WordList::new(
        "abermals alsbald bald da danach dann darauf daraufhin darüber endlich gleich hernach \
         hierauf langsam nachher nun plötzlich schließlich so sofort sogleich später zuerst \
         zugleich zuletzt",
    ),
    elisions: WordList::new("n ne nem nen ner ns s"),
    not_names: WordList::new(
        "dein deine deinem deinen deiner dem den des diese diesem diesen dieser dieses ein \
         eine einem einen einer eines euer eure gott gute guten herrgott ihr ihre ihrem ihren ihrer jede \
         jedem jeden jeder jedes jene jenem jenen jener jenes kein keine keinem keinen keiner \
         mein meine meinem meinen meiner sein seine seinem seinen seiner unser unsere unserem \
         unseren unserer",
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
    verb_second: true,
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
