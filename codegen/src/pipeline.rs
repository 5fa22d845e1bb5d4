//! The codegen pipeline end to end: read (CSDL) -> resolve (model, names) ->
//! emit (tokens + format) -> write. Each stage is also a public function of its own
//! module (`csdl::read_csdl`, `model::resolve`, `emit::output`, `write`), for callers
//! that time or replace one of them.

use crate::emit::GeneratedFile;
use crate::emit::output::{self, Version};
use crate::model::Model;
use crate::model::partition::{self, Partition};
use crate::sources::{self, Sources};
use crate::{csdl, model};
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};

/// Read and resolve one CSDL document; `file` names it in errors.
pub fn load(xml: &[u8], file: &str) -> Result<Model> {
    let doc = csdl::read_csdl(xml, file)?;
    Ok(model::resolve(&doc, file)?)
}

/// Read a CSDL file from disk (no pin check) and resolve it.
pub fn load_file(path: &Path) -> Result<Model> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    load(&bytes, &path.display().to_string())
}

/// Read a CSDL file and the documents it references (see `csdl::references`), then resolve.
pub fn load_with_references(path: &Path, reference_dir: Option<&Path>) -> Result<Model> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let file = path.display().to_string();
    let mut doc = csdl::read_csdl(&bytes, &file)?;
    csdl::load_references(&mut doc, path, reference_dir)?;
    Ok(model::resolve(&doc, &file)?)
}

/// A resolved model with the name of the file it came from.
pub type Loaded = (String, Model);

/// Every input of `sources`, read from `metadata_dir` (sha256 checked) and resolved.
pub fn load_inputs(sources: &Sources, metadata_dir: &Path) -> Result<Vec<Loaded>> {
    sources
        .inputs
        .iter()
        .map(|input| {
            let bytes = sources::read_input(metadata_dir, input)?;
            Ok((input.file.clone(), load(&bytes, &input.file)?))
        })
        .collect()
}

/// The files of `msgraph-models` from resolved `models` (one per input of `sources`, in
/// order), and how each version's types split into part crates.
pub fn models_crate(
    sources: &Sources,
    models: &[Loaded],
) -> Result<(Vec<GeneratedFile>, Vec<Partition>)> {
    let partitions: Vec<Partition> = models
        .iter()
        .map(|(_, m)| partition::compute(m, output::PARTS))
        .collect();
    let versions: Vec<Version> = sources
        .inputs
        .iter()
        .zip(models)
        .zip(&partitions)
        .map(|((i, (file, model)), partition)| Version {
            module: &i.module,
            source: file,
            url_version: &i.version,
            model,
            partition,
        })
        .collect();
    let files = output::models_crate(&versions)?;
    Ok((files, partitions))
}

/// Everything `msgraph-models` consists of, from the pinned inputs: the files, the
/// resolved models and how each version's types split into part crates.
pub fn models_files(
    sources: &Sources,
    metadata_dir: &Path,
) -> Result<(Vec<GeneratedFile>, Vec<Loaded>, Vec<Partition>)> {
    let models = load_inputs(sources, metadata_dir)?;
    let (files, partitions) = models_crate(sources, &models)?;
    Ok((files, models, partitions))
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

/// The name of a CSDL file, as a generated crate's docs cite it.
pub fn source_name(csdl: &Path) -> String {
    csdl.file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A standalone crate for one resolved model read from `csdl`.
pub fn standalone_crate(
    model: &Model,
    csdl: &Path,
    opts: &StandaloneOptions,
) -> Result<Vec<GeneratedFile>> {
    Ok(output::standalone_crate(
        model,
        &opts.name,
        &source_name(csdl),
        &opts.runtime,
        opts.conventions,
    )?)
}

/// A standalone crate for one CSDL file and the documents it references.
pub fn standalone_files(csdl: &Path, opts: &StandaloneOptions) -> Result<Vec<GeneratedFile>> {
    let model = load_with_references(csdl, opts.reference_dir.as_deref())?;
    standalone_crate(&model, csdl, opts)
}

/// The types of one CSDL file as a single module file (`mod.rs`) mounted at `module`
/// (`crate::model::generated`), for test fixtures.
pub fn types_module(csdl: &Path, module: &str, source: &str) -> Result<GeneratedFile> {
    let model = load_file(csdl)?;
    Ok(GeneratedFile {
        path: PathBuf::from("mod.rs"),
        contents: output::types_module(&model, module, source)?,
    })
}
