//! English, the language the rest of the crate was first written for.

use super::{Lexicon, WordList};

/// What Verbatim knows of English words.
pub static LEXICON: Lexicon = Lexicon {
    function_words: FUNCTION_WORDS,
    cues: WordList::new(
        "accuse accused accuses accusing acknowledged acknowledges added adding adds \
         admit admits admitted advised affirmed agreed agrees alleged announced announces \
         answered argue argued argues arguing asked asking asks asserted assured attacked \
         barked beamed believes blasted blasts boasted boomed bragged branded brands call \
         called calling calls cautioned chanted chanting characterized characterizes \
         charged chimed claim claimed claiming claims commented complained complains \
         conceded concedes concluded concludes confided confirmed contended continued \
         countered cracked cried criticised criticize criticized criticizes declared \
         declares declaring decried decries deemed demanded demands denounce denounced \
         denounces deny derided describe described describes describing dismiss dismissed \
         dismisses dub dubbed dubs emailed emphasized emphasizes exclaimed explained \
         explaining explains finds found fumed griped gushed hailed hails hinted \
         indicated insist insisted insisting insists interjected joked jokes label \
         labeled labelled lamented lamenting laments lauded laughed maintained marveled \
         mentioned mentions mock mocked mused muttered noted notes noting observed \
         pleaded pledged pledges pointed pondered portrayed posted praise praised praises \
         praising predicted predicting predicts pressed proclaimed promised promises \
         protested questioned questions quipped railed rails reacted reasoned recalled \
         recalls recounted referred referring refers reiterated remarked remembered \
         repeated repeats replied reported reports responded retorted ridiculed said say \
         saying says scoffed shouted sighed slam slammed slamming slams snapped sniped \
         speaking speaks spoke stated stressed stresses suggest suggested suggests tell \
         telling tells termed testified texted thinks told touted touts tweeted tweeting \
         tweets urged urges vented vowed vows warn warned warning warns whispered \
         wondered wonders writes writing wrote yelled",
    ),
    according: WordList::new("according"),
    auxiliaries: WordList::new(
        "again already also earlier had has have however is later now once previously still \
         then too was were will would",
    ),
    after_subject: WordList::new(""),
    he: WordList::new("he him"),
    she: WordList::new("her she"),
    titles: TITLES,
    particles: WordList::new(""),
    articles: WordList::new("a an the"),
    conjunctions: WordList::new("and but nor or"),
    elisions: WordList::new("bout cause em round til tis twas"),
    not_names: WordList::new(""),
    thing_endings: WordList::new(""),
    clause_openers: WordList::new("although and as because but or so when while yet"),
    determiners: WordList::new("a an another her his its one our several some the their three two"),
    prepositions: WordList::new(
        "after as at before during earlier from in last later of on that this to when while",
    ),
    relatives: WordList::new("what which who whom"),
    subject_relatives: WordList::new("which who"),
    apposition_clauses: WordList::new("asked where which who whose"),
    adverb_endings: WordList::new("ly"),
    participle_endings: WordList::new("ing"),
    past_endings: WordList::new("ed"),
    sentence_adverbs: WordList::new("moreover"),
    finite_auxiliaries: WordList::new(
        "are can could had has have is may might must should was were will would",
    ),
    complementizers: WordList::new("that"),
    phrase_ends: WordList::new("by for who whose with"),
    he_titles: HE_TITLES,
    she_titles: SHE_TITLES,
    roles: ROLES,
    first_person: WordList::new("i i’d i’ll i’m i’ve me mine my myself"),
    second_person: WordList::new("you your yours yourself yourselves you’d you’ll you’re you’ve"),
    other_pronouns: WordList::new("i it they we you"),
    months: MONTHS,
    weekdays: WEEKDAYS,
    calendar_short: CALENDAR_SHORT,
    stock: &[
        "according to a statement",
        "at a news conference",
        "at a press conference",
        "contributed to this report",
        "could not be reached for comment",
        "could not immediately be reached for comment",
        "declined to comment",
        "did not immediately respond to a request for comment",
        "did not immediately respond to requests for comment",
        "did not immediately return a request for comment",
        "did not respond to a request for comment",
        "did not respond to requests for comment",
        "did not return a request for comment",
        "not authorized to speak publicly",
        "on condition of anonymity",
        "on the condition of anonymity",
        "said in a news release",
        "said in a statement",
        "this is a developing story",
        "this story has been updated",
        "told reporters",
        "was not immediately available for comment",
        "were not immediately available for comment",
    ],
    verb_second: false,
};

