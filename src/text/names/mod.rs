//! The people and organisations an article names, each once, however it names them.
//!
//! A reader knows that "Chairman of the Joint Chiefs of Staff Gen. Mark Milley",
//! "Gen. Mark A. Milley", "General Milley" and "Milley’s" are one person, and that
//! "National Security Advisor Jake Sullivan" is Jake Sullivan holding a title. This module
//! reads runs of capitalised words inside the article's sentences: titles are split off,
//! middle initials and possessives dropped, runs with an organisation word (`Council`,
//! `Club`, `Pentagon`) or in capitals (`NATO`) are organisations (joined across `and` when
//! what comes before names what an institution does: `National Security and Defense
//! Council`), such words never make a person (`National Security`), and a lone surname is
//! merged into the one person of the article who bears it. Quotation attribution uses the
//! same canonical names, so "he" and "Milley" end up as "Mark Milley".
//!
//! It works without a gazetteer, so a lone capitalised word that is not a known surname
//! (`Russia`, `Kherson`) is left alone rather than guessed at.
//!
//! This file reads runs of capitalised words into names; the word lists it asks (titles,
//! organisation words, calendar words…) and the token that carries their answers are in
//! `words.rs`.

use std::borrow::Cow;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::is_stopword;
use crate::lang::{Lang, Lexicon};
use crate::util::FastMap;

/// A person or an organisation named in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Name {
    /// The canonical name: first and last name for a person, the full name of an
    /// organisation.
    pub name: String,
    pub kind: NameKind,
    /// How many times the text names it, in any form.
    pub mentions: usize,
    /// The forms it was named in, as written (titles included), sorted.
    pub variants: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NameKind {
    Person,
    Organization,
}

mod found;
mod given;
mod words;

use found::Found;

pub use given::given_name_gender;

use words::{
    listed, Token, CALENDAR_KEYS, GENERATIONS, INSTITUTIONAL_KEYS, NOT_ORGANIZATION_KEYS,
    ORGANIZATION_KEYS, PLACE_OPENERS, PLACE_SHORT, PROPER_SINGLE_KEYS, SHARED_KEYS, THING_KEYS,
};

