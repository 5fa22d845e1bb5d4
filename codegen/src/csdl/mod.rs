//! Reading OData CSDL XML ($metadata) into the raw AST.
mod annotations;
pub mod ast;
mod elements;
mod reader;
pub mod references;
pub use reader::{ReadError, read_csdl};
pub use references::load_references;
