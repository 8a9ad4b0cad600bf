//! The text a reader sees, with a way back to the text as given.
//!
//! Copy-paste leaves markup behind: Markdown links and emphasis (`[Milley told …](#)`,
//! `**Jake Sullivan**`), headings (`# …`), escapes (`\$40`), and pasted HTML (`<p>`,
//! `<a href=…>`, `&amp;`, `&#8217;`). Words, sentences, junk, quotes and duplicate scores
//! must see what the page showed — `Milley told …`, `Jake Sullivan`, `’` — or a Markdown copy
//! of an article would not match the plain one. A [`View`] is that text, built in one pass, and a map from each of
//! its ranges back to the original, so every offset in the report still points into the
//! text exactly as the user gave it. Text without markup is borrowed untouched, at no cost.

use std::borrow::Cow;
use std::ops::Range;

/// Longest HTML tag, link text or link target looked at; longer is not markup. Keeps the
/// scan linear on text full of unmatched brackets.
const MAX_MARKUP: usize = 1000;

/// The reader's text of one original text.
#[derive(Debug, Clone)]
pub struct View<'a> {
    original: &'a str,
    text: Cow<'a, str>,
    /// Pieces of the view in order; empty when the view is the original.
    pieces: Vec<Piece>,
    /// View ranges that were link text (Markdown links or HTML anchors' text).
    links: Vec<Range<usize>>,
    /// View positions where a Markdown heading's text starts.
    headings: Vec<usize>,
}

/// A non-empty run of the view and the original text it came from: copied as is, or a
/// replacement (a decoded entity, a line break standing for a block tag).
#[derive(Debug, Clone, Copy)]
struct Piece {
    view: usize,
    orig: usize,
    orig_len: usize,
    copied: bool,
}

impl<'a> View<'a> {
    /// The reader's text of `original`.
    pub fn new(original: &'a str) -> Self {
        if !original.contains(['[', '*', '_', '<', '&', '#', '\\']) {
            return View {
                original,
                text: Cow::Borrowed(original),
                pieces: Vec::new(),
                links: Vec::new(),
                headings: Vec::new(),
            };
        }
        Builder::new(original).run()
    }

    /// The text as a reader sees it.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// View ranges that were link text, in order.
    pub fn links(&self) -> &[Range<usize>] {
        &self.links
    }

    /// Whether a Markdown heading's text starts at view position `at`.
    pub fn is_heading(&self, at: usize) -> bool {
        self.headings.binary_search(&at).is_ok()
    }

