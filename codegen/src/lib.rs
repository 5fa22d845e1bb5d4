//! msgraph-codegen: read (CSDL) -> resolve (model, names) -> emit (types) -> write.
//!
//! `csdl` reads OData CSDL XML into a raw AST, `model` resolves it into the
//! model every emitter reads, `emit` turns the model into formatted Rust files,
//! `write` puts them on disk atomically, `pipeline` ties the stages together;
//! `sources` reads and pin-checks `metadata/sources.toml`; `diff` compares two
//! resolved models (what changes for Rust users). The command line over it is the
//! `xtask` crate (`cargo xtask codegen`, `diff`, `build-times`, `test`).
pub mod csdl;
pub mod diff;
pub mod emit;
pub mod model;
pub mod pipeline;
pub mod sources;
pub mod write;
