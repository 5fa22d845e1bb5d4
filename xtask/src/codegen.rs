//! `cargo xtask codegen`: runs the generator library's stages one by one, timing each,
//! on the inputs pinned in `metadata/sources.toml` (or one `--csdl` file), plus this
//! workspace's own outputs of the generator: the runtime's test model and the round-trip
//! benchmark's naive types. Writes atomically, or checks (`--check`) without writing.

use crate::naive;
use crate::rss::peak_rss_mib;
use anyhow::{Context, Result, bail};
use msgraph_codegen::emit::GeneratedFile;
use msgraph_codegen::model::{Model, TypeKind};
use msgraph_codegen::pipeline::{self, Loaded, StandaloneOptions};
use msgraph_codegen::{csdl, model, sources, write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Hand-written CSDL fixtures whose types `cargo xtask codegen` also writes, as one module
/// each: (fixture, output directory, module path of the output), relative to the workspace.
pub const FIXTURE_MODULES: &[(&str, &str, &str)] = &[(
    "runtime/tests/model/model.xml",
    "runtime/tests/model/generated",
    "crate::model::generated",
)];

/// The naive serde form of the v1.0 types the round-trip benchmark reads (`bench/`), as
/// one module: (output directory, module path, root types).
pub const NAIVE_BENCH: (&str, &str, &[&str]) = (
    "bench/src/naive",
    "crate::naive",
    &[
        "microsoft.graph.call",
        "microsoft.graph.participant",
        "microsoft.graph.commsNotifications",
        "microsoft.graph.callRecords.callRecord",
    ],
);

/// What `cargo xtask codegen` does.
pub struct Options {
    /// Compare with what is on disk instead of writing.
    pub check: bool,
    /// The directory of the pinned CSDL inputs.
    pub metadata_dir: Option<PathBuf>,
    /// One CSDL file for a standalone crate instead of `msgraph-models`.
    pub csdl: Option<PathBuf>,
    /// Output directory [default: `generated/`].
    pub out: Option<PathBuf>,
    /// Options of the standalone crate.
    pub standalone: StandaloneOptions,
    /// With `csdl`: the naive baseline of that file instead.
    pub naive: Option<naive::Form>,
}

/// Wall time per stage (read and resolve summed over the inputs, which load in parallel).
#[derive(Debug, Clone, Copy, Default)]
struct Stages {
    read: Duration,
    resolve: Duration,
    /// Wall time of loading the pinned inputs side by side, when they were.
    load_wall: Option<Duration>,
    emit: Duration,
    write: Duration,
}

impl Stages {
    /// One line: each stage's time, the total and the peak RSS.
    fn summary(&self, total: Duration) -> String {
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        format!(
            "read {:.0} ms, resolve {:.0} ms{}, emit+format {:.0} ms, write {:.0} ms; total {:.0} ms; peak RSS {}",
            ms(self.read),
            ms(self.resolve),
            self.load_wall
                .map(|d| format!(" (inputs side by side: {:.0} ms)", ms(d)))
                .unwrap_or_default(),
            ms(self.emit),
            ms(self.write),
            ms(total),
            peak_rss_mib().map_or("n/a".into(), |m| format!("{m:.0} MiB"))
        )
    }

    /// Read (file and XML) and resolve one CSDL document, timing both.
    fn load(&mut self, bytes: impl FnOnce() -> Result<Vec<u8>>, file: &str) -> Result<Model> {
        let (model, read, resolve) = load_timed(bytes, file)?;
        self.read += read;
        self.resolve += resolve;
        Ok(model)
    }

    /// Loads every pinned input, each on a thread of its own (v1.0 and beta are
    /// independent documents); the first failing input, in order, gives the error.
    fn load_inputs(&mut self, srcs: &sources::Sources, dir: &Path) -> Result<Vec<Loaded>> {
        let t = Instant::now();
        let results: Vec<Result<(Model, Duration, Duration)>> = std::thread::scope(|s| {
            let handles: Vec<_> = srcs
                .inputs
                .iter()
                .map(|input| {
                    s.spawn(move || load_timed(|| sources::read_input(dir, input), &input.file))
                })
                .collect();
            handles
                .into_iter()
                .map(|h| {
                    h.join()
                        .unwrap_or_else(|_| Err(anyhow::anyhow!("a loading thread panicked")))
                })
                .collect()
        });
        let mut models = Vec::new();
        for (input, r) in srcs.inputs.iter().zip(results) {
            let (model, read, resolve) = r?;
            self.read += read;
            self.resolve += resolve;
            models.push((input.file.clone(), model));
        }
        self.load_wall = Some(t.elapsed());
        Ok(models)
    }

    /// Time one emit stage.
    fn emit<T>(&mut self, f: impl FnOnce() -> Result<T>) -> Result<T> {
        let t = Instant::now();
        let out = f();
        self.emit += t.elapsed();
        out
    }
}

/// Read and resolve one CSDL document: the model, the read time and the resolve time.
fn load_timed(
    bytes: impl FnOnce() -> Result<Vec<u8>>,
    file: &str,
) -> Result<(Model, Duration, Duration)> {
    let t = Instant::now();
    let doc = csdl::read_csdl(&bytes()?, file)?;
    let read = t.elapsed();
    let t = Instant::now();
    let model = model::resolve(&doc, file)?;
    Ok((model, read, t.elapsed()))
}

/// One output directory and its files.
type Output = (PathBuf, Vec<GeneratedFile>);

/// Run `cargo xtask codegen` in the workspace at `root`.
pub fn run(root: &Path, opts: Options) -> Result<()> {
    let start = Instant::now();
    let mut stages = Stages::default();
    let mut outputs: Vec<Output> = Vec::new();
    let out = opts.out.clone().unwrap_or_else(|| root.join("generated"));
    match &opts.csdl {
        Some(path) => {
            let t = Instant::now();
            let model =
                pipeline::load_with_references(path, opts.standalone.reference_dir.as_deref())?;
            stages.read += t.elapsed();
            let files = stages.emit(|| match opts.naive {
                Some(form) => naive::naive_crate(&model, &opts.standalone.name, form),
                None => pipeline::standalone_crate(&model, path, &opts.standalone),
            })?;
            outputs.push((out, files));
        }
        None => {
            let srcs = sources::Sources::load(&root.join("metadata/sources.toml"))?;
            let dir = sources::metadata_dir(opts.metadata_dir.as_deref(), root);
            let models = stages.load_inputs(&srcs, &dir)?;
            let (files, partitions) = stages.emit(|| pipeline::models_crate(&srcs, &models))?;
            for ((file, m), split) in models.iter().zip(&partitions) {
                print_model_summary(file, m, split);
            }
            outputs.push((out, files));
            for (csdl, dir, module) in FIXTURE_MODULES {
                let path = root.join(csdl);
                let m = stages.load(
                    || {
                        std::fs::read(&path)
                            .with_context(|| format!("cannot read {}", path.display()))
                    },
                    csdl,
                )?;
                let contents = stages.emit(|| {
                    Ok(msgraph_codegen::emit::output::types_module(
                        &m, module, csdl,
                    )?)
                })?;
                outputs.push((root.join(dir), one_file(contents)));
            }
            outputs.push(stages.emit(|| naive_bench_module(root, &models))?);
            leave_to_exit(models);
        }
    }
    for (out, files) in &outputs {
        if opts.check {
            check(out, files)?;
        } else {
            let t = Instant::now();
            let done = write::write_atomic(out, files)?;
            stages.write += t.elapsed();
            println!(
                "wrote {} files ({:.1} MB) to {}: {} new or changed, {} unchanged kept",
                files.len(),
                megabytes(files),
                out.display(),
                done.written,
                done.kept
            );
        }
    }
    println!("stages: {}", stages.summary(start.elapsed()));
    leave_to_exit(outputs);
    Ok(())
}

/// Leaves `v` for the process's exit to reclaim instead of freeing it: the command ends
/// right after, and freeing the models and the 73 MB of generated text piece by piece took
/// 0.3 s of system time (mimalloc handing the pages back), most of what the stages take
/// (BENCHMARKS.md, "Codegen stages").
fn leave_to_exit<T>(v: T) {
    std::mem::forget(v);
}

fn one_file(contents: String) -> Vec<GeneratedFile> {
    vec![GeneratedFile {
        path: PathBuf::from("mod.rs"),
        contents,
    }]
}

fn megabytes(files: &[GeneratedFile]) -> f64 {
    files.iter().map(|f| f.contents.len()).sum::<usize>() as f64 / 1e6
}

/// `--check`: fail with the list of files that differ from what is on disk.
fn check(out: &Path, files: &[GeneratedFile]) -> Result<()> {
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
        megabytes(files)
    );
    Ok(())
}

/// What one version holds and how its types split into part crates.
fn print_model_summary(
    file: &str,
    m: &Model,
    split: &msgraph_codegen::model::partition::Partition,
) {
    let count = |k: fn(&TypeKind) -> bool| m.count(k);
    println!(
        "{file}: {} namespaces, {} entity, {} complex, {} enum types, {} operations",
        m.namespaces.len(),
        count(|k| matches!(k, TypeKind::Entity(_))),
        count(|k| matches!(k, TypeKind::Complex(_))),
        count(|k| matches!(k, TypeKind::Enum(_))),
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

/// The benchmark's naive module, from the v1.0 model among `models`.
fn naive_bench_module(root: &Path, models: &[Loaded]) -> Result<Output> {
    let (dir, module, roots) = NAIVE_BENCH;
    let (_, model) = models
        .iter()
        .find(|(file, _)| file.starts_with("v1.0"))
        .context("no v1.0 model for the benchmark's naive types")?;
    let contents = naive::naive_module(model, roots, module).map_err(anyhow::Error::msg)?;
    Ok((root.join(dir), one_file(contents)))
}
