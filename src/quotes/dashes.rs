//! Dash dialogue: speech written without quotation marks, as Spanish and Portuguese write
//! it (and often Italian and French fiction). A paragraph opening with a dash is a speech
//! turn; the narrator's incise is set off by dashes and splits the turn into quotations of
//! one speaker:
//!
//! ```text
//! —Vamos —dijo el viajero—. Ya es tarde.     `Vamos` and `Ya es tarde.`, incise `dijo el viajero`
//! —¿Quién es? —preguntó.                      `¿Quién es?`, incise `preguntó` (pro-drop)
//! —Sí, señor.                                 `Sí, señor.`, no incise
//! ```
//!
//! The turns come out as [`Span`]s, the shape [`super::marks`] gives quotations in marks,
//! and [`merge`] puts both in one ordered list, so the kind and the attribution cascade
//! read them as any quotation; a turn's [`Turn::incise`] is what the cascade's `after` rule
//! reads.
//!
//! English news uses `—` inside sentences all the time, and sometimes opens a paragraph
//! with one (`— Julie Pace, White House correspondent`, a list of links, a subheading).
//! So only paragraphs that open with a dash are read, and only in a text that shows it
//! writes dialogue so: at least one turn with an incise opened by a verb of saying
//! (`—dijo`, `-murmuró`), with the same kind of dash.

use std::ops::Range;

use super::first_words;
use super::marks::Span;

/// What a quotation that is a speech turn of dash dialogue carries: the narrator's incise
/// that follows its words, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Turn {
    /// The incise right after the words, without its dashes (`dijo el viajero`).
    pub incise: Option<Range<usize>>,
}

/// The two kinds of dash a text writes dialogue with: typographic (`—`, `–`, `―`, used
/// interchangeably) or the typewriter's hyphen (`-No puedo -murmuró-.`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dash {
    Long,
    Hyphen,
}

fn dash(c: char) -> Option<Dash> {
    match c {
        '—' | '–' | '―' => Some(Dash::Long),
        '-' => Some(Dash::Hyphen),
        _ => None,
    }
}

/// One paragraph read as a turn: its parts (the words, and the incise after them), the
/// kind of dash, and whether an incise opens with a verb of saying.
struct Parsed {
    dash: Dash,
    parts: Vec<(Range<usize>, Option<Range<usize>>)>,
    spoken: bool,
}

/// The speech turns of dash dialogue in `text`, whose paragraphs are `paragraphs`
/// (ordered byte ranges): one [`Span`] per part of a turn, in order. Empty unless the text
/// writes dialogue with dashes (see the module's documentation).
pub fn turns(text: &str, paragraphs: &[Range<usize>]) -> Vec<Span> {
    let parsed: Vec<(usize, Parsed)> = paragraphs
        .iter()
        .filter_map(|p| parse(&text[p.clone()]).map(|t| (p.start, t)))
        .collect();
    let shown = |d: Dash| parsed.iter().any(|(_, t)| t.dash == d && t.spoken);
    let (long, hyphen) = (shown(Dash::Long), shown(Dash::Hyphen));
    let mut out = Vec::new();
    for (at, turn) in parsed {
        if !(match turn.dash {
            Dash::Long => long,
            Dash::Hyphen => hyphen,
        }) {
            continue;
        }
        for (n, (words, incise)) in turn.parts.into_iter().enumerate() {
            let inner = at + words.start..at + words.end;
            out.push(Span {
                // The first part's opening dash is its mark; a part after an incise has none.
                outer: if n == 0 { at..inner.end } else { inner.clone() },
                inner,
                depth: 0,
                closed: true,
                turn: Some(Turn {
                    incise: incise.map(|r| at + r.start..at + r.end),
                }),
            });
        }
    }
    out
}

