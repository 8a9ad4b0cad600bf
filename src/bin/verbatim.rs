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
    use verbatim::{analyze, Input};

    const USAGE: &str = "\
usage: verbatim [--json] FILE...

Reads news articles and reports their sentences, quotations and shared passages.
FILE is a UTF-8 text file, or - for standard input.

  --json       print the full report as JSON (offsets in UTF-16 code units)
  -h, --help   print this help
  -V, --version
";

    struct Args {
        json: bool,
        files: Vec<String>,
    }

    enum Parsed {
        Run(Args),
        Exit(i32),
    }

    fn parse(args: impl Iterator<Item = String>) -> Parsed {
        let mut json = false;
        let mut files = Vec::new();
        let mut options_done = false;
        for arg in args {
            match arg.as_str() {
                _ if options_done => files.push(arg),
                "--" => options_done = true,
                "--json" => json = true,
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
        Parsed::Run(Args { json, files })
    }

    pub fn main() -> i32 {
        let args = match parse(std::env::args().skip(1)) {
            Parsed::Run(args) => args,
            Parsed::Exit(code) => return code,
        };
        let mut inputs = Vec::with_capacity(args.files.len());
        let mut failed = false;
        for file in &args.files {
            match read(file) {
                Ok(input) => inputs.push(input),
                Err(message) => {
                    eprintln!("verbatim: {file}: {message}");
                    failed = true;
                }
            }
        }
        if failed {
            return 1;
        }
        let report = analyze(&inputs);
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
            if path.is_dir() {
                return Err("is a folder; name the files in it".to_string());
            }
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
        out.flush()
    }
}
