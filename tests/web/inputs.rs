//! The articles the browser suite (`tests/web.rs`) and the native build
//! (`tests/web_native.rs`) both analyse, so that the two reports can be set side by side:
//! the seeds, and generated texts of what pasted articles hold that an ASCII test would miss.

use verbatim::Input;

/// The five sample articles the page opens with.
pub fn seeds() -> Vec<Input> {
    [
        ("000", include_str!("../../seeds/000_164cccfa72ed62e3.txt")),
        ("001", include_str!("../../seeds/001_339dcb377220b435.txt")),
        ("002", include_str!("../../seeds/002_6d120aa0c9276270.txt")),
        ("003", include_str!("../../seeds/003_a04de0ae7644ddd5.txt")),
        ("004", include_str!("../../seeds/004_b2af7ddbd8c37f82.txt")),
    ]
    .into_iter()
    .map(|(name, text)| Input::new(name, text))
    .collect()
}

/// Generated articles: emoji with skin tones, ZWJ sequences and flags; CRLF and lone CR line
/// ends; right-to-left Arabic and Hebrew; combining marks; quotations in every convention;
/// the same article twice (a repost), each text made from a seed so that it is long enough.
pub fn generated() -> Vec<Input> {
    let mut texts = Vec::new();
    let emoji = "The family 👨‍👩‍👧‍👦 waved 🇺🇦 flags. “We are home 👍🏽,” said Olena Petrenko. \
                 She smiled 🧑🏿‍🚀 at the crowd.\n\nThe 🏳️‍🌈 parade went on.";
    texts.push(("emoji", emoji.repeat(3)));
    let crlf =
        "Officials met on Monday.\r\n\r\n“It was useful,” said Anna Berg.\r\nTalks go on.\r\n";
    texts.push(("crlf", crlf.repeat(4)));
    texts.push(("cr", crlf.replace("\r\n", "\r").repeat(4)));
    let rtl = "قال الرئيس إن المحادثات مفيدة. وأضاف أن الاجتماع سيستمر.\n\n\
               אמר השר כי השיחות נמשכות. “זה חשוב,” אמר.\n\nMixed ‏RTL‏ and LTR text.";
    texts.push(("rtl", rtl.repeat(3)));
    let combining = "Zoë Müller said: „Wir kommen wieder.“ Ångström e\u{301}te\u{301} ok.\n\n\
                     «Nous partons», a dit Jean-Noël Gaëtan. 東京で会議が開かれた。";
    texts.push(("combining", combining.repeat(3)));
    let seed = seeds().swap_remove(1).text;
    texts.push(("repost-a", seed.clone()));
    texts.push((
        "repost-b",
        format!("Share this article\n\n{seed}\n\nRead more"),
    ));
    texts
        .into_iter()
        .map(|(name, text)| Input::new(name, text))
        .collect()
}
