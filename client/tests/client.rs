//! The client's integration tests, one module per concern, in one test binary (one link for
//! all of them), against loopback servers (`common`). `cargo test -p msgraph-client --test
//! client MODULE::` runs one module; `azure_identity` and `calling_bot` need their features.

mod common;

mod azure_identity;
mod batch;
mod calling_bot;
mod paging;
mod readme;
mod retry;
mod send;
mod upload;
mod webhook;