    /// The original text.
    pub fn original_text(&self) -> &'a str {
        self.original
    }

    /// The original byte range that a view byte range shows. A range that starts or ends
    /// inside a replacement (say, a decoded `&amp;`) covers all of it.
    pub fn original(&self, range: Range<usize>) -> Range<usize> {
        self.original_by(range, &mut |at| self.index(at))
    }

    /// [`View::original`] of each of `ranges`, which are in order: one walk along the
    /// pieces instead of a search for each.
    pub fn originals<'s>(
        &'s self,
        ranges: &'s [Range<usize>],
    ) -> impl Iterator<Item = Range<usize>> + 's {
        let mut i = 0;
        ranges.iter().map(move |r| {
            self.original_by(r.clone(), &mut |at| {
                if self.pieces.get(i).is_some_and(|p| p.view > at) {
                    i = self.index(at); // went back: search
                }
                while i + 1 < self.pieces.len() && self.pieces[i + 1].view <= at {
                    i += 1;
                }
                i
            })
        })
    }

    /// [`View::original`], finding the piece that holds a view byte with `index`.
    fn original_by(
        &self,
        range: Range<usize>,
        index: &mut impl FnMut(usize) -> usize,
    ) -> Range<usize> {
        if self.pieces.is_empty() {
            return range;
        }
        let start = if range.start >= self.text.len() {
            self.original.len()
        } else {
            let p = self.pieces[index(range.start)];
            if p.copied {
                p.orig + (range.start - p.view)
            } else {
                p.orig
            }
        };
        let end = if range.end <= range.start {
            start
        } else {
            let p = self.pieces[index(range.end - 1)];
            if p.copied {
                p.orig + (range.end - p.view)
            } else {
                p.orig + p.orig_len
            }
        };
        start..end.max(start)
    }

    /// Like [`View::original`], and also covering the markup left out right before and
    /// right after the range: a paragraph `**Bold** [link](#)` covers all its characters.
    /// Markup between a range and text that follows it with no space (`？*次`, CJK sentences,
    /// words split by a tag) goes with what follows, so ranges that touch in the view never
    /// overlap in the original.
    pub fn original_outer(&self, range: Range<usize>) -> Range<usize> {
        if self.pieces.is_empty() || range.is_empty() {
            return self.original(range);
        }
        // The pieces holding the range's first and last bytes, searched for once for both
        // the inner range and the markup around it.
        let first = self.index(range.start);
        let last = self.index(range.end - 1);
        let inner = self.original_by(range.clone(), &mut |at| {
            if at == range.start {
                first
            } else {
                last
            }
        });
        let start = if range.start == self.pieces[first].view {
            first
                .checked_sub(1)
                .map_or(0, |i| self.pieces[i].orig + self.pieces[i].orig_len)
        } else {
            inner.start
        };
        let last_end = self
            .pieces
            .get(last + 1)
            .map_or(self.text.len(), |p| p.view);
        let runs_on = self.text[range.end..]
            .chars()
            .next()
            .is_some_and(|c| !c.is_whitespace());
        let end = if range.end == last_end && !runs_on {
            self.pieces
                .get(last + 1)
                .map_or(self.original.len(), |p| p.orig)
        } else {
            inner.end
        };
        start.min(inner.start)..end.max(inner.end)
    }

    /// What the view does not show of the original as it is: each original byte range left
    /// out or replaced, in order, with what the view shows in its place (nothing, a decoded
    /// entity, a line break for a block tag).
    pub fn edits(&self) -> Vec<(Range<usize>, &str)> {
        let mut out = Vec::new();
        if let Cow::Borrowed(_) = self.text {
            return out;
        }
        let mut at = 0;
        for (i, p) in self.pieces.iter().enumerate() {
            if p.orig > at {
                out.push((at..p.orig, ""));
            }
            at = p.orig + p.orig_len;
            if !p.copied {
                let end = self.pieces.get(i + 1).map_or(self.text.len(), |n| n.view);
                out.push((p.orig..at, &self.text[p.view..end]));
            }
        }
        if at < self.original.len() {
            out.push((at..self.original.len(), ""));
        }
        out
    }

    fn index(&self, at: usize) -> usize {
        self.pieces
            .partition_point(|p| p.view <= at)
            .saturating_sub(1)
    }
}

/// Builds a [`View`] in one pass.
struct Builder<'a> {
    original: &'a str,
    text: String,
    pieces: Vec<Piece>,
    links: Vec<Range<usize>>,
    /// Start of the original run not yet copied.
    pending: usize,
    /// Where an open HTML anchor's text started in the view.
    anchor: Option<usize>,
    /// A `<script>` or `<style>` was found with no closing tag after it.
    unclosed_raw: bool,
    /// View positions of lines that were Markdown headings.
    headings: Vec<usize>,
}

impl<'a> Builder<'a> {
    fn new(original: &'a str) -> Self {
        Builder {
            original,
            text: String::with_capacity(original.len()),
            pieces: Vec::new(),
            links: Vec::new(),
            pending: 0,
            anchor: None,
            unclosed_raw: false,
            headings: Vec::new(),
        }
    }

