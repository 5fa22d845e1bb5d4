//! msgraph-codegen: read (CSDL) -> resolve (model, names) -> emit (types) -> write.
//!
//! `csdl` reads OData CSDL XML into a raw AST, `model` resolves it into the
//! model every emitter reads, `emit` turns the model into formatted Rust files,
//! `write` puts them on disk atomically, `pipeline` ties the stages together;
//! `diff` compares two resolved models for `cargo xtask diff`; `build_times` measures
//! cold builds of the generated crate for `cargo xtask build-times`; `test_run` runs the
//! workspace's tests with one summary line for `cargo xtask test`.
pub mod build_times;
pub mod csdl;
pub mod diff;
pub mod emit;
pub mod model;
pub mod pipeline;
pub mod sources;
pub mod test_run;
pub mod write;
