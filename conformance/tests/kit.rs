//! The kit's integration tests, one module per concern, in one test binary (one link and one
//! copy of the generated models' code for all of them). `cargo test -p msgraph-conformance
//! --test kit MODULE::` runs one module.

#![recursion_limit = "256"]

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
mod tally;
mod type_counts;
