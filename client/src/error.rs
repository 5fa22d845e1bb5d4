//! The client's error type: a request that could not be built, a typed Graph error, a body
//! that did not fit its type, a transport or authentication failure, or a limit of the
//! paging, batching and upload helpers.

use msgraph_core::request::{GraphError, RequestError, ResponseError};
use std::fmt;

/// Everything that can go wrong when sending a request.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The request could not be built (empty key, body serialization, invalid header).
    Request(RequestError),
    /// Graph answered with an error status (after any retries): code, message, `innerError`,
    /// `Retry-After`.
    Graph(Box<GraphError>),
    /// A success response did not fit the expected type, or lacked its body.
    Decode(ResponseError),
    /// The HTTP exchange failed (connection, timeout, TLS, reading the body).
    Transport(reqwest::Error),
    /// The token provider failed.
    Auth(crate::auth::AuthError),
    /// The client configuration is invalid (a header name or value, the HTTP client).
    Config(String),
    /// A URL the client was asked to send credentials to is not under its base URL.
    ForeignUrl {
        /// The URL refused.
        url: String,
        /// The origin the client sends credentials to.
        expected: String,
    },
    /// The bound on the number of pages was reached; `next_link` resumes the listing.
    PageLimit {
        /// The bound.
        limit: usize,
        /// The link to the next page, for [`crate::Client::pages_from_link`].
        next_link: String,
    },
    /// A delta query's last page had no `@odata.deltaLink`.
    MissingDeltaLink,
    /// A `$batch` could not be built, sent or read.
    Batch(crate::batch::BatchError),
    /// A large-file upload could not go on.
    Upload(crate::upload::UploadError),
    /// A change notification could not be read (its payload, `resourceData`, decryption):
    /// lets a webhook handler use `?` on [`crate::webhook`] results and on sends alike.
    Webhook(crate::webhook::WebhookError),
}

impl Error {
    /// The Graph error, when Graph answered with an error status.
    pub fn graph(&self) -> Option<&GraphError> {
        match self {
            Error::Graph(e) => Some(e),
            _ => None,
        }
    }

    /// The HTTP status of a Graph error.
    pub fn status(&self) -> Option<u16> {
        self.graph().map(|e| e.status)
    }
}

impl From<ResponseError> for Error {
    fn from(e: ResponseError) -> Self {
        match e {
            ResponseError::Graph(g) => Error::Graph(g),
            other => Error::Decode(other),
        }
    }
}

impl From<RequestError> for Error {
    fn from(e: RequestError) -> Self {
        Error::Request(e)
    }
}

impl From<crate::auth::AuthError> for Error {
    fn from(e: crate::auth::AuthError) -> Self {
        Error::Auth(e)
    }
}

impl From<crate::batch::BatchError> for Error {
    fn from(e: crate::batch::BatchError) -> Self {
        Error::Batch(e)
    }
}

impl From<crate::upload::UploadError> for Error {
    fn from(e: crate::upload::UploadError) -> Self {
        Error::Upload(e)
    }
}

impl From<crate::webhook::WebhookError> for Error {
    fn from(e: crate::webhook::WebhookError) -> Self {
        Error::Webhook(e)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Request(e) => write!(f, "{e}"),
            Error::Graph(e) => write!(f, "{e}"),
            Error::Decode(e) => write!(f, "{e}"),
            Error::Transport(e) => write!(f, "HTTP transport: {e}"),
            Error::Auth(e) => write!(f, "{e}"),
            Error::Config(m) => write!(f, "client configuration: {m}"),
            Error::ForeignUrl { url, expected } => write!(
                f,
                "refusing to send credentials to `{url}`: not under the client's base `{expected}` \
                 (build requests with `api_with(client.cloud().clone())`)"
            ),
            Error::PageLimit { limit, next_link } => write!(
                f,
                "stopped after {limit} pages (the page bound); the listing goes on at {next_link}"
            ),
            Error::MissingDeltaLink => {
                write!(f, "the delta query's last page has no @odata.deltaLink")
            }
            Error::Batch(e) => write!(f, "{e}"),
            Error::Upload(e) => write!(f, "{e}"),
            Error::Webhook(e) => write!(f, "webhook: {e}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Request(e) => Some(e),
            Error::Decode(e) => Some(e),
            Error::Transport(e) => Some(e),
            Error::Auth(e) => Some(e),
            Error::Webhook(e) => Some(e),
            _ => None,
        }
    }
}
