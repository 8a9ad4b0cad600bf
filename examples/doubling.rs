//! Hostile pastes at doubling sizes: the full analysis of each family of text no article
//! looks like (one huge token, 100,000s of quotation marks, tag soup, control characters,
//! CJK, emoji sequences…) at 1, 2, 4 and 8 MB. Time that grows in proportion to the size
//! doubles with it; the last column is the growth over the last doubling (2.0 is linear,
//! 4.0 quadratic); each time is the fastest of `RUNS` (3) runs. Run with
//! `make bench-hostile` (or `cargo run --release --example doubling`; `SIZES=1,2,4` in MB,
//! `ONLY=quotes` to pick families by name). The same families are checked for correctness in `tests/hostile.rs`.
//!
//! A second table times the families whose growth `tests/hostile.rs` asserts
//! (`tests/hostile/growth.rs`) at two sizes each: quoted runs without sentence ends in four
//! scripts (`QUOTED_KB`, default 256 and 512 KB), one article repeated inside itself (1 and
//! 2 MB), and thousands of identical and near-identical articles (`COPIES`, default 1,000
//! and 2,000).

use std::time::Instant;

use verbatim::{analyze, Input};

#[path = "../tests/hostile/growth.rs"]
mod growth;

/// Text of about `bytes` bytes: `unit` repeated.
fn repeat(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len() + 1)
}

/// Ordinary news prose that never repeats: sentences of words from a small vocabulary,
/// quotations with attributions, names, paragraphs.
fn prose(bytes: usize) -> String {
    const WORDS: &[&str] = &[
        "the",
        "general",
        "said",
        "talks",
        "winter",
        "Ukraine",
        "Russia",
        "officials",
        "could",
        "window",
        "peace",
        "military",
        "means",
        "negotiate",
        "moment",
        "front",
        "lines",
        "of",
        "a",
        "to",
        "in",
        "that",
        "victory",
        "Kherson",
        "retreat",
        "Washington",
        "aid",
    ];
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut text = String::with_capacity(bytes + 200);
    while text.len() < bytes {
        let n = 8 + next() % 20;
        let words: Vec<&str> = (0..n)
            .map(|_| WORDS[(next() % WORDS.len() as u64) as usize])
            .collect();
        match next() % 4 {
            0 => text.push_str(&format!("“{},” Gen. Mark Milley said. ", words.join(" "))),
            1 => text.push_str(&format!("{}.\n", words.join(" "))),
            _ => text.push_str(&format!("{} {}. ", words.join(" "), next() % 1000)),
        }
    }
    text
}

/// Different quotations that all share their first words, in different paragraphs.
fn numbered_quotes(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 100);
    let mut i = 0u64;
    while text.len() < bytes {
        text.push_str(&format!("“I think that we will win {i},” he said.\n"));
        i += 1;
    }
    text
}

