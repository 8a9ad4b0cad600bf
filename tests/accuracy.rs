//! Who said what, measured on real news and fiction nobody on the team wrote.
//!
//! The corpora live beside the repository, in `../shared/corpora/` (they are not ours to
//! redistribute, so no text of theirs is copied here): PolNeAR's train split (US political
//! news, every attribution annotated by hand) and the multilingual set (German, Dutch,
//! French, Spanish, Italian, Portuguese). `tests/accuracy/split.tsv` splits them, once,
//! into `dev` articles that rules are developed on and `score` articles that are only
//! scored. The floors below hold the `score` parts at what was measured there, so any
//! regression fails.
//!
//! Scoring follows the corpora's READMEs to the letter:
//! - recall: a gold quotation is found when one reported quotation whose `speech` is true
//!   covers at least 80% of its inner characters (quotation marks and white space ignored);
//! - precision (PolNeAR only): reported speech of four words or more with at least half its
//!   inner characters inside a gold quotation or any annotated Content span;
//! - speaker (name): on found quotations whose source is a name (transcript quotations,
//!   `source_inside_quote`, aside), the reported speaker contains one of the name's tokens,
//!   case and accents folded, `ß` as `ss`;
//! - pronoun → name: on found quotations whose source is a pronoun, the speaker is neither
//!   null nor a pronoun; description: on those whose source is a description, not null.
//!
//! PolNeAR's README checks a pronoun's speaker "by hand on a sample: it must be the right
//! person"; the rule above credits any non-pronoun, a clause or a fragment taken for a name
//! (`En Dora`, `Ein Schlucken`) included. Where the gold says whom a pronoun stands for
//! (`speaker_entity`: Dutch, French, Italian, Portuguese), one more figure, not in the
//! READMEs, asks for the right one:
//! - pronoun → referent: on found quotations whose source is a pronoun, the speaker shares a
//!   word with the gold `speaker_entity` (folded, articles and possessives left out; a
//!   first-person narrator, `ik`, is no one to name and is left out). The entity is the
//!   mention the annotator linked, so a later name of the same person (`Een jonge dame`,
//!   named `Miss Morstan` pages on) counts wrong: a lower bound.
//!
//! `cargo test --test accuracy -- --nocapture` prints the table. `ACCURACY_DUMP=FILE`
//! writes every miss of the `dev` parts to FILE, and each dev part's speakers by rule, for
//! development; the `score` parts are never dumped.

// Native only: it reads files and JSON.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;
use unicode_segmentation::UnicodeSegmentation;
use verbatim::report::Quote;
use verbatim::{analyze, Input};

