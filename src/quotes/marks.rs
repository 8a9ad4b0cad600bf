//! Pairing quotation marks: which marks open and close quotations, which are apostrophes.
//!
//! Pasted news uses every convention at once: curly and straight marks, singles inside
//! doubles (`“‘Seize the Moment’: …”`), the same marks nested (`“… he “urged” Ukraine …”`),
//! a quotation opened with `“` and closed with `’`, guillemets, German and CJK marks, and
//! `’` as an apostrophe (`don’t`, `Ukrainians’`, `’90s`, `rock ’n’ roll`). Marks are paired
//! with a stack per paragraph. A quotation still open at the end of its paragraph continues
//! only if the next paragraph opens with the same mark (the convention for a quotation of
//! several paragraphs); otherwise it ends there, so it never swallows what follows.

use std::ops::Range;

/// One quotation found in the text: byte ranges into the text given to [`pair`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// From the opening mark to the closing mark, both included (or to the end of the
    /// paragraph where the quotation was never closed).
    pub outer: Range<usize>,
    /// The words inside the marks, without the white space next to them.
    pub inner: Range<usize>,
    /// How many quotations enclose this one.
    pub depth: usize,
    /// False when the quotation was never closed.
    pub closed: bool,
    /// For a speech turn of dash dialogue, its narrator's incise (see [`super::dashes`]);
    /// `None` for a quotation in marks.
    pub turn: Option<super::dashes::Turn>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
    Corner,
    WhiteCorner,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open(Family),
    Close(Family),
    /// Straight `"` or `'`: opens or closes depending on what surrounds it.
    Either(Family),
}

fn role(c: char) -> Option<Role> {
    use Family::*;
    Some(match c {
        '“' | '„' => Role::Open(Double),
        '”' => Role::Close(Double),
        '"' => Role::Either(Double),
        '‘' | '‚' => Role::Open(Single),
        '’' => Role::Close(Single),
        '\'' => Role::Either(Single),
        // Either way round: French and Spanish write «…», German and Danish »…«; which one
        // a mark is depends on which opened the quotation (see `handle`).
        '«' | '»' => Role::Either(Guillemet),
        '‹' | '›' => Role::Either(SingleGuillemet),
        '「' => Role::Open(Corner),
        '」' => Role::Close(Corner),
        '『' => Role::Open(WhiteCorner),
        '』' => Role::Close(WhiteCorner),
        _ => return None,
    })
}

/// Deepest nesting kept; deeper marks are read as text, so hostile input stays cheap.
const MAX_DEPTH: usize = 16;

struct Open {
    family: Family,
    mark: char,
    at: usize,
    mark_len: usize,
    depth: usize,
}