/// `s`, a paragraph, read as a turn: it opens with one dash (not `--`, not `-5`), then,
/// past spaces, a word, `¿`, `¡` or `…` — not a quotation mark: a turn given in marks is
/// theirs. Each incise is a dash after a space, before a lower-case word (`—dijo`), and
/// runs to a dash closing it after a word (`el viajero—.`), or to the paragraph's end.
/// One pass over the paragraph.
fn parse(s: &str) -> Option<Parsed> {
    let opening = s.chars().next()?;
    let kind = dash(opening)?;
    let rest = &s[opening.len_utf8()..];
    let body = s.len() - rest.trim_start().len();
    let first = s[body..].chars().next()?;
    if dash(first).is_some()
        || !(first.is_alphanumeric() || "¿¡…".contains(first))
        || (kind == Dash::Hyphen && body == 1 && first.is_ascii_digit())
    {
        return None;
    }
    let same = |c: char| dash(c) == Some(kind);
    let mut parts = Vec::new();
    let mut spoken = false;
    let mut start = body;
    let mut chars = s[body..]
        .char_indices()
        .map(|(i, c)| (body + i, c))
        .peekable();
    let mut previous = first;
    while let Some((i, c)) = chars.next() {
        let after_space = previous.is_whitespace();
        previous = c;
        if !(same(c) && after_space) {
            continue;
        }
        // An incise opens here when a lower-case word follows, after one space at most.
        let next = &s[i + c.len_utf8()..];
        let word_at = i + c.len_utf8() + usize::from(next.starts_with(' '));
        if !s[word_at..].starts_with(char::is_lowercase) {
            continue;
        }
        let words = s[start..i].trim_end();
        // Its closing dash follows a word and comes before no letter (`viajero—.`,
        // `dijo- que`), unlike a hyphen inside a word.
        let mut close = None;
        let mut last = c;
        for (j, d) in chars.by_ref() {
            let before = last;
            last = d;
            if same(d) && !before.is_whitespace() && j > word_at {
                let follows = s[j + d.len_utf8()..].chars().next();
                if !follows.is_some_and(char::is_alphanumeric) {
                    close = Some(j);
                    break;
                }
            }
        }
        let incise = word_at..close.unwrap_or(s.len());
        let incise_text = s[incise.clone()].trim_end();
        spoken |= first_words(incise_text, 3)
            .iter()
            .any(|&(_, w)| crate::lang::is_cue(w));
        let incise = incise.start..incise.start + incise_text.len();
        if words.contains(char::is_alphanumeric) {
            parts.push((start..start + words.len(), Some(incise)));
        }
        let Some(close) = close else {
            // The narrator has the rest of the paragraph.
            return Some(Parsed {
                dash: kind,
                parts,
                spoken,
            });
        };
        // The words go on after the closing dash and the narrator's punctuation.
        let after = close + s[close..].chars().next().map_or(0, char::len_utf8);
        start = after
            + (s.len()
                - after
                - s[after..]
                    .trim_start_matches(|c: char| c.is_whitespace() || ".,;:".contains(c))
                    .len());
        previous = s[..start].chars().next_back().unwrap_or(' ');
        while chars.peek().is_some_and(|&(j, _)| j < start) {
            chars.next();
        }
    }
    let words = s[start..].trim_end();
    if words.contains(char::is_alphanumeric) {
        parts.push((start..start + words.len(), None));
    }
    Some(Parsed {
        dash: kind,
        parts,
        spoken,
    })
}