/// Floors on the `score` parts: (corpus, measure, floor), each at what was last measured
/// there (`cargo test --test accuracy -- --nocapture`), so that any regression fails.
const FLOORS: &[(&str, &str, f64)] = &[
    ("polnear", "recall", 0.968),
    // 1180/1202 -> 1181/1204 when headlines' quotations became speech (`John McCain:
    // Republican Populist Anger Appeals to ‘Bad Angels Of Our Nature.’`): two more gold
    // quotations found, one quotation found that is not annotated.
    ("polnear", "precision", 0.980),
    // 820/871 -> 820/874 when English's base forms of verbs of saying came in (`to call
    // Fields “totally delusional”`, `will accuse you of engaging in a “freak out.”`): six
    // more gold quotations found (recall 0.962 -> 0.966), three of them named ones whose
    // speaker was not the one annotated; on the dev part 4103/4311 -> 4107/4316.
    // 820/874 -> 819/874 when a partial quotation's sentence running on after it may name
    // its speaker after a title in lower case (`… “admittedly brash on-line personality,”
    // public defender Shannon S. Quill wrote, …`): on the dev part 4110 -> 4112/4319.
    // 821 -> 822/874 when a clause read as a subject gave the one person it names (`The
    // anxiety … was underscored Wednesday when House Speaker Paul D. Ryan of Wisconsin
    // lamented the "disheartened" state`): on the dev part 4151 -> 4152/4325, 27 of 7812
    // speakers changed, most from a clause to its person.
    // 822 -> 824/874 when the words that end a speaker's phrase (`for`, `with`, `by`, `who`,
    // `whose`) came into the English lexicon, one list for the two readings that had each
    // its own: a name after a relative is no longer the speaker's (`one source who
    // identified Sullivan but spoke …` is not Jake Sullivan); on the dev part one speaker
    // changed so, no figure moved.
    // 824 -> 825/874 in session 16 (a dash typed `--` before a name, a verb after `who`,
    // `shot back`): on the dev part 4170 -> 4175/4325.
    ("polnear", "speaker", 0.944),
    // 325 -> 326/338 when `spoke`, `speaks` and `speaking` became verbs of saying (`… since
    // Trump spoke only in evasive bromides during the interview.` and his words after).
    ("polnear", "pronoun", 0.964),
    // 155/165 -> 158/169 with English's base forms of verbs of saying: four more quotations
    // of described sources found, one of them given no speaker.
    // 158/169 -> 158/170 when `according to X` made a few words quoted in its sentence
    // speech (`According to his physician, he had “astonishingly excellent” results`):
    // one more quotation of a described source found (recall 1406 -> 1407/1455), given no
    // speaker; on the dev part 575/623 -> 581/629.
    ("polnear", "description", 0.930),
    // Recall and pronouns in German and Dutch fell when apostrophes of elided words (`'t`,
    // `'n`, `'m`) stopped opening quotations: the spans they opened overlapped annotated
    // quotations by chance (dev, Nescio_Dichtertje: `'m, omdat ie … De a` covered “'t
    // Ideaaltje”); German 430/446 -> 426/446, Dutch 91/91 -> 89/91, German pronoun
    // 124/174 -> 120/170, while named speakers rose (German 56 -> 57 of 91, Dutch 20 -> 28
    // of 39).
    // 120/170 -> 120/171 when German's verbs of saying grew from fiction's dialogue
    // (beteuerte, brüllte, flüsterte, kicherte, stöhnte, …): German recall 426 -> 431/446
    // and named speakers 65/91 -> 69/93, one more quotation found whose source is a
    // pronoun not resolved to a name; on the dev part named 188/218 -> 190/219, pronoun
    // 284/416 unchanged.
    // 120 -> 122/171 with the `reaction` rule (below); 122 -> 124/171 when `er` or `sie`
    // far from any name went to the one person the article names at least twice as often
    // as anyone else it may stand for (dev 288 -> 292/416).
    // 124 -> 136/171 when `er` and `sie` stopped standing for a narrator who spoke before
    // (`»Was gibt es Neues?« fragte ich. … »Nichts Gutes«, sagte er.` gave `ich`): on the
    // dev part 287 -> 299/416.
    // 136 -> 134/170 (and recall 431 -> 430/446) when a word of the language's grammar
    // opening a run of capitals stopped being part of a name (`Als Helmerich`, `En Dora`,
    // `Mein Gott`: 168 of 1,502 people on the dev parts were such fragments, and none of
    // them is now). What was lost was credit through them: on the dev part, `»'ß Good
    // beinand«` had the speaker `Und die Mirl` and was speech by it, and `sie` and `er` went
    // to fragments; named speakers held (dev 190/219, score 73/93).
    // 134 -> 135/170 when the polite `Ihnen` became a pronoun and a pronoun stopped
    // opening a name (`Gelingt Ihnen`); 135 -> 134/170 when a lone word of grammar opening
    // its sentence stopped being someone (`Nie`, `never`, spoke two dev quotations).
    // 134/170 -> 138/174 with the verb and pronoun after a quotation (see German recall).
    ("de", "pronoun", 0.793),
    // 32 -> 34/41 with the `reaction` rule; its sentence may open on a pronoun (`"Ga je
    // dan nog uit?" Ze keek op.`): on the dev part Dutch pronoun 218 -> 222/238.
    // 34/41 -> 27/41 when the measure learnt Dutch's `ik`, `gij`, `u` (and Spanish's,
    // Portuguese's, Italian's first and second persons) for pronouns: a narrator's `ik`
    // had been credited as a name. Not a change of the product: a correction of the
    // measure, which the README leaves to us for these corpora. With it, `hij` and `ze`
    // no longer standing for the narrator (see German) moved the dev part 135 -> 175/238,
    // the score part not.
    // 27 -> 24/41 with the grammar words out of names (see German): `En Dora` had `En` for
    // a variant, so every sentence opening on `En` counted as a mention of her and a
    // pronoun pages from her name still found her; on the dev part the referent figure
    // rose all the same (47 -> 48/191), and named speakers rose on the score part.
    ("nl", "pronoun", 0.585),
    // Whom the pronoun stands for, as the gold says (see the module's doc): Dutch 12/22,
    // French 6/7 (dev parts: 47/191 and 9/15; Dutch's dev 38 -> 47 with the narrator fix).
    // 12 -> 10/22 with the grammar words out of names (see Dutch's pronoun floor).
    ("nl", "referent", 0.455),
    ("fr", "referent", 0.857),
    // 430 -> 434/446 when a verb and a personal pronoun after a quotation closing on a comma
    // became the narrator's incise whatever the verb (`»Ja,« zitterte er`, `„Meine Mutter,“
    // stellte er mich ihr vor`): on the dev parts German recall 980 -> 985/1010 and pronoun
    // 287/414 -> 292/419, Dutch recall 475 -> 478/489, pronoun 167/238 -> 171/240 and
    // referent 57 -> 61/193.
    // 434 -> 436/446 when words cried or asked in a row became speech, not a title, in a
    // language other than English (`»Was?! Famose Kröte!«`, `»Mein Herr! Bitte!«`): on the
    // dev part 985 -> 989/1010.
    ("de", "recall", 0.978),
    // 69/93 -> 70/93 when German's and Dutch's verbs of saying took in the rest of the
    // common ones (nickte, fauchte, verlangte, widersprach, bestätigt; knikte, opperde,
    // prevelde, verzekerde, …): on the dev part German pronoun 284 -> 285/416, Dutch
    // recall 474 -> 475/489 and pronoun 217 -> 218/238, named speakers unchanged.
    // 70/93 -> 72/93 when a quotation ending its sentence, its paragraph going on with a
    // sentence opening on someone's name, became theirs (`reaction`: `»Was ist denn das für
    // ein Knote?!!« Olaf war steil in die Höhe gefahren.`): on the dev part German pronoun
    // 287 -> 288/416, Portuguese named 26 -> 27/29, PolNeAR pronoun 1707 -> 1708/1747, no
    // named speaker lost. Without its check that the name opens on no article (`Die
    // Blätter`), dev German pronouns rose to 299 by nouns taken for people: left out.
    // 73/93 -> 74/94 with words cried in a row as speech (see German recall) and `Gott`
    // no person: on the dev part 190/219 -> 190/221 (`Niels` was `Gott` by a vocative, is
    // now `Thienwiebel`, his surname; `»Mein Herr! Bitte!«` goes to `Famose Kröte`, words
    // of a quotation read as a name).
    ("de", "speaker", 0.787),
    // (Dev 478 -> 484/489 when a few words quoted as a sentence of their own, their stop
    // after the closing mark, became speech: `"Ik trouw niet". Ze zei 't …`; the score
    // part unchanged.)
    ("nl", "recall", 0.978),
    // 30 -> 31/39 when a word of the language's grammar opening a run stopped being part
    // of a name (`En Dora`, `Maar Bavink`).
    ("nl", "speaker", 0.795),
    ("fr", "recall", 0.903),
    ("fr", "speaker", 0.938),
    ("es", "recall", 0.917),
    ("es", "speaker", 0.833),
    ("it", "recall", 1.000),
    // 7 of 9 -> 7 of 10 when the `opening` rule's partial quotations came in: one more
    // quotation found (recall 0.933 -> 1.000), its speaker not the one annotated.
    ("it", "speaker", 0.700),
    ("pt", "recall", 1.000),
    ("pt", "speaker", 0.933),
];