    fn run(mut self) -> View<'a> {
        let s = self.original;
        let bytes = s.as_bytes();
        let mut at = 0;
        let mut line_start = true;
        while at < bytes.len() {
            let b = bytes[at];
            if !line_start && !is_markup_start(b) {
                // Past a line's start only markup bytes and line ends matter: skip to the
                // next (what is skipped is copied later as one run).
                at = bytes[at..]
                    .iter()
                    .position(|&b| is_markup_start(b) || b == b'\n' || b == b'\r')
                    .map_or(bytes.len(), |k| at + k);
                if bytes.get(at).is_some_and(|&b| b == b'\n' || b == b'\r') {
                    at += 1;
                    line_start = true;
                }
                continue;
            }
            let consumed = match b {
                b'#' if line_start => self.heading(at),
                b'[' => self.markdown_link(at),
                b'!' if bytes.get(at + 1) == Some(&b'[') && link_at(&s[at + 1..]).is_some() => {
                    self.drop_range(at..at + 1);
                    self.markdown_link(at + 1).map(|n| n + 1)
                }
                b'*' | b'_' => self.emphasis(at),
                b'<' => self.html_tag(at),
                b'&' => self.entity(at),
                // A Markdown escape (`\$40`, `\*`): the mark stays, as itself, and the
                // backslash goes.
                b'\\' if bytes.get(at + 1).is_some_and(u8::is_ascii_punctuation) => {
                    self.drop_range(at..at + 1);
                    Some(2)
                }
                _ => None,
            };
            match consumed {
                Some(n) => at += n.max(1),
                None => at += 1,
            }
            if at < bytes.len() {
                let c = bytes[at - 1];
                line_start = c == b'\n' || c == b'\r' || (line_start && (c == b' ' || c == b'\t'));
            }
        }
        self.copy_to(s.len());
        View {
            original: self.original,
            text: Cow::Owned(self.text),
            pieces: self.pieces,
            links: self.links,
            headings: self.headings,
        }
    }

    /// Copies the original from `pending` up to `end` into the view.
    fn copy_to(&mut self, end: usize) {
        if end > self.pending {
            self.pieces.push(Piece {
                view: self.text.len(),
                orig: self.pending,
                orig_len: end - self.pending,
                copied: true,
            });
            self.text.push_str(&self.original[self.pending..end]);
        }
        self.pending = self.pending.max(end);
    }

    /// Leaves `range` of the original out of the view.
    fn drop_range(&mut self, range: Range<usize>) {
        self.copy_to(range.start);
        self.pending = self.pending.max(range.end);
    }

    /// Shows `with` in place of `range` of the original.
    fn replace(&mut self, range: Range<usize>, with: &str) {
        self.copy_to(range.start);
        if !with.is_empty() {
            self.pieces.push(Piece {
                view: self.text.len(),
                orig: range.start,
                orig_len: range.len(),
                copied: false,
            });
            self.text.push_str(with);
        }
        self.pending = self.pending.max(range.end);
    }

    /// `# Heading` at a line start: the hashes and the space go.
    fn heading(&mut self, at: usize) -> Option<usize> {
        let rest = &self.original.as_bytes()[at..];
        let hashes = rest.iter().take(7).take_while(|&&b| b == b'#').count();
        if hashes > 6 || rest.get(hashes) != Some(&b' ') {
            return None;
        }
        self.drop_range(at..at + hashes + 1);
        self.headings.push(self.text.len());
        Some(hashes + 1)
    }

    /// `[text](target)`: the text stays, marked as a link; the rest goes.
    fn markdown_link(&mut self, at: usize) -> Option<usize> {
        let (close, end) = link_at(&self.original[at..])?;
        self.drop_range(at..at + 1);
        let link_start = self.text.len();
        self.copy_to(at + close);
        self.links.push(link_start..self.text.len());
        self.drop_range(at + close..at + end);
        Some(end)
    }

    /// `**bold**`, `*italic*`, `__bold__`, `_italic_`: the marks go when they flank a word
    /// (not `marked *` or `snake_case`).
    fn emphasis(&mut self, at: usize) -> Option<usize> {
        let bytes = self.original.as_bytes();
        let mark = bytes[at];
        if at > 0 && bytes[at - 1] == mark {
            return None; // the second of a pair is handled with the first
        }
        let run = bytes[at..]
            .iter()
            .take(3)
            .take_while(|&&b| b == mark)
            .count();
        let before = self.original[..at].chars().next_back();
        let after = self.original[at + run..].chars().next();
        let word = |c: Option<char>| c.is_some_and(|c| !c.is_whitespace());
        let opens = word(after) && !before.is_some_and(char::is_alphanumeric);
        let closes = word(before) && !after.is_some_and(char::is_alphanumeric);
        let intraword =
            before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric);
        if intraword || !(opens || closes) {
            return None;
        }
        self.drop_range(at..at + run);
        Some(run)
    }

    /// An HTML tag: block tags become a line break, `<script>` and `<style>` go with their
    /// contents, anchors mark their text as a link, other tags go.
    fn html_tag(&mut self, at: usize) -> Option<usize> {
        let rest = window(&self.original[at..]);
        let inner = rest.get(1..)?;
        let closing = inner.starts_with('/');
        let name_start = usize::from(closing);
        let name: String = inner[name_start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        let comment = inner.starts_with("!--");
        let letter = inner[name_start..].starts_with(|c: char| c.is_ascii_alphabetic());
        if !letter && !comment && !inner.starts_with('!') {
            return None;
        }
        let end = if comment {
            rest.find("-->")? + 3
        } else {
            rest.find('>')? + 1
        };
        if !closing && (name == "script" || name == "style") {
            let whole = if self.unclosed_raw {
                None
            } else {
                let rest = &self.original[at..];
                let close = [
                    ["</", &name].concat(),
                    ["</", &name.to_ascii_uppercase()].concat(),
                ]
                .iter()
                .filter_map(|c| rest.find(c.as_str()))
                .min();
                // Searched to the end once and found nothing: no later tag will find one.
                self.unclosed_raw = close.is_none();
                close.and_then(|c| rest[c..].find('>').map(|e| c + e + 1))
            };
            let len = whole.unwrap_or(end);
            self.replace(at..at + len, "");
            return Some(len);
        }
        const BLOCKS: crate::lang::WordList = crate::lang::WordList::new(
            "article blockquote br div figcaption figure footer h1 h2 h3 h4 h5 h6 \
             header hr li ol p pre section table td th tr ul",
        );
        if name == "a" {
            if closing {
                if let Some(start) = self.anchor.take() {
                    self.copy_to(at);
                    if self.text.len() > start {
                        self.links.push(start..self.text.len());
                    }
                }
            } else {
                self.copy_to(at);
                self.anchor = Some(self.text.len());
            }
        }
        let with = if BLOCKS.contains(&name) { "\n" } else { "" };
        self.replace(at..at + end, with);
        Some(end)
    }

    /// `&amp;`, `&#8217;`, `&#x2019;`: the character they stand for.
    fn entity(&mut self, at: usize) -> Option<usize> {
        let rest = &self.original[at..];
        let semi = rest.get(..rest.len().min(12))?.find(';')?;
        let body = &rest[1..semi];
        let c = if let Some(num) = body.strip_prefix('#') {
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code).filter(|&c| c != '\0')?
        } else {
            match body {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                "nbsp" => '\u{a0}',
                "ndash" => '–',
                "mdash" => '—',
                "hellip" => '…',
                "lsquo" => '‘',
                "rsquo" => '’',
                "ldquo" => '“',
                "rdquo" => '”',
                "laquo" => '«',
                "raquo" => '»',
                "copy" => '©',
                _ => return None,
            }
        };
        let mut buf = [0; 4];
        self.replace(at..at + semi + 1, c.encode_utf8(&mut buf));
        Some(semi + 1)
    }
}

