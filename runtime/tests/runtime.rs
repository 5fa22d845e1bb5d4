//! The runtime's integration tests, one module per concern, in one test binary (one link for
//! all of them), over the types `cargo xtask codegen` generates from `model/model.xml`.
//! `cargo test -p msgraph-core --test runtime MODULE::` runs one module.

mod model;

mod conversions;
mod errors;
mod fuzz_regressions;
mod lenient;
mod roundtrip;