fn corpora() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora")
}

/// Quotation marks, left out of the characters a quotation is measured by.
fn is_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '”' | '„' | '‟' | '«' | '»' | '‹' | '›' | '‘' | '’' | '‚' | '`'
    )
}

/// Lower case, accents folded, `ß` as `ss`: how names are compared.
fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        let plain = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => "a",
            'ç' | 'č' | 'ć' => "c",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ě' => "e",
            'ì' | 'í' | 'î' | 'ï' | 'ī' => "i",
            'ñ' | 'ń' | 'ň' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => "o",
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' => "u",
            'ý' | 'ÿ' => "y",
            'š' | 'ś' => "s",
            'ž' | 'ź' | 'ż' => "z",
            'ß' => "ss",
            '’' => "'",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(plain);
    }
    out
}

/// Pronouns of the corpora's languages, which a speaker must not be.
fn is_pronoun(s: &str) -> bool {
    const PRONOUNS: &[&str] = &[
        "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "er", "sie", "es",
        "ich", "wir", "ihr", "du", "il", "elle", "ils", "elles", "on", "je", "nous", "vous", "él",
        "ella", "ellos", "ellas", "lui", "lei", "loro", "ele", "ela", "eles", "elas", "hij", "zij",
        "ze", "wij", "jij", "ik", "gij", "u", "jullie", "yo", "tú", "usted", "nosotros", "eu",
        "você", "nós", "io", "noi", "voi", "tu",
    ];
    PRONOUNS.contains(&fold(s.trim()).as_str())
}

