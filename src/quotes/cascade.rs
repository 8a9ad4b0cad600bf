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
    attribution_after, attribution_before, described_subject, ends_on_conjunction, ends_sentence,
    headline_speaker, is_conjunction, is_cue, is_determiner, is_english_cue, is_participle,
    is_plural_pronoun, is_preposition, is_pronoun, looks_like_name, main_clause, name_ending,
    opening_subject, opens_noun_phrase, QUOTE_MARKS,
};
use super::speakers::{same_person, Article};
use super::{Quotation, QuoteKind};
use crate::lang;
use crate::util::lower;

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
    /// The next quotation in the reporter's text (marks included), if any.
    pub next: Option<Range<usize>>,
    /// Whom the quotation calls by name ([`vocatives`]), read once for every rule that asks.
    pub addressed: Vec<&'a str>,
}

impl Context<'_, '_> {
    /// The quotation's sentence before it, as a byte range.
    ///
    /// At most [`LEAD`] bytes of it, from the sentence's start: the rules that look for the
    /// first person a sentence names read it, and a sentence that never ends (a paste of
    /// quotations with no full stop) must not make each quotation's reading grow with it.
    fn lead(&self) -> Range<usize> {
        lead(self.text, self.lead_start, &self.outer)
    }

    /// The sentence right after the quotation in its paragraph, with its index, when the
    /// quotation ends its own sentence: where `next-sentence` reads an attribution and
    /// `reaction` narration.
    fn sentence_after(&self) -> Option<(usize, Range<usize>)> {
        if !self.after_in_sentence.trim().is_empty() {
            return None;
        }
        let j = self.last_sentence + 1;
        let next = self.sentences.get(j).filter(|s| {
            self.paragraphs
                .get(self.here)
                .is_some_and(|p| s.end <= p.end)
        })?;
        Some((j, next.clone()))
    }

    /// Whether the paragraph holding the quotation starts with it.
    fn opens_paragraph(&self) -> bool {
        super::paragraph_is_quote(self.paragraphs, &self.outer, self.text)
    }
}

/// The sentence before a quotation at `outer`, from `start`, as a byte range: at most
/// [`LEAD`] bytes of it (see [`Context::lead`]).
pub(super) fn lead(text: &str, start: usize, outer: &Range<usize>) -> Range<usize> {
    let end = crate::text::floor_char_boundary(text, (start + LEAD).min(outer.start));
    start..end
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
    ("headline", headline),
    ("after", after),
    ("after-question", after_question),
    ("pro-drop", pro_drop),
    ("comma-clause", comma_clause),
    ("before", before),
    ("sentence-end", sentence_end),
    ("turn", turn),
    ("opening", opening),
    ("narration", narration),
    ("continues", continues),
    ("colon", colon),
    ("paragraph-colon", paragraph_colon),
    ("reported", reported),
    ("next-sentence", next_sentence),
    ("reaction", reaction),
    ("subject", subject),
    ("addressed", addressed),
];

