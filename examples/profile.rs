//! The full analysis of one text, repeated: a steady workload to profile, for instance with
//! `valgrind --tool=callgrind target/release/examples/profile target/bench/texts/10KB.txt 100`
//! (instruction counts do not drift with the machine's load, so a change is measured exactly).
//! Build it with `CARGO_PROFILE_RELEASE_DEBUG=line-tables-only` to see source lines.

use verbatim::{analyze, Input};

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(file), runs) = (args.next(), args.next()) else {
        eprintln!("usage: profile FILE [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = runs.and_then(|r| r.parse().ok()).unwrap_or(50);
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| {
        eprintln!("{file}: {e}");
        std::process::exit(1);
    });
    let inputs = [Input::new(file.as_str(), text.as_str())];
    let sentences: usize = (0..runs)
        .map(|_| analyze(&inputs).documents[0].sentences.len())
        .sum();
    println!("{runs} runs, {sentences} sentences");
}
