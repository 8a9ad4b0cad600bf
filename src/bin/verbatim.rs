//! The command-line adapter: reads articles from files or standard input, runs the same
//! [`verbatim::analyze`] as the page, and prints the report as JSON or a short summary.
//!
//! It only translates: bytes to text (with a message naming any file that is not text) and
//! the report to output. Every decision about the text belongs to the core.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::main());
}

// The crate's wasm build compiles this target too; there it has nothing to do.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::{self, Read, Write};
    use std::path::Path;

    use verbatim::report::Report;
    use verbatim::{analyze_with, Input, Options};

    const USAGE: &str = "\
usage: verbatim [--json] [--threshold T] FILE...

Reads news articles and reports their sentences, quotations and shared passages.
FILE is a UTF-8 text file, - for standard input, a folder (its .txt, .md and .html
files), or a JSON Lines file (.jsonl: one {\"name\": …, \"text\": …} per line).

  --json          print the full report as JSON (offsets in UTF-16 code units)
  --threshold T   with more than 200 articles, report pairs whose resemblance or
                  containment reaches T (0 to 1; default 0.5)
  -h, --help      print this help
  -V, --version
";

    struct Args {
        json: bool,
        threshold: f64,
        files: Vec<String>,
    }

    enum Parsed {
        Run(Args),
        Exit(i32),
    }

    fn parse(mut args: impl Iterator<Item = String>) -> Parsed {
        let mut json = false;
        let mut threshold = Options::default().threshold;
        let mut files = Vec::new();
        let mut options_done = false;
        while let Some(arg) = args.next() {
            match arg.as_str() {
                _ if options_done => files.push(arg),
                "--" => options_done = true,
                "--json" => json = true,
                "--threshold" => match args.next().and_then(|t| t.parse::<f64>().ok()) {
                    Some(t) if (0.0..=1.0).contains(&t) => threshold = t,
                    _ => {
                        eprintln!("verbatim: --threshold takes a number from 0 to 1");
                        return Parsed::Exit(2);
                    }
                },
                "-h" | "--help" => {
                    print!("{USAGE}");
                    return Parsed::Exit(0);
                }
                "-V" | "--version" => {
                    println!("verbatim {}", env!("CARGO_PKG_VERSION"));
                    return Parsed::Exit(0);
                }
                "-" => files.push(arg),
                _ if arg.starts_with('-') => {
                    eprintln!("verbatim: unknown option {arg}\n\n{USAGE}");
                    return Parsed::Exit(2);
                }
                _ => files.push(arg),
            }
        }
        if files.is_empty() {
            eprint!("verbatim: no files given\n\n{USAGE}");
            return Parsed::Exit(2);
        }
        Parsed::Run(Args {
            json,
            threshold,
            files,
        })
    }

    pub fn main() -> i32 {
        let args = match parse(std::env::args().skip(1)) {
            Parsed::Run(args) => args,
            Parsed::Exit(code) => return code,
        };
        let mut inputs = Vec::with_capacity(args.files.len());
        let mut failed = false;
        for file in &args.files {
            match read_all(file) {
                Ok(found) => inputs.extend(found),
                Err(message) => {
                    eprintln!("verbatim: {file}: {message}");
                    failed = true;
                }
            }
        }
        if failed {
            return 1;
        }
        let report = analyze_with(
            &inputs,
            &Options {
                threshold: args.threshold,
            },
        );
        let written = if args.json {
            write_json(&report)
        } else {
            write_summary(&report)
        };
        match written {
            Ok(()) => 0,
            // The reader went away (`verbatim … | head`): nothing left to say.
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
            Err(e) => {
                eprintln!("verbatim: cannot write the report: {e}");
                1
            }
        }
    }

    /// The articles behind one argument: a file, standard input, a folder's text files, or
    /// a JSON Lines file's records.
    fn read_all(file: &str) -> Result<Vec<Input>, String> {
        let path = Path::new(file);
        if path.is_dir() {
            let mut files: Vec<_> = std::fs::read_dir(path)
                .map_err(|e| format!("cannot list the folder: {e}"))?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| {
                    p.is_file()
                        && p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                            matches!(
                                e.to_ascii_lowercase().as_str(),
                                "txt" | "md" | "html" | "htm"
                            )
                        })
                })
                .collect();
            files.sort();
            if files.is_empty() {
                return Err("holds no .txt, .md or .html files".to_string());
            }
            return files
                .iter()
                .map(|p| {
                    let shown = p.to_string_lossy();
                    read(&shown).map_err(|e| format!("{shown}: {e}"))
                })
                .collect();
        }
        if path.extension().is_some_and(|e| e == "jsonl") {
            let text = read(file)?.text;
            return text
                .lines()
                .enumerate()
                .filter(|(_, line)| !line.trim().is_empty())
                .map(|(n, line)| {
                    serde_json::from_str::<Input>(line).map_err(|e| {
                        format!("line {}: not a {{\"name\", \"text\"}} record: {e}", n + 1)
                    })
                })
                .collect();
        }
        read(file).map(|input| vec![input])
    }

    /// Reads one file (or standard input for `-`) as UTF-8 text, named as the page would
    /// name it: by its file name, without the folder.
    fn read(file: &str) -> Result<Input, String> {
        let (name, bytes) = if file == "-" {
            let mut bytes = Vec::new();
            io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            ("stdin".to_string(), bytes)
        } else {
            let path = Path::new(file);
            let bytes = std::fs::read(path).map_err(|e| match e.kind() {
                io::ErrorKind::NotFound => "no such file".to_string(),
                io::ErrorKind::PermissionDenied => "permission denied".to_string(),
                _ => format!("cannot read: {e}"),
            })?;
            let name = path
                .file_name()
                .map_or_else(|| file.to_string(), |n| n.to_string_lossy().into_owned());
            (name, bytes)
        };
        Ok(Input::new(name, decode(bytes)?))
    }

    /// UTF-8 text, without a byte-order mark (a browser's `File.text()` drops it too, so
    /// offsets agree with the page's).
    fn decode(bytes: Vec<u8>) -> Result<String, String> {
        if bytes.iter().take(8192).any(|&b| b == 0) {
            return Err("looks like a binary file, not text".to_string());
        }
        let mut text = String::from_utf8(bytes).map_err(|e| {
            format!(
                "is not UTF-8 text (invalid byte at offset {}); save it as UTF-8 and try again",
                e.utf8_error().valid_up_to()
            )
        })?;
        if text.starts_with('\u{FEFF}') {
            text.drain(..'\u{FEFF}'.len_utf8());
        }
        Ok(text)
    }

    fn write_json(report: &Report) -> io::Result<()> {
        let mut out = io::BufWriter::new(io::stdout().lock());
        serde_json::to_writer(&mut out, report)?;
        writeln!(out)?;
        out.flush()
    }

    fn write_summary(report: &Report) -> io::Result<()> {
        let mut out = io::BufWriter::new(io::stdout().lock());
        let width = report
            .documents
            .iter()
            .map(|d| d.name.chars().count())
            .max()
            .unwrap_or(0);
        let mut words = 0;
        for doc in &report.documents {
            let s = &doc.stats;
            words += s.words;
            if let Some(original) = doc.copy_of.and_then(|k| report.documents.get(k)) {
                writeln!(
                    out,
                    "{:width$}  the same text as {}",
                    doc.name, original.name
                )?;
                continue;
            }
            writeln!(
                out,
                "{:width$}  {} words ({} article) · {} sentences · {} paragraphs ({} junk) · {} characters · {} quotes",
                doc.name,
                s.words,
                s.content_words,
                s.sentences,
                s.paragraphs,
                s.junk_paragraphs,
                s.characters,
                doc.quotes.len(),
            )?;
        }
        let n = report.documents.len();
        writeln!(
            out,
            "{n} article{} · {words} words",
            if n == 1 { "" } else { "s" }
        )?;
        for (i, cluster) in report.clusters.iter().enumerate() {
            let names: Vec<&str> = cluster
                .iter()
                .map(|&d| report.documents[d].name.as_str())
                .collect();
            writeln!(
                out,
                "copies {}: {} articles: {}",
                i + 1,
                names.len(),
                names.join(", ")
            )?;
        }
        if report.pairs_omitted > 0 {
            writeln!(
                out,
                "{} pairs listed, {} more left out (at most {} per article)",
                report.pairs.len(),
                report.pairs_omitted,
                verbatim::report::MAX_PAIRS_PER_ARTICLE
            )?;
        }
        if let Some(top) = report.pairs.first() {
            writeln!(out, "closest pair: {}", top.verdict)?;
        }
        out.flush()
    }
}