/// The quotations in marks and the turns of dash dialogue, in one list ordered as
/// [`super::marks::pair`] orders its own. A quotation in marks that opens inside a turn's
/// words is quoted by its speaker, one level deeper.
pub fn merge(marks: Vec<Span>, turns: Vec<Span>) -> Vec<Span> {
    if turns.is_empty() {
        return marks;
    }
    let mut out = Vec::with_capacity(marks.len() + turns.len());
    let mut turns = turns.into_iter().peekable();
    // The last turn opened so far, whose words may hold the next quotations in marks.
    let mut open: Option<Range<usize>> = None;
    for mut span in marks {
        while let Some(t) = turns.next_if(|t| {
            (t.outer.start, std::cmp::Reverse(t.outer.end))
                <= (span.outer.start, std::cmp::Reverse(span.outer.end))
        }) {
            open = Some(t.inner.clone());
            out.push(t);
        }
        if open.as_ref().is_some_and(|w| w.contains(&span.outer.start)) {
            span.depth += 1;
        }
        out.push(span);
    }
    out.extend(turns);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of each part and its incise, as text.
    fn parts(text: &str) -> Vec<(&str, Option<&str>)> {
        let paragraphs = crate::text::Document::new(text).paragraphs().to_vec();
        turns(text, &paragraphs)
            .into_iter()
            .map(|s| {
                let incise = s.turn.and_then(|t| t.incise).map(|r| &text[r]);
                (&text[s.inner], incise)
            })
            .collect()
    }

    #[test]
    fn a_turn_split_by_its_incise_is_two_quotations() {
        let text = "El viajero se detuvo.\n\
            —Vamos —dijo el viajero—. Ya es tarde.\n\
            —¿Quién es? —preguntó.\n\
            —Sí, señor.\n\
            —Es pasmoso —dijo— que usted entre por aquí.\n\
            —Quién sabe… —manifestó Teodoro— ¿pero qué es esto?";
        assert_eq!(
            parts(text),
            [
                ("Vamos", Some("dijo el viajero")),
                ("Ya es tarde.", None),
                ("¿Quién es?", Some("preguntó.")),
                ("Sí, señor.", None),
                ("Es pasmoso", Some("dijo")),
                ("que usted entre por aquí.", None),
                ("Quién sabe…", Some("manifestó Teodoro")),
                ("¿pero qué es esto?", None),
            ]
        );
    }

    #[test]
    fn hyphens_and_spaced_dashes_write_dialogue_too() {
        let text = "-No puedo equivocarme -murmuró-. Me dijeron que atravesara el río.\n\n\
            - Fiat lux -dijo descendiendo-. Me parece que acabo de salir del caos.\n\n\
            -Vamos -dijo el viajero lleno de franco-español gozo-, humanidad tenemos.\n\n\
            — Oui — fit-il.";
        // The last turn's dash is not the hyphen this text shows dialogue with, and its
        // incise has no verb of saying: it is left out.
        assert_eq!(
            parts(text),
            [
                ("No puedo equivocarme", Some("murmuró")),
                ("Me dijeron que atravesara el río.", None),
                ("Fiat lux", Some("dijo descendiendo")),
                ("Me parece que acabo de salir del caos.", None),
                (
                    "Vamos",
                    Some("dijo el viajero lleno de franco-español gozo")
                ),
                ("humanidad tenemos.", None),
            ]
        );
    }

    #[test]
    fn dashes_of_english_news_are_no_dialogue() {
        for text in [
            // Dashes inside sentences, a list of names, links, subheadings, a bullet list.
            "The plan — which critics call “rigged” — passed.\nShe said — and meant it — no.",
            "Winners:\n— Julie Pace, White House correspondent.\n— Carol Lee of the Journal.",
            "—\"Hamilton to play Chicago,\" by Variety.\n– Ready to quiz Trump –.",
            "- Bernie Sanders.\n- exchange during a hearing — said to be tense.\n-5 degrees.",
            // A verb of saying, but no paragraph opens with a dash.
            "Vamos —dijo el viajero—. Ya es tarde.",
        ] {
            assert_eq!(parts(text), [], "{text:?}");
        }
    }

    #[test]
    fn only_the_dash_the_dialogue_is_written_with_counts() {
        let text = "—Vamos —dijo el viajero.\n- a list item\n-- not a dash";
        assert_eq!(parts(text), [("Vamos", Some("dijo el viajero."))]);
    }

    #[test]
    fn marks_inside_a_turn_are_its_speakers_quotation() {
        let text = "—Me dijeron «adelante, siempre adelante» —dijo Golfín—. «Bien» es poco.";
        let paragraphs = crate::text::Document::new(text).paragraphs().to_vec();
        let merged = merge(
            super::super::marks::pair(text, &paragraphs),
            turns(text, &paragraphs),
        );
        let got: Vec<(&str, usize, bool)> = merged
            .iter()
            .map(|s| (&text[s.inner.clone()], s.depth, s.turn.is_some()))
            .collect();
        assert_eq!(
            got,
            [
                ("Me dijeron «adelante, siempre adelante»", 0, true),
                ("adelante, siempre adelante", 1, false),
                ("«Bien» es poco.", 0, true),
                ("Bien", 1, false),
            ]
        );
    }

    #[test]
    fn the_incise_names_the_speaker_of_both_halves() {
        use crate::quotes::tests::{q, quoted};
        use crate::quotes::QuoteKind::Direct;
        let text = "Teodoro Golfín llegó a la mina con el ciego Pablo.\n\
            —Vamos —dijo el viajero lleno de gozo—. Ya es tarde.\n\
            —Sí, señor.\n\
            —¿Quién es? —preguntó Golfín.\n\
            —Es pasmoso —dijo— que usted entre por aquí.\n\
            —Usted… —le dijo Pablo riendo.";
        assert_eq!(
            quoted(text),
            [
                q("Vamos", Direct, Some("el viajero lleno"), Some("dijo")),
                q(
                    "Ya es tarde.",
                    Direct,
                    Some("el viajero lleno"),
                    Some("dijo")
                ),
                // A turn without incise has no attribution, and continues no other turn.
                q("Sí, señor.", Direct, None, None),
                q(
                    "¿Quién es?",
                    Direct,
                    Some("Teodoro Golfín"),
                    Some("preguntó")
                ),
                // Pro-drop: the nearest person mentioned before.
                q("Es pasmoso", Direct, Some("Teodoro Golfín"), Some("dijo")),
                q(
                    "que usted entre por aquí.",
                    Direct,
                    Some("Teodoro Golfín"),
                    Some("dijo")
                ),
                q("Usted…", Direct, Some("Pablo"), Some("dijo")),
            ]
        );
    }

    #[test]
    fn english_dashes_make_no_quotations() {
        use crate::quotes::tests::quoted;
        let text = "The senator — who spoke briefly — left early.\n\
            — Julie Pace, White House correspondent, contributed reporting.\n\
            – Ready to quiz Trump –.\n\
            “We won,” he said — and left.";
        let got = quoted(text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "We won,");
    }

    #[test]
    fn a_long_paragraph_of_dashes_stays_linear() {
        let text = "—a".to_string() + &" —dijo x—".repeat(50_000);
        let paragraphs = crate::text::Document::new(&text).paragraphs().to_vec();
        assert!(turns(&text, &paragraphs).len() <= 50_001);
        let text = "—a ".to_string() + &"-".repeat(100_000) + " —dijo";
        let paragraphs = crate::text::Document::new(&text).paragraphs().to_vec();
        assert_eq!(turns(&text, &paragraphs).len(), 1);
    }
}
