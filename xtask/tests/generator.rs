//! The generator's integration tests, one module per concern, in one test binary (one link
//! for all of them). `cargo test -p xtask --test generator MODULE::` runs one module.

use std::path::{Path, PathBuf};

/// The metadata directory codegen uses from the workspace root (`../shared/metadata`, or
/// `$GRAPH_METADATA_DIR`).
pub fn metadata_dir() -> PathBuf {
    xtask::sources::metadata_dir(None, Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/..")))
}

mod areas;
mod bad_csdl;
mod deep_nesting;
mod diff_kinds;
mod diff_real;
mod diff_regenerate;
mod emit_snapshots;
mod read_real;
mod real_metadata;
mod references;
mod resolve_errors;
mod standalone_crate;
mod wild;
mod write_atomic;
