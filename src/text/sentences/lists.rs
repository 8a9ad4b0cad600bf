//! Lists run into one paragraph (`1.) One 2.) Two`, `a. One b. Two`, `• 9. Nine • 10. Ten`,
//! `‣ One ‣ Two`): where each item after the first starts, so that each is a sentence of its
//! own.
//!
//! A cut Unicode never offers, read from the sequence of markers rather than from any one
//! full stop, so it is apart from the candidate checks in `mod.rs`. Items on lines of their
//! own need nothing here: each line is a paragraph already.

use super::words::{listed, WANT_MORE};
use crate::text::{is_bullet_token, LIST_BULLETS};

/// Where each item after the first starts, in a paragraph that opens with a list marker and
/// runs its items together (`1.) The first item 2.) The second item`, `a. One b. Two`,
/// `• 9. Nine • 10. Ten`, `⁃9. Nine ⁃10. Ten`): the next marker in sequence, in the same
/// style, after at least one word. The cut goes before a bullet right before the marker.
/// A paragraph that opens with a bullet and no marker (`‣ One ‣ Two`) is cut before each
/// later bullet of the same kind instead.
pub(super) fn list_items(paragraph: &str) -> Vec<usize> {
    let mut cuts = Vec::new();
    let mut tokens = tokens(paragraph).peekable();
    let opening = tokens.peek().copied();
    let mut tokens = tokens.skip_while(|(_, t)| is_bullet_token(t));
    let Some((_, first)) = tokens.next() else {
        return cuts;
    };
    let Some((mut number, suffix)) = list_marker(first) else {
        return match opening {
            Some((_, bullet)) if bullet != first => bullet_items(paragraph, bullet),
            _ => cuts,
        };
    };
    let mut words = 0;
    let mut previous = first;
    let mut previous_bullet: Option<usize> = None;
    for (at, token) in tokens {
        if is_bullet_token(token) {
            previous_bullet = Some(at);
            continue;
        }
        let prior = previous_bullet.take();
        // `rates by 4. Inflation eased`: a function word wants the number as its object.
        let object = prior.is_none() && listed(WANT_MORE, previous);
        previous = token;
        match list_marker(token) {
            Some((n, s))
                if s == suffix
                    && words > 0
                    && !object
                    && successor(number).as_deref() == Some(n) =>
            {
                // The marker must not be the paragraph's last word: an item follows it.
                if at + token.len() < paragraph.len() {
                    cuts.push(prior.unwrap_or(at));
                    number = n;
                    words = 0;
                }
            }
            _ => words += 1,
        }
    }
    cuts
}

/// Where each item after the first starts in a paragraph that opens with `bullet`, one of
/// the marks that mean nothing but a list item (`‣ One ‣ Two`): before each later `bullet`
/// with a word before it and one after. Other marks are left inside the item (a hyphen is a
/// dash there, another bullet a sub-item's).
fn bullet_items(paragraph: &str, bullet: &str) -> Vec<usize> {
    let mut cuts = Vec::new();
    if !bullet.starts_with(LIST_BULLETS) {
        return cuts;
    }
    let mut words = 0;
    let mut pending: Option<usize> = None;
    for (at, token) in tokens(paragraph).skip(1) {
        if token == bullet {
            if words > 0 {
                pending = Some(at);
            }
            continue;
        }
        if let Some(at) = pending.take() {
            cuts.push(at);
            words = 0;
        }
        words += 1;
    }
    cuts
}

/// The paragraph's words with their byte offsets, a bullet of [`LIST_BULLETS`] glued to the
/// word after it (`⁃9.`) split off as a token of its own.
fn tokens(paragraph: &str) -> Tokens<'_> {
    Tokens {
        paragraph,
        words: paragraph.split_whitespace(),
        glued: None,
    }
}

/// [`tokens`]' iterator: one `next` of its own, compiled once, where a `flat_map` over the
/// words was compiled into each of the adapters that read it (`peekable`, `skip_while`,
/// `skip`): 1.6 KB more of the WebAssembly module before compression, 0.6 KB after.
struct Tokens<'p> {
    paragraph: &'p str,
    words: std::str::SplitWhitespace<'p>,
    /// The word after a bullet glued to it, given next.
    glued: Option<(usize, &'p str)>,
}