/// Pairs the quotation marks of `text`, whose paragraphs are `paragraphs` (ordered byte
/// ranges). Quotations come out ordered by where they open.
pub fn pair(text: &str, paragraphs: &[Range<usize>]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    // The mark that re-opens a quotation continued from the previous paragraph.
    let mut skip: Option<usize> = None;
    for (p, para) in paragraphs.iter().enumerate() {
        let s = &text[para.clone()];
        let bytes = s.as_bytes();
        let mut from = 0;
        // Where the paragraph's last `'` and last `’` that could close a single quotation
        // are, each found once, when an apostrophe needs it.
        let mut last_close: [Option<usize>; 2] = [None, None];
        while let Some(i) = next_candidate(bytes, from) {
            from = i + 1;
            // Every quotation mark is `"` or `'`, or a character whose UTF-8 starts with one
            // of three bytes (`«` and `»`; the curly marks; the CJK corners): only there is a
            // character decoded, with its neighbours.
            if !matches!(bytes[i], b'"' | b'\'' | 0xC2 | 0xE2 | 0xE3) {
                continue;
            }
            // An ASCII or leading byte: `i` starts a character.
            let Some(c) = s[i..].chars().next() else {
                continue;
            };
            let at = para.start + i;
            // `''…''`: the typewriter's double quotation mark (two apostrophes), as news
            // archives keep it. It stands for `"`, two bytes long.
            // `'''` with a single quotation open on top (`''the word 'old-school,''' said`)
            // closes that one first: its first apostrophe is a `'` of its own.
            let closes_single = bytes.get(i..i + 3) == Some(b"'''")
                && stack.last().is_some_and(|o| o.family == Family::Single);
            let (c, len) =
                if bytes[i] == b'\'' && bytes.get(i + 1) == Some(&b'\'') && !closes_single {
                    from = i + 2;
                    ('"', 2)
                } else {
                    (c, c.len_utf8())
                };
            if skip == Some(at) {
                skip = None;
            } else if matches!(c, '\'' | '’')
                && elided(&s[i + len..], c)
                && *last_close[usize::from(c == '’')].get_or_insert_with(|| last_closing(s, c)) <= i
            {
                // `so 'n Maaltied`, `geit 't los`, `how ’bout this`: an apostrophe, when no
                // mark further on in the paragraph could close a quotation it opened
                // (`'s ist kalt', sagte er`).
            } else if let Some(r) = role(c) {
                let previous = s[..i].chars().next_back();
                let next = s[i + len..].chars().next();
                let mark = Mark { c, at, len };
                handle(r, mark, previous, next, &mut stack, &mut out);
            }
        }
        // Open at the paragraph's end: a quotation of several paragraphs goes on when the
        // next paragraph opens with the same family of mark; anything else ends here.
        let continues = |open: &Open| {
            paragraphs.get(p + 1).is_some_and(|n| {
                let next = &text[n.clone()];
                let first = if next.starts_with("''") {
                    Some('"')
                } else {
                    next.chars().next()
                };
                first.and_then(role).is_some_and(
                    |r| matches!(r, Role::Open(f) | Role::Either(f) if f == open.family),
                )
            })
        };
        if stack.len() == 1 && continues(&stack[0]) {
            // The next paragraph's opening mark re-opens it: not a quotation of its own.
            skip = Some(paragraphs[p + 1].start);
            continue;
        }
        while let Some(open) = stack.pop() {
            out.push(Span {
                outer: open.at..para.end,
                inner: open.at + open.mark_len..para.end,
                depth: open.depth,
                closed: false,
                turn: None,
            });
        }
    }
    // `« Le parquet exagère les chiffres »`: the spaces French and Swiss typography set
    // inside the marks (a no-break one often) are no part of the words.
    for q in &mut out {
        let words = &text[q.inner.clone()];
        let trimmed = words.trim();
        let start = q.inner.start + (words.len() - words.trim_start().len());
        q.inner = start..start + trimmed.len();
    }
    crate::util::sort::sort_by_key(&mut out, |q| {
        (q.outer.start, std::cmp::Reverse(q.outer.end))
    });
    out
}

/// Whether the word after an apostrophe `mark` is one written elided (`'t`, `'n`, `’bout`),
/// and not a word quoted alone (`'t'`).
fn elided(after: &str, mark: char) -> bool {
    let end = after
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(after.len());
    end > 0
        && crate::lang::is_elision(&after[..end])
        && after[..end].starts_with(char::is_lowercase)
        && !after[end..].starts_with(mark)
}

/// Where the last `mark` of `s` that could close a quotation is (after a letter or a
/// punctuation mark, before a space, a punctuation mark or the end), or 0.
fn last_closing(s: &str, mark: char) -> usize {
    s.char_indices()
        .rev()
        .filter(|&(_, c)| c == mark)
        .find(|&(i, c)| {
            let before = s[..i].chars().next_back();
            let after = s[i + c.len_utf8()..].chars().next();
            before.is_some_and(|b| b.is_alphanumeric() || ".,;:!?…".contains(b))
                && after.is_none_or(|a| a.is_whitespace() || ".,;:!?…)»«›‹".contains(a))
        })
        .map_or(0, |(i, _)| i)
}

/// Where the next byte from `from` on that may begin a quotation mark is: `"`, `'`, or any
/// byte outside ASCII. Prose is mostly ASCII letters and spaces, so the bytes are read
/// eight at a time, and a run of eight with none of these is passed over at once.
fn next_candidate(bytes: &[u8], mut from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Non-zero when a byte of `x` is zero.
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    while let Some(eight) = bytes.get(from..from + 8) {
        let mut word = [0; 8];
        word.copy_from_slice(eight);
        let x = u64::from_le_bytes(word);
        if (x & HIGH)
            | has_zero(x ^ (ONES * u64::from(b'"')))
            | has_zero(x ^ (ONES * u64::from(b'\'')))
            != 0
        {
            break;
        }
        from += 8;
    }
    bytes
        .get(from..)?
        .iter()
        .position(|&b| b == b'"' || b == b'\'' || !b.is_ascii())
        .map(|k| from + k)
}

/// A quotation mark where it stands: the character it reads as, its byte offset and its
/// length in bytes (two for the typewriter's `''`).
struct Mark {
    c: char,
    at: usize,
    len: usize,
}