/// Whether markup other than a heading can start at byte `b`.
fn is_markup_start(b: u8) -> bool {
    matches!(b, b'[' | b'!' | b'*' | b'_' | b'<' | b'&' | b'\\')
}

/// A Markdown link `[text](target)` at the start of `s`: where its `]` is and where it ends.
fn link_at(s: &str) -> Option<(usize, usize)> {
    let rest = window(s);
    let close = rest.find(']')?;
    let text = &rest[1..close];
    if text.contains(['[', '\n', '\r']) || !rest[close + 1..].starts_with('(') {
        return None;
    }
    let target_end = close + 2 + rest[close + 2..].find(')')?;
    if rest[close + 2..target_end].contains(char::is_whitespace) {
        return None;
    }
    Some((close, target_end + 1))
}

/// At most [`MAX_MARKUP`] bytes of `s`, cut on a character boundary.
fn window(s: &str) -> &str {
    &s[..floor_char_boundary(s, MAX_MARKUP)]
}

/// The largest character boundary of `s` at or before byte `at` (or `s.len()`).
pub fn floor_char_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn originals_in_order_are_original_one_by_one() {
        let text = "# Head &amp; **bold** [link text](http://x.y) <p>para</p>\n*a* &#8217; _b_ <b>c</b> end";
        let view = View::new(text);
        let n = view.text().len();
        let ranges: Vec<Range<usize>> = (0..n)
            .flat_map(|s| (s..=n).map(move |e| s..e))
            .filter(|r| {
                view.text().is_char_boundary(r.start) && view.text().is_char_boundary(r.end)
            })
            .collect();
        let one_by_one: Vec<_> = ranges.iter().map(|r| view.original(r.clone())).collect();
        assert_eq!(view.originals(&ranges).collect::<Vec<_>>(), one_by_one);
    }

    /// Each row: pasted text, what a reader sees.
    #[test]
    fn markup_is_what_a_reader_does_not_see() {
        let table = [
            ("plain “text” stays", "plain “text” stays"),
            (
                "[Milley told the Economic Club](#). Then",
                "Milley told the Economic Club. Then",
            ),
            ("Gen. **Mark Milley** said", "Gen. Mark Milley said"),
            (
                "*Chairman said “seize the moment.”*",
                "Chairman said “seize the moment.”",
            ),
            (
                "Required fields are marked *",
                "Required fields are marked *",
            ),
            ("snake_case and 2 * 3 stay", "snake_case and 2 * 3 stay"),
            (
                "passed a \\$40 billion \\*aid\\* C:\\Users",
                "passed a $40 billion *aid* C:\\Users",
            ),
            ("# Heading\nBody", "Heading\nBody"),
            ("## Sub\n#tag", "Sub\n#tag"),
            ("Not a #hashtag", "Not a #hashtag"),
            ("<p>One</p><p>Two &amp; three</p>", "\nOne\n\nTwo & three\n"),
            ("Don&#8217;t &#x201C;go&#x201D;", "Don’t “go”"),
            ("a <script>alert(1)</script>b", "a b"),
            ("I <3 you > them", "I <3 you > them"),
            ("<SCRIPT>x</SCRIPT>y <script>z", "y z"),
            ("<a href=\"x\">link</a> text", "link text"),
            ("![alt text](img.png) caption", "alt text caption"),
            (
                "unmatched [bracket and & and < sign",
                "unmatched [bracket and & and < sign",
            ),
        ];
        for (given, seen) in table {
            assert_eq!(View::new(given).text(), seen, "{given:?}");
        }
    }

    #[test]
    fn every_view_range_maps_back_to_what_it_shows() {
        let given = "Gen. **Mark Milley** [told reporters](#) it&#8217;s <b>time</b>.";
        let view = View::new(given);
        let text = view.text();
        assert_eq!(text, "Gen. Mark Milley told reporters it’s time.");
        for word in ["Gen.", "Mark Milley", "told reporters", "time"] {
            let at = text.find(word).unwrap();
            assert_eq!(&given[view.original(at..at + word.len())], word);
        }
        // A range ending in a decoded entity covers the whole entity.
        let at = text.find("it’s").unwrap();
        assert_eq!(&given[view.original(at..at + "it’s".len())], "it&#8217;s");
        assert_eq!(view.links().len(), 1);
        assert_eq!(&text[view.links()[0].clone()], "told reporters");
        assert_eq!(
            view.original(text.len()..text.len()),
            given.len()..given.len()
        );
    }

    #[test]
    fn ranges_that_touch_in_the_view_do_not_overlap_in_the_original() {
        // Found by fuzzing: two sentences, `？` and what follows, with an emphasis mark
        // between them; both took the mark, so their spans overlapped.
        let given = "今天？*好的* <b>再</b>见";
        let view = View::new(given);
        assert_eq!(view.text(), "今天？好的 再见");
        let text = view.text();
        // The original span of the view text from `a` up to `b`.
        let span =
            |a: &str, b: &str| view.original_outer(text.find(a).unwrap()..text.find(b).unwrap());
        let (first, second) = (span("今", "好"), span("好", " "));
        assert_eq!(&given[first.clone()], "今天？");
        assert_eq!(&given[second.clone()], "*好的*");
        assert!(first.end <= second.start);
        // Words split by a tag.
        let (word, last) = (
            span("再", "见"),
            view.original_outer(text.find("见").unwrap()..text.len()),
        );
        assert!(word.end <= last.start, "{word:?} {last:?}");
    }

    #[test]
    fn the_edits_turn_the_original_into_the_view() {
        for original in [
            "**Jake Sullivan** said [Milley told the club](#) that &amp; more&nbsp;now.",
            "# Heading\n<p>One</p><p>Two &lt;3</p>*",
            "plain text, no markup",
            "",
            "<p></p>",
        ] {
            let view = View::new(original);
            let mut rebuilt = String::new();
            let mut at = 0;
            for (range, with) in view.edits() {
                assert!(range.start >= at && range.end > range.start, "{original:?}");
                rebuilt.push_str(&original[at..range.start]);
                rebuilt.push_str(with);
                at = range.end;
            }
            rebuilt.push_str(&original[at..]);
            assert_eq!(rebuilt, view.text(), "{original:?}");
        }
    }

    #[test]
    fn brackets_without_end_stay_linear() {
        let given = "[<&".repeat(70_000) + &"<b".repeat(70_000) + &"[x](".repeat(70_000);
        assert_eq!(View::new(&given).text().len(), given.len());
    }
}
