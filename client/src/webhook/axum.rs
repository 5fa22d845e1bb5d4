//! A ready-made [axum](https://docs.rs/axum) endpoint for change notifications (feature
//! `axum`): it answers subscription validation (the `validationToken` echo), reads the
//! notification payload, checks `clientState` and decrypts rich notifications when
//! configured, answers `202 Accepted` at once (Graph wants an answer within seconds) and then
//! runs an async handler for each notification, reporting the handler's errors.
//!
//! ```no_run
//! use msgraph_client::webhook::{Notification, axum::Endpoint};
//! use msgraph_client::{Client, Error};
//!
//! async fn on(client: Client, n: Notification) -> Result<(), Error> {
//!     println!("{:?} {:?}", n.change_type, n.resource_path());
//!     Ok(())
//! }
//!
//! # fn app(client: Client) -> axum::Router {
//! let app = Endpoint::new(client, on).client_state("s3cret").router("/notifications");
//! # app }
//! ```
//!
//! Answers: `200` with the token as `text/plain` to a validation request; `400` to a body
//! that is not a notification payload; `403` when a `clientState` is expected and a
//! notification lacks it or has another one (nothing is run); `202` otherwise.

use super::{
    Notification, NotificationDecryptor, answer_validation, check_client_state, parse_notifications,
};
use ::axum::Router;
use ::axum::body::Bytes;
use ::axum::extract::RawQuery;
use ::axum::response::{IntoResponse, Response};
use ::axum::routing::{MethodRouter, post};
use http::StatusCode;
use std::fmt;
use std::future::Future;
use std::sync::Arc;

type ErrorHook = Arc<dyn Fn(&Notification, &dyn fmt::Display) + Send + Sync>;

/// A webhook endpoint: the state and async handler each notification is given to, and how
/// notifications are checked. Turn it into an axum route with [`Endpoint::method_router`]
/// or [`Endpoint::router`].
///
/// The handler is any `Fn(S, Notification) -> impl Future<Output = Result<(), E>>` (an
/// `async fn` taking the state and a notification): it gets a clone of the state for each
/// notification, the notifications of one payload one after the other, in a task spawned
/// after Graph has been answered.
pub struct Endpoint<S, H> {
    state: S,
    handler: H,
    client_state: Option<Arc<str>>,
    decryptor: Option<Arc<NotificationDecryptor>>,
    on_error: ErrorHook,
}

impl<S, H> fmt::Debug for Endpoint<S, H> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Endpoint")
            .field(
                "client_state",
                &self.client_state.as_ref().map(|_| "<redacted>"),
            )
            .field("decryptor", &self.decryptor)
            .finish_non_exhaustive()
    }
}

/// The default error report: one line on stderr.
fn eprint_error(n: &Notification, e: &dyn fmt::Display) {
    eprintln!(
        "webhook: notification for {:?}: {e}",
        n.resource_path().unwrap_or("?")
    );
}

impl<S, H, Fut, E> Endpoint<S, H>
where
    S: Clone + Send + Sync + 'static,
    H: Fn(S, Notification) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<(), E>> + Send + 'static,
    E: fmt::Display + 'static,
{
    /// An endpoint giving each notification to `handler` with a clone of `state`; no
    /// `clientState` check, no decryption, errors reported on stderr.
    pub fn new(state: S, handler: H) -> Self {
        Endpoint {
            state,
            handler,
            client_state: None,
            decryptor: None,
            on_error: Arc::new(eprint_error),
        }
    }

    /// Only accept payloads whose every notification carries this `clientState` (the secret
    /// given when subscribing; compared in constant time). Others get `403` and are not run.
    pub fn client_state(mut self, secret: impl Into<String>) -> Self {
        self.client_state = Some(Arc::from(secret.into()));
        self
    }

    /// Decrypt rich notifications' `encryptedContent` before the handler sees them (see
    /// [`NotificationDecryptor::decrypt_in_place`]); a notification that does not decrypt is
    /// reported as an error and not given to the handler.
    pub fn decryptor(mut self, decryptor: NotificationDecryptor) -> Self {
        self.decryptor = Some(Arc::new(decryptor));
        self
    }

    /// Where the handler's errors (and decryption failures) go, instead of stderr: e.g. a
    /// `tracing` event.
    pub fn on_error(
        mut self,
        report: impl Fn(&Notification, &dyn fmt::Display) + Send + Sync + 'static,
    ) -> Self {
        self.on_error = Arc::new(report);
        self
    }

    /// The endpoint as a `POST` route, for `Router::route(path, ...)` in a router of any
    /// state.
    pub fn method_router<T>(self) -> MethodRouter<T>
    where
        T: Clone + Send + Sync + 'static,
    {
        let endpoint = Arc::new(self);
        post(move |RawQuery(query): RawQuery, body: Bytes| {
            let endpoint = endpoint.clone();
            async move { endpoint.receive(query.as_deref().unwrap_or(""), &body) }
        })
    }

    /// A router serving the endpoint at `path` (`POST`).
    pub fn router<T>(self, path: &str) -> Router<T>
    where
        T: Clone + Send + Sync + 'static,
    {
        Router::new().route(path, self.method_router())
    }

    /// Answers one request, spawning the handlers of its notifications.
    fn receive(self: &Arc<Self>, query: &str, body: &[u8]) -> Response {
        if let Some(echo) = answer_validation(query) {
            return echo.into_response();
        }
        let notifications = match parse_notifications(body) {
            Ok(n) => n,
            Err(e) => return (StatusCode::BAD_REQUEST, e.to_string()).into_response(),
        };
        if let Some(secret) = &self.client_state
            && let Err(e) = check_client_state(&notifications, secret)
        {
            return (StatusCode::FORBIDDEN, e.to_string()).into_response();
        }
        let endpoint = self.clone();
        tokio::spawn(async move {
            for mut n in notifications {
                if let Some(d) = &endpoint.decryptor
                    && n.encrypted_content.is_some()
                    && let Err(e) = d.decrypt_in_place(&mut n)
                {
                    (endpoint.on_error)(&n, &e);
                    continue;
                }
                let copy = n.clone();
                if let Err(e) = (endpoint.handler)(endpoint.state.clone(), n).await {
                    (endpoint.on_error)(&copy, &e);
                }
            }
        });
        StatusCode::ACCEPTED.into_response()
    }
}

/// A router serving `handler` at `path` with `state`: [`Endpoint::new`]`(state,
/// handler).router(path)`, the whole webhook side of a bot in one line.
pub fn router<S, H, Fut, E>(path: &str, state: S, handler: H) -> Router
where
    S: Clone + Send + Sync + 'static,
    H: Fn(S, Notification) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<(), E>> + Send + 'static,
    E: fmt::Display + 'static,
{
    Endpoint::new(state, handler).router(path)
}
