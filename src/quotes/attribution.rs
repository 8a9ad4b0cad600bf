//! Who a quotation's attribution names, read from the words right around it: the speaker
//! phrase and the cue verb after it (`,” Milley said`, `,” said President Biden`, `— Geoffrey
//! Starks`) or before it (`Milley said: “…”`, `According to X, …`), with the cue list and the
//! word predicates (pronoun, determiner, preposition, conjunction, a name's shape) those
//! readings rest on.
//!
//! It decides only what the phrase is, as written: which person of the article it means (a
//! pronoun's antecedent, `the captain`) is the article-wide work of [`super::speakers`]. The
//! rules are kept apart so that a new way of attributing a quotation is one function here,
//! next to the others it must not contradict.

use crate::lang;
use crate::util::lower;

use super::{first_words, word_indices};

/// Longest speaker phrase read, in words.
pub(super) const MAX_SPEAKER_WORDS: usize = 8;

/// Longest name with its apposition read before a verb after a quotation (`Jeb Bush, the
/// former Florida governor and a Republican presidential candidate, told`), in words.
const MAX_APPOSITION_WORDS: usize = 30;

/// Whether `word`, at byte `at` of `s`, is a cue verb: not the end of `so-called`,
/// nor a capitalised word inside a sentence (`the United States`), nor a participle after
/// an English article, an adjective there (`the alleged shooter`, `the charged term`, `The
/// so called “Implementation Initiative”`).
pub(super) fn cue_at(s: &str, at: usize, word: &str) -> bool {
    let lead = s[..at].trim_end();
    let capital_inside = word.starts_with(char::is_uppercase)
        && !lead.is_empty()
        && !lead.ends_with(['.', '!', '?', '"', '”', '»', '«', ':']);
    let mut before = lead.split_whitespace().rev();
    let article =
        |w: Option<&str>| w.is_some_and(|w| english().articles.contains_ignore_ascii_case(w));
    let adjective = match before.next() {
        Some(w) if w.eq_ignore_ascii_case("so") => article(before.next()),
        w => article(w),
    };
    // (A noun after it still tells of speech: `a call for the party to “embrace” him`.)
    let adjective = adjective && english().is_past(word);
    // (`Sanders shot back, “…”`, `Rubio fired back:`: a retort.)
    let back =
        || lang::en::RETORTS.contains(word) && s[at + word.len()..].starts_with(lang::en::RETORT);
    (is_cue(word) || back()) && !capital_inside && !adjective && !s[..at].ends_with(['-', '‑'])
}

/// Whether `word`, of any language, opens a noun phrase that may name a speaker: a
/// determiner, an article or a pronoun (`the`, `der`, `his`, `she`, `they`, `ich`).
pub(super) fn opens_noun_phrase(word: &str) -> bool {
    is_determiner(word)
        || lang::is_article(word)
        || is_pronoun(word)
        || is_plural_pronoun(word)
        || lang::is_other_pronoun(word)
}

/// Whether `word` is an English verb of saying: English word order differs from the
/// other languages' in a few readings.
pub(super) fn is_english_cue(word: &str) -> bool {
    lang::Lang::En
        .lexicon()
        .cues
        .contains_ignore_ascii_case(word)
}

/// Whether `word` is a verb of saying, in any language the core reads.
pub(super) fn is_cue(word: &str) -> bool {
    lang::is_cue(word)
}

/// A third-person singular pronoun that may stand for a speaker (`he`, `sie`, `elle`).
pub(super) fn is_pronoun(word: &str) -> bool {
    lang::pronoun_gender(word).is_some()
}

/// Whether the full stop at byte `at` of `s` ends a sentence rather than an abbreviation
/// (`Dr.`, `Capt.`, `U.S.`, `St.`, and any before a comma or inside a bracket: `of
/// Allentown, Pa., said`, `Rep. Jim McDermott (D-Wash.) said`).
pub(super) fn ends_sentence(s: &str, at: usize) -> bool {
    if s[at + 1..].starts_with([',', ';', ':', ')']) {
        return false;
    }
    let word = s[..at]
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let single = word.chars().count() == 1 && word.starts_with(char::is_uppercase);
    !(single || crate::text::is_name_abbreviation(word))
}

/// Where the clause starting `s` ends: at a comma, a semicolon, a colon, a dash, a bracket,
/// a question or exclamation mark, or a full stop that ends a sentence.
fn clause_end(s: &str) -> usize {
    s.char_indices()
        .find(|&(i, c)| {
            matches!(c, ',' | ';' | ':' | '!' | '?' | '—' | '–' | '―' | '(')
                || (c == '.' && ends_sentence(s, i))
        })
        .map_or(s.len(), |(i, _)| i)
}

fn has_sentence_end(s: &str) -> bool {
    s.char_indices()
        .any(|(i, c)| matches!(c, '!' | '?' | ';') || (c == '.' && ends_sentence(s, i)))
}

/// Words that begin a clause of its own, not a speaker: `,” and a spokesman said …`.
pub(super) fn is_conjunction(word: &str) -> bool {
    english().clause_openers.contains_ignore_ascii_case(word)
}

/// The lexicon whose word order and words the rules read first.
fn english() -> &'static lang::Lexicon {
    lang::Lang::En.lexicon()
}

/// Whether `phrase` closes on a coordinating conjunction of any language (`… und`, `… et`):
/// a clause coordinated with what follows, not someone.
pub(super) fn ends_on_conjunction(phrase: &str) -> bool {
    phrase
        .split_whitespace()
        .next_back()
        .is_some_and(lang::is_conjunction)
}

/// Words between a subject and its cue verb: `The group has called`, `Smith also said`,
/// `Macron a déclaré`.
fn is_auxiliary(word: &str) -> bool {
    lang::is_auxiliary(word)
}

/// `Jane Smith`, `Dr. Anil Mehta`, `Teresa`: capitalised words only, as a name is written.
pub(super) fn looks_like_name(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 5
        && !is_preposition(&lower(words[0]))
        && !is_determiner(words[0])
        && !is_conjunction(words[0])
        && !(words.len() == 1 && (is_pronoun(words[0]) || is_plural_pronoun(words[0])))
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || "-.’'".contains(c))
        })
}

/// A pronoun that stands for no one named speaker (`they`, `we`, `I`, `it`, `you`: the
/// English lexicon's [`other_pronouns`](crate::lang::Lexicon::other_pronouns)).
pub(super) fn is_plural_pronoun(word: &str) -> bool {
    english().other_pronouns.contains_ignore_ascii_case(word)
}

pub(super) fn is_determiner(word: &str) -> bool {
    english().determiners.contains_ignore_ascii_case(word)
}

/// Of the parts of an apposition (`Jane Smith, a doctor`, `her spokesman, Daniel Reyes`,
/// `Another parent, who gave only her first name, Teresa`), the one that names the speaker:
/// a name if one is there, else the first that is not a clause about it.
pub(super) fn pick_apposition<'s>(parts: &[&'s str]) -> Option<&'s str> {
    let parts: Vec<&str> = parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect();
    if let Some(name) = parts.iter().rev().find(|p| looks_like_name(p)) {
        return Some(name);
    }
    parts.iter().copied().find(|p| {
        let first = lower(p.split_whitespace().next().unwrap_or(""));
        !is_preposition(&first)
            && !english().apposition_clauses.contains(&first)
            && !is_participle(&first)
    })
}

