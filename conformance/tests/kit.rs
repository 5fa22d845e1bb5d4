//! The kit's integration tests, one module per concern, in one test binary (one link and one
//! copy of the generated models' code for all of them). `cargo test -p msgraph-conformance
//! --test kit MODULE::` runs one module.

#![recursion_limit = "256"]

use std::path::{Path, PathBuf};

/// The metadata directory codegen uses from the workspace root (`../shared/metadata`, or
/// `$GRAPH_METADATA_DIR`), for the tests that compare with the CSDL.
pub fn metadata_dir() -> PathBuf {
    msgraph_codegen::sources::metadata_dir(
        None,
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/..")),
    )
}

mod cli;
mod examples;
mod hostile_payloads;
mod loopback;
mod mutation;
mod notifications;
mod request_lines;
mod requests;
mod roundtrip_edm;
mod roundtrip_v1;
mod schema_tables;
mod tally;
mod type_counts;