/// The words of a mention that can tell who it is, folded: not a pronoun, not an article
/// or a possessive (`Een jonge dame` → jonge, dame; `un porte-parole de la police` →
/// porte-parole, police; `ik` → none).
fn content_words(s: &str) -> Vec<String> {
    const GRAMMAR: &[&str] = &[
        "the", "a", "an", "of", "his", "her", "their", "de", "het", "een", "van", "der", "die",
        "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "le", "la", "les",
        "un", "une", "du", "d", "l", "el", "los", "las", "lo", "il", "gli", "uno", "una", "di",
        "o", "os", "um", "uma", "do", "da", "dos", "y", "et", "and", "und", "en", "e", "t", "z'n",
        "n", "mijn", "zijn", "haar", "sein", "seine", "ihr", "ihre", "son", "sa", "ses", "su",
        "sus",
    ];
    s.split(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’')))
        .map(|w| fold(w.trim_matches(['\'', '’'])))
        .filter(|w| !w.is_empty() && !is_pronoun(w) && !GRAMMAR.contains(&w.as_str()))
        .collect()
}

/// Code-point offset of each UTF-16 offset of `text` (the report speaks UTF-16; the
/// corpora, Python's code points).
fn code_points(text: &str) -> Vec<usize> {
    let mut map = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.chars().enumerate() {
        for _ in 0..c.len_utf16() {
            map.push(i);
        }
    }
    map.push(text.chars().count());
    map
}

#[derive(Default, Clone, Copy)]
struct Ratio {
    hit: usize,
    of: usize,
}

impl Ratio {
    fn add(&mut self, hit: bool) {
        self.of += 1;
        self.hit += usize::from(hit);
    }
    fn value(self) -> Option<f64> {
        (self.of > 0).then(|| self.hit as f64 / self.of as f64)
    }
    fn show(self) -> String {
        match self.value() {
            Some(v) => format!("{v:.3} ({}/{})", self.hit, self.of),
            None => "-".to_string(),
        }
    }
}

#[derive(Default)]
struct Score {
    articles: usize,
    recall: Ratio,
    recall_long: Ratio,
    recall_short: Ratio,
    precision: Ratio,
    /// Not in the READMEs' rules, shown so that calling short quotes speech stays honest:
    /// the same precision over reported speech of fewer than four words.
    precision_short: Ratio,
    speaker: Ratio,
    pronoun: Ratio,
    /// A pronoun's speaker is whom it stands for (see the module's doc).
    referent: Ratio,
    description: Ratio,
    /// How many found quotations each rule gave a speaker, and how many of those with a
    /// named source it got right.
    rules: BTreeMap<String, Ratio>,
}

impl Score {
    fn measure(&self, name: &str) -> Option<f64> {
        match name {
            "recall" => self.recall.value(),
            "precision" => self.precision.value(),
            "speaker" => self.speaker.value(),
            "pronoun" => self.pronoun.value(),
            "referent" => self.referent.value(),
            "description" => self.description.value(),
            _ => None,
        }
    }
}

struct Split {
    /// (corpus, file) → part.
    parts: BTreeMap<(String, String), String>,
}

impl Split {
    fn read() -> Split {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/accuracy/split.tsv");
        let text = fs::read_to_string(&path).expect("tests/accuracy/split.tsv");
        let parts = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                assert_eq!(f.len(), 3, "split.tsv: {l}");
                ((f[0].to_string(), f[1].to_string()), f[2].to_string())
            })
            .collect();
        Split { parts }
    }
}

