//! The generator's integration tests, one module per concern, in one test binary (one link
//! for all of them). `cargo test -p msgraph-codegen --test generator MODULE::` runs one module.

use std::path::{Path, PathBuf};

/// The workspace root (the parent of this crate).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The metadata directory codegen uses from the workspace root (`../shared/metadata`, or
/// `$GRAPH_METADATA_DIR`).
pub fn metadata_dir() -> PathBuf {
    msgraph_codegen::sources::metadata_dir(None, &workspace_root())
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
