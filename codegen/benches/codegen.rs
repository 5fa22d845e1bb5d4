//! Time of each codegen stage for each pinned input of `metadata/sources.toml`
//! (v1.0 and beta), and of the whole pipeline, plus its peak memory.
//!
//! Criterion groups `codegen_<version>` with one function per stage:
//! - `read`: read the file, check its sha256, parse the CSDL (`sources::read_input`
//!   + `csdl::read_csdl`), as the pipeline's read stage does;
//! - `resolve`: `model::resolve` of the parsed document;
//! - `emit_format`: `emit::output::models_crate` for that version alone (emit
//!   and format run interleaved on worker threads, so they are timed together;
//!   the CPU split between them is printed by the one-shot run below);
//! - `write`: `write::write_atomic` of the version's files into a temporary
//!   directory that already holds them (regenerating with nothing changed: every file
//!   is compared and kept);
//! - `write_new`: the same into an empty directory (every file created).
//!
//! and `codegen_total/v1.0+beta`: `pipeline::models_files` for every input plus
//! the write, what `cargo xtask codegen --out DIR` does.
//!
//! Before criterion starts, one full run (both versions, written to a temporary
//! directory) prints its stage times and the process's peak RSS (`VmHWM`),
//! which criterion cannot measure: at that point the pipeline is all this
//! process has done.
//!
//! Inputs come from `$GRAPH_METADATA_DIR`, else `../shared/metadata` next to
//! the workspace root, and must match their pinned sha256.
//!
//! `cargo bench -p msgraph-codegen --bench codegen` measures;
//! `cargo bench -p msgraph-codegen --bench codegen -- --test` runs each benchmark once
//! (the CI check).

use criterion::{BatchSize, Criterion, SamplingMode};
use msgraph_codegen::emit::output::{self, Version};
use msgraph_codegen::pipeline;
use msgraph_codegen::sources::{self, Input, Sources};
use msgraph_codegen::{csdl, model, write};
use std::path::Path;
use std::time::{Duration, Instant};
#[path = "../../xtask/src/rss.rs"]
mod rss;
use rss::peak_rss_mib;

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let sources =
        Sources::load(&root.join("metadata/sources.toml")).expect("metadata/sources.toml");
    let dir = sources::metadata_dir(None, &root);
    one_shot(&sources, &dir);

    let mut c = Criterion::default()
        .sample_size(10)
        .measurement_time(Duration::from_secs(10))
        .configure_from_args();
    for input in &sources.inputs {
        bench_stages(&mut c, &dir, input);
    }
    let mut group = c.benchmark_group("codegen_total");
    group.sampling_mode(SamplingMode::Flat);
    group.measurement_time(Duration::from_secs(15));
    let out = tempfile::tempdir().expect("temporary directory");
    let label = sources
        .inputs
        .iter()
        .map(|i| i.version.as_str())
        .collect::<Vec<_>>()
        .join("+");
    group.bench_function(label, |b| {
        b.iter_batched(
            || (),
            |()| {
                let (files, models, _) = pipeline::models_files(&sources, &dir).expect("codegen");
                write::write_atomic(out.path(), &files).expect("write");
                (files, models)
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
    c.final_summary();
}

/// Run the pipeline once, like `cargo xtask codegen --out TMP`, and print its
/// time and the peak RSS of this process so far.
fn one_shot(sources: &Sources, dir: &Path) {
    let start = Instant::now();
    let (files, _models, _) = pipeline::models_files(sources, dir).expect("codegen");
    let out = tempfile::tempdir().expect("temporary directory");
    write::write_atomic(out.path(), &files).expect("write");
    let total = start.elapsed();
    let bytes: usize = files.iter().map(|f| f.contents.len()).sum();
    let versions: Vec<&str> = sources.inputs.iter().map(|i| i.version.as_str()).collect();
    println!(
        "one full codegen run ({}; {} files, {:.1} MB; targets: total < 3000 ms, peak RSS < 300 MB): {:.0} ms, peak RSS {}",
        versions.join(" + "),
        files.len(),
        bytes as f64 / 1e6,
        total.as_secs_f64() * 1000.0,
        peak_rss_mib().map_or("n/a".into(), |m| format!("{m:.0} MiB"))
    );
}

/// One criterion group per input: each stage on the output of the previous one.
fn bench_stages(c: &mut Criterion, dir: &Path, input: &Input) {
    let file = input.file.as_str();
    let bytes = sources::read_input(dir, input).expect("pinned metadata input");
    let doc = csdl::read_csdl(&bytes, file).expect("valid CSDL");
    let model = model::resolve(&doc, file).expect("resolvable CSDL");
    let partition = model::partition::compute(&model, output::PARTS);
    let version = Version {
        module: &input.module,
        source: file,
        url_version: &input.version,
        model: &model,
        partition: &partition,
    };
    let files = output::models_crate(std::slice::from_ref(&version)).expect("emit");
    let out = tempfile::tempdir().expect("temporary directory");
    write::write_atomic(out.path(), &files).expect("write");

    let mut group = c.benchmark_group(format!("codegen_{}", input.version));
    group.sampling_mode(SamplingMode::Flat);
    group.bench_function("read", |b| {
        b.iter_batched(
            || (),
            |()| {
                let bytes = sources::read_input(dir, input).expect("pinned metadata input");
                csdl::read_csdl(&bytes, file).expect("valid CSDL")
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function("resolve", |b| {
        b.iter_batched(
            || (),
            |()| model::resolve(&doc, file).expect("resolvable CSDL"),
            BatchSize::PerIteration,
        )
    });
    group.bench_function("emit_format", |b| {
        b.iter_batched(
            || (),
            |()| output::models_crate(std::slice::from_ref(&version)).expect("emit"),
            BatchSize::PerIteration,
        )
    });
    group.bench_function("write", |b| {
        b.iter(|| write::write_atomic(out.path(), &files).expect("write"))
    });
    group.bench_function("write_new", |b| {
        b.iter_batched(
            || tempfile::tempdir().expect("temporary directory"),
            |empty| {
                write::write_atomic(empty.path(), &files).expect("write");
                empty
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}
