//! Who said a quotation: an ordered list of named rules, tried in turn.
//!
//! Each rule is a small function that reads one shape of sentence around the quotation
//! and names a speaker, or passes. The first rule that names someone decides, and the
//! report carries its id (`rule`), so a reader can see why a speaker was given and a
//! developer can count what each rule decides on the annotated corpora (`make eval`).
//! The order is the order of confidence: an attribution in the quotation's own sentence
//! first, then what the sentences around it say.
//!
//! A rule that finds an attribution but cannot name anyone (`they said`) still leaves its
//! cue, and keeps the quotation from continuing the one before it: it was said by someone
//! else.

use std::ops::Range;

use super::attribution::{
    attribution_after, attribution_before, is_conjunction, is_cue, is_determiner,
    is_plural_pronoun, is_preposition, is_pronoun, looks_like_name,
};
use super::speakers::Article;
use super::Quotation;
use crate::lang;

/// What the rules read about one quotation, computed once by [`super::extract`].
pub(super) struct Context<'a, 'b> {
    pub text: &'a str,
    pub paragraphs: &'a [Range<usize>],
    pub sentences: &'a [Range<usize>],
    pub article: &'a Article<'b>,
    /// The quotation, marks included.
    pub outer: Range<usize>,
    /// Its sentence before it.
    pub before: &'a str,
    /// Whether it is a fragment woven into the reporter's sentence.
    pub partial: bool,
    /// The attribution read after it, in its sentence or the dash closing its paragraph
    /// (read once, since its kind depends on it too).
    pub attributed_after: Option<(String, Option<&'a str>)>,
    /// Where the quotation's sentence starts (byte), and that sentence's index.
    pub lead_start: usize,
    pub first_sentence: usize,
    /// The index of the paragraph holding it.
    pub here: usize,
    /// The index of the sentence it ends in, and the rest of that sentence after it.
    pub last_sentence: usize,
    pub after_in_sentence: &'a str,
    /// The quotations read so far, and the last one that was speech.
    pub out: &'a [Quotation],
    pub last_top: Option<usize>,
    /// Whether it is a turn of dash dialogue: a new paragraph is a new turn, so it
    /// continues no quotation of an earlier one.
    pub dialogue: bool,
}

impl Context<'_, '_> {
    /// The quotation's sentence before it, as a byte range.
    ///
    /// At most [`LEAD`] bytes of it, from the sentence's start: the rules that look for the
    /// first person a sentence names read it, and a sentence that never ends (a paste of
    /// quotations with no full stop) must not make each quotation's reading grow with it.
    fn lead(&self) -> Range<usize> {
        let end = crate::text::floor_char_boundary(
            self.text,
            (self.lead_start + LEAD).min(self.outer.start),
        );
        self.lead_start..end
    }

