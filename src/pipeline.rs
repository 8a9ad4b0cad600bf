//! The analysis in one place, in the order it runs. For each article: the text segmented
//! into paragraphs, sentences and words, its junk judged ([`Document::new`]); then its names,
//! quotations and repeats, assembled into its report ([`assemble::document`]); and its content
//! words kept for comparing. Then across articles: speakers unified, quotations grouped,
//! pairs scored, duplicate clusters joined, and the [`Report`].
//!
//! Each step is a layer's (`text`, `quotes`, `dedup`) and each result becomes wire types in
//! [`crate::report::assemble`]; this file only orders them and tells the caller how far it
//! has got.

use crate::report::{assemble, DocumentReport, Report, REPORT_VERSION};
use crate::text::{Document, Utf16Cursor, Utf16Index};
use crate::util::FastMap;
use crate::{dedup, quotes, Input, Options};

/// [`crate::analyze_observed`]: `progress` hears the share of the work done, from 0 to 1.
pub(crate) fn run(inputs: &[Input], options: &Options, progress: &mut dyn FnMut(f64)) -> Report {
    // The work is measured in bytes of text: reading an article costs about as much as
    // finding its quotations and repeats; comparing the articles takes the last part.
    let total = inputs.iter().map(|i| i.text.len()).sum::<usize>().max(1) as f64;
    let mut done = 0.0;
    let mut told = 0.0;
    let mut advance = |bytes: f64, share: f64| {
        done += bytes * share / total;
        if done - told >= 0.01 {
            told = done;
            progress(done.min(1.0));
        }
    };
    // One article at a time: its report, and its content words for comparing the articles
    // afterwards. The segmented document is not kept (at 10,000 articles, holding them all
    // was most of the memory): a shared passage needs only where each word stands in the
    // text as given, in UTF-16 units.
    let mut documents: Vec<DocumentReport> = Vec::with_capacity(inputs.len());
    let mut content: Vec<dedup::Words> = Vec::with_capacity(inputs.len());
    let mut places: Vec<Vec<[u32; 2]>> = Vec::with_capacity(inputs.len());
    // An article pasted again, character for character, is read once: the copy's report
    // points to the first (a wire story republished by hundreds of sites is hundreds of
    // copies, and their reports were most of the time, memory and output).
    let mut first_with: FastMap<&str, usize> = FastMap::default();
    let mut copy_of: Vec<Option<usize>> = Vec::with_capacity(inputs.len());
    for (i, input) in inputs.iter().enumerate() {
        let first = *first_with.entry(input.text.as_str()).or_insert(i);
        if first != i {
            documents.push(assemble::copy(i, input, &documents[first], first));
            content.push(dedup::Words::default());
            places.push(Vec::new());
            copy_of.push(Some(first));
            advance(input.text.len() as f64, 0.85);
            continue;
        }
        copy_of.push(None);
        let doc = Document::new(&input.text);
        advance(input.text.len() as f64, 0.4);
        let (report, mut words) = report_and_words(i, input, &doc);
        documents.push(report);
        // Comparing needs the words' keys alone; their ranges become places.
        let ranges = std::mem::take(&mut words.ranges);
        words.paragraph = Vec::new();
        let mut cursor = Utf16Cursor::new(&input.text);
        let unit = |n: usize| u32::try_from(n).expect("a text of fewer than 2³² UTF-16 units");
        places.push(
            doc.originals(&ranges)
                .map(|r| [unit(cursor.at(r.start)), unit(cursor.at(r.end))])
                .collect(),
        );
        content.push(words);
        advance(input.text.len() as f64, 0.45);
    }
    quotes::unify_speakers(documents.iter_mut().map(|d| {
        (
            d.names.as_slice(),
            d.quotes.iter_mut().map(|q| &mut q.speaker),
        )
    }));
    let quote_groups = assemble::quote_groups(&mut documents);
    let compared = dedup::compare(&content, &copy_of, options.threshold);
    for (doc, omitted) in documents.iter_mut().zip(&compared.omitted) {
        doc.pairs_omitted = *omitted;
    }
    let pairs = compared
        .pairs
        .into_iter()
        // A copy's words stand where its original's do.
        .map(|shared| assemble::pair(shared, &|d| &places[copy_of[d].unwrap_or(d)], &documents))
        .collect::<Vec<_>>();
    let lineages = crate::report::lineage::lineages(&compared.clusters, &pairs, &documents);
    Report {
        version: REPORT_VERSION,
        documents,
        pairs,
        pairs_omitted: compared.omitted.iter().sum::<usize>() / 2,
        copies: compared.copies.into_iter().map(assemble::copies).collect(),
        quote_groups,
        clusters: compared.clusters,
        lineages,
    }
}

/// Article `index` read on its own: its report, and its words outside junk paragraphs, as
/// pairs are compared on them.
#[inline]
fn report_and_words(index: usize, input: &Input, doc: &Document) -> (DocumentReport, dedup::Words) {
    let utf16 = Utf16Index::new(&input.text);
    let (report, all) = assemble::document(index, input, doc, &utf16);
    let words = dedup::Words::content_of(&all, doc);
    (report, words)
}

/// [`crate::read`]: one article read as [`run`] reads each.
pub(crate) fn read(index: usize, input: &Input) -> (DocumentReport, dedup::Words) {
    report_and_words(index, input, &Document::new(&input.text))
}

#[cfg(test)]
mod tests {
    use crate::{analyze, analyze_observed, Input, Options};

    #[test]
    fn progress_rises_steadily_and_reports_the_same_as_without() {
        let inputs: Vec<Input> = (0..40)
            .map(|i| {
                Input::new(
                    format!("a{i}"),
                    "Milley said “seize the moment,” he said. ".repeat(50),
                )
            })
            .collect();
        let mut seen = Vec::new();
        let report = analyze_observed(&inputs, &Options::default(), &mut |d| seen.push(d));
        assert_eq!(report, analyze(&inputs));
        assert!(seen.len() > 10 && seen.len() <= 101, "{}", seen.len());
        assert!(seen.windows(2).all(|w| w[0] < w[1]), "{seen:?}");
        assert!(seen[0] > 0.0 && *seen.last().unwrap() <= 1.0);
        assert!(*seen.last().unwrap() > 0.8, "{seen:?}");
    }
}