/// The names in `text`, read from the given sentences (byte ranges into `text`) and the
/// words inside them, most mentioned first. `language` is the article's: its titles are
/// split from names (`Bundeskanzler Olaf Scholz`, `le président Emmanuel Macron`), and its
/// function words open no name (`Die Opposition`, `Según Feijóo`); English's are always
/// known, and in an English article `Los Angeles` and `De Niro` stay whole.
// Not inlined: it runs once per document, and apart it stays one entry in a profile.
#[inline(never)]
pub fn names(
    text: &str,
    sentences: &[Range<usize>],
    words: &[Range<usize>],
    language: Option<Lang>,
) -> Vec<Name> {
    let mut found = Found {
        foreign: Lang::foreign(language),
        ..Found::default()
    };
    let titles = found.foreign.map(|x| x.titles);
    // In another language, each sentence's first word and the first letters with which the
    // text writes it in lower case elsewhere (see `read_part`): keyed by the word after
    // its first letter, so that `Kom` meets `kom` without a lower-case copy of either.
    // (Only those words are kept and looked up: a map of every word cost 12% of the time
    // on German, which capitalises its nouns.)
    if found.foreign.is_some() {
        let mut k = 0;
        for sentence in sentences {
            while words.get(k).is_some_and(|r| r.start < sentence.start) {
                k += 1;
            }
            if let Some((rest, _)) = words.get(k).and_then(|r| split_initial(&text[r.clone()])) {
                crate::util::slot(&mut found.opening, rest);
            }
        }
        for r in words {
            let word = &text[r.clone()];
            if !word.starts_with(|c: char| c.is_ascii_lowercase()) {
                continue;
            }
            if let Some((rest, bit)) = split_initial(word) {
                if let Some(seen) = found.opening.get_mut(rest) {
                    *seen |= bit;
                }
            }
        }
    }
    // One sentence's tokens and the text before each, the buffers reused from sentence to
    // sentence.
    let mut tokens: Vec<Token> = Vec::new();
    let mut gaps = Vec::new();
    let mut w = 0;
    for sentence in sentences {
        while w < words.len() && words[w].start < sentence.start {
            w += 1;
        }
        tokens.clear();
        gaps.clear();
        let mut previous_end = sentence.start;
        let mut previous_start = sentence.start;
        while w < words.len() && words[w].end <= sentence.end {
            let mut r = words[w].clone();
            let mut joined_gap = None;
            // `Park Geun-hye`, `Alexandria Ocasio-Cortez`, `Jean-Pierre`: a hyphen inside a
            // name joins its halves into one word, so the name is never cut at it. A
            // lower-case half joins only inside a run of names (`Park Geun-hye`, not
            // `Saudi-led`).
            if let Some(last) = tokens.last() {
                let hyphen = matches!(&text[previous_end..r.start], "-" | "\u{2010}" | "\u{2011}");
                let second = &text[r.clone()];
                let in_name = second.starts_with(char::is_uppercase)
                    || tokens.len() >= 2
                        && tokens[tokens.len() - 2].capital
                        && !last.broken
                        && !tokens[tokens.len() - 2].possessive
                        && !tokens[tokens.len() - 2].title();
                if hyphen
                    && last.capital
                    && !last.possessive
                    && in_name
                    && second.chars().all(char::is_alphabetic)
                {
                    r.start = previous_start;
                    tokens.pop();
                    joined_gap = gaps.pop();
                }
            }
            let full = &text[r.clone()];
            // Most words do not end in `s`: no possessive to look for.
            let word = if full.ends_with('s') {
                full.strip_suffix("’s")
                    .or_else(|| full.strip_suffix("'s"))
                    .unwrap_or(full)
            } else {
                full
            };
            let gap = joined_gap.unwrap_or_else(|| &text[previous_end..r.start]);
            // Most gaps are a space: told from the bytes without decoding characters.
            let unbroken = gap
                .bytes()
                .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b'.'))
                || gap.chars().all(|c| c.is_whitespace() || c == '.');
            tokens.push(Token::new(
                word,
                text.as_bytes().get(r.end) == Some(&b'.'),
                !unbroken,
                word.len() < full.len(),
                titles,
            ));
            gaps.push(gap);
            previous_start = r.start;
            previous_end = r.end;
            w += 1;
        }
        // `Margaret “Peggy” Sullivan`: a nickname in quotation marks inside a name is left
        // out, and the name runs on across it.
        let mut k = 1;
        while k + 1 < tokens.len() {
            let only = |gap: &str, marks: &str| {
                // Most gaps are a space: no marks in them, known without trimming.
                if gap.bytes().all(|b| b.is_ascii_whitespace()) {
                    return false;
                }
                let gap = gap.trim();
                !gap.is_empty() && gap.chars().all(|c| marks.contains(c))
            };
            // The cheap tests first: three capitalised words in a row are rare.
            if tokens[k].capital
                && tokens[k - 1].capital
                && tokens[k + 1].capital
                && !tokens[k - 1].possessive
                && only(gaps[k], "“\"‘'")
                && only(gaps[k + 1], "”\"’'")
            {
                tokens.remove(k);
                gaps.remove(k);
                tokens[k].broken = false;
            } else {
                k += 1;
            }
        }
        spoken(&tokens, &mut found);
        read_sentence(&tokens, &mut found);
    }
    found.finish()
}