    /// Whether the paragraph holding the quotation starts with it.
    fn opens_paragraph(&self) -> bool {
        super::paragraph_is_quote(self.paragraphs, &self.outer, self.text)
    }
}

/// What a rule found: the speaker (none when the attribution names nobody the article
/// knows, `they said`), the cue verb, and the quotation this one continues.
#[derive(Debug, Default)]
pub(super) struct Found {
    pub speaker: Option<String>,
    pub cue: Option<String>,
    pub continues: Option<usize>,
}

type Rule = fn(&Context) -> Option<Found>;

/// The most of a quotation's sentence before it that the rules read, in bytes.
const LEAD: usize = 2000;

/// The rules, in the order they are tried, each with the id the report gives it.
pub(super) const RULES: &[(&str, Rule)] = &[
    ("after", after),
    ("pro-drop", pro_drop),
    ("comma-clause", comma_clause),
    ("before", before),
    ("turn", turn),
    ("continues", continues),
    ("colon", colon),
    ("paragraph-colon", paragraph_colon),
    ("reported", reported),
    ("next-sentence", next_sentence),
    ("subject", subject),
];

/// The speaker, cue, continued quotation and deciding rule of the quotation in `cx`.
pub(super) fn attribute(cx: &Context) -> (Found, Option<&'static str>) {
    let mut cue = None;
    let mut attributed = false;
    for &(id, rule) in RULES {
        // An attribution of its own in its sentence, even one naming nobody the article
        // knows, means it is no continuation of another's words.
        if attributed && matches!(id, "before" | "turn" | "continues") {
            continue;
        }
        if let Some(found) = rule(cx) {
            if found.speaker.is_some() {
                let cue = found.cue.clone().or(cue);
                return (Found { cue, ..found }, Some(id));
            }
            attributed |= matches!(id, "after" | "pro-drop" | "before" | "turn");
            cue = found.cue.or(cue);
        }
    }
    (
        Found {
            cue,
            ..Found::default()
        },
        None,
    )
}

/// A speaker phrase and cue read from the text, resolved in the article.
fn resolved(cx: &Context, (phrase, cue): (String, Option<&str>), lead: Range<usize>) -> Found {
    Found {
        speaker: cx.article.resolve(&phrase, cx.first_sentence, lead, cx.out),
        cue: cue.map(str::to_lowercase),
        continues: None,
    }
}

/// After the quotation, in its sentence: `“…,” Milley said`, `“…,” said President Biden`,
/// `“…?” one US official said`, `“…” — Commissioner Geoffrey Starks`.
///
/// A partial quotation woven into its sentence is attributed after it only when its clause
/// ends there (`she called it “rigged,” Smith said`); where the sentence runs on (`Trump
/// said Clinton lacks “the strength or the stamina” needed …, and said …`) the verb further
/// on has another subject.
fn after(cx: &Context) -> Option<Found> {
    if cx.partial {
        // The sentence runs on when a lower-case word that is no verb of saying follows.
        let runs_on = cx
            .after_in_sentence
            .split_whitespace()
            .next()
            .is_some_and(|w| {
                let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
                w.starts_with(char::is_lowercase)
                    && !is_cue(w)
                    && !is_pronoun(w)
                    && !is_plural_pronoun(w)
                    && !is_determiner(w)
            });
        // Then only a speaker named plainly at the end of the sentence is the quotation's
        // (`… “good” for the party, he said`), not a clause read back from a later verb.
        if runs_on {
            let (phrase, cue) = cx.attributed_after.clone()?;
            let last = phrase.rsplit(',').next().unwrap_or(&phrase).trim();
            return (is_pronoun(last) || looks_like_name(last))
                .then(|| resolved(cx, (last.to_string(), cue), cx.lead()));
        }
    }
    cx.attributed_after
        .clone()
        .map(|a| resolved(cx, a, cx.lead()))
}

/// `—¿Quién es? —preguntó.`, `—Es pasmoso —dijo— que …`: a verb of saying with no subject
/// (Spanish, Portuguese and Italian drop it) speaks for the nearest person mentioned before.
fn pro_drop(cx: &Context) -> Option<Found> {
    let (phrase, cue) = cx.attributed_after.as_ref()?;
    phrase.is_empty().then(|| Found {
        speaker: cx
            .article
            .nearest_earlier(cx.first_sentence, cx.lead(), cx.out),
        cue: cue.map(str::to_lowercase),
        continues: None,
    })
}

/// Before it, in its sentence: `Milley said: “…”`, `Milley said last week that victory
/// “is …”`, `According to X, “…”`. A participle or an infinitive has no subject of its own
/// but the sentence's: `Ryan endorsed Trump in June, telling reporters he was “not quite
/// there yet”`, `O'Malley interjected to say: “…”` — the first person the sentence names.
fn before(cx: &Context) -> Option<Found> {
    let (phrase, cue) = attribution_before(cx.before)?;
    // Where the cue stands, found once for both questions below.
    let at = cue.and_then(|c| cx.before.rfind(c)).unwrap_or(0);
    let subjectless = cue.is_some_and(|c| c.ends_with("ing") || cx.before[..at].ends_with("to "));
    if subjectless {
        // `with Gorka noting …`: a name right before the participle is its subject;
        // `Nefzi said, adding …`: else the subject of the verb of saying before it.
        let lead = cx.before[..at].trim_end();
        if !lead.ends_with(',') && looks_like_name(&phrase) {
            return Some(resolved(cx, (phrase, cue), cx.lead()));
        }
        if let Some(earlier) = attribution_before(lead) {
            return Some(resolved(cx, (earlier.0, cue), cx.lead()));
        }
        if let Some(name) = cx.article.first_named(cx.lead(), &[]) {
            return Some(Found {
                speaker: Some(name),
                cue: cue.map(str::to_lowercase),
                continues: None,
            });
        }
    }
    Some(resolved(cx, (phrase, cue), cx.lead()))
}

/// How many quotations back a turn of dialogue looks for the other party.
const TURNS_BACK: usize = 8;

/// A turn of dialogue: `»Hm! Weißt du, Amalie?« »Hm??«` — a quotation with no attribution
/// of its own right after another in the same paragraph, nothing but a dash between them —
/// or a quotation opening the paragraph after one of a two-party exchange (`"…?" vroeg
/// Andrew Stuart.` / `"…," antwoordde Gauthier Ralph.` / `"Hoe? …"`): each paragraph opens
/// with a quotation, and the two before were said by two people. A new turn is the other
/// party's: whom the quotation before addressed (`…, Amalie?`), else who spoke before that
/// one — never whom this quotation addresses. When neither is known, the turn still keeps
/// the quotation from continuing the one before.
fn turn(cx: &Context) -> Option<Found> {
    let last = cx.last_top?;
    let previous = cx.out.get(last)?;
    let there = super::paragraph_of(cx.paragraphs, previous.outer.start);
    let between = &cx.text[previous.outer.end.min(cx.outer.start)..cx.outer.start];
    // The quotation before stands free too, not inside a sentence of narration (`Cuban
    // said on NBC's "Meet the Press." "You don't …"`).
    let free = {
        let from = cx.out[..last]
            .iter()
            .rev()
            .find(|q| q.outer.end <= previous.outer.start)
            .map_or(0, |q| q.outer.end)
            .max(cx.paragraphs.get(there).map_or(0, |p| p.start));
        cx.text[from.min(previous.outer.start)..previous.outer.start]
            .trim_end()
            .chars()
            .next_back()
            .is_none_or(|c| ".!?:…–—«»“”„\"‹›".contains(c))
    };
    let adjacent = there == cx.here
        && free
        && between
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '–' | '—' | '-'));
    let exchange = !adjacent && there + 1 == cx.here && cx.opens_paragraph() && {
        // The other party: the last speaker of the paragraph before the previous one's,
        // both paragraphs opening with a quotation.
        let opens = |q: &Quotation| {
            super::paragraph_is_quote(cx.paragraphs, &q.outer, cx.text)
                && cx.text[cx.paragraphs[there].start..q.outer.start]
                    .trim()
                    .is_empty()
        };
        let first_there = cx.out[..=last]
            .iter()
            .rposition(|q| {
                q.depth == 0 && super::paragraph_of(cx.paragraphs, q.outer.start) < there
            })
            .map_or(0, |i| i + 1);
        cx.out.get(first_there).is_some_and(opens)
            && two_back(cx, first_there).is_some_and(|(q, speaker)| {
                super::paragraph_of(cx.paragraphs, q.outer.start) + 1 == there
                    && super::paragraph_is_quote(cx.paragraphs, &q.outer, cx.text)
                    && previous.speaker.as_deref() != Some(speaker)
            })
    };
    if !adjacent && !exchange {
        return None;
    }
    let addressed_here = vocatives(&cx.text[cx.outer.clone()]);
    let fits = |who: &str| {
        previous
            .speaker
            .as_deref()
            .is_none_or(|p| !same_person(p, who))
            && !addressed_here.iter().any(|v| same_person(v, who))
    };
    let addressee = vocatives(&cx.text[previous.outer.clone()])
        .into_iter()
        .map(|v| known_as(cx, last, v))
        .find(|who| fits(who));
    let other = || {
        cx.out[..last]
            .iter()
            .rev()
            .take(TURNS_BACK)
            .filter(|q| q.depth == 0)
            .filter_map(|q| q.speaker.as_deref())
            .find(|who| fits(who))
            .map(str::to_string)
    };
    Some(Found {
        speaker: addressee.or_else(other),
        ..Found::default()
    })
}