/// The speaker, cue, continued quotation and deciding rule of the quotation in `cx`.
///
/// No one speaks the words that address them: a speaker the quotation calls by name (`Hans
/// gung nu wedder ton König: »Dag, Herr König!«`), found by a rule reading no verb of
/// saying, is left to the rules after.
pub(super) fn attribute(cx: &Context) -> (Found, Option<&'static str>) {
    let mut cue = None;
    let mut attributed = false;
    let addressed = &cx.addressed;
    for &(id, rule) in RULES {
        // An attribution of its own in its sentence, even one naming nobody the article
        // knows, means it is no continuation of another's words.
        if attributed && matches!(id, "before" | "turn" | "continues") {
            continue;
        }
        if let Some(found) = rule(cx) {
            // (A verb of saying naming them is read as written: the quotation's marks may be
            // lost, or a pronoun taken for the wrong one.)
            let read = matches!(id, "after" | "after-question" | "before" | "pro-drop");
            let named = found.speaker.as_deref();
            if named.is_some_and(|s| read || !addressed.iter().any(|v| same_person(v, s))) {
                let cue = found.cue.clone().or(cue);
                return (Found { cue, ..found }, Some(id));
            }
            attributed |= matches!(
                id,
                "after" | "after-question" | "pro-drop" | "before" | "turn"
            );
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

/// A speaker phrase and cue read from the text, resolved in the article: a pronoun never
/// for whom the quotation addresses (`„Guten Morgen, Herr Müller“, sagte sie`).
fn resolved(cx: &Context, (phrase, cue): (String, Option<&str>), lead: Range<usize>) -> Found {
    found(
        cx.article
            .resolve(&phrase, cx.first_sentence, lead, cx.out, &cx.addressed),
        cue,
    )
}

/// A speaker with the verb of saying as the text writes it, reported in lower case.
fn found(speaker: Option<String>, cue: Option<&str>) -> Found {
    Found {
        speaker,
        cue: cue.map(lower),
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
    // `Trump hailed the vote as “fantastic,” telling reporters …`: a participle after a
    // quotation inside a sentence has the sentence's subject, not the words after it.
    // The first word after the quotation, without its punctuation.
    let next = cx
        .after_in_sentence
        .split_whitespace()
        .next()
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
    let participle =
        !cx.before.trim().is_empty() && next.is_some_and(|w| is_participle(w) && is_cue(w));
    if participle {
        return None;
    }
    if cx.partial {
        // `Richards noted that abortion is “central” to the platform, reported the
        // Washington Examiner.`: words relayed by a source that closes the sentence are
        // credited to it.
        if let Some(source) = relayed(cx.after_in_sentence) {
            return Some(resolved(cx, (source.to_string(), None), cx.lead()));
        }
        // The sentence runs on when a lower-case word that is no verb of saying follows.
        let runs_on = next.is_some_and(|w| {
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
            // (A name after its title in lower case too: `Despite his “admittedly brash
            // on-line personality,” public defender Shannon S. Quill wrote, …`.)
            return (is_pronoun(last) || looks_like_name(last) || name_ending(last).is_some())
                .then(|| resolved(cx, (last.to_string(), cue), cx.lead()));
        }
    }
    // `“…,” according to Judicial Watch.`: a source right after it, with no verb.
    let Some(found) = cx.attributed_after.clone() else {
        let source = relayed(cx.after_in_sentence)?;
        return Some(resolved(cx, (source.to_string(), None), cx.lead()));
    };
    // `,” the judge said, according to the Post.`: the words reached the reporter through
    // the source named last, whom the annotated news credits with them.
    if let Some(source) = relayed(cx.after_in_sentence) {
        return Some(resolved(cx, (source.to_string(), found.1), cx.lead()));
    }
    Some(resolved(cx, found, cx.lead()))
}

/// The words an attribution after a quotation closes on to name who relayed it: `Grayson
/// said, according to Frankel.` gives `Frankel`; so does `according to Frankel.` right after
/// the quotation. Only a short attribution is read.
fn relayed(after: &str) -> Option<&str> {
    const WORDS: usize = 12;
    let head = &after[..crate::text::floor_char_boundary(after, after.len().min(160))];
    let opening = head.len() - head.trim_start_matches([',', ' ']).len();
    // (English's `according to` needs no comma: `Ware said in a statement according to The
    // Blaze`.)
    // Where a source may start, in order: the opening, after each `, `, and at each
    // `according to ` after a space. (Read off the bytes in one pass, not as iterators
    // chained, collected and sorted: the module is 0.8 KB smaller. Each test is of ASCII
    // bytes, so a start is a character boundary.)
    let bytes = head.as_bytes();
    for at in 0..=head.len() {
        let start = at == opening
            || bytes[..at].ends_with(b", ")
            || (bytes[at..].starts_with(lang::en::ACCORDING_TO.as_bytes())
                && bytes.get(at + lang::en::ACCORDING_TO.len()) == Some(&b' ')
                && head[..at].ends_with(char::is_whitespace));
        if !start {
            continue;
        }
        if head[..at].split_whitespace().count() > WORDS || head[..at].contains(QUOTE_MARKS) {
            return None;
        }
        let rest = &head[at..];
        let mut words = rest.split_whitespace();
        let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        // `according to X`, `selon X`, `según X`; `reports X` (`said Kristen Day, …,
        // reports USA Today`).
        let according = lang::according_words(first, Some(second));
        let skip = if according == 2 {
            first.len() + second.len() + 2
        } else if according == 1
            || (at > opening
                && matches!(first, "reports" | "reported")
                && (second.starts_with(char::is_uppercase) || second == "the"))
        {
            first.len() + 1
        } else {
            continue;
        };
        let rest = &rest[skip.min(rest.len())..];
        // (Up to a full stop ending the sentence, not `Mr.`'s.)
        let end = rest
            .char_indices()
            .find(|&(i, c)| {
                matches!(c, ',' | ';' | '“' | '"') || (c == '.' && ends_sentence(rest, i))
            })
            .map_or(rest.len(), |(i, _)| i);
        // (A source, not a relative: `secondo cui «…»`.)
        let source = rest[..end].trim();
        let opening = source.split_whitespace().next().unwrap_or("");
        let relative = lang::is_any_function_word(opening) && !lang::is_article(opening);
        return Some(source)
            .filter(|s| !s.is_empty() && s.split_whitespace().count() <= 6 && !relative);
    }
    None
}

/// `—¿Quién es? —preguntó.`, `—Es pasmoso —dijo— que …`: a verb of saying with no subject
/// (Spanish, Portuguese and Italian drop it) speaks for the nearest person mentioned before.
///
/// A quotation opening its sentence after one that opens on a name and its verb (`Murici
/// reclamou da postura do time. «Eles bateram muito», disse.`) is that name's, even one
/// the article names only by it.
fn pro_drop(cx: &Context) -> Option<Found> {
    let (phrase, cue) = cx.attributed_after.as_ref()?;
    if !phrase.is_empty() {
        return None;
    }
    let previous = cx
        .first_sentence
        .checked_sub(1)
        .and_then(|j| cx.sentences.get(j))
        .filter(|_| cx.before.trim().is_empty())
        .filter(|s| super::paragraph_of(cx.paragraphs, s.start) == cx.here);
    let named = previous.and_then(|s| {
        let mut words = cx.text[s.clone()].split_whitespace();
        let mut first = words.next()?;
        let mut verb = words.next()?;
        // `Segundo ele, a saída … representa uma «perda importante». «…», disse.`
        if lang::is_according(first) {
            (first, verb) = (verb.trim_end_matches(','), "");
        }
        (looks_like_name(first)
            && !lang::is_any_function_word(first)
            && !verb.starts_with(char::is_uppercase))
        .then(|| {
            cx.article
                .resolve(first, cx.first_sentence - 1, s.start..s.start, cx.out, &[])
        })
        .flatten()
    });
    Some(found(
        named.or_else(|| {
            cx.article
                .nearest_earlier(cx.first_sentence, cx.lead(), cx.out)
        }),
        *cue,
    ))
}

/// Before it, in its sentence: `Milley said: “…”`, `Milley said last week that victory
/// “is …”`, `According to X, “…”`. A participle or an infinitive has no subject of its own
/// but the sentence's: `Ryan endorsed Trump in June, telling reporters he was “not quite
/// there yet”`, `O'Malley interjected to say: “…”` — the first person the sentence names.
fn before(cx: &Context) -> Option<Found> {
    let (phrase, cue) = attribution_before(cx.before)?;
    // Where the cue stands, found once for both questions below.
    let at = cue.and_then(|c| cx.before.rfind(c)).unwrap_or(0);
    // `After former Gov. Jerry Brown criticized Bill Clinton during a debate, Hillary shot
    // back, “…”`: a verb in what opens the sentence before its subject is not the
    // quotation's; whom the main clause opens on is its speaker.
    if cue.is_some() && at < main_clause(cx.before) {
        if let Some(name) = cx.article.opening(cx.lead(), cx.first_sentence, cx.out) {
            return Some(Found {
                speaker: Some(name),
                ..Found::default()
            });
        }
    }
    let subjectless = cue.is_some_and(|c| is_participle(c) || cx.before[..at].ends_with("to "));
    // `Suu Kyi, 70, said it was too early to congratulate winners but added, “…”`, `Brian
    // Fallon … called on the senator to take back his words and said`: a verb coordinated
    // with one before it has that one's subject.
    let lead = cx.before[..at].trim_end();
    let coordinated = lead
        .rsplit_once(char::is_whitespace)
        .map_or(lead, |(_, w)| w)
        .trim_end_matches(',');
    if !subjectless && lang::is_conjunction(coordinated) {
        let earlier = &lead[..lead.len() - coordinated.len()];
        if let Some(found) = attribution_before(earlier.trim_end_matches([',', ' '])) {
            return Some(resolved(cx, (found.0, cue), cx.lead()));
        }
        // `ProPublica obtained a video of the speech and said she “steered a middle
        // ground”`: else the subject of the verb the sentence opens with.
        if let Some(subject) = opening_subject(earlier) {
            return Some(resolved(cx, (subject.to_string(), cue), cx.lead()));
        }
    }
    if subjectless {
        // `with Gorka noting …`: a name right before the participle is its subject;
        // `Nefzi said, adding …`: else the subject of the verb of saying before it.
        let lead = cx.before[..at].trim_end();
        if !lead.ends_with(',') && looks_like_name(&phrase) {
            return Some(resolved(cx, (phrase, cue), cx.lead()));
        }
        // The last clause before it, after its comma.
        let last = lead.trim_end_matches(',');
        let last = last.rsplit_once(',').map_or(last, |(_, c)| c).trim_start();
        // `…, with the American Federation of Teachers calling her “…”`: the noun phrase
        // after `with` is the participle's subject.
        let with = last.split_once(' ').and_then(|(w, rest)| {
            lang::en::ABSOLUTE_OPENERS
                .contains_ignore_ascii_case(w)
                .then_some(rest)
        });
        if let Some(subject) = with.filter(|s| {
            !s.contains([';', ':'])
                && !s.contains(QUOTE_MARKS)
                && (1..=super::attribution::MAX_SPEAKER_WORDS)
                    .contains(&s.split_whitespace().count())
        }) {
            return Some(resolved(cx, (subject.to_string(), cue), cx.lead()));
        }
        if let Some(earlier) = attribution_before(lead) {
            return Some(resolved(cx, (earlier.0, cue), cx.lead()));
        }
        // `… in the Democratic Party, as Mrs. Clinton echoed the criticism, saying …`: the
        // clause the participle follows opens on its subject.
        let clause = lead.ends_with(',').then(|| match last.split_once(' ') {
            Some((w, rest)) if is_conjunction(w) => rest,
            _ => last,
        });
        let opened_by = |sentence: &str| {
            let subject = opening_subject(sentence)?;
            cx.article
                .resolve(subject, cx.first_sentence, cx.lead(), cx.out, &[])
        };
        let first = clause
            .and_then(opened_by)
            .or_else(|| cx.article.opening(cx.lead(), cx.first_sentence, cx.out))
            .or_else(|| opened_by(lead))
            .or_else(|| cx.article.first_named(cx.lead(), &[]));
        if first.is_some() {
            return Some(found(first, cue));
        }
        // `Band member Flea shared the news on social media last week, writing “…”`: the
        // phrase before the participle is the object of the sentence's verb; its subject,
        // as written, says who.
        if let Some(subject) = clause.and_then(described_subject) {
            return Some(resolved(cx, (subject.to_string(), cue), cx.lead()));
        }
    }
    // `Trump gestured as if to stop the ruckus, then leaned in and boomed: “…”`: what stands
    // before the verb opens on a lower-case word that begins no noun phrase, so it is a
    // verb's clause and the subject is the one the sentence opens on, when it names them.
    // (`which Mr. Trump called`, `und der Matrose sagte`: a name or a noun in it is the
    // subject.)
    // (`Claude Bertolone, président de l'Assemblée, a fait procédé au vote et a déclaré`: a
    // phrase closing on a conjunction is a clause too.)
    let clause = (!phrase
        .split_whitespace()
        .any(|w| w.starts_with(char::is_uppercase))
        && phrase
            .split_whitespace()
            .next()
            .is_some_and(|w| w.starts_with(char::is_lowercase) && !opens_noun_phrase(w)))
        || ends_on_conjunction(&phrase);
    if clause {
        if let Some(name) = cx
            .article
            .opening_on(cx.lead(), cx.first_sentence, cx.out, false)
        {
            return Some(found(Some(name), cue));
        }
    }
    Some(resolved(cx, (phrase, cue), cx.lead()))
}

/// `John McCain: Republican Populist Anger Appeals to ‘Bad Angels Of Our Nature.’`,
/// `Cruz: Trump Would Put Liberals On Court, ‘I Fear The Same Thing Is True’ for Rubio.`:
/// in a headline opening on a name and a colon, that name speaks — the first person
/// named there (`Carly Fiorina Endorses Ted Cruz: I Am ‘Horrified’ By Donald Trump`).
fn headline(cx: &Context) -> Option<Found> {
    let speaker = headline_speaker(cx.before.trim_end())?;
    let lead = cx.lead();
    let head = lead.start..lead.start + speaker.len();
    match cx.article.first_named(head, &[]) {
        Some(name) => Some(Found {
            speaker: Some(name),
            ..Found::default()
        }),
        None => Some(resolved(cx, (speaker.to_string(), None), lead)),
    }
}

/// The most words of a clause read as a sentence's closing attribution.
const CLOSING_WORDS: usize = 14;

/// `His endorsements will carry “a great deal of weight” and help …, DFA spokesman Neil
/// Sroka said.`, `The treaty signals “the beginning of the end” for the EU, said Geert
/// Wilders, founder of …`: further on in the quotation's sentence, after a comma and outside
/// any quotation, a short clause of a speaker and a verb of saying attributes it.
fn sentence_end(cx: &Context) -> Option<Found> {
    let after = cx.after_in_sentence;
    let mut open = false;
    let mut closing = None;
    for (i, c) in after.char_indices() {
        if QUOTE_MARKS.contains(&c) {
            open = !open;
        } else if c == ',' && !open && i > 0 {
            let rest = &after[i + 1..];
            if rest.split_whitespace().count() <= CLOSING_WORDS
                || rest[..rest.find(',').unwrap_or(rest.len())]
                    .split_whitespace()
                    .count()
                    <= 5
            {
                closing = attribution_after(rest).filter(|(p, cue)| cue.is_some() && !p.is_empty());
                if closing.is_some() {
                    break;
                }
            }
        }
    }
    closing.map(|found| resolved(cx, found, cx.lead()))
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
    let there = super::paragraph_of(cx.paragraphs, previous.outer.end.saturating_sub(1));
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
                let other = super::paragraph_of(cx.paragraphs, q.outer.start);
                // That paragraph opens with a quotation too, whichever of its quotations
                // names the speaker (`"De hemel beware me!" riep Stuart; "maar …"`).
                other + 1 == there
                    && cx
                        .paragraphs
                        .get(other)
                        .is_some_and(|p| cx.text[p.clone()].trim_start().starts_with(QUOTE_MARKS))
                    && previous.speaker.as_deref() != Some(speaker)
            })
    };
    let addressed_here = &cx.addressed;
    // `"Theoretisch hebt ge gelijk, mijnheer Fogg, …" zei Stuart.` / `"In de practijk ook,
    // mijnheer Stuart."`: a quotation addressing who spoke last, in the same paragraph or
    // opening the next, answers them.
    let answers = (there == cx.here || there + 1 == cx.here && cx.opens_paragraph())
        && previous
            .speaker
            .as_deref()
            .is_some_and(|p| addressed_here.iter().any(|v| same_person(v, p)));
    let fits = |who: &str| {
        previous
            .speaker
            .as_deref()
            .is_none_or(|p| !same_person(p, who))
            && !addressed_here.iter().any(|v| same_person(v, who))
    };
    let addressee = vocatives(&cx.text[previous.outer.clone()])
        .into_iter()
        .filter_map(|v| known_as(cx, last, v))
        .find(|who| fits(who));
    // `"Het moge zeer onbegrijpelijk zijn, Holmes, maar …"` / `"Niet? Gij verbaast mij."`:
    // the paragraph after a turn of dialogue, or a question, that addresses someone is
    // their reply (not a speech running on over paragraphs: `…, and thank you, Delaware.`).
    let question = cx.text[previous.inner.clone()].trim_end().ends_with('?');
    let replied = addressee.is_some()
        && (previous.rule == Some("turn") || question)
        && there + 1 == cx.here
        && cx.opens_paragraph()
        && super::paragraph_is_quote(cx.paragraphs, &previous.outer, cx.text);
    if !adjacent && !exchange && !answers && !replied {
        return None;
    }
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

/// Who a vocative names, as the dialogue so far calls them: the speaker of an earlier
/// quotation bearing the name, else a person the article knows or the name as written —
/// unless a word in lower case opens it (`lieber Nikolaus`, `lieber Gott`, `hochzuverehrendes
/// Fräulein`): only one who has spoken makes that a name.
fn known_as(cx: &Context, upto: usize, vocative: &str) -> Option<String> {
    let spoken = speaker_named(cx, upto, vocative);
    if spoken.is_some() || !vocative.starts_with(char::is_uppercase) {
        return spoken;
    }
    cx.article
        .known_person(vocative)
        .or_else(|| Some(vocative.to_string()))
}

/// The people a quotation addresses by name: capitalised words set off by a comma before
/// them and a comma, a stop, a question or exclamation mark or the quotation's end after
/// them (`Weißt du, Amalie?`, `Ach, Ursel, laß doch`, `Herr Gott, Niels!`). The pronouns
/// and articles of any language are not names (`Glauben Sie, …`).
pub(super) fn vocatives(quotation: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for part in quotation.split(", ").skip(1) {
        // `lieber Nikolaus?`, `mijnheer Stuart.`: a word of address in lower case before
        // the name, not a function word nor a verb of saying (`, und Peter!`, `, sagte Max.`).
        // It stays in the vocative, which names someone only if the dialogue knows them.
        let whole = part;
        let (led, part) = match part.split_once(' ') {
            Some((word, rest))
                if word.chars().all(char::is_lowercase)
                    && !lang::is_any_function_word(word)
                    && !is_cue(word)
                    && rest.starts_with(char::is_uppercase) =>
            {
                (word.len() + 1, rest)
            }
            _ => (0, part),
        };
        // Up to the word a stop or mark closes (`Niels! Ich muß …`: the next sentence's
        // first word is not the name's).
        let mut name: Vec<&str> = Vec::new();
        for w in part.split_whitespace().take(3) {
            if !w.starts_with(char::is_uppercase) {
                break;
            }
            name.push(w);
            if w.ends_with(|c: char| !c.is_alphanumeric()) {
                break;
            }
        }
        let Some(last) = name.last() else { continue };
        let ends = last.trim_end_matches(|c: char| !c.is_alphanumeric());
        // (A name closed by the next comma is the whole part: `möglich, Katerina Lwowna, daß`.)
        let closed = last.len() > ends.len() || part.split_whitespace().count() == name.len();
        if !closed {
            continue;
        }
        let at = part.find(name[0]).unwrap_or(0);
        let end = part.find(ends).map_or(at, |e| e + ends.len());
        let vocative = if led > 0 {
            &whole[..led + end]
        } else {
            &part[at..end]
        };
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

/// `»Brauchst du das Geld, Sascha?« »Es ist wohl möglich, Katharina, daß …«`: a quotation
/// standing alone, with nothing but white space or a dash before the next, is the words of
/// whom that next turn addresses by name — someone who has spoken or whom the article
/// knows, neither addressed here nor the speaker of the quotation before.
fn addressed(cx: &Context) -> Option<Found> {
    let next = cx.next.clone()?;
    let between = cx.text.get(cx.outer.end..next.start)?;
    // (Its sentence may hold the turn before it: `»…« »Brauchst du …«`.)
    let alone = cx
        .before
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| ".!?…–—«»“”„\"‹›".contains(c));
    if !alone
        || cx.attributed_after.is_some()
        || !between
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '–' | '—' | '-'))
    {
        return None;
    }
    let here = &cx.addressed;
    let before = cx.last_top.and_then(|l| cx.out.get(l)?.speaker.as_deref());
    let speaker = vocatives(&cx.text[next])
        .into_iter()
        .filter(|v| v.starts_with(char::is_uppercase))
        .filter_map(|v| known_as(cx, cx.out.len(), v))
        .find(|who| {
            !here.iter().any(|v| same_person(v, who)) && before.is_none_or(|b| !same_person(b, who))
        });
    Some(Found {
        speaker,
        ..Found::default()
    })
}

/// `Cruz blamed the anti-fracking law on “knuckleheaded Democratic politicians.”`, `He
/// called it “rigged.”`: a fragment woven into a sentence that opens on someone, with no
/// verb of saying, is theirs — not the words of whoever was quoted before.
fn opening(cx: &Context) -> Option<Found> {
    // An attribution further on names the speaker (`Clinton “drew quite well …” in the
    // primary, said professor Paul Beck`), even where `after` could not read it.
    if !cx.partial || cx.attributed_after.is_some() {
        return None;
    }
    Some(Found {
        speaker: Some(cx.article.opening(cx.lead(), cx.first_sentence, cx.out)?),
        ..Found::default()
    })
}

/// `Frau Thienwiebel fing an zu husten. »Herr Gott, Niels! …«`, `Howard continued his
/// remarks.` / `“Eight years ago …”`: a quotation opening its sentence with no attribution,
/// right after a sentence of narration (no quotation in it) that opens on someone, is theirs.
/// The narration stands in the quotation's paragraph, or closes the paragraph before when
/// the quotation opens its own. In the paragraph, the narration may follow a quotation with
/// no verb of saying of its own, in the sentence it opens (`»Gewiß!« Mareile errötete. »Ich
/// will …«`: the reply is Mareile's, not the one before it continued), and name someone the
/// article knows only as a speaker of the dialogue.
fn narration(cx: &Context) -> Option<Found> {
    if !cx.before.trim().is_empty() || cx.attributed_after.is_some() {
        return None;
    }
    let j = cx.first_sentence.checked_sub(1)?;
    let s = cx.sentences.get(j)?;
    let paragraph = cx.paragraphs.get(cx.here)?;
    let same = s.start >= paragraph.start;
    let previous = cx.here.checked_sub(1).and_then(|p| cx.paragraphs.get(p));
    let closes_previous =
        cx.opens_paragraph() && previous.is_some_and(|p| s.end <= p.end && s.start >= p.start);
    if !(same || closes_previous) {
        return None;
    }
    // `»Gewiß!« Mareile errötete. »Ich will …«`: a sentence may open on the quotation before
    // in the paragraph; its narration is what follows that, a sentence of its own.
    let from = match cx.out.last() {
        Some(q) if q.outer.end > s.start => {
            let own = &cx.text[q.outer.end.min(s.end)..s.end];
            let opens = own.trim_start().starts_with(char::is_uppercase);
            // (Not its attribution: `“…,” Lasry told Bloomberg Politics. “…”` goes on.)
            if !same || q.outer.start < s.start || !opens || q.cue.is_some() {
                return None;
            }
            q.outer.end
        }
        _ => s.start,
    };
    let narration = from..s.end;
    let speaker = cx
        .article
        .opening(narration.clone(), j, cx.out)
        .or_else(|| {
            // Someone the article knows only by the name they spoke under (`sagte Mareile`).
            let first = super::word_indices(&cx.text[narration]).next()?.1;
            (first.starts_with(char::is_uppercase) && !lang::is_any_function_word(first))
                .then(|| speaker_named(cx, cx.out.len(), first))
                .flatten()
        })?;
    Some(Found {
        speaker: Some(speaker),
        ..Found::default()
    })
}

/// The speaker of one of the quotations before `upto` who bears `name` (`Mareile` of
/// `sagte Mareile`, `lieber Nikolaus`), as the dialogue named them.
fn speaker_named(cx: &Context, upto: usize, name: &str) -> Option<String> {
    cx.out[..upto]
        .iter()
        .rev()
        .take(TURNS_BACK * 4)
        .filter_map(|q| q.speaker.as_deref())
        .find(|s| same_person(s, name))
        .map(str::to_string)
}

/// No attribution of its own, right after someone's quotation — in the same paragraph with
/// only its attribution between them (`“…,” Milley said. “Seize the moment.”`), or opening
/// the very next paragraph (a speech running over paragraphs): that speaker goes on. So
/// does one opening a sentence later in the paragraph, after narration that names no one
/// (`“…,” Woolson said. They also lie in a media dead zone. “That's a tough area.”`), and one
/// a colon introduces in the next paragraph with no one named (`he told CNN in October.` /
/// `Then, later that month on CNN: “…”`).
fn continues(cx: &Context) -> Option<Found> {
    let last = cx.last_top?;
    let previous = cx.out.get(last)?;
    previous.speaker.as_ref()?;
    // `Norbert hatte … gewonnen, daß ihm möglich fiel zu antworten: »…«`: words of its own
    // sentence that name someone and a colon introduce it (see `colon`).
    if cx.before.trim_end().ends_with(':') && cx.article.introducer(introduction(cx)).is_some() {
        return None;
    }
    // Where it ends: a quotation run over paragraphs goes on from its last one.
    let there = super::paragraph_of(cx.paragraphs, previous.outer.end.saturating_sub(1));
    if cx.dialogue && there != cx.here {
        return None;
    }
    let between = &cx.text[previous.outer.end.min(cx.outer.start)..cx.outer.start];
    let previous_sentence = cx
        .sentences
        .partition_point(|s| s.end <= previous.outer.end);
    let adjacent = (cx.here == there
        && (between.split_whitespace().count() <= 12
            || cx.first_sentence <= previous_sentence + 1
            || cx.before.trim().is_empty()))
        || (cx.here == there + 1 && (cx.opens_paragraph() || introduced(cx)));
    adjacent.then(|| Found {
        speaker: previous.speaker.clone(),
        cue: previous.cue.clone(),
        continues: Some(last),
    })
}

/// `Then, later that month on CNN: “…”`, `She then addressed them again: “…”`: a colon's
/// sentence opening the quotation's paragraph, naming no one (see `continues`), on an
/// adverbial set off by a comma or a pronoun (`Key facts about the plan:` heads a list).
fn introduced(cx: &Context) -> bool {
    let opening = cx.paragraphs.get(cx.here).map_or(0, |p| p.start);
    let first = cx.before.split_whitespace().next().unwrap_or("");
    cx.before.trim_end().ends_with(':')
        && cx.text[opening..cx.lead_start].trim().is_empty()
        && (first.ends_with(',') || is_pronoun(&lower(first)))
}

/// `One creator with 400,000 followers put it this way: “…”`, `Norbert hatte … gewonnen, daß
/// ihm möglich fiel zu antworten: »…«`: with no cue verb, a colon's quotation is the words of
/// who the sentence is about — a name opening it before its verb, even one the article never
/// gives in full.
///
/// Only the words after any quotation before it in the sentence introduce it (`„…“ — Der
/// Redakteur: „…“`).
fn colon(cx: &Context) -> Option<Found> {
    cx.before.trim_end().ends_with(':').then(|| Found {
        speaker: cx.article.introducer(introduction(cx)),
        ..Found::default()
    })
}

/// The words of a quotation's sentence before it after any quotation there, as a byte range.
fn introduction(cx: &Context) -> Range<usize> {
    let lead = cx.lead();
    let own = cx.text[lead.clone()]
        .rfind(QUOTE_MARKS)
        .map_or(0, |k| k + 1);
    crate::text::floor_char_boundary(cx.text, lead.start + own).max(lead.start)..lead.end
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
/// words; so does one opening the paragraph after such a sentence (`The state will pay,
/// Mayor Ellen Park said.` / `“We will not send the bill.”`).
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
                .is_some_and(|p| s.start >= p.start || cx.opens_paragraph())
        })
        .filter(|s| cx.out.last().is_none_or(|q| q.outer.end <= s.start))?;
    let (phrase, cue) = attribution_before(&cx.text[s.clone()])?;
    Some(found(
        cx.article.resolve(
            &phrase,
            cx.first_sentence - 1,
            s.start..s.start,
            cx.out,
            &[],
        ),
        cue,
    ))
}