/// Notes each capitalised word that stands alone right after a verb of saying (`fragte
/// Jens`, `zei Dora`) or right before one (`Jens lachte`), in an article in another language
/// than English: someone, though the text may never name them in full.
/// (Not in English: `Officials said`, `Police say`; and news in English names its people
/// in full, where on the corpus's dev part the words alone changed no speaker.)
fn spoken<'t>(tokens: &[Token<'t>], found: &mut Found<'t>) {
    if found.foreign.is_none() {
        return;
    }
    let cue = |i: Option<usize>| {
        i.and_then(|i| tokens.get(i))
            .is_some_and(|t| !t.capital && crate::lang::is_cue(t.word))
    };
    // (A word after it, past a comma or in lower case, leaves it alone: `sagte Jens, Olaf
    // nickte`.)
    let alone_after = |k: usize| tokens.get(k + 1).is_none_or(|n| n.broken || !n.capital);
    for (k, t) in tokens.iter().enumerate() {
        // (The capital first: most words have none, and the look-ups are left undone.)
        if !t.capital || t.title() || t.possessive {
            continue;
        }
        let after = || !t.broken && cue(k.checked_sub(1)) && alone_after(k);
        // Before the verb, it opens the sentence or its clause, or follows a function word
        // that is no article (`und Jens lachte`): a noun has its article or adjective
        // before it (`der Zug fuhr`, `Die kleine Katze fauchte`).
        let opens = || {
            t.broken
                || k.checked_sub(1)
                    .and_then(|p| tokens.get(p))
                    .is_none_or(|p| {
                        !p.capital
                            && crate::lang::is_any_function_word(p.word)
                            && !crate::lang::is_article(p.word)
                    })
        };
        // (Not with a pronoun after the verb, its subject: `Waarom zei je`, `Daarin zei hij`,
        // `Natürlich sagte er` open on an adverb. Not `sie`, `ze`, as often the verb's
        // object: `Jens fragte sie`.)
        let inverted = || {
            tokens.get(k + 2).is_some_and(|n| {
                !n.broken
                    && found.foreign.is_some_and(|x| {
                        crate::lang::Folded::of(n.word)
                            .bytes()
                            .is_some_and(|w| x.he.holds(w) || x.other_pronouns.holds(w))
                    })
            })
        };
        let before = || {
            tokens.get(k + 1).is_some_and(|n| !n.broken)
                && cue(Some(k + 1))
                && opens()
                && !inverted()
        };
        // (Each look-up only when the cheaper tests before it pass: this reads every
        // capitalised word of an article, and German capitalises its nouns.)
        if (after() || before()) && !crate::lang::is_any_function_word(t.word) {
            found.spoken.insert(t.word, 0);
        }
    }
}

/// Finds the runs of capitalised words in one sentence and reads each.
fn read_sentence<'t>(tokens: &[Token<'t>], found: &mut Found<'t>) {
    let mut i = 0;
    while i < tokens.len() {
        // A run opens with a capital, or with a title written lower-case in the article's
        // language (`le président Emmanuel Macron`, `el ministro Óscar Puente`).
        if !tokens[i].capitalised() && !tokens[i].title() {
            i += 1;
            continue;
        }
        // A run: capitalised words, and connectors between two of them.
        let start = i;
        let mut end = i + 1;
        while end < tokens.len() && !tokens[end].broken && !tokens[end - 1].possessive {
            let t = &tokens[end];
            let proper = |t: &Token| t.capitalised() && !listed(&CALENDAR_KEYS, t);
            // Connectors join only between capitalised words: "Chiefs of Staff", "Club of the …".
            let after = tokens[end..]
                .iter()
                .position(|n| !n.connector() || n.broken)
                .map(|p| &tokens[end + p]);
            // A surname's particles join between capitalised words: `Charles de Gaulle`,
            // `Ursula von der Leyen`, after one given name only: `Femke Halsema van Amsterdam`
            // is of Amsterdam, `Banco Central de Chile` no one.
            let particles = || {
                let chain = particle_chain(&tokens[end..]);
                let given = tokens[start..end]
                    .iter()
                    .filter(|t| t.capitalised() && !t.title())
                    .count();
                let joins = chain > 0
                    && given <= 1
                    && tokens[end..end + chain].iter().all(|p| !p.capitalised())
                    && tokens
                        .get(end + chain)
                        .is_some_and(|n| proper(n) && !n.broken && !n.initial());
                if joins {
                    chain
                } else {
                    0
                }
            };
            if !t.capitalised() && t.particle() {
                let chain = particles();
                if chain > 0 {
                    end += chain;
                    continue;
                }
            }
            let joins = proper(t)
                || (t.connector() && after.is_some_and(|n| proper(n) && !n.broken))
                || joins_across_and(&tokens[start..end], &tokens[end..]);
            if !joins {
                break;
            }
            end += 1;
        }
        read_run(&tokens[start..end], start == 0, found);
        i = end;
    }
}