/// The last quotation before `before` that has a speaker, with that speaker.
fn two_back<'c>(cx: &'c Context, before: usize) -> Option<(&'c Quotation, &'c str)> {
    cx.out[..before]
        .iter()
        .rev()
        .take(TURNS_BACK)
        .filter(|q| q.depth == 0)
        .find_map(|q| q.speaker.as_deref().map(|s| (q, s)))
}

/// Whether two speakers as named are one person: `Amalie` and `Amalie Thienwiebel`,
/// `Herr Thienwiebel` and `Thienwiebel`.
fn same_person(a: &str, b: &str) -> bool {
    fn names(s: &str) -> impl Iterator<Item = &str> {
        s.split_whitespace()
            .filter(|w| w.starts_with(char::is_uppercase))
    }
    names(a).any(|w| names(b).any(|v| v == w))
}

/// Who a vocative names, as the dialogue so far calls them: the speaker of an earlier
/// quotation bearing the name, else the name as written.
fn known_as(cx: &Context, upto: usize, vocative: &str) -> String {
    cx.out[..upto]
        .iter()
        .rev()
        .take(TURNS_BACK * 4)
        .filter_map(|q| q.speaker.as_deref())
        .find(|s| same_person(s, vocative))
        .unwrap_or(vocative)
        .to_string()
}

