//! The hostile families whose cost must grow in proportion to their size, and the clock
//! that measures it: shared by `tests/hostile.rs`, which fails when doubling one costs more
//! than [`MAX_RATIO`] times the time, and `examples/doubling.rs` (`make bench-hostile`),
//! which prints each one's time at two sizes. Included with `#[path]` by both.
//!
//! - Quoted runs without sentence ends: quotation after quotation with no full stop, as
//!   Arabic and Hebrew pastes and transcripts have them; every quotation's sentence is the
//!   whole run.
//! - Copies: thousands of identical articles (a wire story republished by hundreds of
//!   sites), and of near-identical ones (one word edited in each).
//! - One article repeated inside itself.

#![allow(dead_code)] // the test and the example use different parts

use verbatim::{analyze, Input};

/// The most a doubling of the input may multiply the time by: 2 is linear, 4 quadratic.
pub const MAX_RATIO: f64 = 2.5;

/// A real news article of 3 KB, junk and quotations included.
pub const ARTICLE: &str = include_str!("../../seeds/004_b2af7ddbd8c37f82.txt");

/// One quotation with its attribution, in each script, with no sentence end in it.
pub const QUOTED_RUNS: &[(&str, &str)] = &[
    ("Arabic", "قال الوزير «نحن مستعدون للتفاوض» و "),
    ("Hebrew", "הוא אמר \"אנחנו מוכנים לדבר עם כולם\" ו "),
    ("CJK", "他说「我们去公园吧」然后 "),
    ("English", "and he said “go now, please” and she said "),
];

/// `unit` repeated to about `bytes` bytes.
pub fn repeat(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len() + 1)
}

/// `n` articles, each [`ARTICLE`] byte for byte.
pub fn identical(n: usize) -> Vec<Input> {
    (0..n)
        .map(|i| Input::new(format!("copy-{i}.txt"), ARTICLE))
        .collect()
}

/// `n` articles, each [`ARTICLE`] with one of its words replaced by one of its own.
pub fn near_identical(n: usize) -> Vec<Input> {
    let words: Vec<&str> = ARTICLE.split(' ').collect();
    (0..n)
        .map(|i| {
            let at = i * 7 % words.len();
            let text: Vec<String> = words
                .iter()
                .enumerate()
                .map(|(k, w)| {
                    if k == at {
                        format!("edit{i}")
                    } else {
                        (*w).to_string()
                    }
                })
                .collect();
            Input::new(format!("edited-{i}.txt"), text.join(" "))
        })
        .collect()
}

/// Seconds of the calling thread's CPU time: what the analysis costs, not what the other
/// tests running beside it take (Linux's scheduler statistics), or wall-clock seconds
/// where those cannot be read.
fn now() -> f64 {
    if let Some(ns) = std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<u64>().ok())
    {
        return ns as f64 * 1e-9;
    }
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START
        .get_or_init(std::time::Instant::now)
        .elapsed()
        .as_secs_f64()
}

/// The least time one analysis of `inputs` took, in seconds, over `runs` measures. Each
/// measure repeats the analysis until [`MEASURE`] has passed: the thread's CPU time is read
/// from the scheduler's statistics, which move in steps, and an analysis of a few
/// milliseconds could otherwise read as none (a doubling of ×4,000,000).
pub fn seconds(inputs: &[Input], runs: usize) -> f64 {
    const MEASURE: f64 = 0.05;
    (0..runs.max(1))
        .map(|_| {
            let start = now();
            let mut times = 0u32;
            loop {
                std::hint::black_box(analyze(inputs));
                times += 1;
                let spent = now() - start;
                if spent >= MEASURE || times >= 1_000 {
                    return spent / f64::from(times);
                }
            }
        })
        .fold(f64::INFINITY, f64::min)
}

/// How many times longer `make(2 * size)` takes than `make(size)`: the fastest of three
/// runs of each, taken in turn so that a slow spell of the machine weighs on both.
pub fn doubling(make: &dyn Fn(usize) -> Vec<Input>, size: usize) -> f64 {
    let (small, large) = (make(size), make(2 * size));
    let (mut a, mut b) = (f64::INFINITY, f64::INFINITY);
    for _ in 0..3 {
        a = a.min(seconds(&small, 1));
        b = b.min(seconds(&large, 1));
    }
    b / a.max(1e-9)
}