/// `“That is a false equivalency!” Maher replied.`, `“Why is he attacking me?” Trump said.`:
/// a quotation closing on a question or an exclamation mark ends its sentence, so its
/// attribution right after it is a sentence of its own — read before any earlier
/// speaker is taken to go on. English news writes so; in fiction the sentence after a
/// turn (`»Ja, Niels, aber …!« Der große Thienwiebel lächelte überlegen.`) is as often the
/// next speaker's, so only an English verb of saying is read there.
fn after_question(cx: &Context) -> Option<Found> {
    let inner =
        cx.text[cx.outer.clone()].trim_end_matches(|c: char| QUOTE_MARKS.contains(&c) || c == '\'');
    if !inner.ends_with(['?', '!']) {
        return None;
    }
    // (The sentence opens on its attribution, however long it runs on: `“You think I'm
    // going to change?” Trump asked reporters rhetorically during a news conference late
    // last month.`)
    let (text, found) = next_attribution(cx)?;
    let cue = found.1.filter(|c| is_english_cue(c))?;
    let opens = text
        .find(cue)
        .is_some_and(|at| text[..at].split_whitespace().count() <= OPENING_ATTRIBUTION);
    opens.then(|| resolved(cx, found, cx.lead()))
}

/// The most words before its verb of saying that a sentence opening on an attribution has:
/// a name and a short apposition (`Miller, a retired worker from a nuclear plant, said`).
const OPENING_ATTRIBUTION: usize = 12;