/// `,” Milley said`, `,” said Milley`, `?” one US official said`: the speaker phrase and
/// the cue, read from the text right after the quotation. A dash and words closed by a
/// colon or a question mark are none (`„…“ — Der Redakteur: „…“`, `„…“ — Wie ist …?“`).
/// A stray closing mark is passed over: in `he’s like 6’2”,” Rubio said` the inch mark
/// closed the quotation early.
pub(super) fn attribution_after(after: &str) -> Option<(String, Option<&str>)> {
    let after = after.trim_start_matches(|c: char| c.is_whitespace() || c == ',' || c == '”');
    // (A quotation inside brackets has no attribution after them: `(one tells of "a cold
    // spring"), has called the plan …`.)
    if after.starts_with(')') {
        return None;
    }
    // `— Commissioner Geoffrey Starks`: a dash and a name, no verb (a dash and a verb,
    // `—dijo el viajero—`, is read as any attribution is).
    if let Some(rest) = after.strip_prefix(['—', '–', '-']) {
        let rest = rest.trim_start();
        let first = first_words(rest, 1);
        if !first.first().is_some_and(|&(_, w)| is_cue(w)) {
            // `„…“ — Der Redakteur: „Wird …?“`: a name and a colon introduce the next; `„…“
            // — Wie ist die Stimmung?“`: a question is words, its marks lost, not a name.
            let end = clause_end(rest);
            if rest[end..].starts_with([':', '?']) {
                return None;
            }
            let phrase = rest[..end].trim();
            let words = phrase.split_whitespace().count();
            let named = phrase.starts_with(char::is_uppercase)
                && !first
                    .first()
                    .is_some_and(|&(_, w)| is_conjunction(w) || is_determiner(w));
            return (named && words <= MAX_SPEAKER_WORDS).then(|| (phrase.to_string(), None));
        }
        return attribution_after(rest);
    }
    // `„…“, so Scholz`: German's `so` and a name; `„…“, so fuhr Frau Wolter fort`: `so`
    // before a verb of saying and its subject.
    if let Some(rest) = after.strip_prefix("so ") {
        if first_words(rest, 1)
            .first()
            .is_some_and(|&(_, w)| is_cue(w))
        {
            return attribution_after(rest);
        }
        let phrase = rest[..clause_end(rest)].trim();
        if phrase.starts_with(char::is_uppercase)
            && phrase.split_whitespace().count() <= MAX_SPEAKER_WORDS
        {
            return Some((phrase.to_string(), Some("so")));
        }
    }
    // `the race “is a dead heat right now,” as Cruz said on Monday`: English's `as` before
    // a verb of saying's clause.
    if let Some(rest) = after.strip_prefix("as ") {
        return attribution_after(rest).filter(|(_, cue)| cue.is_some());
    }
    // It must follow directly, not after a new sentence's worth of words. After a
    // quotation, `the statement read` and `she wrote` attribute too.
    let attributes = |w: &str| is_cue(w) || matches!(w, "read" | "reads" | "posted");
    // Most attributions have their verb among the first few words: more words are
    // segmented only when they do not.
    let mut head = first_words(after, 4);
    // Where the first four words end, for a description closing on a name among them.
    let four = head.last().map_or(0, |&(at, w)| at + w.len());
    if !head.iter().any(|&(_, w)| attributes(w)) {
        head = first_words(after, MAX_SPEAKER_WORDS + 2);
    }
    // `,” Jeb Bush, the former Florida governor and a Republican presidential candidate,
    // told CNN`: a name and its apposition may run longer before the verb.
    // (`,” nuclear experts David Albright and Serena Kelleher-Vergantini of Washington's
    // Institute for Science and International Security wrote`: a description ending on a
    // name, then more of it.)
    let described =
        || after.starts_with(char::is_lowercase) && name_ending(&after[..four]).is_some();
    if !head.iter().any(|&(_, w)| attributes(w))
        && ((after.starts_with(char::is_uppercase)
            && after[..clause_end(after)].split_whitespace().count() <= 4)
            || described())
    {
        head = first_words(after, MAX_APPOSITION_WORDS);
    }
    let cue_at = head.iter().position(|&(_, w)| attributes(w))?;
    let (cue_offset, cue) = head[cue_at];
    // `a déclaré Macron`, `ha detto Renzi`: an auxiliary before the verb is no subject; in
    // `a-t-il dit` the pronoun after it is. (Capitalised inside a sentence, it is a name:
    // `,” Will urged`.)
    let subject: Vec<&str> = head[..cue_at]
        .iter()
        .map(|&(_, w)| w)
        .skip_while(|w| is_auxiliary(w) && !w.starts_with(char::is_uppercase))
        .collect();
    if cue_at > 0 && subject.is_empty() {
        // `a déclaré Macron`; but `Will wrote.` names no one after its verb.
        return cue_first(after, cue_offset, cue).filter(|(phrase, _)| !phrase.is_empty());
    }
    if let [pronoun] = subject.as_slice() {
        if cue_at > 1 && is_pronoun(pronoun) && after[..cue_offset].contains('-') {
            return Some((pronoun.to_string(), Some(cue)));
        }
    }
    // `” that Sanders can catch Clinton, said Steve Elmendorf`: a clause that goes on from the
    // quotation (opening on a lower-case word that names no one) and a comma before the
    // verb: its subject follows it.
    if cue_at > 0
        && after[..cue_offset].trim_end().ends_with(',')
        && head[0].1.starts_with(char::is_lowercase)
        && !is_determiner(head[0].1)
        && !is_pronoun(head[0].1)
        && !is_plural_pronoun(head[0].1)
    {
        if let Some(found) = cue_first(after, cue_offset, cue).filter(|(p, _)| !p.is_empty()) {
            return Some(found);
        }
    }
    if cue_at > 0 {
        let phrase = after[..cue_offset].trim();
        // `,” and a spokesman for the group said …` starts a clause of its own, and `‹ Der
        // war aber ein herzensguter Mensch und sagte:` is a clause coordinated with the verb.
        // (A title quoted in the apposition of a name is no new quotation: `Texas delegate
        // Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said`.)
        let named = phrase.split_once(',').is_some_and(|(name, _)| {
            !name.contains(QUOTE_MARKS)
                && (looks_like_name(name.trim())
                    || name_tail(name).is_some()
                    || name_ending(name).is_some())
        });
        // (`"very decent man" Tuesday, hours after the staffer was charged`: a time after
        // the quotation opens no speaker phrase; the verb is a clause's. A month before a
        // capitalised word or right before the verb is a name: `April Ryan asked`, `May
        // said`.)
        let time = cue_at > 1
            && lang::is_calendar_word(head[0].1)
            && !head[1].1.starts_with(char::is_uppercase);
        // (`» Come già annunciato dalla Sala Stampa`, `Muito mais não diz`: a word of grammar
        // opening words in lower case is an adverbial, not someone: `as already announced`.)
        let adverbial = head[0].1.starts_with(char::is_uppercase)
            && lang::is_any_function_word(head[0].1)
            && !opens_noun_phrase(head[0].1)
            && cue_at > 1
            && head[1..cue_at]
                .iter()
                .all(|&(_, w)| w.starts_with(char::is_lowercase));
        if has_sentence_end(phrase)
            || (phrase.contains(QUOTE_MARKS) && !named)
            || is_conjunction(head[0].1)
            || adverbial
            || time
            || ends_on_conjunction(phrase)
        {
            return None;
        }
        // `Jane Smith, a doctor, said`, `her spokesman, Daniel Reyes, said`: the whole
        // apposition, for the caller to find the name in.
        let phrase = phrase.trim_end_matches(',').trim();
        return (!phrase.is_empty()).then(|| (phrase.to_string(), Some(cue)));
    }
    cue_first(after, cue_offset, cue)
}

/// `»Ja,« zitterte er`, `„Meine Mutter,“ stellte er mich ihr vor`, `"O God," denkt ie`: in
/// a language that puts its verb second (German, Dutch: [`lang::Lexicon::verb_second`]),
/// the quoted words take the first place, so a verb and then a personal pronoun right after
/// a quotation's closing comma is the narrator's incise, whatever the verb: a story's verbs
/// of speaking (`zitterte`, `machte`, `stockte`) are more than any list holds. The caller
/// asks this only of a quotation closing on a comma, a question or an exclamation, in an
/// article in such a language (`lex`), and only when [`attribution_after`] finds no verb of
/// saying. A pronoun right before a capitalised word is a possessive (`antwortete ihr
/// Vater`), no subject.
pub(super) fn attribution_inverted<'a>(
    after: &'a str,
    lex: &lang::Lexicon,
) -> Option<(String, Option<&'a str>)> {
    let after = after.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
    let words = first_words(after, 3);
    let [(_, verb), (at, subject), rest @ ..] = words.as_slice() else {
        return None;
    };
    let verb_like = verb.starts_with(char::is_lowercase)
        && verb.chars().all(char::is_alphabetic)
        && !lang::Folded::of(verb)
            .bytes()
            .is_some_and(|w| lex.holds_grammar_word(w) || lex.holds_personal_pronoun(w));
    // (Right after it, with nothing but a space between: in `zitterte er, »Er läßt …«` the
    // quotation goes on.)
    let possessive = rest.first().is_some_and(|&(next, w)| {
        w.starts_with(char::is_uppercase) && after[at + subject.len()..next].trim().is_empty()
    });
    (verb_like && lex.is_personal_pronoun(subject) && !possessive)
        .then(|| (subject.to_string(), Some(*verb)))
}

/// `dijo el viajero`, `murmuró Golfín, considerando …`, `le dijo el ciego`, `preguntó.`:
/// the narrator's incise in a turn of dash dialogue (see [`super::dashes`]), without its
/// dashes — the verb of saying first (after an object pronoun or two), its subject after
/// it. The subject runs to the end of its clause or to what cannot be part of it: a
/// preposition or conjunction (`dijo a su compañero`), a gerund (`dijo Golfín riendo`), an
/// adverb in `-mente` (`interrogó el doctor festivamente`). A verb with no subject after it
/// (pro-drop, `—preguntó.`) gives an empty phrase, which the cascade's `pro-drop` rule
/// reads. Without a verb of saying first, the incise attributes nothing.
pub(super) fn attribution_incise(incise: &str) -> Option<(String, Option<&str>)> {
    let (at, cue) = first_words(incise, 3)
        .into_iter()
        .find(|&(_, w)| !lang::ends_subject(w))
        .filter(|&(_, w)| is_cue(w))?;
    let rest = &incise[at + cue.len()..];
    let ends = |w: &str| {
        let w = lower(w);
        let gerund = ["ando", "endo", "indo"].iter().any(|e| w.ends_with(e))
            || w.contains("ándo")
            || w.contains("éndo");
        lang::ends_subject(&w) || gerund || (w.len() > 6 && w.ends_with("mente"))
    };
    let subject: Vec<&str> = rest[..clause_end(rest)]
        .split_whitespace()
        .take_while(|w| !ends(w))
        .take(MAX_SPEAKER_WORDS)
        .collect();
    Some((subject.join(" "), Some(cue)))
}

/// `said Milley`, `said President Biden at a news conference`, `said Dr. Habib Dagher,
/// executive director`, `dit-il`, `fragt, ihn unterbrechend, der Michel von Au`: the speaker
/// phrase after the cue at `cue_offset`, past a short insertion between commas.
///
/// A verb with no subject after it (`«…», disse.`, `«…», afirmou ontem`: Portuguese,
/// Spanish and Italian drop it) gives an empty phrase, which the cascade's `pro-drop` rule
/// reads.
fn cue_first<'a>(
    after: &str,
    cue_offset: usize,
    cue: &'a str,
) -> Option<(String, Option<&'a str>)> {
    let mut rest = &after[cue_offset + cue.len()..];
    // `fragt, ihn unterbrechend, der Michel von Au`: a short insertion in lower case between
    // commas, then the subject.
    if let Some(inner) = rest.strip_prefix(',') {
        let e = clause_end(inner);
        let insertion = inner[..e].trim_start();
        if insertion.starts_with(char::is_lowercase)
            && inner[e..].starts_with(',')
            && insertion.split_whitespace().count() <= 4
        {
            rest = &inner[e + 1..];
        }
    }
    let end = clause_end(rest);
    let clause = &rest[..end];
    let words: Vec<&str> = clause
        .split_whitespace()
        .skip_while(|w| is_auxiliary(w))
        // (Nor a quotation after it: `has called the plan "a gift"` names no one.)
        .take_while(|w| !is_preposition(w) && !w.starts_with(QUOTE_MARKS))
        .take(MAX_SPEAKER_WORDS)
        .collect();
    if words.is_empty() && !clause.split_whitespace().next().is_some_and(is_preposition) {
        return Some((String::new(), Some(cue)));
    }
    let named = clause
        .split_whitespace()
        .any(|w| w.starts_with(char::is_uppercase));
    let phrase = subject_after_verb(&words, named);
    // `said master of ceremonies Asab Al-Tabchi`, `said former secretary of state Hillary
    // Clinton`: a description in lower case running past its preposition to a name.
    if !phrase.is_empty() && !phrase.iter().any(|w| w.starts_with(char::is_uppercase)) {
        if let Some(name) = name_ending(clause) {
            return Some((name.to_string(), Some(cue)));
        }
    }
    // `said another Twitter user, Johanna Bayer.`, `said Rubio’s deputy campaign manager,
    // Rich Beeson, who …`: a description, and the name in apposition to it (up to what
    // follows it: `Andrew J. Pincus of the law firm Mayer Brown`), for the caller to find.
    let described = phrase.first().is_some_and(|w| {
        is_determiner(w)
            || w.ends_with("’s")
            || w.ends_with("'s")
            || w.starts_with(char::is_lowercase)
    });
    if described {
        if let Some(next) = rest[end..].strip_prefix(',') {
            let clause = next[..clause_end(next)].trim();
            let cut = clause
                .split_whitespace()
                .position(|w| w.starts_with(char::is_lowercase))
                .map_or(clause.len(), |k| {
                    clause
                        .split_whitespace()
                        .take(k)
                        .map(|w| w.len() + 1)
                        .sum::<usize>()
                });
            let name = clause[..cut.min(clause.len())].trim();
            if looks_like_name(name) {
                return Some(([&phrase.join(" "), ", ", name].concat(), Some(cue)));
            }
        }
    }
    (!phrase.is_empty() || !words.is_empty()).then(|| (phrase.join(" "), Some(cue)))
}

