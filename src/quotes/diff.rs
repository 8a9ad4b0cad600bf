//! Word-level differences between renderings of one quotation, the view an editor uses to
//! check who quoted accurately: which words each outlet changed or added, and how many of
//! the fullest rendering's words it left out.
//!
//! Words are the text layer's UAX #29 words, compared as the duplicate scorer compares
//! them (case and apostrophes folded), aligned by longest common subsequence. Identical
//! renderings are aligned once, and an alignment is capped at [`MAX_CELLS`] so a rendering thousands of words
//! long costs a bounded amount: beyond it only the common start and end are matched.

use crate::text::keys::word_key;
use crate::util::FastMap;

/// The largest alignment table (words × words) computed for one rendering.
const MAX_CELLS: usize = 250_000;

/// How one rendering differs from the reference rendering.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Difference {
    /// UTF-16 ranges, in the rendering's own text, of runs of words the reference lacks.
    pub changed: Vec<(usize, usize)>,
    /// How many of the reference's words this rendering does not have.
    pub omitted: usize,
}

/// The index of the reference rendering (the one with the most words; the first of equals)
/// and, for each rendering, how it differs from it (nothing, for the reference itself).
pub fn differences(texts: &[&str]) -> (usize, Vec<Difference>) {
    let words: Vec<Vec<(usize, usize, u64)>> = texts.iter().map(|t| words(t)).collect();
    let reference = (0..texts.len())
        .max_by(|&a, &b| words[a].len().cmp(&words[b].len()).then(b.cmp(&a)))
        .unwrap_or(0);
    let Some(theirs) = words.get(reference) else {
        return (0, Vec::new());
    };
    let theirs: Vec<u64> = theirs.iter().map(|w| w.2).collect();
    // Each distinct word sequence is aligned once: its place in `met` (found through `seen`,
    // util::place_of) is that of its alignment in `done`.
    let mut seen: FastMap<u64, Vec<usize>> = FastMap::default();
    let mut met: Vec<Vec<u64>> = Vec::new();
    let mut done: Vec<(Vec<bool>, usize)> = Vec::new();
    let out = texts
        .iter()
        .zip(&words)
        .map(|(text, mine)| {
            let keys: Vec<u64> = mine.iter().map(|w| w.2).collect();
            let at = crate::util::place_of(&mut seen, &met, &keys).unwrap_or_else(|at| {
                let matched = align(&keys, &theirs);
                let kept = matched.iter().filter(|&&m| m).count();
                done.push((matched, theirs.len().saturating_sub(kept)));
                met.push(keys);
                at
            });
            let (matched, omitted) = done[at].clone();
            Difference {
                changed: runs(text, mine, &matched),
                omitted,
            }
        })
        .collect();
    (reference, out)
}

/// [`differences`] between whole utterances: each member is its quotation followed by the
/// parts that continue it (split by an attribution, or running over paragraphs), so an
/// outlet that quotes the words in two pieces is not said to leave the second out. The
/// changed ranges are those in each member's own quotation, the first part.
pub fn utterance_differences(members: &[Vec<&str>]) -> (usize, Vec<Difference>) {
    let joined: Vec<String> = members.iter().map(|parts| parts.join(" ")).collect();
    let texts: Vec<&str> = joined.iter().map(String::as_str).collect();
    let (reference, mut out) = differences(&texts);
    for (difference, parts) in out.iter_mut().zip(members) {
        let own = parts.first().map_or(0, |p| p.encode_utf16().count());
        difference.changed.retain(|&(start, _)| start < own);
        for range in &mut difference.changed {
            range.1 = range.1.min(own);
        }
    }
    (reference, out)
}

/// The words of `text` (the text layer's words, fast path included): byte start, byte
/// end, folded key.
fn words(text: &str) -> Vec<(usize, usize, u64)> {
    crate::text::words::words(text)
        .into_iter()
        .map(|r| (r.start, r.end, word_key(&text[r])))
        .collect()
}