/// The people a quotation addresses by name: capitalised words set off by a comma before
/// them and a comma, a stop, a question or exclamation mark or the quotation's end after
/// them (`Weißt du, Amalie?`, `Ach, Ursel, laß doch`, `Herr Gott, Niels!`). The pronouns
/// and articles of any language are not names (`Glauben Sie, …`).
fn vocatives(quotation: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for part in quotation.split(", ").skip(1) {
        let name: Vec<&str> = part
            .split_whitespace()
            .take(3)
            .take_while(|w| w.starts_with(char::is_uppercase))
            .collect();
        let Some(last) = name.last() else { continue };
        let ends = last.trim_end_matches(|c: char| !c.is_alphanumeric());
        let closed = last.len() > ends.len() || part.split_whitespace().count() == name.len();
        if !closed || name.len() > 1 && last.len() == ends.len() {
            continue;
        }
        let at = part.find(name[0]).unwrap_or(0);
        let end = part.find(ends).map_or(at, |e| e + ends.len());
        let vocative = &part[at..end];
        let words_ok = vocative.split_whitespace().all(|w| {
            !lang::is_article(w)
                && !lang::is_other_pronoun(w)
                && !is_pronoun(w)
                && w.chars().all(char::is_alphabetic)
        });
        if words_ok && !vocative.is_empty() {
            out.push(vocative);
        }
    }
    out
}

/// No attribution of its own, right after someone's quotation — in the same paragraph with
/// only its attribution between them (`“…,” Milley said. “Seize the moment.”`), or opening
/// the very next paragraph (a speech running over paragraphs): that speaker goes on.
fn continues(cx: &Context) -> Option<Found> {
    let last = cx.last_top?;
    let previous = cx.out.get(last)?;
    previous.speaker.as_ref()?;
    let there = super::paragraph_of(cx.paragraphs, previous.outer.start);
    if cx.dialogue && there != cx.here {
        return None;
    }
    let between = &cx.text[previous.outer.end.min(cx.outer.start)..cx.outer.start];
    let previous_sentence = cx
        .sentences
        .partition_point(|s| s.end <= previous.outer.end);
    let adjacent = (cx.here == there
        && (between.split_whitespace().count() <= 12
            || cx.first_sentence <= previous_sentence + 1))
        || (cx.here == there + 1 && cx.opens_paragraph());
    adjacent.then(|| Found {
        speaker: previous.speaker.clone(),
        cue: previous.cue.clone(),
        continues: Some(last),
    })
}

/// `One creator with 400,000 followers put it this way: “…”`: with no cue verb, a colon's
/// quotation is the words of who the sentence is about.
fn colon(cx: &Context) -> Option<Found> {
    cx.before.trim_end().ends_with(':').then(|| Found {
        speaker: cx.article.introducer(cx.lead()),
        ..Found::default()
    })
}

/// A paragraph ending with a colon introduces the quotation opening the next one:
/// `Gloria Tsosie described a typical day:` / `“You start at seven …”`.
fn paragraph_colon(cx: &Context) -> Option<Found> {
    if !cx.opens_paragraph() {
        return None;
    }
    let p = cx
        .here
        .checked_sub(1)
        .and_then(|p| cx.paragraphs.get(p))
        .filter(|p| cx.text[(*p).clone()].trim_end().ends_with(':'))?;
    let last = cx
        .sentences
        .partition_point(|s| s.end <= p.end.saturating_sub(1));
    Some(Found {
        speaker: cx.article.who(last, cx.out),
        ..Found::default()
    })
}

/// `Diaz said he would push for an audit. “Taxpayers deserve to know …”`: a quotation
/// opening a sentence, with no attribution of its own, right after a sentence of the same
/// paragraph that reports someone's words without quoting them, carries on that person's
/// words.
fn reported(cx: &Context) -> Option<Found> {
    if !cx.before.trim().is_empty() {
        return None;
    }
    let s = cx
        .first_sentence
        .checked_sub(1)
        .and_then(|j| cx.sentences.get(j))
        .filter(|s| {
            cx.paragraphs
                .get(cx.here)
                .is_some_and(|p| s.start >= p.start)
        })
        .filter(|s| cx.out.last().is_none_or(|q| q.outer.end <= s.start))?;
    let (phrase, cue) = attribution_before(&cx.text[s.clone()])?;
    Some(Found {
        speaker: cx
            .article
            .resolve(&phrase, cx.first_sentence - 1, s.start..s.start, cx.out),
        cue: cue.map(str::to_lowercase),
        continues: None,
    })
}

