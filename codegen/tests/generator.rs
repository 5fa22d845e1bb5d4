//! The generator's integration tests, one module per concern, in one test binary (one link
//! for all of them). `cargo test -p msgraph-codegen --test generator MODULE::` runs one module.

use msgraph_codegen::emit::GeneratedFile;
use msgraph_codegen::model::partition::Partition;
use msgraph_codegen::pipeline::{Loaded, models_files};
use msgraph_codegen::sources::Sources;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

// The generator allocates heavily (token streams, syntax trees); `cargo xtask codegen`
// runs it on mimalloc, and so do its tests.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The workspace root (the parent of this crate).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The metadata directory codegen uses from the workspace root (`../shared/metadata`, or
/// `$GRAPH_METADATA_DIR`).
pub fn metadata_dir() -> PathBuf {
    msgraph_codegen::sources::metadata_dir(None, &workspace_root())
}

/// `cargo xtask codegen`'s output on the pinned metadata, with its models and part
/// crates: computed once for the tests that need it (a whole run of the generator).
pub fn today() -> &'static (Vec<GeneratedFile>, Vec<Loaded>, Vec<Partition>) {
    static TODAY: OnceLock<(Vec<GeneratedFile>, Vec<Loaded>, Vec<Partition>)> = OnceLock::new();
    TODAY.get_or_init(|| {
        let root = workspace_root();
        let sources = Sources::load(&root.join("metadata/sources.toml")).expect("sources.toml");
        models_files(&sources, &metadata_dir()).unwrap_or_else(|e| panic!("{e:#}"))
    })
}

mod areas;
mod capabilities;
mod deep_nesting;
mod diff_kinds;
mod diff_real;
mod diff_regenerate;
mod emit_snapshots;
mod read_real;
mod real_metadata;
mod resolve_errors;
mod write_atomic;
