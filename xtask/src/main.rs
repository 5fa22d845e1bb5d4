//! `cargo xtask`: the maintainer commands of msgraph-codegen, a thin command line over
//! the generator library (`msgraph-codegen`, in `codegen/`): `codegen` (the stages, timed),
//! `diff`, and the measurement tools that are not part of the generator: `build-times`
//! and the naive baselines it compares with, `doc-size`; `test` runs the workspace's tests.

mod build_times;
mod codegen;
mod doc_size;
mod naive;
mod rss;
mod test_run;

use anyhow::Result;
use clap::{Parser, Subcommand};
use msgraph_codegen::emit::output::RuntimeDep;
use msgraph_codegen::emit::rust_type::UrlConventions;
use msgraph_codegen::{diff, pipeline, sources};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The generator allocates and frees millions of small token-stream and syntax-tree nodes;
/// mimalloc does that much faster than the system allocator (BENCHMARKS.md, "Codegen stages").
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "cargo xtask", about = "Maintainer tasks of msgraph-codegen")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Regenerate the msgraph-models crate (generated/) from the Graph CSDL
    /// pinned in metadata/sources.toml, or a crate for any CSDL file.
    ///
    /// Without options: reads every input of metadata/sources.toml from the
    /// metadata directory, checks its sha256, and rewrites generated/
    /// atomically (a failure leaves it as it was). Prints what it wrote and
    /// how long each stage took.
    Codegen {
        /// Do not write; exit 1 with a summary if generated/ differs from what
        /// would be generated.
        #[arg(long)]
        check: bool,
        /// Directory holding the CSDL files named in metadata/sources.toml
        /// [default: $GRAPH_METADATA_DIR, else ../shared/metadata next to the workspace]
        #[arg(long, value_name = "DIR")]
        metadata_dir: Option<PathBuf>,
        /// Generate a standalone crate for this one CSDL file instead (no pin check).
        #[arg(long, value_name = "FILE", requires = "out")]
        csdl: Option<PathBuf>,
        /// Output directory [default: generated/ in the workspace].
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Package name of the standalone crate written with --csdl.
        #[arg(long, default_value = "graph-models", requires = "csdl")]
        name: String,
        /// With --csdl: directory searched first for documents named by `edmx:Reference`
        /// (by the last segment of their Uri); then the directory of the CSDL file.
        #[arg(long, value_name = "DIR", requires = "csdl")]
        reference_dir: Option<PathBuf>,
        /// With --csdl: depend on `msgraph-core` by this path, written as given (relative
        /// paths are read by Cargo from the output directory).
        #[arg(
            long,
            value_name = "PATH",
            requires = "csdl",
            conflicts_with = "runtime_version"
        )]
        runtime_path: Option<String>,
        /// With --csdl: depend on `msgraph-core` by this version from a registry
        /// [default: the version of the runtime in this workspace].
        #[arg(long, value_name = "VERSION", requires = "csdl")]
        runtime_version: Option<String>,
        /// With --csdl: URL conventions of the request builders: `odata` (service root as
        /// given to `api()`, keys in parentheses, qualified bound operations) or `graph`.
        #[arg(long, value_name = "STYLE", requires = "csdl", default_value = "odata")]
        url_conventions: UrlConventions,
        /// With --csdl: emit a naive baseline instead, for compile-time comparison only:
        /// `serde` (derived Serialize/Deserialize on every type) or `plain` (no serialization).
        #[arg(long, requires = "csdl", value_name = "FORM", num_args = 0..=1, default_missing_value = "serde")]
        naive: Option<naive::Form>,
    },
    /// Report what changed for users of the generated crate between two
    /// versions of a CSDL file: types, properties, enum members, derived
    /// types, operations, entity sets; each change classified as breaking or
    /// not, with the Rust path it affects.
    ///
    /// Prints the report to stdout (or --output) and the load/compare times to stderr.
    Diff {
        /// The old CSDL file.
        old: PathBuf,
        /// The new CSDL file.
        new: PathBuf,
        /// Report format: `markdown` or `json`.
        #[arg(long, default_value = "markdown")]
        format: diff::Format,
        /// Crate path of the generated version, for Rust paths
        /// [default: `msgraph_models::<module>` of the metadata/sources.toml input
        /// the new file's name matches, else `crate`].
        #[arg(long, value_name = "PATH")]
        rust_root: Option<String>,
        /// Write the report to this file instead of stdout.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Run every test of the workspace (`cargo test --workspace ARGS`), printing the
    /// report of each test binary that has a failure and one summary line.
    Test {
        /// Passed on to `cargo test` (e.g. `-p msgraph-core`, `-- --nocapture`).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Cold debug build time and peak memory of msgraph-models, per configuration,
    /// each in a scratch target directory (dependencies built first, untimed).
    ///
    /// Takes minutes: the full configurations build hundreds of thousands of lines.
    BuildTimes {
        /// What to build [default: all, in the order listed].
        #[arg(value_enum)]
        configs: Vec<build_times::Config>,
        /// Scratch directory for target directories and naive crates [default: a new temporary directory].
        #[arg(long, value_name = "DIR")]
        scratch: Option<PathBuf>,
        /// CSDL directory for the naive forms [default: $GRAPH_METADATA_DIR, else ../shared/metadata].
        #[arg(long, value_name = "DIR")]
        metadata_dir: Option<PathBuf>,
    },
    /// Time, peak memory and size of `cargo doc` of a package (by default
    /// `msgraph-models --no-default-features --features v1`, as a user documents it),
    /// with its output summed by kind of file and by section of the item pages.
    ///
    /// Documents the package twice in its own target directory: untimed (dependencies),
    /// then alone from an empty `doc` directory, timed. Prints a Markdown table.
    DocSize {
        /// Package to document.
        #[arg(long, short, default_value = "msgraph-models")]
        package: String,
        /// `--no-default-features --features F` [default: `v1` for msgraph-models, else the
        /// package's default features].
        #[arg(long, value_name = "F")]
        features: Option<String>,
        /// Manifest of a crate outside the workspace (e.g. one written by `codegen --csdl`).
        #[arg(long, value_name = "FILE")]
        manifest_path: Option<PathBuf>,
        /// Target directory; its `doc` directory is emptied [default: target/doc-size].
        #[arg(long, value_name = "DIR")]
        target_dir: Option<PathBuf>,
        /// Do not build: read this `doc` directory.
        #[arg(long, value_name = "DIR", conflicts_with_all = ["features", "manifest_path", "target_dir"])]
        scan: Option<PathBuf>,
        /// Another `doc` directory to show beside it (e.g. an older tree's), with ratios.
        #[arg(long, value_name = "DIR")]
        against: Option<PathBuf>,
    },
}

fn main() {
    if let Err(e) = run(Cli::parse()) {
        eprintln!("error: {e:#}");
        std::process::exit(1);
    }
}

/// The workspace root (the parent of this crate).
fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

fn run(cli: Cli) -> Result<()> {
    let root = workspace_root();
    match cli.command {
        Command::Codegen {
            check,
            metadata_dir,
            csdl,
            out,
            name,
            reference_dir,
            runtime_path,
            runtime_version,
            url_conventions,
            naive,
        } => {
            let runtime = match (runtime_path, runtime_version) {
                (Some(p), _) => RuntimeDep::Path(p),
                (None, Some(v)) => RuntimeDep::Version(v),
                (None, None) => RuntimeDep::default(),
            };
            let standalone = pipeline::StandaloneOptions {
                name,
                reference_dir,
                runtime,
                conventions: url_conventions,
            };
            codegen::run(
                &root,
                codegen::Options {
                    check,
                    metadata_dir,
                    csdl,
                    out,
                    standalone,
                    naive,
                },
            )
        }
        Command::Test { args } => {
            if !test_run::run(&root, &args)? {
                std::process::exit(101);
            }
            Ok(())
        }
        Command::BuildTimes {
            configs,
            scratch,
            metadata_dir,
        } => {
            use build_times::Config;
            let configs = if configs.is_empty() {
                vec![
                    Config::V1,
                    Config::Beta,
                    Config::Both,
                    Config::Communications,
                    Config::Naive,
                    Config::Plain,
                    Config::Downstream,
                    Config::DownstreamAll,
                    Config::NaiveDownstream,
                ]
            } else {
                configs
            };
            let tmp;
            let scratch = match scratch {
                Some(s) => s,
                None => {
                    tmp = tempfile::tempdir()?;
                    tmp.path().to_path_buf()
                }
            };
            let meta = sources::metadata_dir(metadata_dir.as_deref(), &root);
            build_times::build_times(&root, &meta, &scratch, &configs)?;
            Ok(())
        }
        Command::DocSize {
            package,
            features,
            manifest_path,
            target_dir,
            scan,
            against,
        } => {
            let (step, doc) = match scan {
                Some(doc) => (None, doc),
                None => {
                    let features = features
                        .or_else(|| (package == "msgraph-models").then(|| "v1".to_string()));
                    // Cargo reads its configuration from where it runs: the crate's own.
                    let dir = manifest_path
                        .as_deref()
                        .and_then(Path::parent)
                        .filter(|d| !d.as_os_str().is_empty())
                        .map_or_else(|| root.clone(), Path::to_path_buf);
                    let target = doc_size::Target {
                        dir,
                        manifest_path,
                        package,
                        features,
                        target_dir: target_dir.unwrap_or_else(|| root.join("target/doc-size")),
                    };
                    let (step, doc) = doc_size::build(&target)?;
                    (Some(step), doc)
                }
            };
            let report = doc_size::scan(&doc)?;
            let other = against
                .as_ref()
                .map(|d| doc_size::scan(d).map(|r| (d.display().to_string(), r)))
                .transpose()?;
            print!(
                "{}",
                doc_size::render(
                    &doc.display().to_string(),
                    step.as_ref(),
                    &report,
                    other.as_ref().map(|(l, r)| (l.as_str(), r)),
                )
            );
            Ok(())
        }
        Command::Diff {
            old,
            new,
            format,
            rust_root,
            output,
        } => {
            let rust_root = rust_root.unwrap_or_else(|| {
                let srcs = sources::Sources::load(&root.join("metadata/sources.toml"));
                srcs.map_or_else(|_| "crate".into(), |s| diff::rust_root_for(&new, &s))
            });
            run_diff(&old, &new, format, &rust_root, output)
        }
    }
}

fn run_diff(
    old: &Path,
    new: &Path,
    format: diff::Format,
    rust_root: &str,
    output: Option<PathBuf>,
) -> Result<()> {
    let t = Instant::now();
    let report = diff::diff_files(old, new, rust_root)?;
    let compare = t.elapsed();
    let t = Instant::now();
    let text = report.render(format);
    let render = t.elapsed();
    match &output {
        Some(path) => std::fs::write(path, &text)?,
        None => {
            use std::io::Write;
            std::io::stdout().lock().write_all(text.as_bytes())?;
        }
    }
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
    eprintln!(
        "diff: {} changes ({} breaking) in {} types; load and compare {:.0} ms (both files read in parallel), render {:.0} ms",
        report.summary.changes,
        report.summary.breaking,
        report.summary.types_touched,
        ms(compare),
        ms(render)
    );
    Ok(())
}