/// The inner characters of a gold span (code points `[start, end)`), as positions.
fn inner_positions(chars: &[char], start: usize, end: usize) -> Vec<usize> {
    (start..end.min(chars.len()))
        .filter(|&i| !is_mark(chars[i]) && !chars[i].is_whitespace())
        .collect()
}

fn score_article(
    corpus: &str,
    article: &Value,
    text: &str,
    score: &mut Score,
    dump: Option<&mut String>,
) {
    let report = analyze(&[Input::new("article", text)]);
    let quotes: &[Quote] = &report.documents[0].quotes;
    let map = code_points(text);
    let chars: Vec<char> = text.chars().collect();
    // Reported speech, in code points.
    let speech: Vec<(usize, usize, &Quote)> = quotes
        .iter()
        .filter(|q| q.speech)
        .map(|q| (map[q.start], map[q.end], q))
        .collect();
    score.articles += 1;
    let mut misses = String::new();
    let gold = article["quotes"].as_array().cloned().unwrap_or_default();
    let span = |v: &Value| {
        (
            v["start"].as_u64().unwrap_or(0) as usize,
            v["end"].as_u64().unwrap_or(0) as usize,
        )
    };
    for g in &gold {
        let (start, end) = span(g);
        let inner = inner_positions(&chars, start, end);
        if inner.is_empty() {
            continue;
        }
        let found = speech
            .iter()
            .map(|&(s, e, q)| (inner.iter().filter(|&&i| i >= s && i < e).count(), q))
            .max_by_key(|&(covered, _)| covered)
            .filter(|&(covered, _)| covered * 5 >= inner.len() * 4)
            .map(|(_, q)| q);
        let words = g["words"].as_u64().unwrap_or(0);
        score.recall.add(found.is_some());
        if words >= 4 {
            score.recall_long.add(found.is_some());
        } else {
            score.recall_short.add(found.is_some());
        }
        let text_of = |s: usize, e: usize| chars[s..e.min(chars.len())].iter().collect::<String>();
        let Some(q) = found else {
            let kind = quotes
                .iter()
                .find(|q| map[q.start] < end && map[q.end] > start)
                .map(|q| format!("{:?}", q.kind));
            let _ = writeln!(
                misses,
                "MISSED [{}] {:?} source={:?} reported={}\n    context: {:?}",
                g["source_type"].as_str().unwrap_or("-"),
                text_of(start, end),
                g["source"].as_str(),
                kind.as_deref().unwrap_or("none"),
                text_of(start.saturating_sub(160), end + 120)
            );
            continue;
        };
        let speaker = q.speaker.as_deref();
        let rule = q.rule.clone().unwrap_or_else(|| "-".to_string());
        match g["source_type"].as_str() {
            Some("name") if !g["source_inside_quote"].as_bool().unwrap_or(false) => {
                let mut names: Vec<String> = g["names"]
                    .as_array()
                    .map(|a| a.iter().filter_map(|n| n.as_str()).map(fold).collect())
                    .unwrap_or_default();
                if names.is_empty() {
                    names.extend(g["last_name"].as_str().map(fold));
                }
                let right = speaker
                    .map(fold)
                    .is_some_and(|s| names.iter().any(|n| !n.is_empty() && s.contains(n)));
                score.speaker.add(right);
                score.rules.entry(rule).or_default().add(right);
                if !right {
                    let _ = writeln!(
                        misses,
                        "SPEAKER want {:?} got {:?} cue={:?} rule={:?} in {:?}\n    context: {:?}",
                        g["source"].as_str(),
                        speaker,
                        q.cue,
                        q.rule,
                        text_of(start, end),
                        text_of(start.saturating_sub(160), end + 120)
                    );
                }
            }
            Some("pronoun") => {
                let right = speaker.is_some_and(|s| !is_pronoun(s));
                score.pronoun.add(right);
                let whom = g["speaker_entity"]
                    .as_str()
                    .map(content_words)
                    .unwrap_or_default();
                if !whom.is_empty() {
                    let said = speaker.map(content_words).unwrap_or_default();
                    let right = said.iter().any(|w| whom.contains(w));
                    score.referent.add(right);
                    if !right {
                        let _ = writeln!(
                            misses,
                            "REFERENT {:?} is {:?} got {:?} in {:?}",
                            g["source"].as_str(),
                            g["speaker_entity"].as_str(),
                            speaker,
                            text_of(start, end)
                        );
                    }
                }
                if !right {
                    let _ = writeln!(
                        misses,
                        "PRONOUN {:?} got {:?} in {:?}",
                        g["source"].as_str(),
                        speaker,
                        text_of(start, end)
                    );
                }
            }
            Some("description") => {
                score.description.add(speaker.is_some());
            }
            _ => {}
        }
    }
    if corpus == "polnear" {
        // Every Content span and gold quotation, as sorted code-point ranges.
        let mut covered: Vec<(usize, usize)> = gold.iter().map(span).collect();
        for spans in article["content_spans"].as_array().into_iter().flatten() {
            for s in spans.as_array().into_iter().flatten() {
                if let Some(pair) = s.as_array() {
                    let at = |i: usize| pair.get(i).and_then(Value::as_u64).unwrap_or(0) as usize;
                    covered.push((at(0), at(1)));
                }
            }
        }
        for &(s, e, q) in &speech {
            let inner = inner_positions(&chars, s, e);
            let inside = inner
                .iter()
                .filter(|&&i| covered.iter().any(|&(a, b)| i >= a && i < b))
                .count();
            let right = inside * 2 >= inner.len();
            if q.text.unicode_words().count() < 4 {
                score.precision_short.add(right);
                continue;
            }
            score.precision.add(right);
            if !right {
                let _ = writeln!(misses, "EXTRA {:?} speaker={:?}", q.text, q.speaker);
            }
        }
    }
    if let Some(dump) = dump {
        if !misses.is_empty() {
            let _ = writeln!(dump, "== {corpus} {}\n{misses}", article["file"]);
        }
    }
}