/// How many of the first of `tokens` (unbroken) are a surname's particles: a particle, then
/// particles or function words (`von der`, `de la`, `van den`), at most three.
fn particle_chain(tokens: &[Token]) -> usize {
    if !tokens.first().is_some_and(Token::particle) {
        return 0;
    }
    1 + tokens[1..]
        .iter()
        .take(2)
        .take_while(|t| !t.broken && (t.particle() || crate::lang::is_any_function_word(t.word)))
        .count()
}

/// Whether `rest`, which opens with `and`, goes on with the organisation `run` began:
/// `National Security and Defense Council`, `Food and Drug Administration`. The run before
/// holds only words of what institutions do, so `Jake Sullivan and the National Security
/// Council` stay apart; what follows `and` (a few capitalised words) reaches an
/// organisation word.
fn joins_across_and(run: &[Token], rest: &[Token]) -> bool {
    let Some((and, after)) = rest.split_first() else {
        return false;
    };
    if and.word == "and" && complement_goes_on(run, after) {
        return true;
    }
    let institutional = |t: &Token| listed(&INSTITUTIONAL_KEYS, t);
    if and.word != "and"
        || !run.iter().any(institutional)
        || !run
            .iter()
            .all(|t| t.connector() || is_stopword(t.word) || institutional(t))
    {
        return false;
    }
    after
        .iter()
        .take(6)
        .take_while(|t| !t.broken && (t.capitalised() || t.connector()))
        .any(|t| listed(&ORGANIZATION_KEYS, t))
}

/// `Department of Health and Human Services`, `National Institute of Allergy and Infectious
/// Diseases`, `Secretary of Health and Human Services`: the run ends in an organisation word
/// or a title, `of` and up to three words, and after `and` come up to three capitalised
/// words that end the run and name no organisation or title of their own (so
/// `Department of Defense and Congress` stay two).
fn complement_goes_on(run: &[Token], after: &[Token]) -> bool {
    let Some(of) = run.iter().rposition(|t| t.word == "of") else {
        return false;
    };
    let head = of.checked_sub(1).map(|h| &run[h]);
    let complement = &run[of + 1..];
    if !head.is_some_and(|h| listed(&ORGANIZATION_KEYS, h) || h.title())
        || complement.is_empty()
        || complement.len() > 3
        || complement.iter().any(|t| !t.capitalised())
    {
        return false;
    }
    let more = after
        .iter()
        .take(4)
        .take_while(|t| !t.broken && t.capitalised())
        .count();
    let own = |t: &Token| {
        listed(&ORGANIZATION_KEYS, t) && !listed(&SHARED_KEYS, t)
            || listed(&PROPER_SINGLE_KEYS, t)
            || t.title()
            || t.acronym()
    };
    (1..=3).contains(&more)
        && !after[..more].iter().any(own)
        && after.get(more).is_none_or(|t| t.broken || !t.connector())
}

/// Writes `part` into `out` as the text has it: its words separated by a space, each with
/// its full stop where `stop` says.
fn write_part(out: &mut String, part: &[Token], stop: impl Fn(&Token) -> bool) {
    out.clear();
    out.reserve(part.iter().map(|t| t.word.len() + 2).sum());
    for (k, t) in part.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(t.word);
        if stop(t) {
            out.push('.');
        }
    }
}