/// The name a lower-case description ends on (`master of ceremonies Asab Al-Tabchi`): two
/// capitalised words or more at its end, after a lower-case word that is no article (`a
/// spokeswoman for the Department of Health` names an organisation, not a person).
pub(super) fn name_ending(clause: &str) -> Option<&str> {
    let words: Vec<&str> = clause.split_whitespace().collect();
    let from = words
        .iter()
        .rposition(|w| !w.starts_with(char::is_uppercase))
        .map_or(0, |k| k + 1);
    let before = words.get(from.checked_sub(1)?)?;
    if words.len() - from < 2 || lang::is_article(before) || is_determiner(before) {
        return None;
    }
    let at = clause.find(words[from])?;
    let name = clause[at..].trim();
    looks_like_name(name).then_some(name)
}

/// Of the words right after an inverted verb of saying, those that are its subject: a
/// pronoun alone (`rief er aus`, `zei hij vriendelijk`), unless a name follows it
/// (`unterbrach sie Werner`); a name or a noun phrase up to the
/// first lower-case word after its capitalised ones, unless a capitalised word follows
/// closely (`brummte Everwin und rannte …`, `sagte der Journalist gereizt`, but `said
/// Obama spokesman Josh Earnest`); an English description whole (`said one US official`,
/// where a lower-case noun follows a capitalised word); and none when lower-case words
/// that open no noun phrase follow the verb (`afirmou ontem`) and no capitalised word
/// further in the clause (`named_later`) makes them a title before a name.
pub(super) fn subject_after_verb<'w, 's>(words: &'w [&'s str], named_later: bool) -> &'w [&'s str] {
    let Some(first) = words.first() else {
        return words;
    };
    let capital = |w: &&str| w.starts_with(char::is_uppercase);
    let en = english();
    let determined = is_determiner(first);
    // (`said her spokesman`, `said his campaign manager`: a possessive before an office
    // opens a description, not `denounced her record`.)
    let office = || {
        determined
            && words[1..]
                .iter()
                .any(|w| en.roles.contains(w.trim_end_matches([',', '.'])))
    };
    if (is_pronoun(first) || is_plural_pronoun(first) || lang::is_other_pronoun(first)) && !office()
    {
        // `unterbrach sie Werner lachend`: a pronoun before a name is the verb's object.
        return match words.get(1) {
            Some(next) if capital(next) => subject_after_verb(&words[1..], named_later),
            _ => &words[..1],
        };
    }
    if determined {
        // (`said the candidate could win`: a clause, its subject no one who spoke.)
        let clause = words[1..].iter().any(|w| en.finite_auxiliaries.contains(w));
        return if clause { &[] } else { words };
    }
    // (A determiner of another language opens a noun phrase too, when a word follows it:
    // `zei mijn metgezel`, `zei zijn meester`; alone it is a pronoun's kind, `sagte jener`.)
    let determiner = lang::is_any_determiner(first) && words.len() > 1;
    if !capital(first) && !lang::is_article(first) && !determiner {
        // `said master of ceremonies Asab Al-Tabchi`: lower-case words before a name further
        // in the clause are a subject all the same.
        return if named_later { words } else { &[] };
    }
    let mut named = false;
    for (i, w) in words.iter().enumerate() {
        // `said Clinton’s top foreign policy aide Jake Sullivan`: a possessive names no one.
        if capital(w) {
            named = !is_possessive(w);
        } else if named && !lang::is_particle(w) && !words[i + 1..].iter().take(2).any(capital) {
            return &words[..i];
        }
    }
    words
}

/// The most words of a headline's speaker before its colon (`CNN President On Trump: ‘…’`).
pub(super) const HEADLINE_SPEAKER_WORDS: usize = 6;

/// Small words a headline leaves in lower case (`Appeals to`, `Goes for Broke`).
pub(super) const HEADLINE_SMALL: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with",
];

/// `John McCain: Republican Populist Anger Appeals to ‘Bad Angels Of Our Nature.’`,
/// `Gillibrand on Hillary Releasing Her Speech Transcripts: ‘I Think She Will.’`: in a
/// headline (every word capitalised but the small ones) that opens on a name and a colon,
/// the quotations are that speaker's words. The speaker as written, from the sentence
/// before the quotation; `None` when it is no such headline.
pub(super) fn headline_speaker(before: &str) -> Option<&str> {
    let titled = |s: &str| {
        s.split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic())
                || HEADLINE_SMALL.contains(&w)
        })
    };
    // `Francois Hollande Says Donald Trump ‘Makes You Want To Retch.’`: a headline's verb of
    // saying, capitalised, after its speaker.
    let Some((head, rest)) = before.split_once(':') else {
        let (at, _) = word_indices(before)
            .take(HEADLINE_SPEAKER_WORDS + 1)
            .find(|&(_, w)| w.starts_with(char::is_uppercase) && is_cue(&lower(w)))?;
        let speaker = before[..at].trim();
        let words =
            capitalised_words(speaker).filter(|n| (2..=HEADLINE_SPEAKER_WORDS).contains(n))?;
        return (before.split_whitespace().count() >= words + 3 && titled(before))
            .then_some(speaker);
    };
    // `X on Y:`: the topic after `on` is not the speaker.
    let speaker = head.split(" on ").next()?.split(" On ").next()?.trim();
    (capitalised_words(speaker).is_some_and(|n| (1..=HEADLINE_SPEAKER_WORDS).contains(&n))
        && titled(head)
        && titled(rest))
    .then_some(speaker)
}

/// How many words `s` has, when every one opens on a capital letter (`CNN President`);
/// `None` when one does not.
fn capitalised_words(s: &str) -> Option<usize> {
    let mut n = 0;
    for w in s.split_whitespace() {
        if !w.starts_with(char::is_uppercase) {
            return None;
        }
        n += 1;
    }
    Some(n)
}

