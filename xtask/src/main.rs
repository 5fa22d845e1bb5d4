//! `cargo xtask`: the maintainer commands of msgraph-codegen.

use anyhow::{Result, bail};
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::time::Instant;
use xtask::emit::output::RuntimeDep;
use xtask::pipeline::{self, Stages};
use xtask::{sources, write};

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
        url_conventions: xtask::emit::rust_type::UrlConventions,
        /// With --csdl: emit a naive baseline instead, for compile-time comparison only:
        /// `serde` (derived Serialize/Deserialize on every type) or `plain` (no serialization).
        #[arg(long, requires = "csdl", value_name = "FORM", num_args = 0..=1, default_missing_value = "serde")]
        naive: Option<xtask::emit::naive::Form>,
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
        /// Report format.
        #[arg(long, value_enum, default_value_t)]
        format: xtask::diff::Format,
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
        configs: Vec<xtask::build_times::Config>,
        /// Scratch directory for target directories and naive crates [default: a new temporary directory].
        #[arg(long, value_name = "DIR")]
        scratch: Option<PathBuf>,
        /// CSDL directory for the naive forms [default: $GRAPH_METADATA_DIR, else ../shared/metadata].
        #[arg(long, value_name = "DIR")]
        metadata_dir: Option<PathBuf>,
    },
}

fn main() {
    if let Err(e) = run(Cli::parse()) {
        eprintln!("error: {e:#}");
        std::process::exit(1);
    }
}

fn run(cli: Cli) -> Result<()> {
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
            let opts = pipeline::StandaloneOptions {
                name,
                reference_dir,
                runtime,
                conventions: url_conventions,
            };
            codegen(check, metadata_dir, csdl, out, &opts, naive)
        }
        Command::Test { args } => {
            if !xtask::test_run::run(&pipeline::workspace_root(), &args)? {
                std::process::exit(101);
            }
            Ok(())
        }
        Command::BuildTimes {
            configs,
            scratch,
            metadata_dir,
        } => {
            use xtask::build_times::{Config, build_times};
            let root = pipeline::workspace_root();
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
            build_times(&root, &meta, &scratch, &configs)?;
            Ok(())
        }
        Command::Diff {
            old,
            new,
            format,
            rust_root,
            output,
        } => diff(&old, &new, format, rust_root, output),
    }
}

fn diff(
    old: &std::path::Path,
    new: &std::path::Path,
    format: xtask::diff::Format,
    rust_root: Option<String>,
    output: Option<PathBuf>,
) -> Result<()> {
    let root = rust_root.unwrap_or_else(|| xtask::diff::rust_root_for(new));
    let (report, timing) = xtask::diff::diff_files(old, new, &root)?;
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
        "diff: {} changes ({} breaking) in {} types; load {:.0} ms (both files, parallel), compare {:.0} ms, render {:.0} ms",
        report.summary.changes,
        report.summary.breaking,
        report.summary.types_touched,
        ms(timing.load),
        ms(timing.compare),
        ms(render)
    );
    Ok(())
}

fn codegen(
    check: bool,
    metadata_dir: Option<PathBuf>,
    csdl: Option<PathBuf>,
    out: Option<PathBuf>,
    opts: &pipeline::StandaloneOptions,
    naive: Option<xtask::emit::naive::Form>,
) -> Result<()> {
    let start = Instant::now();
    let root = pipeline::workspace_root();
    let mut stages = Stages::default();
    let mut extra_outputs = Vec::new();
    let files = match &csdl {
        Some(path) => pipeline::standalone_files(path, opts, naive, &mut stages)?,
        None => {
            let srcs = sources::Sources::load(&root.join("metadata/sources.toml"))?;
            let dir = sources::metadata_dir(metadata_dir.as_deref(), &root);
            let (files, models, partitions) = pipeline::models_files(&srcs, &dir, &mut stages)?;
            for ((file, m), split) in models.iter().zip(&partitions) {
                let count = |k: fn(&xtask::model::TypeKind) -> bool| m.count(k);
                use xtask::model::TypeKind as K;
                println!(
                    "{file}: {} namespaces, {} entity, {} complex, {} enum types, {} operations",
                    m.namespaces.len(),
                    count(|k| matches!(k, K::Entity(_))),
                    count(|k| matches!(k, K::Complex(_))),
                    count(|k| matches!(k, K::Enum(_))),
                    m.operations.len()
                );
                let sizes: Vec<String> = split
                    .crates
                    .iter()
                    .enumerate()
                    .map(|(i, c)| {
                        let n = split.of_type.iter().filter(|&&x| x == i).count();
                        format!("{} {n}", c.name)
                    })
                    .collect();
                println!("  types per part crate: {}", sizes.join(", "));
            }
            extra_outputs.extend(pipeline::fixture_modules(&root, &mut stages)?);
            extra_outputs.push(pipeline::naive_bench_module(&root, &models)?);
            files
        }
    };
    let mut outputs = vec![(out.unwrap_or_else(|| root.join("generated")), files)];
    outputs.extend(extra_outputs);
    for (out, files) in &outputs {
        let bytes: usize = files.iter().map(|f| f.contents.len()).sum();
        if check {
            let drift = write::check(out, files)?;
            if !drift.is_clean() {
                for (what, list) in [
                    ("changed", &drift.changed),
                    ("missing", &drift.missing),
                    ("stale", &drift.stale),
                ] {
                    for p in list {
                        eprintln!("  {what}: {}", p.display());
                    }
                }
                bail!(
                    "{} is out of date ({} changed, {} missing, {} stale); run `cargo xtask codegen`",
                    out.display(),
                    drift.changed.len(),
                    drift.missing.len(),
                    drift.stale.len()
                );
            }
            println!(
                "{}: up to date ({} files, {:.1} MB)",
                out.display(),
                files.len(),
                bytes as f64 / 1e6
            );
        } else {
            let t = Instant::now();
            write::write_atomic(out, files)?;
            stages.write += t.elapsed();
            println!(
                "wrote {} files ({:.1} MB) to {}",
                files.len(),
                bytes as f64 / 1e6,
                out.display()
            );
        }
    }
    println!("stages: {}", stages.summary(start.elapsed()));
    Ok(())
}
