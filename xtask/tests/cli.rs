//! The command line's integration tests (`cargo xtask codegen --csdl ...` run as a real
//! process), in one test binary. The fixtures are the generator's (`codegen/tests/fixtures`).

use std::path::{Path, PathBuf};

/// The workspace root (the parent of this crate).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The generator's CSDL fixtures.
pub fn fixtures() -> PathBuf {
    workspace_root().join("codegen/tests/fixtures")
}

mod bad_csdl;
mod doc_size;
mod references;
mod standalone_crate;
mod wild;