/// `“Russia, if you’re listening, …” Trump said.`: the attribution is a short sentence of
/// its own right after the quotation, in the same paragraph.
fn next_sentence(cx: &Context) -> Option<Found> {
    // The quotation ends its sentence: what follows is the next one.
    if !cx.after_in_sentence.trim().is_empty() {
        return None;
    }
    let next = cx
        .sentences
        .get(cx.last_sentence + 1)
        .filter(|s| cx.paragraphs.get(cx.here).is_some_and(|p| s.end <= p.end))?;
    let text = &cx.text[next.clone()];
    if text.split_whitespace().count() > 8 {
        return None;
    }
    let found = attribution_after(text)?;
    found.1?;
    Some(resolved(cx, found, cx.lead()))
}

/// `Clinton blamed the “fog of war” for the failure`, `Valastro praised Christie’s
/// leadership: “…”`: with no attribution at all, the words quoted in a sentence about
/// someone are theirs — the first person the sentence names before the quotation.
fn subject(cx: &Context) -> Option<Found> {
    Some(Found {
        speaker: cx.article.first_named(cx.lead(), &[]),
        ..Found::default()
    })
}

/// `“Jeb wants to be a tough guy tonight,” Trump shot back.`, `“…?” Obama asked
/// Republican politicians`: a quotation closed by a comma (or a question or exclamation
/// mark) and followed by a name and a verb is attributed by that clause, whatever its verb:
/// the name is the speaker.
fn comma_clause(cx: &Context) -> Option<Found> {
    let closing = cx.text[..cx.outer.end]
        .trim_end_matches(|c: char| !c.is_alphanumeric() && !matches!(c, ',' | '?' | '!'));
    if !closing.ends_with([',', '?', '!']) {
        return None;
    }
    let words: Vec<&str> = cx.after_in_sentence.split_whitespace().take(6).collect();
    let verb = words
        .iter()
        .position(|w| w.starts_with(char::is_lowercase))?;
    let subject = &words[..verb];
    let name = |w: &&str| {
        w.starts_with(char::is_uppercase)
            && !w.ends_with([',', ';', ':', '’', '\''])
            && !w.ends_with("’s")
            && !w.ends_with("'s")
    };
    let verb = words[verb].trim_end_matches(|c: char| !c.is_alphanumeric());
    let clause = (1..=4).contains(&subject.len())
        && subject.iter().all(name)
        && !verb.is_empty()
        && !is_conjunction(verb)
        && !is_preposition(verb);
    clause.then(|| resolved(cx, (subject.join(" "), Some(verb)), cx.lead()))
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::speaker_of;

    #[test]
    fn a_turn_of_dialogue_is_the_other_partys() {
        // Two people in one paragraph, turns with no attribution: the reply is whom the
        // turn before addressed, the next turn the other party again.
        let text = "Herr Niels Thienwiebel saß am Tisch. Er sah seine Frau lange an.\n\
            »Weißt du, was ich glaube?« sagte Thienwiebel. »Wir machen das ganz falsch, Amalie!« \
            »Ach was!« »Verlaß dich drauf!«";
        assert_eq!(speaker_of(text, "Ach was").as_deref(), Some("Amalie"));
        assert_eq!(
            speaker_of(text, "Verlaß dich").as_deref(),
            Some("Niels Thienwiebel")
        );
        // In news, a quotation opening the paragraph after someone's still continues them.
        let news = "“We will win this,” Smith said.\n“Nobody believed it a year ago.”";
        assert_eq!(speaker_of(news, "Nobody").as_deref(), Some("Smith"));
    }

    #[test]
    fn the_subject_after_an_inverted_verb_is_the_speaker_alone() {
        let text = "Werner Brandt kam herein und setzte sich.\n\
            »Endlich!« rief Werner jubelnd und löste ihr die Hände vom Gesicht.\n\
            Da sprach der Wolf: »Du bist die rechte nicht!«\n\
            »Nein«, sagte der Journalist gereizt.";
        assert_eq!(
            speaker_of(text, "Endlich").as_deref(),
            Some("Werner Brandt")
        );
        assert_eq!(speaker_of(text, "Du bist").as_deref(), Some("der Wolf"));
        assert_eq!(speaker_of(text, "Nein").as_deref(), Some("der Journalist"));
    }

    #[test]
    fn a_verb_with_no_subject_speaks_for_who_was_last_named() {
        let text = "O treinador Levir Culpi não quis adiantar o substituto. \
            «Vamos com calma achar o substituto do Éder», disse.";
        assert_eq!(speaker_of(text, "Vamos").as_deref(), Some("Levir Culpi"));
    }
}