fn handle(
    r: Role,
    Mark { c, at, len }: Mark,
    previous: Option<char>,
    next: Option<char>,
    stack: &mut Vec<Open>,
    out: &mut Vec<Span>,
) {
    let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let space = |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || "([{—–-/".contains(c));
    let stop = |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || ".,;:!?)]}—–-…".contains(c));
    let top = stack.last().map(|o| o.family);
    // German and Czech close „…“ and ‚…‘ with what English opens with.
    let r = match (stack.last().map(|o| o.mark), c) {
        (Some('„'), '“') => Role::Close(Family::Double),
        (Some('‚'), '‘') => Role::Close(Family::Single),
        _ => r,
    };
    let family_open = |f: Family| stack.iter().any(|o| o.family == f);
    // A guillemet closes the quotation its mirror image opened (`«…»`, `»…«`), and opens
    // one otherwise: `»` when a word follows it (`»Meine Herren`), `«` when it starts a
    // word (`« Bonjour`, `«Este`). A `«` glued to the word before it (`meiner Seel'!« Als`)
    // closes a German quotation opened before the text begins: a stray closing mark.
    let r = match r {
        Role::Either(f @ (Family::Guillemet | Family::SingleGuillemet)) => {
            let mirror = match c {
                '«' => '»',
                '»' => '«',
                '‹' => '›',
                _ => '‹',
            };
            if stack
                .iter()
                .rev()
                .find(|o| o.family == f)
                .is_some_and(|o| o.mark == mirror)
            {
                Role::Close(f)
            } else if match c {
                // (or an elided article or conjunction: `qu'« il`, `l’«`)
                '«' | '‹' => space(previous) || matches!(previous, Some('\'' | '’')),
                _ => next.is_some_and(|n| !n.is_whitespace()),
            } {
                Role::Open(f)
            } else {
                return;
            }
        }
        other => other,
    };
    let role = match r {
        // An apostrophe: between letters (don’t, O’Brien), before a digit (’90s), or after
        // a letter with no single quotation open (Ukrainians’).
        Role::Close(Family::Single) | Role::Either(Family::Single)
            if (letter(previous) && letter(next))
                || next.is_some_and(|n| n.is_ascii_digit())
                || (letter(previous)
                    && !family_open(Family::Single)
                    && !closes_double(c, previous, next, top)) =>
        {
            return
        }
        Role::Either(f) => {
            if top == Some(f) && !space(previous) {
                Role::Close(f)
            // (A bracket may open the quotation, `"[Trump] doesn't speak for anyone"`, and a
            // colon may stand right before it, `Rep. Trey Gowdy (R-S.C.):"I have …"`.)
            } else if (space(previous) || previous == Some(':'))
                && (!space(next) || matches!(next, Some('[' | '(')))
            {
                Role::Open(f)
            } else if family_open(f) && stop(next) {
                Role::Close(f)
            } else {
                return;
            }
        }
        // `’` opening a word (`’n’`) or standing alone is not a quotation mark.
        Role::Close(Family::Single) if space(previous) => return,
        other => other,
    };
    match role {
        Role::Open(f) => {
            if stack.len() < MAX_DEPTH {
                stack.push(Open {
                    family: f,
                    mark: c,
                    at,
                    mark_len: len,
                    depth: stack.len(),
                });
            }
        }
        Role::Close(f) => {
            // A quotation opened with “ and closed with ’ after its last punctuation.
            let f = if f == Family::Single && closes_double(c, previous, next, top) {
                Family::Double
            } else {
                f
            };
            // Close the innermost open quotation of this family; anything opened inside it
            // and left open ends with it.
            if let Some(pos) = stack.iter().rposition(|o| o.family == f) {
                while stack.len() > pos {
                    let open = stack.pop().expect("position is inside the stack");
                    let end = at + len;
                    let closed = stack.len() == pos;
                    out.push(Span {
                        outer: open.at..if closed { end } else { at },
                        inner: open.at + open.mark_len..at,
                        depth: open.depth,
                        closed,
                        turn: None,
                    });
                }
            }
        }
        Role::Either(_) => {}
    }
}

