//! An async Microsoft Graph client for the requests built by `msgraph-models` (any
//! `msgraph_core::request::Request<B, R>`): it sends them with reqwest (rustls) and returns
//! their typed response or the typed Graph error.
//!
//! Modules: [`client`] (sending, configuration), [`auth`] (token providers and cache),
//! [`retry`] (throttling and backoff), [`paging`] (next links, delta links), [`batch`]
//! (JSON `$batch`), [`webhook`] (validation, `clientState`, decrypting rich notifications;
//! with the feature `axum`, `webhook::axum`: a ready-made endpoint), [`upload`] (large-file
//! upload sessions). [`Client::from_env`] reads `GRAPH_TOKEN` and `GRAPH_BASE`.
//!
//! ```no_run
//! # async fn run() -> Result<(), msgraph_client::Error> {
//! use msgraph_client::{Client, auth::StaticToken};
//! use msgraph_models::v1;
//!
//! let client = Client::builder()
//!     .token_provider(StaticToken::new("eyJ0..."))
//!     .build()?;
//! let calls = v1::api_with(client.cloud().clone()).communications().calls();
//! let call: v1::Call = client.send(&calls.by_id("id").get()).await?;
//! let done = client.send(&calls.by_id("id").delete()).await?; // 204: a `Completion`
//! # Ok(()) }
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod auth;
pub mod batch;
pub mod client;
mod error;
pub mod paging;
pub mod retry;
pub mod upload;
pub mod webhook;

pub use batch::{Batch, BatchItem, BatchResponses};
pub use client::{Client, ClientBuilder, RawResponse};
pub use error::Error;
pub use paging::{Delta, PageLimit};
pub use retry::RetryPolicy;
pub use upload::{UploadOptions, UploadSession};