/// `Milley said: “…”`, `Milley said last week that victory “is …”`, `According to X, “…”`:
/// the speaker phrase and the cue, read from the sentence before the quotation.
pub(super) fn attribution_before(before: &str) -> Option<(String, Option<&str>)> {
    let words: Vec<(usize, &str)> = word_indices(before).collect();
    // `According to X`, `selon X`, `según X`, `volgens X`, `laut X`.
    if let Some(i) = words.iter().position(|(_, w)| lang::is_according(w)) {
        let skip = lang::according_words(words[i].1, words.get(i + 1).map(|&(_, w)| w));
        if skip > 0 {
            let from = words.get(i + skip)?.0;
            let mut parts = before[from..].split([',', '.', '“', '«', '„', '"']);
            let phrase = parts.next()?.trim();
            let cue = if skip == 2 {
                lang::en::ACCORDING_TO
            } else {
                words[i].1
            };
            // `, ha aggiunto la Lieberman, secondo cui “…”`: a relative names the subject of
            // the clause before it.
            if lang::is_relative(phrase) {
                let earlier =
                    attribution_before(before[..words[i].0].trim_end_matches([',', ' ']))?;
                return Some((earlier.0, Some(cue)));
            }
            // `Selon le président du conseil du CERN, Michel Spiro, le boson …`: the name in
            // apposition to a description.
            if let Some(name) = parts.next().map(str::trim).filter(|n| looks_like_name(n)) {
                if !looks_like_name(phrase) {
                    return Some(([phrase, ", ", name].concat(), Some(cue)));
                }
            }
            return Some((phrase.to_string(), Some(cue)));
        }
    }
    // Of several verbs of saying, the first reports the others (`Mr. Ross said Mr. Obama
    // had told Jewish leaders that …`), unless the last closes on the quotation.
    let last = words.iter().rposition(|&(at, w)| cue_at(before, at, w))?;
    let first = words.iter().position(|&(at, w)| cue_at(before, at, w))?;
    // (A name, or a description ending on one: `Chairman of the Joint Chiefs of Staff Gen.
    // Mark Milley said on Wednesday that … Moscow has announced …`.)
    // A name with a bracket after it counts (`Rep. Steve Israel (D-N.Y) said Clinton called
    // on members to be “…”`).
    let named = |p: &str| {
        let p = match p
            .trim_end()
            .strip_suffix(')')
            .and_then(|q| q.rsplit_once('('))
        {
            Some((name, _)) => name.trim_end(),
            None => p,
        };
        looks_like_name(p)
            || name_tail(p).is_some()
            // `Stuart Stevens, a Republican operative and …, said the way … women who
            // complained … ''would be …''`: a name and its apposition.
            || p.split(',').next().is_some_and(|h| looks_like_name(h.trim()))
    };
    // (Not when the last verb has a name of its own right before it: `Ted Cruz accuses
    // Obama of “…” and Donald Trump says he's “…”`.)
    let chosen = if first != last
        && subject_before(&before[..words[first].0]).is_some_and(|p| named(&p))
        && !subject_before(&before[..words[last].0]).is_some_and(|p| looks_like_name(&p))
        && !before[words[last].0..].trim_end().ends_with([':', ','])
    {
        first
    } else {
        last
    };
    let (cue_offset, cue) = words[chosen];
    // `„Ja“, antwortete Laporte, „aber …“`: the verb follows the quotation before this one
    // and its subject follows the verb, so this is the second half of an utterance split
    // by its attribution.
    // (The quotation closes right there, not a title inside the subject: `Hemsley, the
    // co-author of "Going Viral," about …, said the days …`.)
    let lead = before[..cue_offset].trim_end();
    if lead.trim_end_matches(',').trim_end().ends_with(QUOTE_MARKS) {
        let rest = &before[cue_offset + cue.len()..];
        if rest.split_whitespace().count() <= MAX_SPEAKER_WORDS {
            return cue_first(before, cue_offset, cue);
        }
    }
    let subject = subject_before(&before[..cue_offset])?;
    // `Da sprach der Wolf: »…«`, `Nun begann er`, `Toen zei de dokter`: German and Dutch
    // put the verb second, after an adverb, and the subject after the verb, opening with an
    // article or a pronoun of one of those languages.
    let rest = &before[cue_offset + cue.len()..];
    // `But, said Solovey, “…”`: a conjunction alone before the verb is no subject; nor are
    // words that open no noun phrase (`Und so spricht Herder`), nor, in the languages that
    // put the verb second (not English: `Hemsley, the co-author of "Going Viral," about …,
    // said the days …`), a clause a comma closes right before the verb or its auxiliary
    // (`Als die Freundin fortgezogen wurde, sagte Hauke lauter`, `Se ciò non avvenisse, ha
    // detto Medvedev`).
    let conjunction = is_conjunction(subject.trim())
        || subject.split_whitespace().all(|w| {
            lang::is_any_function_word(w)
                && !lang::is_article(w)
                && !is_pronoun(w)
                && !lang::is_other_pronoun(w)
        })
        || (before[..cue_offset]
            .split_whitespace()
            .rev()
            .find(|w| !is_auxiliary(w))
            .is_some_and(|w| w.ends_with(','))
            && !is_english_cue(cue)
            // (Not after a name and its apposition: `Herbert Berger, diretor da empresa,
            // diz que …`.)
            && !subject.split(',').any(|part| looks_like_name(part.trim())));
    // `The paradox of Nancy, says Carl Anthony, historian at …, is that she was “…”`,
    // `In other words, explained CBS moderator Nancy Cordes: “…”`: a verb set off by a
    // comma before it, with a name right after it up to a comma or a colon, is a parenthetical
    // attribution whose subject follows — unless a name and its apposition stand before
    // the comma (`Smith, a Republican, said Trump, who …`).
    let parenthetical = || {
        let end = clause_end(rest);
        let named_after = rest[..end].trim();
        before[..cue_offset].trim_end().ends_with(',')
            && rest[end..].starts_with([',', ':'])
            && named_after.starts_with(char::is_uppercase)
            && (looks_like_name(named_after)
                || name_tail(named_after).is_some()
                || name_ending(named_after).is_some())
            && !subject.split(',').any(|part| looks_like_name(part.trim()))
    };
    // `Nach einer Pause sagte der Herr:`, `Mit ihrer kühlen Hand fuhr sie …:`: a phrase
    // opening its sentence on a preposition before a verb of saying not English is no
    // subject; the verb comes second, its subject after it. (Not one inside the sentence:
    // `na qual Franco afirma`.)
    let fronted = !is_english_cue(cue) && {
        let mut words = subject.split_whitespace();
        let first = words.next().unwrap_or("");
        // (Not a particle opening a name: `Von der Leyen sagte`, `Van Rompuy zei`.)
        let named = lang::is_particle(first)
            && words
                .find(|w| !lang::is_article(w))
                .is_some_and(|w| w.starts_with(char::is_uppercase));
        first.starts_with(char::is_uppercase) && lang::is_foreign_preposition(first) && !named
    };
    let inverted = conjunction
        || fronted
        || parenthetical()
        || !subject.contains(' ')
            && rest.split_whitespace().next().is_some_and(|w| {
                let en = lang::Lang::En.lexicon();
                (lang::is_article(w) || is_pronoun(w) || lang::is_other_pronoun(w))
                    && !en.articles.contains_ignore_ascii_case(w)
                    && !en.he.contains_ignore_ascii_case(w)
                    && !en.she.contains_ignore_ascii_case(w)
                    && !en.other_pronouns.contains_ignore_ascii_case(w)
            });
    if inverted {
        if let Some(found) = cue_first(before, cue_offset, cue).filter(|(p, _)| !p.is_empty()) {
            return Some(found);
        }
        // `Después de andar largo trecho, añadió:`: no subject after the verb either, in a
        // language that drops it — the phrase before the comma, opening on no article nor
        // determiner (`Mi padre, muy serio, dijo:`) and naming no one, is none: the verb's subject is unsaid (an empty phrase, as
        // [`attribution_after`] gives for `—dijo.`). (`Un uomo, che viaggiava sul bus, ha
        // detto:`, `El ciego, poniéndose las manos en la boca, gritó:` are subjects.)
        let first = subject.split_whitespace().next().unwrap_or("");
        if conjunction
            && !is_english_cue(cue)
            && rest.trim_start().starts_with([':', '.'])
            && !lang::is_article(first)
            && !lang::is_any_determiner(first)
            && !is_pronoun(first)
            && !subject.split(',').any(|part| looks_like_name(part.trim()))
        {
            return Some((String::new(), Some(cue)));
        }
    }
    Some((subject, Some(cue)))
}

/// The name a phrase closes on, in its last two or three words, after a capitalised word of
/// the title before it (`Chairman of the Joint Chiefs of Staff Gen. Mark Milley`; not `The
/// Confederation of British Industry`).
pub(super) fn name_tail(phrase: &str) -> Option<String> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    (2..=3.min(words.len().saturating_sub(1)))
        .rev()
        .filter(|&n| words[words.len() - n - 1].starts_with(char::is_uppercase))
        .map(|n| words[words.len() - n..].join(" "))
        .find(|tail| looks_like_name(tail))
}

/// Where a sentence's main clause starts, in bytes: past the phrases that open it before
/// its subject, each set off by a comma and opening on a function word or an adverb of any
/// language (`In the depths of the Great Recession, Paul Ryan worried`, `Moreover, as part
/// of the exchange with Clinton, Gowdy referenced`, `Like Corker, Menendez …`), up to a
/// quotation. (Not `As Akhil Amar … put it, “…”`: who put it so is the speaker.)
pub(super) fn main_clause(sentence: &str) -> usize {
    let mut at = 0;
    loop {
        let rest = &sentence[at..];
        let Some(comma) = rest.find(',') else {
            return at;
        };
        let part = &rest[..comma];
        let mut words = part.split_whitespace();
        let opener = words.next().is_some_and(|w| {
            let adverb =
                english().is_adverb(w) || english().sentence_adverbs.contains_ignore_ascii_case(w);
            // (`as part of the exchange,` opens; `As Akhil Amar … put it,` names.)
            let named = w.eq_ignore_ascii_case("as")
                && words
                    .next()
                    .is_some_and(|n| n.starts_with(char::is_uppercase));
            // (`Filling in for Sanders at the same event, West landed …`: a participle
            // opening the sentence has the main clause's subject; `According to X,` names.)
            let participle = at == 0 && w.len() > 5 && is_participle(w) && !lang::is_according(w);
            let w = lower(w);
            // (`Like Corker, Menendez also rejected …`.)
            (adverb || participle || is_preposition(&w) || lang::en::COMPARISONS.contains(&w))
                && !named
        });
        if !opener || part.contains(QUOTE_MARKS) || part.split_whitespace().count() > 15 {
            return at;
        }
        at += comma + 1;
    }
}

/// The capitalised words a sentence's main clause opens on, when a verb in the past tense
/// follows them (`Sanders compared himself to Clinton`, `At Sunday night’s debate, Sanders
/// compared …`, `ProPublica obtained a video`), or follows the relative clause set off by
/// commas after them (`Priebus, who had been out of contact for months, arrived at …`): its
/// subject, as written.
pub(super) fn opening_subject(sentence: &str) -> Option<&str> {
    let s = sentence[main_clause(sentence)..].trim_start();
    let relative = s.split_once(", ").and_then(|(head, tail)| {
        let opens = tail
            .split_whitespace()
            .next()
            .is_some_and(|w| english().relatives.holds(w.as_bytes()));
        let verb = tail.split_once(", ")?.1.split_whitespace().next()?;
        opens.then_some((head, verb))
    });
    let (head, verb) = match relative {
        Some(found) => found,
        None => {
            let verb = s
                .split_whitespace()
                .find(|w| !w.starts_with(char::is_uppercase))?;
            (s[..s.find(verb).unwrap_or(s.len())].trim_end(), verb)
        }
    };
    let first = head.split_whitespace().next()?;
    let named = capitalised_words(head).is_some_and(|n| (1..=4).contains(&n))
        && !head.contains([',', ':', ';'])
        && !is_determiner(first)
        && !lang::is_any_function_word(first);
    (named && english().is_past(verb)).then_some(head)
}

/// The words a sentence's main clause opens on up to its first verb in the past tense,
/// when they describe someone with a name or a determiner (`Band member Flea shared …`,
/// `One operative inside Trump Tower tried …`, `Attorneys for Clinton appeared …`), as
/// written: where [`opening_subject`] reads capitalised words only.
pub(super) fn described_subject(sentence: &str) -> Option<&str> {
    let s = sentence[main_clause(sentence)..].trim_start();
    let mut words = s.split_whitespace();
    let first = words.next()?;
    let mut named = is_determiner(first);
    for w in words.take(MAX_SPEAKER_WORDS) {
        if w.starts_with(char::is_lowercase) && english().is_past(w) {
            let head = s[..w.as_ptr() as usize - s.as_ptr() as usize].trim_end();
            let opens = first.starts_with(char::is_uppercase)
                && (is_determiner(first) || !lang::is_any_function_word(first));
            return (opens
                && named
                && head.len() > first.len()
                && !head.contains([',', ':', ';'])
                && !head.contains('(')
                && !head.contains(QUOTE_MARKS))
            .then_some(head);
        }
        named |= w.starts_with(char::is_uppercase);
    }
    None
}

/// Quotation marks, which bound a subject read back from its verb.
pub(super) const QUOTE_MARKS: [char; 9] = ['“', '”', '„', '"', '»', '«', '›', '‹', '‘'];