/// `’` closing a double quotation: one is open (and no single), and the mark follows
/// punctuation, as in `…seize it,’ Milley said`.
fn closes_double(c: char, previous: Option<char>, next: Option<char>, top: Option<Family>) -> bool {
    c == '’'
        && top == Some(Family::Double)
        && previous.is_some_and(|p| ".,!?".contains(p))
        && next.is_none_or(|n| !n.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<(&str, bool)> {
        let paragraphs = crate::text::Document::new(text).paragraphs().to_vec();
        pair(text, &paragraphs)
            .into_iter()
            .map(|q| (&text[q.inner], q.closed))
            .collect()
    }

    #[test]
    fn marks_pair_as_a_reader_pairs_them() {
        let table: &[(&str, &[(&str, bool)])] = &[
            ("He said “go now.”", &[("go now.", true)]),
            (
                "He said \"go now.\" Then \"stop\".",
                &[("go now.", true), ("stop", true)],
            ),
            (
                "Don’t touch the Ukrainians’ rock ’n’ roll from the ’90s.",
                &[],
            ),
            ("It is ‘natural’ and O’Brien’s.", &[("natural", true)]),
            (
                "\"[Trump] doesn't speak for us,\" she said. Gowdy (R-S.C.):\"Who told you?\"",
                &[
                    ("[Trump] doesn't speak for us,", true),
                    ("Who told you?", true),
                ],
            ),
            (
                "“‘Seize the Moment’: Gen. Milley”",
                &[
                    ("‘Seize the Moment’: Gen. Milley", true),
                    ("Seize the Moment", true),
                ],
            ),
            (
                "“He “urged” Ukraine not to talk.”",
                &[("He “urged” Ukraine not to talk.", true), ("urged", true)],
            ),
            ("“Seize it,’ Milley said.", &[("Seize it,", true)]),
            (
                "Il a dit « bonjour » et 「你好」.",
                &[("bonjour", true), ("你好", true)],
            ),
            ("Er sagte „Hallo“ heute.", &[("Hallo", true)]),
            (
                "Er sagte: »Hallo, Welt.« Dann ging er.",
                &[("Hallo, Welt.", true)],
            ),
            ("Sie rief ›nein‹ und »ja«.", &[("nein", true), ("ja", true)]),
            ("Seel'!« Als er kam: »Hallo.«", &[("Hallo.", true)]),
            (
                "« Oui », a-t-il dit, « bien sûr ».",
                &[("Oui", true), ("bien sûr", true)],
            ),
            (
                "''It's over,'' he said. ''We won.''",
                &[("It's over,", true), ("We won.", true)],
            ),
            (
                "''I would use the word 'old-school,''' said Slayton. ''Yes.''",
                &[
                    ("I would use the word 'old-school,'", true),
                    ("old-school,", true),
                    ("Yes.", true),
                ],
            ),
            // Elided words: `'t`, `'n`, `’bout` open nothing; a quotation that begins with
            // one and is closed further on still does.
            (
                "Nu geit 't los, so 'n Maaltied! How ’bout this »Ja.«",
                &[("Ja.", true)],
            ),
            (
                "'s ist kalt', sagte er. Er ging 'n bisschen weiter.",
                &[("s ist kalt", true)],
            ),
            // Each apostrophe against its own kind of closing mark.
            (
                "Er ging ’n bisschen weiter. 's ist kalt', sagte er.",
                &[("s ist kalt", true)],
            ),
        ];
        for (text, expected) in table {
            assert_eq!(quotes(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn an_unclosed_quotation_ends_with_its_paragraph() {
        let text =
            "Great source with a lot of “according with…? Proof.\nNext paragraph is not quoted.";
        assert_eq!(quotes(text), [("according with…? Proof.", false)]);
    }

    #[test]
    fn a_quotation_of_several_paragraphs_is_one() {
        let text =
            "“First paragraph of the speech.\n“Second paragraph, the end.”\nReporter’s text.";
        let got = quotes(text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].0.starts_with("First") && got[0].0.ends_with("the end.") && got[0].1);
    }

    #[test]
    fn candidates_are_every_quote_and_non_ascii_byte() {
        let text = "plain words and more plain words, \"then\" it’s «here» and 'there' 「x」 end";
        let naive: Vec<usize> = (0..text.len())
            .filter(|&i| {
                matches!(text.as_bytes()[i], b'"' | b'\'') || !text.as_bytes()[i].is_ascii()
            })
            .collect();
        for from in 0..=text.len() {
            let expected = naive.iter().copied().find(|&i| i >= from);
            assert_eq!(next_candidate(text.as_bytes(), from), expected, "{from}");
        }
    }

    #[test]
    fn deep_and_unbalanced_marks_stay_cheap() {
        let text = "“".repeat(100_000) + &"”".repeat(50_000);
        assert!(quotes(&text).len() <= 2 * MAX_DEPTH);
    }
}
