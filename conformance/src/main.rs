//! `msgraph-conformance`: the conformance kit's command line.
//!
//! - `check --docs DIR [--seeds DIR] [--version v1|beta] [--format table|json]`
//!   harvests every example of a folder of Graph docs pages (and plain-text
//!   pages), checks each and prints the summary. Exit 0 when every example is
//!   lossless or explained by findings, 1 when a schema-valid body does not
//!   round-trip (a generator defect), 2 on usage or I/O errors.
//! - `validate --type NAME [--version v1|beta] FILE.json [--format table|json]`
//!   checks one payload. Exit 0 when it is valid and round-trips (unknown
//!   properties are findings, not failures), 3 when it violates the schema
//!   (or is not strict JSON), 1 when a valid payload does not round-trip, 2 on
//!   usage or I/O errors (unknown type, unreadable file).

use clap::{Parser, Subcommand, ValueEnum};
use msgraph_conformance::harvest::{self, Harvest};
use msgraph_conformance::lines::LineTally;
use msgraph_conformance::run::{self, Checked, Outcome};
use msgraph_conformance::schema::Schemas;
use msgraph_conformance::summary::Summary;
use msgraph_conformance::{Declared, Finding, Kind, TypeSource, Version, lenient};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "msgraph-conformance",
    version,
    about = "Checks Microsoft Graph payloads against the generated msgraph-models types"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Table,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum VersionArg {
    V1,
    #[value(name = "v1.0")]
    V10,
    Beta,
}