/// The sentence right after the quotation, in its paragraph, when the quotation ends its
/// own sentence, and the attribution read from it.
fn next_attribution<'a>(cx: &Context<'a, '_>) -> Option<(&'a str, (String, Option<&'a str>))> {
    let text = &cx.text[cx.sentence_after()?.1];
    Some((text, attribution_after(text)?))
}

/// `“Russia, if you’re listening, …” Trump said.`: the attribution is a short sentence of
/// its own right after the quotation, in the same paragraph.
fn next_sentence(cx: &Context) -> Option<Found> {
    let (text, found) = next_attribution(cx)?;
    let cue = found.1?;
    // A short sentence, or a longer one whose verb of saying closes its first clause
    // (`Dawson shouted, shorthand for …`): not a sentence reporting other words (`Jones said
    // the polls were wrong and …`).
    let closes = text
        .find(cue)
        .map(|at| text[at + cue.len()..].trim_start())
        .is_some_and(|rest| rest.is_empty() || rest.starts_with([',', '.', ';']));
    if text.split_whitespace().count() > 8 && !closes {
        return None;
    }
    Some(resolved(cx, found, cx.lead()))
}

/// `»Was ist denn das für ein Knote?!!« Olaf war steil in die Höhe gefahren.`, `"Ga je
/// dan nog uit?" Ze keek op.`: with no attribution, a quotation that ends its sentence, its
/// paragraph going on with a sentence that opens on someone's name or a pronoun for them,
/// is theirs: the narration tells what the speaker did.
fn reaction(cx: &Context) -> Option<Found> {
    let (j, next) = cx.sentence_after()?;
    // (Narration, not the next turn: `»Guten Tag, Herr König!« »Guten Tag, mein Sohn.«`.)
    if cx.text[next.clone()].trim_start().starts_with(QUOTE_MARKS) {
        return None;
    }
    let speaker = cx.article.opening_on(next, j, cx.out, true)?;
    // (A name, not a noun after its article that the names took for one: `Die Blätter`;
    // every article is a function word.)
    if lang::is_any_function_word(speaker.split(' ').next()?) {
        return None;
    }
    Some(found(Some(speaker), None))
}