impl<'p> Iterator for Tokens<'p> {
    type Item = (usize, &'p str);

    #[inline(never)]
    fn next(&mut self) -> Option<(usize, &'p str)> {
        if let Some(token) = self.glued.take() {
            return Some(token);
        }
        let t = self.words.next()?;
        let at = t.as_ptr() as usize - self.paragraph.as_ptr() as usize;
        let glued = t
            .chars()
            .next()
            .filter(|c| LIST_BULLETS.contains(c) && t.len() > c.len_utf8())
            .map(char::len_utf8);
        Some(match glued {
            Some(n) => {
                self.glued = Some((at + n, &t[n..]));
                (at, &t[..n])
            }
            None => (at, t),
        })
    }
}

/// A list marker's number or letter and its style: `12.`, `3)`, `1.)`, `a.`, `B)`. A capital
/// with a full stop is an initial (`A. B. Smith`), not a marker.
fn list_marker(token: &str) -> Option<(&str, &'static str)> {
    let (number, suffix) = if let Some(n) = token.strip_suffix(".)") {
        (n, ".)")
    } else if let Some(n) = token.strip_suffix(')') {
        (n, ")")
    } else if let Some(n) = token.strip_suffix('.') {
        (n, ".")
    } else {
        return None;
    };
    let digits = (1..=3).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit());
    let letter = number.len() == 1
        && (number.bytes().all(|b| b.is_ascii_lowercase())
            || (suffix != "." && number.bytes().all(|b| b.is_ascii_uppercase())));
    (digits || letter).then_some((number, suffix))
}

/// The marker after `marker`: `9` → `10`, `a` → `b`.
fn successor(marker: &str) -> Option<String> {
    if let Ok(n) = marker.parse::<u32>() {
        return Some(crate::util::decimal(u64::from(n + 1)));
    }
    let b = *marker.as_bytes().first()?;
    (b.is_ascii_alphabetic() && !matches!(b, b'z' | b'Z')).then(|| ((b + 1) as char).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_items_follow_in_sequence_and_style() {
        fn cuts(text: &str) -> Vec<&str> {
            list_items(text).into_iter().map(|at| &text[at..]).collect()
        }
        assert_eq!(
            cuts("1) One 2) Two 3) Three"),
            ["2) Two 3) Three", "3) Three"]
        );
        assert_eq!(cuts("• 9. Nine • 10. Ten"), ["• 10. Ten"]);
        assert_eq!(cuts("⁃9. Nine ⁃10. Ten"), ["⁃10. Ten"]);
        // Bullets alone: the same kind, with a word before and after.
        assert_eq!(cuts("‣ One ‣ Two ‣"), ["‣ Two ‣"]);
        assert_eq!(cuts("◦ One ◦Two"), ["◦Two"]);
        assert!(cuts("• One ◦ Two - three").is_empty());
        assert!(cuts("- One - Two").is_empty());
        assert!(cuts("Home • News • Sport").is_empty());
        // Another style, a gap in the numbers, no word in between, a marker at the end.
        assert!(cuts("1) One 2. Two").is_empty());
        assert!(cuts("1. One 3. Three").is_empty());
        assert!(cuts("a. b. c").is_empty());
        assert!(cuts("1. One 2.").is_empty());
        // A word that takes a number: `rates by 4.` is not item 4.
        assert!(cuts("3. Rates rose by 4. Fine").is_empty());
        // Only a paragraph that opens with a marker is a list.
        assert!(cuts("Goals: 1) cut 2) hire").is_empty());
        assert_eq!(list_marker("12.)"), Some(("12", ".)")));
        assert_eq!(list_marker("A)"), Some(("A", ")")));
        assert_eq!(list_marker("A."), None);
        assert_eq!(list_marker("2024."), None);
        assert_eq!(successor("9").as_deref(), Some("10"));
        assert_eq!(successor("z"), None);
    }
}
