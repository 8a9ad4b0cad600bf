//! English, the language the rest of the crate was first written for.

use super::{Lexicon, WordList};

/// What Verbatim knows of English words.
pub static LEXICON: Lexicon = Lexicon {
    function_words: FUNCTION_WORDS,
    cues: WordList::new(
        "accused accuses accusing acknowledged acknowledges added adding adds admits \
         admitted advised affirmed agreed agrees alleged announced announces answered \
         argued argues arguing asked asking asks asserted assured attacked barked \
         believes blasted blasts boasted bragged branded brands called calling calls \
         cautioned charged claimed claiming claims commented complained complains \
         conceded concedes concluded concludes confided confirmed contended continued \
         countered cried criticised criticized criticizes declared declares declaring \
         decried decries demanded demands denounced denounces derided described \
         describes describing dismissed dismisses dubbed dubs emailed emphasized \
         emphasizes exclaimed explained explaining explains fumed griped gushed hailed \
         hails insisted insisting insists joked jokes labeled labelled lamented lauded \
         maintained marveled mocked mused muttered noted notes noting observed pleaded \
         pledged pledges pondered posted praised praises praising predicted predicts \
         proclaimed promised promises protested questioned questions quipped railed \
         rails reasoned recalled recalls recounted referred referring refers reiterated \
         remarked remembered repeated repeats replied responded retorted ridiculed said \
         say saying says scoffed shouted slammed slamming slams snapped stated stressed \
         stresses suggested suggests telling tells termed testified texted thinks told \
         touted touts tweeted tweeting tweets urged urges vowed vows warned warning \
         warns whispered wondered wonders writes writing wrote yelled",
    ),
    according: WordList::new("according"),
    auxiliaries: WordList::new(
        "also earlier had has have is later once previously then was were will would",
    ),
    after_subject: WordList::new(""),
    he: WordList::new("he him"),
    she: WordList::new("her she"),
    titles: WordList::new(""),
    particles: WordList::new(""),
};

/// Lower-case English function words, sorted for binary search: the evidence that a
/// paragraph is prose, the words a term count leaves out, and some of what tells English
/// from the other languages. (`text::stopwords` packs them for its own quick lookups.)
pub(crate) const FUNCTION_WORDS: WordList = WordList::new(
    "a about above after again against all also am an and any are as at be because been \
     before being below between both but by can could did do does doing don’t down during \
     each even every few for from further had has have having he her here hers herself \
     him himself his how however i if in into is it its itself it’s just may me might \
     more most much must my myself no nor not now of off on once one only or other our \
     ours ourselves out over own said same says she should since so some such than that \
     the their theirs them themselves then there these they this those though through to \
     too under until up upon us very was we were what when where whether which while who \
     whom whose why will with without would yet you your yours yourself",
);