impl VersionArg {
    fn version(self) -> Version {
        match self {
            VersionArg::V1 | VersionArg::V10 => Version::V1,
            VersionArg::Beta => Version::Beta,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Harvest and check every example of a docs folder.
    Check {
        /// Graph docs folder (markdown pages, any depth).
        #[arg(long)]
        docs: PathBuf,
        /// Folder of plain-text pages (`*.txt`).
        #[arg(long)]
        seeds: Option<PathBuf>,
        /// Only examples of this version.
        #[arg(long, value_enum)]
        version: Option<VersionArg>,
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// Check one payload against a type.
    Validate {
        /// Qualified type name (`microsoft.graph.call`), or `Collection(...)`.
        #[arg(long = "type")]
        type_name: String,
        #[arg(long, value_enum, default_value = "v1")]
        version: VersionArg,
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
        /// The JSON file.
        file: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match cli.command {
        Command::Check {
            docs,
            seeds,
            version,
            format,
        } => check(docs, seeds, version.map(VersionArg::version), format),
        Command::Validate {
            type_name,
            version,
            format,
            file,
        } => validate(&type_name, version.version(), format, file),
    }
}

/// Appends one formatted line to an output buffer.
macro_rules! outln {
    ($out:ident, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        let _ = writeln!($out, $($arg)*);
    }};
}

/// Appends formatted text to an output buffer.
macro_rules! outs {
    ($out:ident, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        let _ = write!($out, $($arg)*);
    }};
}

/// Writes the output; a closed pipe (`| head`) is not an error: the reader has
/// what it wanted.
fn emit(out: &str) {
    use std::io::Write as _;
    let mut stdout = std::io::stdout().lock();
    let _ = stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush());
}

fn usage_error(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("msgraph-conformance: {msg}");
    ExitCode::from(2)
}

fn check(
    docs: PathBuf,
    seeds: Option<PathBuf>,
    version: Option<Version>,
    format: Format,
) -> ExitCode {
    let started = std::time::Instant::now();
    let mut all = match harvest::harvest_docs(&docs) {
        Ok(h) => h,
        Err(e) => return usage_error(e),
    };
    if let Some(s) = seeds {
        match harvest::harvest_seeds(&s) {
            Ok(h) => all.extend(h),
            Err(e) => return usage_error(e),
        }
    }
    let Harvest {
        examples,
        blocks,
        files,
        request_lines,
    } = all;
    let request_lines: Vec<_> = request_lines
        .into_iter()
        .filter(|l| version.is_none_or(|v| l.version == v))
        .collect();
    let examples: Vec<_> = examples
        .into_iter()
        .filter(|e| version.is_none_or(|v| e.version == v))
        .collect();
    let schemas = Schemas::new();
    let results: Vec<Checked> = examples.iter().map(|e| run::run(e, &schemas)).collect();
    let summary = Summary::new(examples.iter().zip(&results));
    let lossy = summary.count(Outcome::Lossy);
    let lines = LineTally::new(&request_lines);
    let mut text = String::new();
    match format {
        Format::Json => {
            let list: Vec<_> = examples
                .iter()
                .zip(&results)
                .map(|(e, c)| {
                    serde_json::json!({
                        "name": e.name, "file": e.file, "line": e.line, "version": e.version,
                        "role": e.role, "http": e.http, "type": c.declared, "outcome": c.outcome,
                        "findings": c.findings,
                    })
                })
                .collect();
            let skipped = blocks
                .iter()
                .filter(|b| matches!(b.disposition, msgraph_conformance::Disposition::Skipped(_)))
                .count();
            let out = serde_json::json!({
                "files": files.len(), "blocks": blocks.len(), "skipped_blocks": skipped,
                "summary": summary, "request_lines": lines, "examples": list,
            });
            outln!(
                text,
                "{}",
                serde_json::to_string_pretty(&out).unwrap_or_default()
            );
        }
        Format::Table => {
            for (e, c) in examples.iter().zip(&results) {
                if c.outcome == Outcome::Lossless && c.findings.is_empty() {
                    continue;
                }
                outln!(
                    text,
                    "{}:{} {} [{}]",
                    e.file,
                    e.line,
                    e.name,
                    c.outcome.as_str()
                );
                for f in &c.findings {
                    outln!(text, "    {f}");
                }
            }
            text.push('\n');
            outln!(
                text,
                "{} pages, {} blocks, {} examples ({:.2} s)",
                files.len(),
                blocks.len(),
                examples.len(),
                started.elapsed().as_secs_f64()
            );
            text.push('\n');
            outs!(text, "{}", summary.outcome_table());
            text.push('\n');
            outs!(text, "{}", summary.findings_table());
            text.push('\n');
            outs!(text, "{}", lines.table());
        }
    }
    emit(&text);
    if lossy > 0 {
        eprintln!(
            "msgraph-conformance: {lossy} schema-valid example(s) did not round-trip (generator defect)"
        );
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn validate(type_name: &str, version: Version, format: Format, file: PathBuf) -> ExitCode {
    let text = match std::fs::read_to_string(&file) {
        Ok(t) => t,
        Err(e) => return usage_error(format!("cannot read {}: {e}", file.display())),
    };
    let t = type_name.trim();
    let (name, collection) = match t
        .strip_prefix("Collection(")
        .and_then(|r| r.strip_suffix(')'))
    {
        Some(inner) => (inner.trim().trim_start_matches('#'), true),
        None => (t.trim_start_matches('#'), false),
    };
    if run::lookup(version, name).is_none() {
        return usage_error(format!("{name} is not a type of the {version} metadata"));
    }
    let schema = msgraph_conformance::schema::Schema::of(version);
    let declared = Declared {
        type_name: name.to_string(),
        collection,
        from: TypeSource::Annotation,
    };
    let read = lenient::read(&text);
    let mut findings: Vec<Finding> = read
        .repairs
        .iter()
        .map(|r| Finding::line(Kind::Repair, r.line, format!("not strict JSON: {}", r.what)))
        .collect();
    let checked = match read.value {
        None => Checked {
            outcome: Outcome::Unparseable,
            declared: Some(declared),
            findings: vec![Finding::at(
                Kind::Unparseable,
                "",
                "JSON",
                read.error.unwrap_or_default(),
            )],
            json: None,
        },
        Some(v) => run::check(version, &declared, &read.text, &v, false, &schema),
    };
    findings.extend(checked.findings.iter().cloned());
    let strict = read.repairs.is_empty();
    let code: u8 = match checked.outcome {
        Outcome::Lossy => 1,
        Outcome::SchemaViolation | Outcome::Unparseable => 3,
        _ if !strict => 3,
        _ => 0,
    };
    let mut buf = String::new();
    match format {
        Format::Json => {
            let out = serde_json::json!({
                "file": file.display().to_string(), "version": version, "type": checked.declared,
                "outcome": checked.outcome, "valid": code == 0, "findings": findings, "json": checked.json,
            });
            outln!(
                buf,
                "{}",
                serde_json::to_string_pretty(&out).unwrap_or_default()
            );
        }
        Format::Table => {
            outln!(
                buf,
                "{}: {} ({version}): {}",
                file.display(),
                t,
                checked.outcome.as_str()
            );
            for f in &findings {
                outln!(buf, "    {f}");
            }
        }
    }
    emit(&buf);
    ExitCode::from(code)
}