/// For each of `mine`, whether it is matched in a longest common subsequence with `theirs`.
fn align(mine: &[u64], theirs: &[u64]) -> Vec<bool> {
    let mut matched = vec![false; mine.len()];
    // The common start and end need no table.
    let head = mine.iter().zip(theirs).take_while(|(a, b)| a == b).count();
    let tail = mine[head..]
        .iter()
        .rev()
        .zip(theirs[head..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    matched[..head].iter_mut().for_each(|m| *m = true);
    let len = matched.len();
    matched[len - tail..].iter_mut().for_each(|m| *m = true);
    let (a, b) = (
        &mine[head..mine.len() - tail],
        &theirs[head..theirs.len() - tail],
    );
    if a.is_empty() || b.is_empty() || (a.len() + 1) * (b.len() + 1) > MAX_CELLS {
        return matched;
    }
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
    let w = b.len() + 1;
    let mut lcs = vec![0u32; (a.len() + 1) * w];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i * w + j] = if a[i] == b[j] {
                lcs[(i + 1) * w + j + 1] + 1
            } else {
                lcs[(i + 1) * w + j].max(lcs[i * w + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            matched[head + i] = true;
            i += 1;
            j += 1;
        } else if lcs[(i + 1) * w + j] >= lcs[i * w + j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    matched
}

/// Runs of unmatched words as UTF-16 ranges of `text`, adjacent words joined into one run.
fn runs(text: &str, words: &[(usize, usize, u64)], matched: &[bool]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut previous_unmatched = false;
    // Byte offsets come in order, so UTF-16 offsets are counted in one pass.
    let mut at_byte = 0;
    let mut at_unit = 0;
    let mut units = |byte: usize| {
        at_unit += text[at_byte..byte].encode_utf16().count();
        at_byte = byte;
        at_unit
    };
    for (&(start, end, _), &m) in words.iter().zip(matched) {
        if m {
            previous_unmatched = false;
            continue;
        }
        let (s, e) = (units(start), units(end));
        match out.last_mut() {
            Some(last) if previous_unmatched => last.1 = e,
            _ => out.push((s, e)),
        }
        previous_unmatched = true;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(text: &str, d: &Difference) -> Vec<String> {
        let units: Vec<u16> = text.encode_utf16().collect();
        d.changed
            .iter()
            .map(|&(s, e)| String::from_utf16_lossy(&units[s..e]))
            .collect()
    }

    #[test]
    fn the_words_an_outlet_changed_are_marked_against_the_fullest_rendering() {
        let texts = [
            "When there’s an opportunity to negotiate when peace can be achieved, seize it,",
            "When there is an opportunity to negotiate, when peace can be achieved, seize it. Seize the moment,",
            "When there's an opportunity to negotiate when peace can be achieved, seize it,",
        ];
        let (reference, diffs) = differences(&texts);
        assert_eq!(reference, 1);
        assert_eq!(diffs[1], Difference::default());
        // "there’s" is one word where the reference has "there is"; "Seize the moment" is left out.
        assert_eq!(marked(texts[0], &diffs[0]), ["there’s"]);
        assert_eq!(diffs[0].omitted, 5);
        // Straight and curly apostrophes are the same word.
        assert_eq!(diffs[2], diffs[0]);
    }

    #[test]
    fn offsets_are_utf16_and_runs_are_joined() {
        let texts = [
            "Le président 🇫🇷 a dit très clairement non",
            "Le président 🇫🇷 a dit non",
        ];
        let (reference, diffs) = differences(&texts);
        assert_eq!(reference, 0);
        assert_eq!(marked(texts[1], &diffs[1]), Vec::<String>::new());
        assert_eq!(diffs[1].omitted, 2);
        let (_, diffs) = differences(&["💬 the words said here", "💬 the text said there"]);
        assert_eq!(
            marked("💬 the text said there", &diffs[1]),
            ["text", "there"]
        );
    }

    #[test]
    fn nothing_to_compare_is_nothing_changed() {
        assert_eq!(differences(&[]), (0, Vec::new()));
        let (_, diffs) = differences(&["", "..."]);
        assert_eq!(diffs, vec![Difference::default(), Difference::default()]);
    }

    #[test]
    fn long_renderings_cost_a_bounded_amount() {
        let long = "word ".repeat(3000) + "end";
        let other = "start ".to_string() + &"word ".repeat(2999);
        let (_, diffs) = differences(&[long.as_str(), other.as_str()]);
        assert_eq!(diffs.len(), 2);
    }

    #[test]
    fn a_quotation_in_two_pieces_is_compared_whole() {
        let members = vec![
            vec![
                "When there’s an opportunity to negotiate, seize it,",
                "Seize the moment.",
            ],
            vec!["When there is an opportunity to negotiate, seize it. Seize the moment,"],
        ];
        let (reference, diffs) = utterance_differences(&members);
        assert_eq!(reference, 1);
        assert_eq!(marked(members[0][0], &diffs[0]), ["there’s"]);
        // "there is" against "there’s": nothing else is missing.
        assert_eq!(diffs[0].omitted, 2);
    }
}