/// Reads one run of capitalised words: splits it at titles, then names what is left.
fn read_run<'t>(run: &[Token<'t>], sentence_start: bool, found: &mut Found<'t>) {
    let written = |part: &[Token]| -> String {
        let mut out = String::new();
        write_part(&mut out, part, |t| t.stop);
        out
    };
    let mut i = 0;
    let mut segment = 0;
    let mut title: Option<usize> = None;
    while i < run.len() {
        // After an initial a title word is a surname: `Peter T. King`.
        if !run[i].title() || (i > 0 && run[i - 1].initial()) {
            i += 1;
            continue;
        }
        // What stands before a title qualifies it ("National Security Advisor"): only an
        // organisation can be named there ("NATO Secretary General") — unless an earlier
        // title precedes it, whose name it then is.
        let titled = title.map(|t| written(&run[t..i]));
        let qualifier = titled.is_none();
        read_part(&run[segment..i], false, titled, qualifier, found);
        title = Some(i);
        i += 1;
        // A title's complement in another language: `presidente del Consiglio Giorgia
        // Meloni`, `Präsident von Frankreich`: particles, then one word, when a name follows.
        let chain = particle_chain(&run[i..]);
        if chain > 0 && run[i..i + chain].iter().all(|t| !t.capitalised()) && i + chain < run.len()
        {
            i += chain + 1;
        } else if run.get(i).is_some_and(Token::connector) {
            // A title's complement: "Secretary of State", "Chairman of the Joint Chiefs of
            // Staff".
            let from = i;
            while run.get(i).is_some_and(Token::connector) {
                i += 1;
            }
            let next_title = run[i..]
                .iter()
                .position(Token::title)
                .map_or(run.len(), |p| i + p);
            match run[i..next_title]
                .iter()
                .rposition(|t| listed(&ORGANIZATION_KEYS, t))
            {
                Some(k) => {
                    read_part(&run[from..=i + k], false, None, true, found);
                    i += k + 1;
                }
                None => i += 1,
            }
        }
        segment = i;
    }
    let titled = title.map(|t| written(&run[t..]));
    read_part(
        &run[segment.min(run.len())..],
        sentence_start && segment == 0,
        titled,
        false,
        found,
    );
}