/// English's two words before a source (`according to X`): of the lexicons' words for
/// "according to", the only one that needs a word after it.
pub(crate) const ACCORDING_TO: &str = "according to";

/// Titles, honorifics and the job words news puts before a name as one (`Fed Chair Jerome
/// Powell`, `Economist Maria Lopez`, `Reader Mark`), abbreviated ones without their stop
/// (`Gen`, `Sgt`), and the party labels it puts there alike (`Republican Ted Cruz`, not a
/// person called Republican Cruz). The name reader splits them from a capitalised name.
pub(crate) const TITLES: WordList = WordList::new(
    "adm admiral adviser advisor alderman alderwoman ambassador analyst archbishop \
     assemblyman assemblywoman attorney ayatollah bishop capt captain cardinal ceo chair \
     chairman chairwoman chancellor chief coach col colonel commander commissioner \
     congressman congresswoman councillor councilman councilmember councilor councilwoman \
     cpl democrat democratic deputy detective director dr economist emir envoy executive \
     father forecaster founder gen general gov governor imam inspector judge \
     justice king lawmaker leader lieutenant lt maj major mayor minister mr mrs ms \
     officer pastor pope premier president prince princess principal prof professor \
     prosecutor queen rabbi reader rep representative republican rev reverend sec \
     secretary sen senator sergeant sgt sheikh sheriff sir speaker spokesman spokesperson \
     spokeswoman superintendent treasurer trooper vp",
);

/// Honorifics and titles that come with `he`, and with `she` (`Mr.`, `Councilwoman`).
pub(crate) const HE_TITLES: WordList = WordList::new(
    "alderman assemblyman chairman congressman councilman father king lord mr prince sir \
     spokesman",
);
pub(crate) const SHE_TITLES: WordList = WordList::new(
    "alderwoman assemblywoman chairwoman congresswoman councilwoman dame lady miss mrs ms \
     princess queen sister spokeswoman",
);

/// Offices a definite description names a speaker by (`the captain said`, `The top US
/// military officer said`).
pub(crate) const ROLES: WordList = WordList::new(
    "adviser advisor captain chairman chief coach commander diplomat envoy general governor \
     judge leader manager mayor minister officer president secretary senator spokesman \
     spokeswoman",
);

/// The months, and the days of the week.
pub(crate) const MONTHS: WordList = WordList::new(
    "april august december february january july june march may november october september",
);
pub(crate) const WEEKDAYS: WordList =
    WordList::new("friday monday saturday sunday thursday tuesday wednesday");

/// The abbreviations of months and weekdays that are not also words (`Sat`, `Sun`, `Wed`,
/// `Mar` and `Jan` are): a calendar word even without its full stop.
pub(crate) const CALENDAR_SHORT: WordList =
    WordList::new("apr aug dec feb fri jul jun mon nov oct sep sept thu thur thurs tue tues");

/// The prepositions that open an absolute construction, whose noun phrase is the subject
/// of the participle after it (`…, with Gorka noting the absurdity of …`).
pub(crate) const ABSOLUTE_OPENERS: WordList = WordList::new("with");

/// The prepositions of a comparison that may open a sentence before its subject (`Like
/// Corker, Menendez also rejected …`): the one compared is not the subject.
pub(crate) const COMPARISONS: WordList = WordList::new("like unlike");

/// Verbs that tell of a retort before [`RETORT`] (`Sanders shot back, “…”`, `Rubio fired
/// back:`): with it, a verb of saying.
pub(crate) const RETORTS: WordList = WordList::new("fired hit shot");

/// The word after one of [`RETORTS`].
pub(crate) const RETORT: &str = " back";

/// Lower-case English function words, sorted for binary search: the evidence that a
/// paragraph is prose, the words a term count leaves out, and some of what tells English
/// from the other languages. (`text::stopwords` packs them for its own quick lookups.)
pub(crate) const FUNCTION_WORDS: WordList = WordList::new(
    "a about above after again against all also although am among an and any are as at be \
     because been before being below between both but by can could despite did do does \
     doing don’t down during each even every few for from further had has have having he \
     her here hers herself him himself his how however i if in into is it its itself it’s \
     just many may me might more most much must my myself no nor not now of off on once \
     one only or other our ours ourselves out over own said same says she should since so \
     some such than that the their theirs them themselves then there these they this \
     those though through to too under unless until up upon us very was we were what when \
     where whereas whether which while who whom whose why will with within without would \
     yet you your yours yourself",
);