#[test]
fn accuracy_on_text_nobody_here_wrote() {
    let root = corpora();
    assert!(
        root.join("polnear/train.json").exists(),
        "the annotated corpora are expected at {} (shared/ beside the repository)",
        root.display()
    );
    let split = Split::read();
    let dump_path = std::env::var_os("ACCURACY_DUMP");
    let mut dump = String::new();
    let mut scores: BTreeMap<(String, String), Score> = BTreeMap::new();
    let sets: Vec<(&str, PathBuf)> = std::iter::once(("polnear", root.join("polnear")))
        .chain(
            ["de", "nl", "fr", "es", "it", "pt"]
                .into_iter()
                .map(|l| (l, root.join("multilingual").join(l))),
        )
        .collect();
    for (corpus, dir) in &sets {
        let index = dir.join("train.json");
        let articles: Value =
            serde_json::from_str(&fs::read_to_string(&index).expect("corpus index"))
                .expect("corpus index is JSON");
        let base = if *corpus == "polnear" {
            dir.clone()
        } else {
            dir.parent().expect("multilingual folder").to_path_buf()
        };
        for article in articles.as_array().expect("a list of articles") {
            let file = article["file"].as_str().expect("file").to_string();
            let part = split
                .parts
                .get(&(corpus.to_string(), file.clone()))
                .unwrap_or_else(|| panic!("{corpus}/{file} is not in split.tsv"))
                .clone();
            let text_path = base.join(article["text_path"].as_str().expect("text_path"));
            let text = fs::read_to_string(&text_path).expect("article text");
            let score = scores
                .entry((corpus.to_string(), part.clone()))
                .or_default();
            let dump = (dump_path.is_some() && part == "dev").then_some(&mut dump);
            score_article(corpus, article, &text, score, dump);
        }
    }
    if let Some(path) = dump_path {
        // Each dev part's speakers by rule, for development.
        for ((corpus, part), s) in &scores {
            if part == "dev" {
                let _ = writeln!(dump, "== rules {corpus}");
                for (rule, r) in &s.rules {
                    let _ = writeln!(dump, "  {rule:<24} {}", r.show());
                }
            }
        }
        fs::write(path, dump).expect("ACCURACY_DUMP is writable");
    }
    println!(
        "{:<8} {:<5} {:>4}  {:<20} {:<20} {:<20} {:<20} {:<20} {:<20} {:<20} {:<20} {:<20}",
        "corpus",
        "part",
        "docs",
        "recall",
        "recall >=4 words",
        "recall <4 words",
        "precision",
        "speaker (name)",
        "pronoun -> name",
        "pronoun -> referent",
        "description",
        "precision <4 words"
    );
    for ((corpus, part), s) in &scores {
        println!(
            "{:<8} {:<5} {:>4}  {:<20} {:<20} {:<20} {:<20} {:<20} {:<20} {:<20} {:<20} {:<20}",
            corpus,
            part,
            s.articles,
            s.recall.show(),
            s.recall_long.show(),
            s.recall_short.show(),
            s.precision.show(),
            s.speaker.show(),
            s.pronoun.show(),
            s.referent.show(),
            s.description.show(),
            s.precision_short.show()
        );
    }
    println!("\nspeakers of named sources by rule, dev parts (right / given):");
    let mut by_rule: BTreeMap<&str, Ratio> = BTreeMap::new();
    for ((_, part), s) in &scores {
        if part == "dev" {
            for (rule, r) in &s.rules {
                let t = by_rule.entry(rule).or_default();
                t.hit += r.hit;
                t.of += r.of;
            }
        }
    }
    for (rule, r) in &by_rule {
        println!("  {rule:<24} {}", r.show());
    }
    let mut failed = Vec::new();
    for &(corpus, measure, floor) in FLOORS {
        let s = &scores[&(corpus.to_string(), "score".to_string())];
        let v = s.measure(measure).unwrap_or(0.0);
        // Compared as printed, to three places.
        if (v * 1000.0).round() < (floor * 1000.0).round() {
            failed.push(format!("{corpus} {measure}: {v:.3} < floor {floor:.3}"));
        }
    }
    assert!(failed.is_empty(), "below the floors: {failed:?}");
}