/// Names what is left of a run once titles are split off: an organisation, a person, or a
/// lone surname to merge later. `titled` is the part written with its title, when it had one.
fn read_part<'t>(
    part: &[Token<'t>],
    sentence_start: bool,
    titled: Option<String>,
    organizations_only: bool,
    found: &mut Found<'t>,
) {
    // Connectors and stopwords at the edges ("The", "of the") are not the name, nor, in an
    // article of another language, its words for "according to" (`Según Feijóo`, `Volgens
    // Wilders`) — but for a particle inside a sentence (`zei De Jong`). (Its articles and
    // demonstratives were tried too, `Die Opposition`: fiction names its people so, `Der
    // Doktor`, and attribution lost them.)
    let foreign = |t: &Token| {
        found.foreign.is_some_and(|x| {
            crate::lang::Folded::of(t.word)
                .bytes()
                .is_some_and(|w| x.according.holds(w))
                && (sentence_start || !t.particle())
        })
    };
    // Nor, in an article of another language, what opens a run of two words or more, or
    // one word opening its sentence or after a mark:
    // - a personal pronoun (`Gelingt Ihnen`, `Ihnen Vergnügen`);
    // - as the run's first word, when the sentence opens on it or a mark stands before it,
    //   a word of its grammar (`En Dora`, `Maar Bavink`, `Toen Londen`, `Naar Calais`, `Als
    //   Helmerich`);
    // - as the sentence's first word, one the text writes in lower case elsewhere
    //   (`Hübsch Schnee`, `Kom Bobi`, `Zwei Monate`);
    // but never an article (`Der Doktor`, `De Sahib`), a surname's particle (`Van Eeden`,
    // `Von der Leyen`), a word that makes the run no one's name (`Ihre Schwester Anna`: see
    // `not_names` below), a determiner (French's `son` opens `Son Heung-min`; German's
    // and Dutch's open no name, `not_names`), nor a given name (`Al Gore`, though
    // Spanish's `al` is `a el`).
    // (Folded once for its lists.)
    let lead = |t: &Token, first: bool| {
        found.foreign.is_some_and(|x| {
            !t.particle()
                && crate::lang::Folded::of(t.word).bytes().is_some_and(|w| {
                    if x.holds_personal_pronoun(w) {
                        return true;
                    }
                    let grammar = first && (sentence_start || t.broken) && x.holds_grammar_word(w);
                    let common = || {
                        first
                            && sentence_start
                            && split_initial(t.word).is_some_and(|(rest, bit)| {
                                found.opening.get(rest).is_some_and(|&seen| seen & bit != 0)
                            })
                    };
                    (grammar || common())
                        && ![x.articles, x.determiners, x.not_names]
                            .iter()
                            .any(|l| l.holds(w))
                        && given_name_gender(t.word).is_none()
                })
        })
    };
    // (Nor, in an article of another language, a pronoun closing it: `Glauben Sie mir`.)
    let pronoun = |t: &Token| found.foreign.is_some_and(|x| x.is_personal_pronoun(t.word));
    let mut part = part;
    let mut first = true;
    while let Some((word, rest)) = part.split_first() {
        if word.connector()
            || !word.capitalised()
            || is_stopword(word.word)
            || foreign(word)
            // (A word alone inside a sentence is asked below, as the run's last.)
            || ((!rest.is_empty() || sentence_start || word.broken) && lead(word, first))
        {
            part = rest;
            first = false;
        } else {
            break;
        }
    }
    while let Some((last, rest)) = part.split_last() {
        if last.connector() || !last.capitalised() || pronoun(last) {
            part = rest;
        } else {
            break;
        }
    }
    if part.is_empty() {
        return;
    }
    // `Den Ellbogen hatte er …`, `Die Stimmung war gut.`: no one, in a language that
    // capitalises its nouns. (`-ung` ends surnames too, `Henning Hartung`: only after an
    // article.)
    // (Nor is one of those words alone: `Gott` called on, `Dag`, `Ihr`.)
    if let (Some(x), [first, ..]) = (found.foreign, part) {
        let thing = || match part {
            [_, .., last] => {
                let article = x.articles.contains_ignore_ascii_case(first.word);
                x.thing_endings.iter().any(|e| {
                    last.word.len() > e.len() + 2
                        && last.word.ends_with(e)
                        && (article || e != "ung")
                })
            }
            _ => false,
        };
        if x.not_names.contains_ignore_ascii_case(first.word) || thing() {
            return;
        }
    }
    // `Capt. Rita Gonzales of the Washington County Sheriff’s Office`: after a title the
    // name ends at the first connector; what follows can only be an organisation.
    if let (Some(title), false) = (&titled, organizations_only) {
        if let Some(k) = part.iter().position(Token::connector).filter(|&k| k > 0) {
            let cut = [" ", part[k].word, " "].concat();
            let title = title.split(&cut).next().unwrap_or(title).to_string();
            read_part(&part[..k], sentence_start, Some(title), false, found);
            read_part(&part[k..], false, None, true, found);
            return;
        }
    }
    if part.len() > 1 && part.iter().any(|t| listed(&THING_KEYS, t)) {
        return;
    }
    // The part as written (initials with their stops) is built only for what is kept,
    // into a buffer kept from part to part; `variant` is how it was named.
    let organization = match part {
        [one] => one.acronym() || listed(&PROPER_SINGLE_KEYS, one),
        _ => part.iter().any(|t| listed(&ORGANIZATION_KEYS, t)),
    };
    if organization {
        write_part(&mut found.written, part, |t| t.stop && t.initial());
        let variant = titled.as_deref().unwrap_or(&found.written);
        Found::add(&mut found.organizations, &found.written, variant);
        return;
    }
    if organizations_only {
        return;
    }
    // `Kranke das Gesicht`, `Willst du mein Weib`, `Ist Ihr Herz`, `Mitglied Ihrer
    // Familie`: a word of the language's grammar inside the run, in lower case and no
    // particle of a surname (`von der Leyen`), or a pronoun or determiner capitalised after
    // its first word (the polite `Ihr`, `Ihrer`), says it is a clause, not someone's name
    // (not any function word: `Anne Will`, `Artur Mas`). (Organisations were
    // told above: `Court of Chancery` in a Dutch novel, whose `of` is a Dutch word.)
    let grammar = found.foreign.is_some_and(|x| {
        part[1..].iter().enumerate().any(|(i, t)| {
            // (Each word folded once for the lists it is asked of.)
            let folded = crate::lang::Folded::of(t.word);
            let Some(w) = folded.bytes() else {
                return false;
            };
            if t.capitalised() {
                // A pronoun or determiner of the language (not any function word: `Anne
                // Will`, `Artur Mas`), unless an article made it a noun (`Die Anderen`).
                let pronoun = x.holds_personal_pronoun(w)
                    || [x.first_person, x.second_person, x.determiners]
                        .iter()
                        .any(|l| l.holds(w));
                pronoun && !t.particle() && !x.articles.contains_folded(part[0].word)
            } else {
                // (An article after a particle: `von der`, `de la`.)
                // (Not an oblique one, which names no family: `Auge von dem Manne`,
                // `Natürliches von den Lippen`; `van den Berg` is Dutch, whose `den` is none.)
                x.function_words.holds(w)
                    && !(t.particle()
                        || x.articles.holds(w) && part[i].particle() && !x.not_names.holds(w))
            }
        })
    });
    if grammar {
        return;
    }
    let names = || {
        part.iter()
            .filter(|t| !t.initial() && !GENERATIONS.contains(&t.word))
    };
    // People's names are not in capitals ("Ukraine US" is two places).
    if names().any(|t| t.acronym() || listed(&NOT_ORGANIZATION_KEYS, t)) {
        return;
    }
    let plain = |t: &Token| {
        t.word
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '’' || c == '\'')
    };
    if !names().all(plain) {
        return;
    }
    // `Joel Pollak of Breitbart California`: a person's name ends at the first connector,
    // given name and surname before it; what follows can only be an organisation.
    if let Some(k) = part.iter().position(Token::connector) {
        if k >= 2 && part[..k].iter().all(|t| t.capitalised() && !t.acronym()) {
            read_part(&part[..k], sentence_start, titled, false, found);
            read_part(&part[k..], false, None, true, found);
        }
        return;
    }
    // `National Security`, `Homeland Security`: what an institution does, not who someone
    // is; `St. Petersburg`, `Downing St.`: a place.
    // But `Martin St. Louis`: `St.` between a given name and the rest of a surname is
    // part of the surname.
    let n = names().count();
    let saint = names()
        .enumerate()
        .find(|(k, t)| t.word == "St" && t.stop && *k > 0 && *k + 2 == n)
        .map(|(_, t)| t.word);
    if names().any(|t| {
        listed(&INSTITUTIONAL_KEYS, t)
            || PLACE_SHORT.contains(&t.word) && saint.is_none_or(|s| !std::ptr::eq(s, t.word))
    }) {
        return;
    }
    // `South Carolina`, `San Diego`, `Los Angeles`: a place's two-word name, by its first
    // word (so `Santa Ono` is taken for one too).
    if n == 2
        && names()
            .next()
            .is_some_and(|t| PLACE_OPENERS.contains(&t.word))
    {
        return;
    }
    let (Some(first), Some(last)) = (names().next(), names().next_back()) else {
        return;
    };
    // A surname with particles is kept whole: `Marine Le Pen`, `Luiz Inácio Lula da Silva`,
    // `Ursula von der Leyen`; met alone (`De Niro`), it is a lone surname written so.
    let end = part.len() - 1;
    let mut from = end;
    while from > 0
        && (part[from - 1].particle() || crate::lang::is_any_function_word(part[from - 1].word))
    {
        from -= 1;
    }
    while from < end && !part[from].particle() {
        from += 1;
    }
    if from < end && saint.is_none() && std::ptr::eq(last.word, part[end].word) {
        let given = part[..from].iter().filter(|t| !t.initial()).count();
        write_part(&mut found.written, part, |t| t.stop && t.initial());
        let mut surname = String::new();
        for (k, t) in part[from..].iter().enumerate() {
            if k > 0 {
                surname.push(' ');
            }
            surname.push_str(t.word);
        }
        match given {
            0 => {
                let variant = Cow::Owned(titled.unwrap_or_else(|| found.written.clone()));
                let recent = found.recent.get(last.word).cloned();
                found.particled.or_insert(last.word, surname);
                found.surnames.push((last.word, variant, recent));
            }
            1..=3 => {
                let variant = titled.as_deref().unwrap_or(&found.written);
                found.canonical.clear();
                found.canonical.push_str(first.word);
                found.canonical.push(' ');
                found.canonical.push_str(&surname);
                Found::add(&mut found.people, &found.canonical, variant);
                found.recent.insert(last.word, found.canonical.clone());
            }
            _ => {}
        }
        return;
    }
    match n {
        // First and last name, middle names and initials dropped.
        2..=4 => {
            write_part(&mut found.written, part, |t| {
                t.stop && (t.initial() || saint.is_some_and(|s| std::ptr::eq(s, t.word)))
            });
            let variant = titled.as_deref().unwrap_or(&found.written);
            found.canonical.clear();
            found.canonical.push_str(first.word);
            found.canonical.push(' ');
            if saint.is_some() {
                found.canonical.push_str("St. ");
            }
            found.canonical.push_str(last.word);
            Found::add(&mut found.people, &found.canonical, variant);
            // Who was last named in full with this surname, for the lone surnames after.
            match found.recent.get_mut(last.word) {
                Some(recent) if *recent == found.canonical => {}
                Some(recent) => recent.clone_from(&found.canonical),
                None => {
                    found.recent.insert(last.word, found.canonical.clone());
                }
            }
        }
        // A lone surname: after a title for sure, or anywhere if someone bears it.
        // (Not a surname's particle alone, in another language: `De` opening a sentence.)
        1 if !(sentence_start && is_stopword(first.word)
            || found.foreign.is_some() && first.particle()) =>
        {
            let variant = match (titled, part) {
                (Some(titled), _) => Cow::Owned(titled),
                // The commonest case: the word alone, as the text has it.
                (None, [one]) => Cow::Borrowed(one.word),
                (None, _) => {
                    write_part(&mut found.written, part, |t| t.stop && t.initial());
                    Cow::Owned(found.written.clone())
                }
            };
            let recent = found.recent.get(first.word).cloned();
            found.surnames.push((first.word, variant, recent));
        }
        _ => {}
    }
}
/// What follows a word's first letter, and that letter as one bit of 26 (`a` or `A` the
/// first): how the sentences' first words are kept and looked up (see `names`). ASCII
/// letters only (`Über` is not asked about).
fn split_initial(word: &str) -> Option<(&str, usize)> {
    let b = *word.as_bytes().first()?;
    b.is_ascii_alphabetic()
        .then(|| (&word[1..], 1 << (b.to_ascii_lowercase() - b'a')))
}

#[cfg(test)]
mod tests;