/// The subject of a cue verb, from the text before it: back to a clause mark or the
/// sentence's start (the caller prefers a person named anywhere in it: `Milley said Russia
/// … but believes`); a pronoun right before the verb (`a provision she called`); past an
/// apposition, kept whole for the caller to find the name in (`Jane Smith, a doctor, said`).
///
/// A bracket closed before the verb is part of the subject (`Rep. Elijah Cummings (D-Md.),
/// chair of …, said`), and adverbs between subject and verb are not the subject (`Clinton,
/// exasperated, famously responded`).
pub(super) fn subject_before(s: &str) -> Option<String> {
    let mut depth = 0usize;
    let from = s
        .char_indices()
        .rev()
        .find(|&(_, c)| match c {
            ')' => {
                depth += 1;
                false
            }
            '(' if depth > 0 => {
                depth -= 1;
                false
            }
            _ => {
                depth == 0
                    && (matches!(c, ';' | ':' | '—' | '–' | '―' | '(') || QUOTE_MARKS.contains(&c))
            }
        })
        .map_or(0, |(i, c)| i + c.len_utf8());
    // (A dash typed as two hyphens, before a subject: `Marking the end of the primaries
    // with a formal speech -- complete with teleprompter -- Trump told`; not one closing an
    // aside: `Sean Spicer -- as Clinton's campaign noted -- even promoted`.)
    let from = s[from..]
        .rfind("--")
        .map(|k| from + k + 2)
        .filter(|&k| s[k..].trim_start().starts_with(char::is_uppercase))
        .unwrap_or(from);
    let mut parts: Vec<&str> = s[from..].split(',').collect();
    let adverb = |w: &str| english().is_adverb(w) && w.starts_with(char::is_lowercase);
    // Between the subject and its verb, a part that is no subject: a time or place
    // (`Trump, who …, on Friday described`), a sentence adverb (`Proponents of the bill,
    // however, say`).
    // (Not a clause a conjunction opens on its own subject right before the verb: `…, when
    // Hillary Clinton called`, `…, while Cruz said`.)
    let no_subject = |part: &str| {
        let mut words = part.split_whitespace();
        words.next().is_some_and(|w| {
            let next = words.next();
            // (`…, while Cruz watched, said`: a clause with a verb of its own, dropped as
            // before; `…, as he later explained`, `…, when Clinton first testified` are not.)
            let subject = is_conjunction(w)
                && next.is_some_and(|n| n.starts_with(char::is_uppercase) || is_pronoun(n))
                && !words
                    .clone()
                    .any(|n| english().finite_auxiliaries.contains(n) || english().is_past(n));
            (is_preposition(w) && part.split_whitespace().count() <= 4 && !subject)
                || (next.is_none() && (is_auxiliary(w) || adverb(w)))
        })
    };
    let mut popped = false;
    while parts.len() > 1 && parts.last().is_some_and(|p| no_subject(p)) {
        parts.pop();
        popped = true;
    }
    let (last, chain) = parts.split_last()?;
    let mut words: Vec<&str> = if popped {
        Vec::new()
    } else {
        last.split_whitespace().collect()
    };
    let chain = if popped { &parts[..] } else { chain };
    while words
        .last()
        .is_some_and(|w| is_auxiliary(w) || is_conjunction(w) || adverb(w))
    {
        words.pop();
    }
    if words.is_empty() {
        let chain: Vec<&str> = chain.iter().copied().filter(|p| !no_subject(p)).collect();
        let chain = chain.join(",");
        return (!chain.trim().is_empty()).then(|| chain.trim().to_string());
    }
    while words.first().is_some_and(|w| is_conjunction(w)) {
        words.remove(0);
    }
    // `shedding what Gilbert called`, `what he called`: a relative clause's own subject, a
    // name or a pronoun for one, after the relative (not `who didn't want to be named
    // said`, and not `what it calls`: the sentence's subject).
    if let Some(r) = words[..words.len() - 1]
        .iter()
        .rposition(|w| english().relatives.holds(w.as_bytes()))
        .filter(|&r| words[r + 1].starts_with(char::is_uppercase) || is_pronoun(words[r + 1]))
    {
        words.drain(..=r);
    }
    // `Stacy Baker of Columbia, South Carolina says`: a place's state or country after a
    // name and the place it is from, not someone.
    if let Some(prev) = chain.last().filter(|_| words.len() <= 2) {
        // (One function, not a closure inlined at each of its three calls: 0.2 KB.)
        #[inline(never)]
        fn place(ws: &[&str]) -> bool {
            ws.iter().all(|w| w.starts_with(char::is_uppercase))
        }
        let from: Vec<&str> = prev.split_whitespace().collect();
        let at = from.iter().rposition(|w| is_preposition(w));
        if place(&words)
            && at.is_some_and(|k| {
                k > 0 && k + 1 < from.len() && place(&from[..k]) && place(&from[k + 1..])
            })
        {
            // Joined by hand, not by `format!`: the module then carries none of `core::fmt`'s
            // machinery (1.7 KB raw).
            let mut joined = chain.join(",");
            joined.push(',');
            joined.push_str(&words.join(" "));
            return Some(joined.trim().to_string());
        }
    }
    // `Mr. Ekovich, who noted`, `una voz de hombre, que dijo`: a relative pronoun stands for
    // the phrase before its comma.
    if let ([relative], Some(antecedent)) = (words.as_slice(), chain.last()) {
        if lang::is_subject_relative(relative) && !antecedent.trim().is_empty() {
            return Some(antecedent.trim().to_string());
        }
    }
    // `Braynard, a South Carolina native who writes`: the verb is a relative clause's, whose
    // subject is the one its apposition describes.
    if let [head @ .., relative] = words.as_slice() {
        if !head.is_empty() && english().subject_relatives.contains(relative) {
            let mut phrase = chain
                .last()
                .map_or(String::new(), |a| [a.trim(), ", "].concat());
            phrase.push_str(&head.join(" "));
            return Some(phrase.trim_start_matches([',', ' ']).to_string());
        }
    }
    match words.last() {
        None => None,
        Some(w) if is_pronoun(w) => Some(w.to_string()),
        Some(_) => Some(words.join(" ")),
    }
}

/// How far into a speaker phrase [`subject_in`] looks for its subject, in words.
const SUBJECT_REACH: usize = 6;

/// The subject a speaker phrase holds in an article in a language other than English
/// (`lex`), where a phrase read up to or after a verb of saying often holds more than its
/// subject — cut down to it:
///
/// - a clause coordinated with the verb (`clause`, the phrase closing on a conjunction)
///   opens on its subject (`Magdalene entzog ihm hastig die Hand und`, `Er ließ sich nicht
///   stören und`, `die Exzellenz nahm das Wort lustig auf und`), or has it right after its
///   verb when an adverb opens it (`Dann sah er aus der Zuschrift auf und`, `Darauf trat
///   ein buckeliger Jäger zu ihm hin und`, `erschien ihm Maria und`);
/// - after an inverted verb, the subject stands past any adverb, object pronoun or
///   prepositional phrase (`jetzt der Oberst`, `ihn der Minister`, `mit großer Ruhe mein
///   Leutnant`) and ends before the words about how it spoke (`der Arzt mit der Miene
///   eines Verhörrichters`, `de inspecteur van politie op beslissenden toon`).
///
/// A subject is a pronoun, a noun phrase from an article or determiner to its noun (the
/// capitalised one in German; `einer der Langen` whole), or a run of capitalised words
/// with the particles between them (`Gräfin von Auwald`, `Van Rompuy`); in the languages
/// that write nouns in lower case, up to the last word before a small one (`de kleine man`,
/// `la porte-parole de la fédération`). The phrase as it is when it opens on no subject
/// within [`SUBJECT_REACH`] words (`Nur so nebenbei`). Words exclaimed or asked before the
/// verb are no subject (`Kanaillen! dachte der Doktor und`).
pub(super) fn subject_in<'p>(phrase: &'p str, lex: &lang::Lexicon, clause: bool) -> &'p str {
    let whole = phrase;
    // `Kanaillen! dachte der Doktor und`: words exclaimed or asked before a verb in lower
    // case are what it reports, its subject after it (not `Yahoo!`: a space follows).
    let (phrase, clause) = match phrase.rsplit_once(['!', '?']) {
        Some((_, rest))
            if rest.starts_with(char::is_whitespace)
                && rest.trim_start().starts_with(char::is_lowercase) =>
        {
            (rest.trim_start(), false)
        }
        _ => (phrase, clause),
    };
    let words: Vec<(usize, &str)> = word_indices(phrase).collect();
    let w = |i: usize| words.get(i).map_or("", |&(_, w)| w);
    let capital = |i: usize| w(i).starts_with(char::is_uppercase);
    // (The lexicon's own lists, not any language's: `de` is Dutch's article, French's
    // particle.)
    let determiner =
        |i: usize| lex.articles.contains_folded(w(i)) || lex.determiners.contains_folded(w(i));
    // (Not a possessive: `sagte ihr Mann`.)
    let pronoun = |i: usize| lex.is_personal_pronoun(w(i)) && !determiner(i);
    let preposition = |i: usize| lex.prepositions.contains_folded(w(i));
    let conjunction = |i: usize| lex.conjunctions.contains_folded(w(i));
    let small =
        |i: usize| lex.function_words.contains_folded(w(i)) || preposition(i) || conjunction(i);
    let particle = |i: usize| lex.particles.contains_folded(w(i));
    // (`Van Rompuy`: a capitalised particle opening a name.)
    let name =
        |i: usize| capital(i) && (!small(i) && !determiner(i) || particle(i) && capital(i + 1));
    // Words no noun phrase reads past.
    let stop =
        |i: usize| preposition(i) || conjunction(i) || determiner(i) || pronoun(i) || particle(i);
    let n = words.len();
    // Where the subject opening at `k` ends.
    let end_of = |k: usize| -> usize {
        if pronoun(k) {
            return k + 1;
        }
        let mut j = k;
        if determiner(k) {
            j += 1;
            // `einer der Langen`: a determiner and the noun phrase it is one of.
            if determiner(j) && !capital(j) {
                j += 1;
            }
            // Words up to the noun: the capitalised one, or the last before a small word
            // (`der andere`, `la porte-parole`, `de kleine man`).
            while j < n && j - k <= 4 && !capital(j) && !stop(j) && (j == k + 1 || !small(j)) {
                j += 1;
            }
            if !capital(j) {
                // `de inspecteur van politie`, `la porte-parole de la fédération`, `Il
                // patriarca di Belgrado Irinej`: a noun's complement after a particle.
                let noun = if lex.articles.contains_folded(w(j + 1)) {
                    j + 2
                } else {
                    j + 1
                };
                if j == k + 1 || !particle(j) || noun >= n || small(noun) {
                    return j.max(k + 1);
                }
                j = noun + 1;
            }
        }
        // A run of capitalised words, with particles between them (`Gräfin von Auwald`), or
        // a word that qualifies the noun after it (`der Wache habende Arzt`).
        while j < n {
            if capital(j) && !small(j) {
                j += 1;
            } else if name(j + 1)
                && (particle(j) || (j > k && !capital(j) && !small(j) && !stop(j)))
            {
                j += 2;
            } else {
                break;
            }
        }
        j.max(k + 1)
    };
    let opens = |k: usize| pronoun(k) || determiner(k) || name(k);
    let adverb = |i: usize| lex.sentence_adverbs.contains_folded(w(i));
    let start = if adverb(0) && n > 2 && !capital(1) && !small(1) && (pronoun(2) || determiner(2)) {
        // `Darauf trat ein buckeliger Jäger`, `Plötzlich drehte sie sich um`: an adverb of
        // narration the lexicon knows before the verb (not any capitalised word: `Hans sah
        // sie an und`; nor `Man sah die Frau an und`).
        Some(2)
    } else if opens(0) {
        Some(0)
    } else {
        let mut k = 0;
        let mut found = None;
        while k < n.min(SUBJECT_REACH) {
            // (`drückte die verschränkten Hände vor die Augen und`: after a verb opening a
            // clause, an article's noun is its object.)
            if determiner(k) {
                found = (!clause).then_some(k);
                break;
            }
            if preposition(k) {
                // Past a prepositional phrase: to its capitalised noun, or its article's word.
                let noun = (k + 1..n.min(k + 5)).find(|&i| capital(i));
                k = match noun {
                    Some(i) => i + 1,
                    None if determiner(k + 1) => k + 3,
                    None => k + 2,
                };
                continue;
            }
            if pronoun(k) || name(k) {
                found = Some(k);
                break;
            }
            k += 1;
        }
        found
    };
    let Some(k) = start.filter(|&k| k < n) else {
        return whole;
    };
    let end = end_of(k).min(n);
    if k == 0 && end == n {
        // (Whole, with what closes it: `Philippe Gosselin (UMP)`.)
        return phrase;
    }
    let (from, _) = words[k];
    let (last, word) = words[end - 1];
    // Through the hyphens joining the last word's parts (`le Président-candidat`), not
    // past a mark closing it (`mein Leutnant“`, `der Arzt—mit`).
    let mut to = last + word.len();
    while let Some(rest) = phrase[to..].strip_prefix(['-', '\u{2010}']) {
        let part = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        if part == 0 {
            break;
        }
        to = phrase.len() - rest.len() + part;
    }
    &phrase[from..to]
}