type Family = (&'static str, fn(usize) -> String);

const FAMILIES: &[Family] = &[
    ("prose", prose),
    ("one article pasted over and over", |n| {
        repeat(
            "Top general urges talks\nGen. Mark Milley said on Wednesday that the winter \
             could open a window for talks.\n“When there’s an opportunity to negotiate, seize \
             it,” Milley told the Economic Club.\n",
            n,
        )
    }),
    ("one token, no space", |n| "a".repeat(n)),
    ("white space only", |n| repeat(" \t\n\u{a0}", n)),
    ("opening marks “", |n| repeat("“x ", n)),
    ("closing marks ”", |n| repeat("x” ", n)),
    ("straight marks \"", |n| repeat("\"x ", n)),
    ("every family nested", |n| repeat("“‘«„「『x ", n)),
    ("deep and balanced", |n| {
        format!("{}x{}", repeat("“", n / 2), repeat("”", n / 2))
    }),
    ("short quotations", |n| repeat("He said “go now.” ", n)),
    ("quotations in one endless sentence", |n| {
        repeat("and he said “go now, please” and she said ", n)
    }),
    ("distinct quotations sharing words", numbered_quotes),
    ("capitalised words, no stop", |n| {
        repeat("Mark Milley General Secretary ", n)
    }),
    ("connectors between names", |n| {
        format!("Bank{}Club", repeat(" of the", n))
    }),
    ("apostrophes only", |n| repeat("’", n)),
    ("words with apostrophes", |n| {
        repeat("don’t it’s O'Brien's ’90s ", n)
    }),
    ("NUL and controls", |n| {
        repeat("\0\u{1}\u{7}\u{8}\u{1b}[0m\u{7f}\u{80}\u{9f}", n)
    }),
    ("one word per line", |n| repeat("word\n", n)),
    ("CRLF lines", |n| repeat("A short line.\r\n", n)),
    ("CR lines", |n| repeat("A short line.\r", n)),
    ("full stops", |n| repeat("a.", n)),
    ("spaces after a full stop", |n| {
        format!("End.{}Next.", " ".repeat(n))
    }),
    ("unclosed brackets and entities", |n| repeat("[<&", n)),
    ("Markdown", |n| {
        repeat("# Head\n**Bold** and _it_ [link](#) ![img](x.png) ", n)
    }),
    ("HTML tags and entities", |n| {
        repeat("<p>x &amp; <b>y</b> &#8217; <a href=\"#\">z</a></p>", n)
    }),
    ("unclosed scripts and comments", |n| {
        repeat("<script><!-- <style>", n)
    }),
    ("CJK", |n| repeat("今天天气很好。他说「我们去公园吧！」", n)),
    ("Arabic and Hebrew", |n| {
        repeat("قال الوزير «نحن مستعدون». הוא אמר \"כן\". ", n)
    }),
    ("emoji ZWJ sequences", |n| repeat("👨‍👩‍👧‍👦🏳️‍🌈👍🏽🇺🇦 ", n)),
    ("one letter, endless combining marks", |n| {
        format!("e{}", repeat("\u{301}\u{316}", n))
    }),
];

fn main() {
    let sizes: Vec<usize> = std::env::var("SIZES")
        .unwrap_or_else(|_| "1,2,4,8".to_string())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let only = std::env::var("ONLY").unwrap_or_default();
    let runs: usize = std::env::var("RUNS").map_or(3, |r| r.parse().unwrap_or(3));
    print!("| family |");
    for mb in &sizes {
        print!(" {mb} MB s |");
    }
    println!(" last doubling |");
    print!("| --- |");
    for _ in &sizes {
        print!(" ---: |");
    }
    println!(" ---: |");
    for (name, make) in FAMILIES {
        if !name.contains(only.as_str()) {
            continue;
        }
        print!("| {name} |");
        let mut times = Vec::new();
        for &mb in &sizes {
            let text = make(mb * 1024 * 1024);
            let inputs = [Input::new("hostile", text)];
            // The fastest of a few runs: what the code costs, less what else the machine did.
            let seconds = (0..runs)
                .map(|_| {
                    let start = Instant::now();
                    std::hint::black_box(analyze(&inputs));
                    start.elapsed().as_secs_f64()
                })
                .fold(f64::INFINITY, f64::min);
            times.push(seconds);
            print!(" {seconds:.3} |");
        }
        match times.as_slice() {
            [.., a, b] if *a > 0.0 => println!(" {:.2}× |", b / a),
            _ => println!(" – |"),
        }
    }
    growth_table(&only, runs);
}

/// `SIZES`-like list from the environment variable `name`, or `default`.
fn sizes_from(name: &str, default: [usize; 2]) -> Vec<usize> {
    std::env::var(name).map_or(default.to_vec(), |v| {
        v.split(',').filter_map(|s| s.trim().parse().ok()).collect()
    })
}

/// The families `tests/hostile.rs` holds to linear growth, each at two sizes.
fn growth_table(only: &str, runs: usize) {
    type Make = Box<dyn Fn(usize) -> Vec<Input>>;
    let kb = sizes_from("QUOTED_KB", [256, 512]);
    let copies = sizes_from("COPIES", [1000, 2000]);
    let mut families: Vec<(String, Make, Vec<usize>, &str)> = Vec::new();
    for &(script, unit) in growth::QUOTED_RUNS {
        let make: Make =
            Box::new(move |bytes| vec![Input::new(script, growth::repeat(unit, bytes))]);
        let name = format!("quoted run without sentence ends, {script}");
        families.push((name, make, kb.iter().map(|k| k * 1024).collect(), "KB"));
    }
    families.push((
        "one article repeated inside itself".to_string(),
        Box::new(|bytes| vec![Input::new("again", growth::repeat(growth::ARTICLE, bytes))]),
        vec![1 << 20, 2 << 20],
        "KB",
    ));
    families.push((
        "identical articles".to_string(),
        Box::new(growth::identical),
        copies.clone(),
        "articles",
    ));
    families.push((
        "near-identical articles".to_string(),
        Box::new(growth::near_identical),
        copies,
        "articles",
    ));
    println!();
    println!("| family (linear growth asserted) | small | s | large | s | growth |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (name, make, sizes, unit) in families {
        if !name.contains(only) {
            continue;
        }
        let size = |n: usize| match unit {
            "KB" => format!("{} KB", n / 1024),
            _ => format!("{n} {unit}"),
        };
        let times: Vec<f64> = sizes
            .iter()
            .map(|&n| growth::seconds(&make(n), runs))
            .collect();
        if let ([a, b], [ta, tb]) = (sizes.as_slice(), times.as_slice()) {
            println!(
                "| {name} | {} | {ta:.3} | {} | {tb:.3} | {:.2}× |",
                size(*a),
                size(*b),
                tb / ta.max(1e-9)
            );
        }
    }
}
