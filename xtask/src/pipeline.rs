//! The codegen pipeline end to end: read (CSDL) -> resolve (model, names) ->
//! emit (tokens + format) -> write, with the time each stage took.

use crate::emit::output::{self, Version};
use crate::emit::{GeneratedFile, naive};
use crate::model::Model;
use crate::model::partition::{self, Partition};
use crate::sources::{self, Sources};
use crate::{csdl, model};
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Wall time per stage (emit and format are summed over worker threads).
#[derive(Debug, Clone, Copy, Default)]
pub struct Stages {
    pub read: Duration,
    pub resolve: Duration,
    pub emit: Duration,
    pub format: Duration,
    pub emit_wall: Duration,
    pub write: Duration,
}

impl Stages {
    /// One line: each stage's time, the total and the peak RSS.
    pub fn summary(&self, total: Duration) -> String {
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        format!(
            "read {:.0} ms, resolve {:.0} ms, emit+format {:.0} ms wall (emit {:.0} ms + format {:.0} ms cpu), write {:.0} ms; total {:.0} ms; peak RSS {}",
            ms(self.read),
            ms(self.resolve),
            ms(self.emit_wall),
            ms(self.emit),
            ms(self.format),
            ms(self.write),
            ms(total),
            peak_rss_mib().map_or("n/a".into(), |m| format!("{m:.0} MiB"))
        )
    }
}

/// Read and resolve one CSDL document.
pub fn load(xml: &[u8], file: &str, stages: &mut Stages) -> Result<Model> {
    let t = Instant::now();
    let doc = csdl::read_csdl(xml, file)?;
    stages.read += t.elapsed();
    let t = Instant::now();
    let model = model::resolve(&doc, file)?;
    stages.resolve += t.elapsed();
    Ok(model)
}

/// Read a CSDL file from disk (no pin check) and resolve it.
pub fn load_file(path: &Path, stages: &mut Stages) -> Result<Model> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    load(&bytes, &path.display().to_string(), stages)
}

/// The workspace root (the parent of the xtask crate).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// A resolved model with the name of the file it came from.
pub type Loaded = (String, Model);

/// Everything `msgraph-models` consists of, from the pinned inputs: the files, the
/// resolved models and how each version's types split into part crates.
pub fn models_files(
    sources: &Sources,
    metadata_dir: &Path,
    stages: &mut Stages,
) -> Result<(Vec<GeneratedFile>, Vec<Loaded>, Vec<Partition>)> {
    let mut models = Vec::new();
    for input in &sources.inputs {
        let t = Instant::now();
        let bytes = sources::read_input(metadata_dir, input)?;
        stages.read += t.elapsed();
        models.push((input.file.clone(), load(&bytes, &input.file, stages)?));
    }
    let t = Instant::now();
    let partitions: Vec<Partition> = models
        .iter()
        .map(|(_, m)| partition::compute(m, output::PARTS))
        .collect();
    let versions: Vec<Version> = sources
        .inputs
        .iter()
        .zip(&models)
        .zip(&partitions)
        .map(|((i, (file, model)), partition)| Version {
            module: &i.module,
            source: file,
            url_version: &i.version,
            model,
            partition,
        })
        .collect();
    let (files, times) = output::models_crate(&versions)?;
    stages.emit_wall += t.elapsed();
    stages.emit += times.emit;
    stages.format += times.format;
    Ok((files, models, partitions))
}

/// Read a CSDL file and the documents it references (see `csdl::references`), then resolve.
pub fn load_with_references(
    path: &Path,
    reference_dir: Option<&Path>,
    stages: &mut Stages,
) -> Result<Model> {
    let t = Instant::now();
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let file = path.display().to_string();
    let mut doc = csdl::read_csdl(&bytes, &file)?;
    csdl::load_references(&mut doc, path, reference_dir)?;
    stages.read += t.elapsed();
    let t = Instant::now();
    let model = model::resolve(&doc, &file)?;
    stages.resolve += t.elapsed();
    Ok(model)
}

/// Options of a standalone crate (`codegen --csdl`).
#[derive(Debug, Clone, Default)]
pub struct StandaloneOptions {
    /// Package name.
    pub name: String,
    /// Where referenced CSDL documents are looked up first.
    pub reference_dir: Option<PathBuf>,
    /// How the crate depends on `msgraph-core`.
    pub runtime: output::RuntimeDep,
    /// How its request builders address resources.
    pub conventions: crate::emit::rust_type::UrlConventions,
}

/// A standalone crate (or the naive baseline) for one CSDL file.
pub fn standalone_files(
    csdl: &Path,
    opts: &StandaloneOptions,
    naive_form: Option<naive::Form>,
    stages: &mut Stages,
) -> Result<Vec<GeneratedFile>> {
    let name = opts.name.as_str();
    let model = load_with_references(csdl, opts.reference_dir.as_deref(), stages)?;
    let t = Instant::now();
    let source = csdl
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let files = if let Some(form) = naive_form {
        naive::naive_crate(&model, name, form)?
    } else {
        output::standalone_crate(&model, name, &source, &opts.runtime, opts.conventions)?.0
    };
    stages.emit_wall += t.elapsed();
    Ok(files)
}

/// Hand-written CSDL fixtures whose types `cargo xtask codegen` also writes, as one module
/// each: (fixture, output directory, module path of the output), relative to the workspace.
pub const FIXTURE_MODULES: &[(&str, &str, &str)] = &[(
    "runtime/tests/model/model.xml",
    "runtime/tests/model/generated",
    "crate::model::generated",
)];

/// The files of each fixture module: (output directory, its one `mod.rs`).
pub fn fixture_modules(
    root: &Path,
    stages: &mut Stages,
) -> Result<Vec<(PathBuf, Vec<GeneratedFile>)>> {
    let mut out = Vec::new();
    for (csdl, dir, module) in FIXTURE_MODULES {
        let model = load_file(&root.join(csdl), stages)?;
        let t = Instant::now();
        let contents = output::types_module(&model, module, csdl)?;
        stages.emit_wall += t.elapsed();
        out.push((
            root.join(dir),
            vec![GeneratedFile {
                path: PathBuf::from("mod.rs"),
                contents,
            }],
        ));
    }
    Ok(out)
}

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

/// The benchmark's naive module, from the v1.0 model among `models`.
pub fn naive_bench_module(root: &Path, models: &[Loaded]) -> Result<(PathBuf, Vec<GeneratedFile>)> {
    let (dir, module, roots) = NAIVE_BENCH;
    let (_, model) = models
        .iter()
        .find(|(file, _)| file.starts_with("v1.0"))
        .context("no v1.0 model for the benchmark's naive types")?;
    let contents = naive::naive_module(model, roots, module).map_err(anyhow::Error::msg)?;
    Ok((
        root.join(dir),
        vec![GeneratedFile {
            path: PathBuf::from("mod.rs"),
            contents,
        }],
    ))
}

/// Peak resident memory of this process in MiB (Linux), if known.
pub fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}