/// Whether `word` ends as an English participle does (`telling`): see
/// [`lang::Lexicon::is_participle`].
pub(super) fn is_participle(word: &str) -> bool {
    english().is_participle(word)
}

/// Whether `word` ends in a possessive `’s` or `'s` (`Clinton’s`, `campaign's`).
pub(super) fn is_possessive(word: &str) -> bool {
    word.ends_with("’s") || word.ends_with("'s")
}

pub(super) fn is_preposition(word: &str) -> bool {
    english().prepositions.holds(word.as_bytes())
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::{q, quoted, speaker_of};
    use crate::quotes::QuoteKind;

    #[test]
    fn a_dash_a_relative_a_retort_and_brackets_around_a_verb_of_saying() {
        // PolNeAR's shapes, written anew: a dash typed as two hyphens or as a horizontal bar
        // sets off what opens the sentence, and the name after it is the subject; a verb
        // after `who` is the relative clause's, its subject the person the apposition
        // describes. An aside between two dashes is not the subject (`Spicer -- as … noted
        // -- even promoted`).
        let text = "Closing the campaign with a long speech -- read from a teleprompter -- \
            Maria Lopez told supporters that \"we start again tomorrow.\" After the storm ― \
            as after the flood last spring ― Tom Reyes warned of \"a long winter.\" Dana \
            Whitfield runs the farm. Whitfield, a farmer who writes poems (one on \"a cold \
            spring\"), has cast himself as a poet. Party spokesman Sean Oakes -- as the rival \
            campaign noted -- even praised the mayor for \"a steady hand.\"";
        assert_eq!(speaker_of(text, "we start").as_deref(), Some("Maria Lopez"));
        assert_eq!(speaker_of(text, "a long").as_deref(), Some("Tom Reyes"));
        assert_eq!(
            speaker_of(text, "a cold").as_deref(),
            Some("Dana Whitfield")
        );
        assert_eq!(speaker_of(text, "a steady").as_deref(), Some("Sean Oakes"));
        // A retort: `shot back`, `fired back` are verbs of saying.
        let text = "\"We will pay,\" Mayor Kim Park said. Council member Joe Dunn shot back, \
            \"That is not true.\"";
        assert_eq!(speaker_of(text, "That is").as_deref(), Some("Joe Dunn"));
        // A quotation inside brackets is not attributed by the words after them, nor is a
        // quotation ever part of a speaker.
        let text = "Dana Whitfield runs the farm. Whitfield, a farmer (one poem tells of \
            \"a cold spring\"), has called the plan \"a gift.\"";
        let cold = speaker_of(text, "a cold");
        assert!(
            cold.as_deref().is_none_or(|s| !s.contains(['"', '“'])),
            "{cold:?}"
        );
        assert_eq!(
            speaker_of(text, "a gift").as_deref(),
            Some("Dana Whitfield")
        );
    }

    #[test]
    fn a_word_of_grammar_opening_lower_case_words_before_the_verb_is_no_speaker() {
        // Italian Wikinews' shape, written anew: `Come già annunciato` (as already
        // announced) after a quotation is an adverbial, not who spoke.
        let text = "Il sindaco Mario Rossi ha parlato ai cittadini della città. «Lavoro e \
            rispetto» Come già annunciato dalla giunta, il piano sarà pubblicato domani.";
        let speaker = speaker_of(text, "Lavoro");
        assert!(
            speaker.as_deref().is_none_or(|s| !s.starts_with("Come")),
            "{speaker:?}"
        );
    }

    #[test]
    fn a_clause_opened_by_when_or_while_has_its_own_subject_before_the_verb() {
        // PolNeAR's shapes: the subject of the verb of saying is the name after `when` or
        // `while`, not the sentence's (a time phrase, `Trump, when asked, said`, is none).
        let text = "The idea that his rhetoric could be used as a recruiting tool came up in \
            a debate in December, when Hillary Clinton called the frontrunner “ISIS’ best \
            recruiter.” Rubio suggested that someone who doesn't answer questions can't be \
            president, while Cruz said that the “stakes in this election are too high” for \
            Trump. Donald Trump, when asked, said the plan was “a total disaster.”";
        assert_eq!(speaker_of(text, "ISIS").as_deref(), Some("Hillary Clinton"));
        assert_eq!(speaker_of(text, "stakes").as_deref(), Some("Cruz"));
        assert_eq!(speaker_of(text, "a total").as_deref(), Some("Donald Trump"));
    }

    #[test]
    fn a_relative_stands_for_the_phrase_before_it_and_a_clause_before_a_comma_is_no_subject() {
        // Marianela's shapes (the Spanish dev text): `que` after a comma stands for the
        // phrase before it; an adverbial clause before the comma and the verb names no one,
        // so the turn after the colon is no one's by that sentence; a subject with a clause
        // after its comma stays the subject.
        let text = "Oyose el violento ladrar de un perro, y después una voz de hombre, que \
            dijo:\n\n-Choto, Choto, ven aquí.\n\n-¡Eh! -gritó el viajero-. Buen amigo, ¿se \
            puede ir por aquí a las minas?\n\n-Sí, señor -respondió la voz.\n\nDespués de \
            andar largo trecho, añadió:\n\n-Me he perdido, no hay duda de que me he \
            perdido.\n\nEl ciego, poniéndose las manos en la boca, gritó:\n\n-No vengas, \
            que voy allá.\n";
        assert_eq!(
            speaker_of(text, "Choto").as_deref(),
            Some("una voz de hombre")
        );
        assert_ne!(
            speaker_of(text, "Me he perdido").as_deref(),
            Some("Después")
        );
        assert_eq!(speaker_of(text, "No vengas").as_deref(), Some("El ciego"));
    }

    #[test]
    fn a_prepositional_phrase_opening_the_sentence_puts_the_subject_after_the_verb() {
        // German puts the verb second: what opens the sentence before it may be no subject.
        let text = "Der Herr sah mich lange an und schwieg. Ich sagte: »Leider.« Nach einer \
            Pause sagte der Herr: »Was gedenken Sie ohne Beine eigentlich zu tun?«";
        assert_eq!(
            speaker_of(text, "Was gedenken").as_deref(),
            Some("der Herr")
        );
    }

    #[test]
    fn names_and_subjects_the_newer_readings_must_not_lose() {
        // A clause with a verb of its own after `while` is no subject.
        let en = "The senator, while Cruz watched, said the plan was “a total disaster for \
            everyone.”";
        assert_eq!(speaker_of(en, "a total").as_deref(), Some("The senator"));
        // A particle opening a name is no fronted phrase.
        let de = "Die Kommission legte am Dienstag in Brüssel ihren Plan für die \
            Landwirtschaft vor, und die Minister waren sich nicht einig.\n\nVon der Leyen \
            sagte der Zeitung: „Wir werden das nicht hinnehmen.“";
        assert_eq!(
            speaker_of(de, "Wir werden").as_deref(),
            Some("Von der Leyen")
        );
        // A determiner opening the clause before the comma opens a subject.
        let es = "Mi padre llegó tarde aquella noche, cansado del viaje y de las malas \
            noticias del pueblo.\n\nMi padre, muy serio, dijo:\n\n-No quiero hablar de eso \
            ahora.\n\n-¿Por qué no? -preguntó mi madre.\n\n-Porque no -respondió él.\n";
        assert_eq!(speaker_of(es, "No quiero").as_deref(), Some("Mi padre"));
    }

    #[test]
    fn a_speaker_phrase_in_another_language_is_cut_down_to_its_subject() {
        use super::subject_in;
        use crate::lang::Lang;
        let de = Lang::De.lexicon();
        let cases = [
            // A clause coordinated with the verb of saying: its subject.
            (
                "Magdalene entzog ihm hastig die Hand und",
                true,
                "Magdalene",
            ),
            ("Er ließ sich nicht stören und", true, "Er"),
            (
                "die Exzellenz nahm das Wort lustig auf und",
                true,
                "die Exzellenz",
            ),
            ("Dann sah er aus der Zuschrift auf und", true, "er"),
            (
                "Darauf trat ein buckeliger Jäger zu ihm hin und",
                true,
                "ein buckeliger Jäger",
            ),
            ("Plötzlich drehte sie sich um und", true, "sie"),
            ("erschien ihm Maria und", true, "Maria"),
            ("Kanaillen! dachte der Doktor und", true, "der Doktor"),
            // Not any capitalised word before the verb: a name is its subject.
            ("Hans sah sie an und", true, "Hans"),
            // A verb opening the clause: an article after it opens its object, and the
            // phrase is left as it is (its subject stands before it).
            (
                "drückte die verschränkten Hände vor die Augen und",
                true,
                "drückte die verschränkten Hände vor die Augen und",
            ),
            // After an inverted verb: past adverbs, objects and prepositional phrases, up
            // to how it was said.
            (
                "der Arzt mit der Miene eines Verhörrichters",
                false,
                "der Arzt",
            ),
            ("mit großer Ruhe mein Leutnant", false, "mein Leutnant"),
            ("ihn der Minister", false, "der Minister"),
            ("lächelnd der Professor", false, "der Professor"),
            ("der Gelehrte den Subalternarzt", false, "der Gelehrte"),
            ("einer der Langen", false, "einer der Langen"),
            ("der andere die Hände zu", false, "der andere"),
            ("Gräfin von Auwald", false, "Gräfin von Auwald"),
            ("der Wache habende Arzt", false, "der Wache habende Arzt"),
            ("Nur so nebenbei", false, "Nur so nebenbei"),
        ];
        for (phrase, clause, subject) in cases {
            assert_eq!(subject_in(phrase, de, clause), subject, "{phrase}");
        }
        let others = [
            (
                Lang::Nl,
                "de inspecteur van politie op beslissenden toon",
                "de inspecteur van politie",
            ),
            (Lang::Nl, "de kleine man", "de kleine man"),
            (
                Lang::Fr,
                "la porte-parole de la fédération à une question",
                "la porte-parole de la fédération",
            ),
            (Lang::Fr, "le Président-candidat", "le Président-candidat"),
            (
                Lang::Fr,
                "Philippe Gosselin (UMP)",
                "Philippe Gosselin (UMP)",
            ),
            (
                Lang::It,
                "Il patriarca di Belgrado Irinej",
                "Il patriarca di Belgrado Irinej",
            ),
            (Lang::Es, "el ciego con voz ronca", "el ciego"),
        ];
        for (lang, phrase, subject) in others {
            assert_eq!(
                subject_in(phrase, lang.lexicon(), false),
                subject,
                "{phrase}"
            );
        }
    }

    #[test]
    fn a_german_clause_before_the_verb_of_saying_is_no_speaker_but_its_subject() {
        let text = "Magdalene sah erstaunt und erschreckt auf, denn sie hatte ihn nicht \
            kommen hören. Werner stand lange am Fenster und schwieg. Dann fuhr er fort: \
            »Vor einigen Stunden haben Sie mir erklärt, daß Sie mich hassen.« Magdalene \
            entzog ihm hastig die Hand und stammelte kaum hörbar: »Wozu das?« Jemand \
            kam herein. »Was hast du also zu tun, Emil?« fragte der Arzt mit der Miene \
            eines Verhörrichters. »Ich weiß es nicht«, sagte mit großer Ruhe mein Leutnant.";
        assert_eq!(speaker_of(text, "Wozu das").as_deref(), Some("Magdalene"));
        assert_eq!(speaker_of(text, "Was hast du").as_deref(), Some("der Arzt"));
        assert_eq!(
            speaker_of(text, "Ich weiß").as_deref(),
            Some("mein Leutnant")
        );
    }

    #[test]
    fn reacting_pointing_out_sniping_and_finding_are_saying() {
        let text = "Donald Trump spoke on Sunday. “Is Obama profiling?” reacted Trump.\n\
            The Hill wrote about it. As The Hill pointed out, “Trump has so far declined to release any tax returns.”";
        assert_eq!(
            speaker_of(text, "Is Obama").as_deref(),
            Some("Donald Trump")
        );
        assert_eq!(speaker_of(text, "Trump has").as_deref(), Some("The Hill"));
        let text = "Pew Research polled voters.\n\
            In 2014, Pew Research found that “about twice as many Democrats said it was more important to control guns.”\n\
            Walter Hewlett sniped that Fiorina was “learning on the job.”";
        assert_eq!(
            speaker_of(text, "about twice").as_deref(),
            Some("Pew Research")
        );
        assert_eq!(
            speaker_of(text, "learning").as_deref(),
            Some("Walter Hewlett")
        );
    }

    #[test]
    fn a_participle_opening_the_sentence_has_the_main_clauses_subject() {
        let text = "Cornel West and Bernie Sanders campaigned in Iowa.\n\
            Filling in for Sanders at the same event, West landed a sharp dig at “my dear sister Hillary Clinton.”";
        assert_eq!(speaker_of(text, "my dear").as_deref(), Some("Cornel West"));
    }

    #[test]
    fn a_place_and_its_state_after_a_name_are_not_the_speaker() {
        let text = "Voters lined up in the rain.\n\
            Jane Doe of Toledo, Ohio says she thinks Kasich can win if he keeps “doing what he’s doing.”";
        assert_eq!(speaker_of(text, "doing what").as_deref(), Some("Jane Doe"));
    }

    #[test]
    fn a_relative_clause_has_its_own_subject() {
        let text = "Dan Gilbert owns the team.\n\
            Cleveland sought the convention in the hopes of shedding what Gilbert called “a perception problem.”";
        assert_eq!(
            speaker_of(text, "a perception").as_deref(),
            Some("Dan Gilbert")
        );
        let text = "Reince Priebus spoke on Tuesday.\n\
            Priebus, who had been out of contact for months, arrived at a Tuesday breakfast with reporters and acknowledged that he had only “read the passages real quickly.”";
        assert_eq!(
            speaker_of(text, "read the").as_deref(),
            Some("Reince Priebus")
        );
    }

    #[test]
    fn a_time_or_an_adverb_before_the_verb_is_not_the_speaker() {
        let text = "Donald Trump spoke in Ohio.\n\
            Trump, who has been feuding with party leaders this week, on Friday described his intent to lead a “big tent” party.";
        assert_eq!(
            speaker_of(text, "big tent").as_deref(),
            Some("Donald Trump")
        );
    }

    #[test]
    fn a_verb_set_off_by_commas_has_its_subject_after_it() {
        let text = "Carl Anthony and Nancy Cordes spoke. Michael Gerson wrote. Ted Cruz ran.\n\n\
            The paradox of Nancy, says Carl Anthony, historian at the library, is that she was \
            \"one of the most powerful first ladies,\" not for her policy.\n\n\
            In other words, explained CBS moderator Nancy Cordes: \"What does that have to do with it?\"\n\n\
            Columnist Michael Gerson, a speechwriter, calls Cruz \"a conviction candidate\".";
        assert_eq!(
            speaker_of(text, "one of the most").as_deref(),
            Some("Carl Anthony")
        );
        assert_eq!(
            speaker_of(text, "What does that").as_deref(),
            Some("Nancy Cordes")
        );
        // The name right before the quotation is the verb's object.
        assert_eq!(
            speaker_of(text, "a conviction").as_deref(),
            Some("Michael Gerson")
        );
    }

    #[test]
    fn the_name_in_apposition_to_a_description_is_the_speaker() {
        let text = "Vatican officials spoke on Friday.\n\n\
            “We are anxious,” said another Twitter user, Johanna Bayer.\n\n\
            “The pope said what we all know,” the Vatican spokesman, Federico Lombardi, told Vatican Radio.\n\n\
            “I just don't think she's been truthful,” Cecelia Purner, 67, a retired clerk in Allentown, Pa., said in an interview.";
        assert_eq!(
            speaker_of(text, "We are anxious").as_deref(),
            Some("Johanna Bayer")
        );
        assert_eq!(
            speaker_of(text, "The pope").as_deref(),
            Some("Federico Lombardi")
        );
        assert_eq!(
            speaker_of(text, "I just don't").as_deref(),
            Some("Cecelia Purner")
        );
    }

    #[test]
    fn new_quotation_after_a_single_closed_with_the_double() {
        let text = "''I would use the word 'old-school,''' said Gregory Slayton.\n\n\
            “This is fantastic!” beamed Donald Hartley of Madison, Alabama.";
        assert_eq!(
            speaker_of(text, "I would use").as_deref(),
            Some("Gregory Slayton")
        );
        assert_eq!(
            speaker_of(text, "This is fantastic").as_deref(),
            Some("Donald Hartley")
        );
    }

    #[test]
    fn attributions_a_reader_would_make() {
        use QuoteKind::*;
        let text = "Gen. Mark Milley spoke in New York on Wednesday.\n\
            “When there’s an opportunity to negotiate, seize it,” Milley told the Economic Club of New York. “Seize the moment.”\n\
            Milley said last week that victory “is maybe not achievable through military means.”\n\
            “Now, what the future holds is not known,” he said.\n\
            “Why not start talking before you throw more lives away?” one US official said.\n\
            The US said its goal was to “weaken” Russia.";
        let got = quoted(text);
        assert_eq!(
            got,
            [
                q(
                    "When there’s an opportunity to negotiate, seize it,",
                    Direct,
                    Some("Mark Milley"),
                    Some("told")
                ),
                q(
                    "Seize the moment.",
                    Direct,
                    Some("Mark Milley"),
                    Some("told")
                ),
                q(
                    "is maybe not achievable through military means.",
                    Partial,
                    Some("Mark Milley"),
                    Some("said")
                ),
                q(
                    "Now, what the future holds is not known,",
                    Direct,
                    Some("Mark Milley"),
                    Some("said")
                ),
                q(
                    "Why not start talking before you throw more lives away?",
                    Direct,
                    Some("one US official"),
                    Some("said")
                ),
                q("weaken", Partial, Some("The US"), Some("said")),
            ]
        );
    }

    #[test]
    fn said_before_the_name_and_colons() {
        use QuoteKind::*;
        let text = "President Joe Biden spoke.\n“This is up to the Ukrainians,” said President Biden at a news conference.\n\
                    Sullivan told reporters: “We are not pressuring Ukraine at all.”";
        let got = quoted(text);
        assert_eq!(
            got[0],
            q(
                "This is up to the Ukrainians,",
                Direct,
                Some("Joe Biden"),
                Some("said")
            )
        );
        assert_eq!(
            got[1],
            q(
                "We are not pressuring Ukraine at all.",
                Direct,
                Some("Sullivan"),
                Some("told")
            )
        );
    }

    #[test]
    fn appositions_dashes_statements_and_posts() {
        use QuoteKind::*;
        let text = "Jane Smith, a doctor, said: “The ward is full and we are turning people away.”\n\
                    “We will appeal this ruling as soon as we can,” the statement read.\n\
                    “Broadband is a necessity, not a luxury, for every family.” — Commissioner Geoffrey Starks\n\
                    Geoffrey Starks wrote on Twitter: “The vote is a win for rural families.”";
        let got = quoted(text);
        assert_eq!(
            got[0],
            q(
                "The ward is full and we are turning people away.",
                Direct,
                Some("Jane Smith"),
                Some("said")
            )
        );
        assert_eq!(
            got[1],
            q(
                "We will appeal this ruling as soon as we can,",
                Direct,
                Some("the statement"),
                Some("read")
            )
        );
        assert_eq!(
            got[2],
            q(
                "Broadband is a necessity, not a luxury, for every family.",
                Direct,
                Some("Geoffrey Starks"),
                None
            )
        );
        assert_eq!(
            got[3],
            q(
                "The vote is a win for rural families.",
                Direct,
                Some("Geoffrey Starks"),
                Some("wrote")
            )
        );
    }

    #[test]
    fn a_dash_and_a_name_before_a_colon_introduce_the_next_quotation() {
        // An interview set as one paragraph: the interviewer's name and a colon open the
        // question, which does not go on with the answer before it.
        let text = "Eva Müller, eine Reporterin, traf am Montag den Minister Anton Weber.\n\
                    Weber sagte: „Die Gespräche ruhen vorerst.“ — Müller: „Wann beginnen sie \
                    wieder?“ — „Das weiß noch niemand.“";
        assert_eq!(
            speaker_of(text, "Die Gespräche").as_deref(),
            Some("Anton Weber")
        );
        assert_eq!(
            speaker_of(text, "Wann beginnen").as_deref(),
            Some("Eva Müller")
        );
        assert_eq!(speaker_of(text, "Das weiß").as_deref(), Some("Anton Weber"));
        // A question that lost its opening mark after a dash is no one's name.
        let lost = "Eva Müller traf den Minister Anton Weber.\n\
                    „Fahren Sie zurück?“ — „Nein. Ich bleibe hier.“ — Wie ist die Stimmung?“";
        assert_ne!(
            speaker_of(lost, "Nein. Ich").as_deref(),
            Some("Wie ist die Stimmung")
        );
    }

    #[test]
    fn an_insertion_between_commas_after_the_verb_comes_before_its_subject() {
        let text = "Der Moserbauer sitzt in der Stube und wartet auf die Freier, die heute \
            kommen sollen.\n\n»Hast du Zeit für mich?« fragt, ihn unterbrechend, der Michel \
            von Au. Denn er ist der Ungestümste von allen.";
        assert!(speaker_of(text, "Hast du").is_some_and(|s| s.contains("Michel")));
    }

    #[test]
    fn abbreviations_do_not_end_an_attribution() {
        let text = "Officials urged caution.\n\
            “It looks calm, but it isn’t,” said Capt. Rita Gonzales of the County Sheriff’s Office.\n\
            “She betrayed the trust of us all,” Acting U.S. Attorney Joshua Levy said.\n\
            “For fifteen years we worked toward this,” said Dr. Habib Dagher, director of the center.";
        assert_eq!(
            speaker_of(text, "It looks").as_deref(),
            Some("Rita Gonzales")
        );
        assert_eq!(
            speaker_of(text, "She betrayed").as_deref(),
            Some("Joshua Levy")
        );
        assert_eq!(
            speaker_of(text, "For fifteen").as_deref(),
            Some("Habib Dagher")
        );
    }

    #[test]
    fn the_name_after_an_inverted_verb_past_a_description_is_the_speaker() {
        let text = "Steve Elmendorf and Andrew J. Pincus spoke. Asab Al-Tabchi hosted.\n\
            \"It seems extremely unlikely\" that Sanders can catch Clinton, said Steve Elmendorf, a strategist.\n\
            \"The odds are long,\" said another leading advocate, Andrew J. Pincus of the law firm Mayer Brown.\n\
            \"Thanks, Clarkston,\" said master of ceremonies Asab Al-Tabchi, a Syrian engineer.";
        assert_eq!(
            speaker_of(text, "It seems").as_deref(),
            Some("Steve Elmendorf")
        );
        assert_eq!(
            speaker_of(text, "The odds").as_deref(),
            Some("Andrew Pincus")
        );
        assert_eq!(
            speaker_of(text, "Thanks").as_deref(),
            Some("Asab Al-Tabchi")
        );
    }

    #[test]
    fn a_title_in_the_subject_is_no_quotation_s_end_and_a_conjunction_no_subject() {
        let text = "Philip Hemsley studies media. Sam Solovey worked for Trump.\n\
            Hemsley, the co-author of \"Going Viral,\" about the rapid spread of information, said the days \
            when the nation had \"a somewhat unifying story\" are gone.\n\
            Solovey was loyal. But, said Solovey, \"I don't want to drum up conflict.\"";
        assert_eq!(
            speaker_of(text, "a somewhat").as_deref(),
            Some("Philip Hemsley")
        );
        assert_eq!(speaker_of(text, "I don't").as_deref(), Some("Sam Solovey"));
    }

    #[test]
    fn of_two_verbs_the_first_reports_when_its_subject_closes_on_a_name() {
        let text = "Chairman of the Joint Chiefs of Staff Gen. Mark Milley said on Wednesday that he \
            sees an opportunity now that Moscow has announced its retreat and that the two sides should \
            “seize the moment.”";
        assert_eq!(speaker_of(text, "seize").as_deref(), Some("Mark Milley"));
    }

    #[test]
    fn the_name_in_an_apposition_is_the_speaker() {
        let text = "Her office denied it. “The senator makes her own decisions,” her spokesman, Daniel Reyes, said.\n\
            Another reader, Sue, wrote: “Trees down all along the road near Truro.”\n\
            The parish’s pastor, the Rev. Thomas Nguyen, said: “We are a family, and families forgive.”";
        assert_eq!(
            speaker_of(text, "The senator").as_deref(),
            Some("Daniel Reyes")
        );
        assert_eq!(speaker_of(text, "Trees down").as_deref(), Some("Sue"));
        assert_eq!(
            speaker_of(text, "We are a family").as_deref(),
            Some("Thomas Nguyen")
        );
    }

    #[test]
    fn a_clause_after_a_quotation_with_its_own_subject_is_not_its_attribution() {
        let text = "The Confederation of British Industry has called the plan “a distraction from the real challenge,” \
            and a spokesman for the group said in an email that “most businesses simply cannot cut hours.”";
        assert_eq!(
            speaker_of(text, "a distraction").as_deref(),
            Some("The Confederation of British Industry")
        );
        assert_eq!(
            speaker_of(text, "most businesses").as_deref(),
            Some("a spokesman for the group")
        );
    }

    #[test]
    fn a_participle_after_an_object_has_the_sentences_subject() {
        let text = "The band announced a benefit concert for Bernie Sanders.\n\n\
            Band member Flea shared the news on social media last week, writing \
            “Feels great to support someone I believe in.”\n\n\
            His chief aide doubled down on attacks on the rival, calling her “unqualified.”";
        assert_eq!(
            speaker_of(text, "Feels great").as_deref(),
            Some("Band member Flea")
        );
        assert_eq!(
            speaker_of(text, "unqualified").as_deref(),
            Some("His chief aide")
        );
        // After `with`, the noun phrase is the participle's subject.
        let text = "John Bolton spoke with Sebastian Gorka about the war on Sunday.\n\n\
            Bolton cited the attack as a sign of disarray, with Gorka noting the absurdity of \
            positioning “a couple of hundred SF guys here” around a beehive of jihadis.";
        assert_eq!(
            speaker_of(text, "a couple").as_deref(),
            Some("Sebastian Gorka")
        );
    }

    #[test]
    fn a_month_that_names_someone_after_a_quotation_is_a_name() {
        assert_eq!(
            super::attribution_after(" April Ryan asked him."),
            Some(("April Ryan".to_string(), Some("asked")))
        );
        assert_eq!(
            super::attribution_after(" May said."),
            Some(("May".to_string(), Some("said")))
        );
    }

    #[test]
    fn the_narrators_incise_in_a_language_that_puts_its_verb_second() {
        let de = crate::lang::Lang::De.lexicon();
        assert_eq!(
            super::attribution_inverted(" zitterte er, »Er läßt gar keinen zu sich.«", de),
            Some(("er".to_string(), Some("zitterte")))
        );
        // A possessive: the pronoun right before a capitalised word.
        assert_eq!(
            super::attribution_inverted(", antwortete ihr Vater.", de),
            None
        );
    }

    #[test]
    fn a_day_after_a_quotation_opens_no_speaker_phrase() {
        let text = "Trump sticking by his campaign manager despite battery charge.\n\n\
            Republican presidential front-runner Donald Trump defended his campaign manager \
            as a \"very decent man\" Tuesday, hours after the staffer was charged with battery \
            in Florida for allegedly grabbing a reporter.";
        assert_eq!(
            speaker_of(text, "very decent").as_deref(),
            Some("Donald Trump")
        );
    }

    #[test]
    fn a_capitalised_auxiliary_after_a_quotation_is_a_name() {
        // `Will`: a surname, not the auxiliary it is spelt as.
        let text = "The columnist Harold Will wrote about the race. \
            Calling the contest “an embarrassment for the party,” Will urged the Republican electorate to stay home.";
        assert_eq!(
            speaker_of(text, "an embarrassment").as_deref(),
            Some("Harold Will")
        );
    }

    #[test]
    fn a_closing_mark_inside_a_quotation_leaves_the_attribution_after_its_last() {
        // A height's inch mark closes the quotation early; the attribution after the stray
        // closing mark is still its own.
        let text = "“I admit, the coach is tall; he’s like 6’5”,” Dana Reyes said on Sunday.";
        assert_eq!(speaker_of(text, "I admit").as_deref(), Some("Dana Reyes"));
    }
}