/// `Clinton blamed the “fog of war” for the failure`, `Valastro praised Christie’s
/// leadership: “…”`: with no attribution at all, the words quoted in a sentence about
/// someone are theirs — the first person the sentence names before the quotation.
///
/// Past what opens the sentence before its subject, set off by a comma: `In the depths of
/// the Great Recession, Paul Ryan worried that …`, `Moreover, as part of the exchange with
/// Clinton, Gowdy referenced …`.
///
/// Never a name inside an earlier quotation of a sentence or more in it: those are the
/// quoted one's words, not the reporter's (`»Was?! Famose Kröte!« »Still mal!!«`). (A
/// fragment is the reporter's sentence too: `pledged “to work with President Obama” …`.)
fn subject(cx: &Context) -> Option<Found> {
    let lead = cx.lead();
    let main = lead.start + main_clause(&cx.text[lead.clone()]);
    // (The last one: a sentence of quotations in a row is dialogue, read by other rules.)
    let quoted = cx
        .out
        .last()
        .filter(|q| q.outer.end > lead.start && q.kind == QuoteKind::Direct)
        .map(|q| q.outer.clone());
    let quoted = quoted.as_slice();
    Some(Found {
        speaker: cx
            .article
            .first_named(main..lead.end, quoted)
            .or_else(|| cx.article.first_named(lead, quoted)),
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
    // (`As America prepares for what Newt Gingrich called “the loudest … election,” the
    // former House Speaker is intrigued`: a fragment a verb of saying before it attributes
    // is that verb's; the sentence runs on past it.)
    if cx.partial && attribution_before(cx.before).is_some_and(|(_, cue)| cue.is_some()) {
        return None;
    }
    let words: Vec<&str> = cx.after_in_sentence.split_whitespace().take(8).collect();
    // `an angry Hollande retaliated`: an article and its adjectives before the name.
    let from = if words.first().is_some_and(|w| is_determiner(w)) {
        words
            .iter()
            .position(|w| w.starts_with(char::is_uppercase))
            .filter(|&k| k <= 3)?
    } else {
        0
    };
    let words = &words[from..];
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
    // (`Texas delegate Bill Eastland, wearing …, said`: a title before a name, not a verb.)
    let titled = words
        .get(verb + 1)
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    let verb = words[verb].trim_end_matches(|c: char| !c.is_alphanumeric());
    let clause = (1..=4).contains(&subject.len())
        && !titled
        && subject.iter().all(name)
        && !verb.is_empty()
        && !is_conjunction(verb)
        && !is_preposition(verb);
    clause.then(|| resolved(cx, (subject.join(" "), Some(verb)), cx.lead()))
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::{quoted, speaker_of};

    #[test]
    fn a_fragment_a_verb_before_it_attributes_is_not_the_next_clauses() {
        let text = "Newt Gingrich and Paul Ryan met in Washington.\n\
            As America prepares for what Newt Gingrich called “the loudest and most intriguing election in modern history,” the former House Speaker is intrigued by a role in it.";
        assert_eq!(
            speaker_of(text, "the loudest").as_deref(),
            Some("Newt Gingrich")
        );
    }

    #[test]
    fn a_participle_after_a_clause_of_its_own_has_that_clauses_subject() {
        let text = "Elizabeth Warren and Hillary Clinton spoke in Ohio.\n\
            It was a potent punch by the two women of the Democratic Party, as Mrs. Clinton echoed the criticism, saying Mr. Trump “reminds us every day that he is not in it for the people.”";
        assert_eq!(
            speaker_of(text, "reminds").as_deref(),
            Some("Hillary Clinton")
        );
    }

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
        // A quotation opening a sentence of its paragraph after narration that names no one
        // goes on with the paragraph's last speaker.
        let narrated = "“The roads are closed,” said Ann Porter, a nurse from Ames. \
            The county has two plows for 400 miles of road, and the snow keeps falling. \
            “We just wait.”";
        assert_eq!(
            speaker_of(narrated, "We just").as_deref(),
            Some("Ann Porter")
        );
        // So does one a colon introduces in the next paragraph, naming no one.
        let colon = "“We never raised taxes,” Governor Ray Hollis said in March.\n\
            Then, a week later on the radio: “I raised them once.”";
        assert_eq!(speaker_of(colon, "I raised").as_deref(), Some("Ray Hollis"));
    }

    #[test]
    fn a_turn_after_narration_that_opens_on_someone_is_theirs() {
        // The narration follows a turn in the sentence that turn opens: the next words are
        // the person it names, known only as a speaker, not the turn before going on.
        let text = "Der Fürst saß am Fenster. »Sie sind müde, Ottilie«, sagte der Fürst. \
            »Nein«, sagte Ottilie leise. »Dann reisen wir morgen ab?« »Gewiß!« Ottilie \
            lächelte nicht. »Ich freue mich auf die Stadt.«";
        assert_eq!(speaker_of(text, "Ich freue").as_deref(), Some("Ottilie"));
        // Not an attribution after a quotation: that speaker goes on.
        let news = "“We lost,” Smith told the Herald. “We will be back.”";
        assert_eq!(speaker_of(news, "We will").as_deref(), Some("Smith"));
    }

    #[test]
    fn no_one_speaks_the_words_that_address_them() {
        // The colon's sentence names whom the greeting addresses, not who greets; the reply
        // is then the addressee's.
        let text = "Der König saß auf seinem Thron und sagte nichts, denn er war sehr müde. \
            Hans ging wieder zum König: »Guten Tag, Herr König!« »Guten Tag, mein Sohn.«";
        assert_eq!(speaker_of(text, "Guten Tag, Herr"), None);
        assert!(speaker_of(text, "Guten Tag, mein").is_some_and(|s| s.ends_with("König")));
    }

    #[test]
    fn a_colon_s_quotation_is_the_subject_after_the_verb_in_german_order() {
        // `Da wurde der Alte …:` names its subject after the verb: the quotation is the old
        // man's, not a continuation of Rosenzweig's, and the reply is Rosenzweig's again.
        let text = "Der Verwalter Rosenzweig saß mit dem Greis vor dem Haus und lachte laut. \
            »Sei du ganz ruhig, das wird gewiß verhütet werden«, entgegnete Rosenzweig. \
            Da wurde der Alte plötzlich aufgebracht: »Du würdest nicht lachen.« \
            »Den Kommissär? Ein Emissär, wie sie jetzt herumziehen.«";
        assert_eq!(speaker_of(text, "Du würdest").as_deref(), Some("der Alte"));
        assert!(speaker_of(text, "Den Kommissär").is_some_and(|s| s.contains("Rosenzweig")));
    }

    #[test]
    fn a_colon_s_quotation_is_who_its_sentence_opens_on_even_unknown() {
        // A name the article never gives in full, opening the sentence before its verb:
        // the quotation is theirs, not a continuation of the speaker before.
        let text = "»Weißt du es nicht mehr?« sagte Zoe. Norbert hatte jetzt so viel \
            Sprachfähigkeit gewonnen, daß er antworten konnte: »In der Nacht am Forum.«";
        assert_eq!(speaker_of(text, "In der Nacht").as_deref(), Some("Norbert"));
        // Not a word that only opens the sentence.
        let news = "“It is over,” Smith said. Then the crowd went quiet: “Go home.”";
        assert_ne!(speaker_of(news, "Go home").as_deref(), Some("Then"));
    }

    #[test]
    fn a_headline_s_quotations_are_whom_it_opens_on_before_its_colon() {
        let text = "Carly Fiorina Endorses Ted Cruz: I Am ‘Horrified’ By Donald Trump.\n\n\
            Carly Fiorina threw her support behind Sen. Ted Cruz on Wednesday.\n\n\
            Senator John McCain on the Race: Populist Anger Appeals to ‘Bad Angels Of Our Nature.’\n\n\
            John McCain spoke on Sunday.";
        assert_eq!(
            speaker_of(text, "Horrified").as_deref(),
            Some("Carly Fiorina")
        );
        assert_eq!(
            speaker_of(text, "Bad Angels").as_deref(),
            Some("John McCain")
        );
        let says = "Francois Hollande Says Donald Trump ‘Makes You Want To Retch.’\n\n\
            French President Francois Hollande has joined the critics.";
        assert_eq!(
            speaker_of(says, "Makes You").as_deref(),
            Some("Francois Hollande")
        );
        // Not a headline: a sentence in lower case after a colon.
        let body = "Smith: the plan, a “disaster” in the making, was dropped.";
        assert_eq!(speaker_of(body, "disaster"), None);
    }

    #[test]
    fn so_before_a_verb_of_saying_is_no_speaker() {
        let text = "Frau Wolter saß am Fenster. „Was mich aus der Fassung brachte“, so fuhr \
            Frau Wolter fort, „war der Umstand.“ »Sei still du«, lächelte Liese.";
        assert_eq!(speaker_of(text, "Was mich").as_deref(), Some("Wolter"));
        assert_eq!(speaker_of(text, "Sei still").as_deref(), Some("Liese"));
    }

    #[test]
    fn the_verb_second_puts_the_subject_after_it() {
        let text = "Hauke Haien tanzte mit Elke. Als aber die Freundin jetzt zum Tanze \
            fortgezogen wurde, sagte Hauke lauter: »Ich dachte, ich hätt was Besseres gewonnen!« \
            Und so spricht Herder über ihn: „Kleists Herz lebt in seinen Gedichten.“ \
            ›Dann bin ich es zufrieden‹ sprach der Fischer, ›wenn nur mein Sohn will.‹ Der war \
            aber ein herzensguter Mensch und sagte: ›Vater, ich gehe.‹";
        assert_eq!(
            speaker_of(text, "Ich dachte").as_deref(),
            Some("Hauke Haien")
        );
        assert_eq!(speaker_of(text, "Kleists").as_deref(), Some("Herder"));
        assert_eq!(speaker_of(text, "wenn nur").as_deref(), Some("der Fischer"));
    }

    #[test]
    fn a_verb_with_no_subject_after_a_sentence_opening_on_a_name_is_that_name_s() {
        let text = "Os que jogaram treinaram no Projeto Acqua. Murici reclamou da postura do \
            time. «Eles bateram muito», disse. Se ciò non avvenisse, ha detto Medvedev, \
            \"il mondo non sarebbe più sicuro\".";
        assert_eq!(speaker_of(text, "Eles bateram").as_deref(), Some("Murici"));
        assert_eq!(speaker_of(text, "il mondo").as_deref(), Some("Medvedev"));
    }

    #[test]
    fn a_participle_or_a_when_after_a_fragment_keeps_the_sentence_s_subject() {
        let text = "Donald Trump spoke in Scotland. Trump hailed the vote as “fantastic,” \
            telling reporters the Brexit is “a great thing.” Bernie Sanders had said, “We’ll \
            see,” when asked whether he would raise money.";
        assert_eq!(
            speaker_of(text, "fantastic").as_deref(),
            Some("Donald Trump")
        );
        assert_eq!(speaker_of(text, "We’ll").as_deref(), Some("Bernie Sanders"));
    }

    #[test]
    fn an_attribution_after_a_question_or_exclamation_is_the_quotation_s_own() {
        let text = "Bill Maher hosted the show.\n\nLawrence Wilkerson later said, “It is not \
            just Muslims shooting people.”\n\n“That is a false equivalency!” Maher replied. \
            “How many attacks have there been?”";
        assert_eq!(speaker_of(text, "That is").as_deref(), Some("Bill Maher"));
        assert_eq!(speaker_of(text, "How many").as_deref(), Some("Bill Maher"));
        // However long the sentence that opens on the attribution runs on.
        let text = "Donald Trump and Eva Miller spoke in Ohio on Monday at two rallies.\n\n\
            \"You think I'm going to change?\" Trump asked reporters rhetorically during a \
            news conference late last month.\n\n\
            \"How are you today?\" Miller, a retired worker from a nuclear plant, said \
            pleasantly into the phone.";
        assert_eq!(
            speaker_of(text, "You think").as_deref(),
            Some("Donald Trump")
        );
        assert_eq!(speaker_of(text, "How are").as_deref(), Some("Eva Miller"));
    }

    #[test]
    fn a_participle_or_a_coordinated_verb_has_the_subject_its_sentence_opens_on() {
        let text = "Bernie Sanders and Hillary Clinton debated on Sunday night in Iowa.\n\n\
            At Sunday night’s debate, Sanders compared himself to Clinton, saying, \"I don’t \
            get personal speaking fees.\"\n\n\
            ProPublica obtained a video of the speech and said she \"steered a middle ground\" \
            there.";
        assert_eq!(
            speaker_of(text, "I don’t").as_deref(),
            Some("Bernie Sanders")
        );
        assert_eq!(speaker_of(text, "steered").as_deref(), Some("ProPublica"));
    }

    #[test]
    fn a_title_quoted_in_the_speaker_s_apposition_ends_no_attribution() {
        let text = "Bill Eastland came to the convention in Cleveland on Monday.\n\n\
            “We have had more successful conventions than this one,” Texas delegate Bill \
            Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly.";
        assert_eq!(
            speaker_of(text, "We have had").as_deref(),
            Some("Bill Eastland")
        );
    }

    #[test]
    fn a_dropped_subject_after_according_to_someone_is_theirs() {
        let text = "O treinador Levir Culpi não quis adiantar o substituto de Éder Aleixo. \
            Segundo ele, a saída do meia representa uma «perda importante» para o time. \
            «Vamos com calma achar o substituto do Éder», disse.";
        assert_eq!(
            speaker_of(text, "Vamos com").as_deref(),
            Some("Levir Culpi")
        );
    }

    #[test]
    fn a_name_after_a_lower_case_title_closes_a_running_sentence() {
        let text = "Shannon S. Quill and Marcel Lazar were in court on Monday.\n\n\
            Despite his \"admittedly brash on-line personality,\" public defender Shannon S. \
            Quill wrote, Lazar is actually a devoted father.";
        assert_eq!(
            speaker_of(text, "admittedly").as_deref(),
            Some("Shannon Quill")
        );
    }

    #[test]
    fn a_long_description_ending_on_names_before_its_verb_attributes() {
        let text = "David Albright studies North Korea's weapons.\n\n\
            “Tritium would enable designs,” nuclear experts David Albright and Serena \
            Kelleher-Vergantini of Washington's Institute for Science and International \
            Security wrote in September.";
        assert!(speaker_of(text, "Tritium")
            .is_some_and(|s| s == "David Albright" || s == "Serena Kelleher-Vergantini"));
    }

    #[test]
    fn what_opens_a_sentence_before_its_subject_names_no_speaker() {
        let text = "Hillary Clinton, Bill Clinton, Jerry Brown and Paul Ryan were in the news.\n\n\
            After former California Gov. Jerry Brown criticized Bill Clinton during a debate, \
            Hillary shot back, “I suppose I could have chosen to bake cookies.”\n\n\
            In the depths of the Great Recession, Paul Ryan worried that the net was becoming \
            “a hammock that lulls able-bodied people.”\n\n\
            As Jerry Brown put it, “the state is broke.”";
        assert_eq!(
            speaker_of(text, "I suppose").as_deref(),
            Some("Hillary Clinton")
        );
        assert_eq!(speaker_of(text, "a hammock").as_deref(), Some("Paul Ryan"));
        assert_eq!(
            speaker_of(text, "the state is").as_deref(),
            Some("Jerry Brown")
        );
        let text = "Trey Gowdy questioned Hillary Clinton on Thursday.\n\n\
            Moreover, as part of the exchange with Clinton, Gowdy referenced a report that \
            \"less than one percent of emails\" were captured.";
        assert_eq!(speaker_of(text, "less than").as_deref(), Some("Trey Gowdy"));
    }

    #[test]
    fn a_name_before_an_office_is_not_the_person_holding_it() {
        let text = "Ted Cruz spoke in Iowa. Donald Trump spoke in Ohio.\n\n\
            Cruz spokesman Rick Tyler said that the campaign will show voters that Cruz has \
            \"guiding principles to make critical decisions as president,\" he said.\n\n\
            On Monday night, Clinton campaign manager Robby Mook released a memo.\n\n\
            He writes Clinton has \"built a nearly insurmountable lead.\"";
        assert_eq!(speaker_of(text, "guiding").as_deref(), Some("Rick Tyler"));
        assert_eq!(speaker_of(text, "built a").as_deref(), Some("Robby Mook"));
    }

    #[test]
    fn what_follows_the_verb_is_its_subject_only_when_it_is_no_clause() {
        let text = "Hillary Clinton spoke in Iowa. Paul Manafort met the committee.\n\n\
            “We will win,” said her spokesman.\n\n\
            Mr. Manafort, citing “the unique magic of Trump,” said the candidate could win \
            in states like Pennsylvania and Maryland.";
        assert_eq!(
            speaker_of(text, "We will").as_deref(),
            Some("her spokesman")
        );
        assert_eq!(
            speaker_of(text, "the unique").as_deref(),
            Some("Paul Manafort")
        );
    }

    #[test]
    fn a_name_inside_an_earlier_quotation_is_no_subject() {
        let text = "Jens und Olaf saßen im Dunkeln. Etwas schurrte an der Wand entlang. \
            »Heiliger Bimbam!« Jens lachte leise. »Was?! Famose Kröte!« »Still mal!!« Es \
            kam auf die Tür zu.";
        assert_ne!(
            speaker_of(text, "Still mal").as_deref(),
            Some("Famose Kröte")
        );
    }

    #[test]
    fn a_participle_after_an_article_is_no_verb_of_saying() {
        let text = "Hillary Clinton debated on Saturday.\n\n\
            \"I don't think we are at war with Islam,\" she said.\n\n\
            She also maneuvered around the charged term, \"radical Islam,\" which some \
            Republicans want leaders to use.\n\n\
            The alleged shooter, Robert Lewis Dear, is likely to appear in court. Law enforcement sources \
            have said he said \"no more baby parts\" after the shooting.";
        assert_eq!(
            speaker_of(text, "I don't").as_deref(),
            Some("Hillary Clinton")
        );
        assert_ne!(speaker_of(text, "radical").as_deref(), Some("the"));
        assert_eq!(speaker_of(text, "no more").as_deref(), Some("Robert Dear"));
    }

    #[test]
    fn a_comparison_opening_the_sentence_is_not_its_subject() {
        let text = "Sen. Bob Corker and Sen. Robert Menendez spoke on Tuesday.\n\n\
            Like Corker, Menendez also rejected the notion that Democrats could pull away \
            from the bill, arguing that there is \"flexibility for the administration\" in \
            the sanctions regime.";
        assert_eq!(
            speaker_of(text, "flexibility").as_deref(),
            Some("Robert Menendez")
        );
    }

    #[test]
    fn an_attribution_after_as_or_with_a_bracketed_abbreviation_is_read() {
        let text = "Ted Cruz and Jim McDermott spoke in Iowa on Monday.\n\n\
            Still, the race “is a dead heat right now,” as Cruz said on the radio on Monday.\n\n\
            “I want the House,” Rep. Jim McDermott (D-Wash.) said.";
        assert_eq!(speaker_of(text, "is a dead").as_deref(), Some("Ted Cruz"));
        assert_eq!(speaker_of(text, "I want").as_deref(), Some("Jim McDermott"));
    }

    #[test]
    fn a_verb_coordinated_with_an_earlier_one_has_its_subject() {
        let text = "Appearing before cheering supporters at NLD \
            headquarters, Suu Kyi, 70, said it was too early to congratulate winners but added, \
            \"I think you all have an idea of the results.\"";
        assert_eq!(speaker_of(text, "I think you").as_deref(), Some("Suu Kyi"));
    }

    #[test]
    fn the_first_verb_of_saying_after_a_name_and_its_apposition_reports_the_rest() {
        let text = "Stuart Stevens, a Republican operative and Mitt Romney's chief strategist, \
            said the way the campaign disparaged women who complained ''would be all but \
            disqualifying'' nowadays.";
        assert_eq!(
            speaker_of(text, "would be").as_deref(),
            Some("Stuart Stevens")
        );
    }

    #[test]
    fn a_later_verb_with_a_name_of_its_own_is_not_reported_by_the_first() {
        let text = "Ted Cruz accuses Obama of \"leading from behind\" and Donald Trump says \
            he's \"losing the war on terrorism.\" Rep. Steve Israel (D-N.Y) said Hillary Clinton \
            called on members to be \"closely coordinated.\"";
        assert_eq!(speaker_of(text, "losing").as_deref(), Some("Donald Trump"));
        assert_eq!(speaker_of(text, "closely").as_deref(), Some("Steve Israel"));
    }

    #[test]
    fn a_quotation_run_over_paragraphs_goes_on_from_the_one_it_ends_in() {
        let text =
            "\"I am a fan of the pope,\" Sanders said. \"He has been a transformative leader.\n\n\
            \"And he is a very beautiful man,\" Sanders continued. \"He is a man of peace.\"";
        assert_eq!(speaker_of(text, "He is a man").as_deref(), Some("Sanders"));
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
    fn a_fragment_in_a_sentence_opening_on_someone_is_theirs() {
        let text = "Ted Cruz spoke in Albany on Tuesday. “We will win,” Cruz said.\n\
            Cruz blamed the law on “knuckleheaded Democratic politicians.”\n\
            Maria Lopez, a teacher, was at the rally. She called the plan “a real shame” and left.\n\
            After Jerry Brown left the room, the paper ran a “special edition” on it.";
        assert_eq!(
            speaker_of(text, "knuckleheaded").as_deref(),
            Some("Ted Cruz")
        );
        assert_eq!(
            speaker_of(text, "a real shame").as_deref(),
            Some("Maria Lopez")
        );
        // A sentence opening on no one keeps its quoted words a term.
        assert_eq!(speaker_of(text, "special edition"), None);
    }

    #[test]
    fn a_closing_clause_further_on_attributes_the_sentence() {
        let text = "Neil Sroka runs the group. Jane Roe runs another.\n\
            His endorsements will carry “a great deal of weight” and help bring candidates \
            the “grass-roots firepower” they need to win, DFA spokesman Neil Sroka said.\n\
            The vote signals “the beginning of the end” for the union, said Jane Roe, who leads it.";
        assert_eq!(
            speaker_of(text, "a great deal").as_deref(),
            Some("Neil Sroka")
        );
        assert_eq!(
            speaker_of(text, "grass-roots").as_deref(),
            Some("Neil Sroka")
        );
        assert_eq!(
            speaker_of(text, "the beginning").as_deref(),
            Some("Jane Roe")
        );
    }

    #[test]
    fn a_quotation_after_a_sentence_of_narration_is_of_whom_it_opens_on() {
        let text = "Niels Thienwiebel saß am Tisch. »Wir machen das falsch«, sagte Thienwiebel.\n\
            Amalie Thienwiebel fing jetzt zu husten an. »Ich muß ja inhalieren!«\n\
            Es regnete. »Ach was!«";
        assert_eq!(
            speaker_of(text, "Ich muß").as_deref(),
            Some("Amalie Thienwiebel")
        );
        // Narration opening on no one names no speaker.
        assert_eq!(speaker_of(text, "Ach was"), None);
    }

    #[test]
    fn reported_words_go_on_in_a_quotation_opening_the_next_paragraph() {
        let text = "“We need the bridge,” said Tom Hale, a farmer.\n\
            The state will pay for the repairs, Mayor Ellen Park said on Friday.\n\
            “We will not send the bill to the town.”";
        assert_eq!(speaker_of(text, "We will").as_deref(), Some("Ellen Park"));
    }

    #[test]
    fn words_relayed_by_a_source_are_credited_to_it_and_a_relative_to_its_antecedent() {
        let text = "Judge Emmet Sullivan heard the case. Mark Ekovich sells golf courses.\n\
            “When does it stop?” the judge said, according to the Post. “This case is about the public.”\n\
            Prices have risen, said Mr. Ekovich, who noted that prices had “cratered” in the recession.";
        assert_eq!(speaker_of(text, "When does").as_deref(), Some("the Post"));
        assert_eq!(speaker_of(text, "This case").as_deref(), Some("the Post"));
        let reports = "“Your language says you are no longer welcome,” said Kristen Day, \
            executive director of Democrats for Life, reports USA Today.";
        assert_eq!(speaker_of(reports, "Your").as_deref(), Some("USA Today"));
        // A source right after the quotation, with no verb of saying, up to its sentence's
        // end (not its title's full stop).
        let bare = "The deal was “a turning point for the region,” according to Mr. Dole. \
            It was signed in May.";
        assert_eq!(speaker_of(bare, "a turning").as_deref(), Some("Dole"));
        // English's `according to` needs no comma before it.
        let plain = "“We will appeal,” spokesman Tom Reed said in a statement according to \
            The Courier.";
        assert_eq!(speaker_of(plain, "We will").as_deref(), Some("The Courier"));
        assert_eq!(
            speaker_of(text, "cratered").as_deref(),
            Some("Mark Ekovich")
        );
    }

    #[test]
    fn a_verb_of_saying_closing_the_next_sentence_s_first_clause_attributes() {
        let text = "Mary Dawson and Jim Roe marched. The crowd cheered.\n\
            \"All the way!\" Dawson shouted, shorthand for taking the fight all the way to the convention.";
        assert_eq!(
            speaker_of(text, "All the way").as_deref(),
            Some("Mary Dawson")
        );
    }

    #[test]
    fn a_quotation_signed_in_the_paragraph_after_is_the_signer_s() {
        let text = "Bernie Sanders spoke in Iowa. The crowd cheered.\n\
            \"Boeing and GE and other multinationals pay zero taxes.\"\n\
            - Sanders.\n\
            This is a complex issue.";
        assert_eq!(
            speaker_of(text, "Boeing").as_deref(),
            Some("Bernie Sanders")
        );
    }

    #[test]
    fn an_exchange_alternates_even_when_a_later_quotation_names_the_speaker() {
        let text = "Phileas Fogg en Andrew Stuart speelden kaart.\n\
            \"De hemel beware me!\" riep Stuart; \"maar ik wil wel wedden.\"\n\
            \"Integendeel, zeer mogelijk,\" antwoordde Fogg.\n\
            \"Nu, maak ze dan!\"\n\
            \"Ik wil wel.\"";
        assert_eq!(
            speaker_of(text, "Nu, maak").as_deref(),
            Some("Andrew Stuart")
        );
        assert_eq!(
            speaker_of(text, "Ik wil wel").as_deref(),
            Some("Phileas Fogg")
        );
    }

    #[test]
    fn the_one_addressed_by_a_name_closing_its_sentence_answers() {
        let text = "Niels Thienwiebel saß am Tisch. Amalie Thienwiebel war drüben.\n\
            Amalie Thienwiebel fing jetzt zu husten an. »Herr Gott, Niels! Ich muß ja inhalieren!« \
            »Natürlich! Auch noch Kinderfrau!«";
        assert_eq!(
            speaker_of(text, "Natürlich").as_deref(),
            Some("Niels Thienwiebel")
        );
    }

    #[test]
    fn a_quotation_addressing_who_spoke_last_answers_them() {
        // The turn after someone's words that names them, with a word of address before
        // the name, is not theirs going on: it answers them.
        let text = "Vrouw Holle kwam bij de bezembinder Nikolaas staan.\n\
            »Wat maak je daar?« vroeg Vrouw Holle. »Bezems«, zei Nikolaas, »altijd bezems.« \
            »Kun je verder niets, beste Nikolaas?«";
        assert_eq!(speaker_of(text, "Kun je").as_deref(), Some("Vrouw Holle"));
        let text = "Phileas Fogg en Andrew Stuart speelden kaart.\n\
            \"Dat kan niet,\" zei Andrew Stuart.\n\
            \"Het kan in tachtig dagen, mijnheer Stuart,\" zei Fogg.\n\
            \"Op papier misschien, mijnheer Fogg, maar niet op zee.\"\n\
            \"Ook op zee, mijnheer Stuart.\"";
        assert_eq!(
            speaker_of(text, "Op papier").as_deref(),
            Some("Andrew Stuart")
        );
        assert_eq!(
            speaker_of(text, "Ook op zee").as_deref(),
            Some("Phileas Fogg")
        );
        // A lower-case word before a capitalised one names no one unknown (`lieber Gott`).
        let text = "Hans Berger saß am Tisch. Anna Lenz war drüben.\n\
            »Weißt du, was ich glaube?« sagte Hans. »Wir machen das falsch, Anna!« \
            »Ach, lieber Gott!« »Verlaß dich drauf!«";
        assert_eq!(
            speaker_of(text, "Ach, lieber").as_deref(),
            Some("Anna Lenz")
        );
        assert_eq!(
            speaker_of(text, "Verlaß dich").as_deref(),
            Some("Hans Berger")
        );
    }

    #[test]
    fn the_paragraph_after_a_turn_addressing_someone_is_their_reply() {
        let text = "Sherlock Holmes zat bij het vuur en ik las de krant.\n\
            \"Zij komt om negen uur,\" zei Holmes.\n\
            \"Dat begrijp ik niet, Holmes, wie komt er dan?\"\n\
            \"De dame van gisteren, natuurlijk.\"";
        assert_eq!(
            speaker_of(text, "De dame van").as_deref(),
            Some("Sherlock Holmes")
        );
    }

    #[test]
    fn a_pronoun_never_stands_for_whom_its_quotation_addresses() {
        // The only person named is the one greeted: the pronoun stands for no one known. A
        // greeting opens no name (`Guten Morgen`).
        let text = "Es war ein kalter Morgen im Dorf, und die Leute gingen schon früh zur \
            Arbeit auf die Felder. „Guten Morgen, Herr Müller“, sagte sie. „Guten Morgen“, \
            antwortete er. Dann gingen beide weiter, denn es war noch viel zu tun.";
        let speakers: Vec<Option<String>> = quoted(text).into_iter().map(|q| q.2).collect();
        assert_eq!(speakers, [None, Some("Müller".to_string())]);
        // Of two people, the one not addressed.
        let two = "Hans Wagner und Grete Wagner standen lange am Tor des Hofes und schwiegen. \
            „Komm doch endlich, Grete!“, sagte er.";
        assert_eq!(speaker_of(two, "Komm doch").as_deref(), Some("Hans Wagner"));
    }

    #[test]
    fn a_third_person_pronoun_never_stands_for_the_narrator() {
        // The narrator (`vroeg ik`, `fragte ich`) spoke last; `hij`, `er` is someone else:
        // the person named before.
        let nl = "Sherlock Holmes nam zijn flesch van den schoorsteenmantel.\n\n\
            \"Wat is het vandaag,\" vroeg ik, \"morphine of cocaïne?\" Hij hief zijne oogen op.\n\n\
            \"Het is cocaïne,\" zeide hij, \"een oplossing van zeven percent.\"";
        assert_eq!(speaker_of(nl, "Wat is het").as_deref(), Some("ik"));
        assert_eq!(
            speaker_of(nl, "Het is coca").as_deref(),
            Some("Sherlock Holmes")
        );
        let de = "Der alte Doktor Brenner saß am Fenster und las die Zeitung.\n\n\
            »Was gibt es Neues?« fragte ich. Er sah nicht auf.\n\n\
            »Nichts Gutes«, sagte er.";
        assert_eq!(
            speaker_of(de, "Nichts Gutes").as_deref(),
            Some("Doktor Brenner")
        );
    }

    #[test]
    fn a_word_of_grammar_before_the_verb_puts_the_subject_after_it() {
        // `Alleen merkte ik op`: not `Alleen`, and `ik` is no `zij`: the person before.
        let text = "Miss Morstan kwam binnen en ging zitten.\n\n\
            Alleen merkte ik op, dat zij beefde.\n\n\
            \"Ik ben tot u gekomen,\" zeide zij.";
        assert_eq!(
            speaker_of(text, "Ik ben tot").as_deref(),
            Some("Miss Morstan")
        );
    }

    #[test]
    fn a_turn_with_no_attribution_is_whom_the_next_turn_addresses() {
        // The next turn names, set off by commas, the one it answers: two words of a name.
        let text = "Katja Petrowna saß im Garten. Pjotr Iwanowitsch kam herein.\n\
            »Sie sind spät gekommen,« sagte Pjotr Iwanowitsch. »Der Zug hielt lange.« \
            »Ist das so schlimm, Petja?« »Nicht schlimm, Katja Petrowna, nur ungewohnt.«";
        assert_eq!(
            speaker_of(text, "Ist das so").as_deref(),
            Some("Katja Petrowna")
        );
    }

    #[test]
    fn a_word_quoted_before_a_comma_outside_the_marks_is_speech() {
        let text = "The shop had shut. “Closed”, the sign read.";
        assert_eq!(speaker_of(text, "Closed").as_deref(), Some("the sign"));
    }

    #[test]
    fn an_article_and_adjectives_before_the_name_after_a_quotation() {
        let text = "François Hollande answered Donald Trump.\n\
            “France will always be France,” an angry Hollande retaliated.";
        assert_eq!(
            speaker_of(text, "France will").as_deref(),
            Some("François Hollande")
        );
    }

    #[test]
    fn coordinated_verbs_keep_the_sentence_s_subject() {
        let text = "Donald Trump spoke in Cleveland.\n\
            Trump gestured as if to stop the ruckus, then leaned in and boomed: “Let’s defeat her in November.”";
        assert_eq!(
            speaker_of(text, "Let’s defeat").as_deref(),
            Some("Donald Trump")
        );
    }

    #[test]
    fn a_verb_with_no_subject_speaks_for_who_was_last_named() {
        let text = "O treinador Levir Culpi não quis adiantar o substituto. \
            «Vamos com calma achar o substituto do Éder», disse.";
        assert_eq!(speaker_of(text, "Vamos").as_deref(), Some("Levir Culpi"));
    }
}
